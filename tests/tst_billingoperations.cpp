// The billing operations table model: columns, signs by source, words for sources, raw values
// the sort proxy uses, per-account replacement. Held under QAbstractItemModelTester throughout.

#include "format/displayformat.h"
#include "operations/billingoperationmodel.h"
#include "payments/cardexpiry.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <memory>

namespace
{
BillingOperation operation(const QString &id, const QString &date, qint64 cents, const QString &source,
                           const QString &description, const QString &invoiceId = QString())
{
    BillingOperation op;
    op.id = id;
    op.createdAt = QDateTime::fromString(date, Qt::ISODate);
    op.amount = Money(cents, QStringLiteral("EUR"));
    op.source = source;
    op.description = description;
    op.invoiceId = invoiceId;
    return op;
}

QList<BillingOperation> history()
{
    return {
        operation(QStringLiteral("op-1"), QStringLiteral("2025-09-01T02:15:00Z"), 26340, QStringLiteral("invoicing"),
                  QStringLiteral("Invoice for August 2025"), QStringLiteral("inv-8")),
        operation(QStringLiteral("op-2"), QStringLiteral("2025-09-03T09:14:00Z"), 26340, QStringLiteral("payment"),
                  QStringLiteral("Payment of invoice SC-2025-08-0042 by card"), QStringLiteral("inv-8")),
        operation(QStringLiteral("op-3"), QStringLiteral("2025-08-09T10:41:00Z"), 5000, QStringLiteral("credit"),
                  QStringLiteral("Voucher WELCOME50")),
        operation(QStringLiteral("op-4"), QStringLiteral("2025-09-15T11:00:00Z"), 1200, QStringLiteral("refund"),
                  QStringLiteral("Refund on invoice SC-2025-08-0042"), QStringLiteral("inv-8")),
        operation(QStringLiteral("op-5"), QStringLiteral("2025-07-01T00:00:00Z"), 700, QStringLiteral("late_fee"),
                  QStringLiteral("Something new")),
    };
}
}

class TestBillingOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sourcesInWords_data();
    void sourcesInWords();
    void amountsAreSignedByWhatTheyDoToTheBalance();
    void showsEveryColumn();
    void rawValuesSortTheProxy();
    void replacingOneAccountKeepsTheOthers();
    void headersAndRoles();
    void cardExpiry_data();
    void cardExpiry();

private:
    std::unique_ptr<BillingOperationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBillingOperations::init()
{
    m_model = std::make_unique<BillingOperationModel>();
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBillingOperations::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestBillingOperations::sourcesInWords_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("kind");
    QTest::newRow("invoicing") << "invoicing" << "Invoicing" << int(BillingOperationModel::Source::Invoicing);
    QTest::newRow("payment") << "payment" << "Payment" << int(BillingOperationModel::Source::Payment);
    QTest::newRow("credit") << "credit" << "Credit" << int(BillingOperationModel::Source::Credit);
    QTest::newRow("refund") << "refund" << "Refund" << int(BillingOperationModel::Source::Refund);
    QTest::newRow("case and spaces") << " Payment " << "Payment" << int(BillingOperationModel::Source::Payment);
    QTest::newRow("unknown kept readable") << "late_fee" << "Late fee" << int(BillingOperationModel::Source::Other);
    QTest::newRow("missing") << "" << "" << int(BillingOperationModel::Source::Other);
}

void TestBillingOperations::sourcesInWords()
{
    QFETCH(QString, source);
    QFETCH(QString, words);
    QFETCH(int, kind);
    QCOMPARE(BillingOperationModel::sourceText(source), words);
    QCOMPARE(int(BillingOperationModel::sourceFromString(source)), kind);
}

void TestBillingOperations::amountsAreSignedByWhatTheyDoToTheBalance()
{
    const QList<BillingOperation> ops = history();
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(0)).minorUnits(), 26340);   // invoice: owed more
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(1)).minorUnits(), -26340);  // payment: owed less
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(2)).minorUnits(), -5000);   // credit: owed less
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(3)).minorUnits(), 1200);    // refund undoes a payment
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(4)).minorUnits(), 700);     // unknown: as sent
    // An already negative payment is not turned positive again.
    BillingOperation negative = ops.at(1);
    negative.amount = Money(-100, QStringLiteral("EUR"));
    QCOMPARE(BillingOperationModel::signedAmount(negative).minorUnits(), -100);
    QCOMPARE(BillingOperationModel::signedAmount(ops.at(1)).currency(), QStringLiteral("EUR"));
}

void TestBillingOperations::showsEveryColumn()
{
    m_model->setAccountOperations(QStringLiteral("sc"), QStringLiteral("Shop"), history());
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(BillingOperationModel::ColumnCount));
    const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, BillingOperationModel::DescriptionColumn), QStringLiteral("Invoice for August 2025"));
    QVERIFY(text(0, BillingOperationModel::AmountColumn).contains(QStringLiteral("263.40")));
    QVERIFY(!text(0, BillingOperationModel::AmountColumn).startsWith(QLatin1Char('-')));
    QVERIFY2(text(1, BillingOperationModel::AmountColumn).startsWith(QLatin1Char('-')), qPrintable(text(1, BillingOperationModel::AmountColumn)));
    QVERIFY(text(1, BillingOperationModel::AmountColumn).contains(QStringLiteral("263.40")));
    QVERIFY(!text(1, BillingOperationModel::AmountColumn).contains(QLatin1Char('(')));
    QCOMPARE(text(1, BillingOperationModel::SourceColumn), QStringLiteral("Payment"));
    QCOMPARE(text(0, BillingOperationModel::InvoiceColumn), QStringLiteral("Open invoice"));
    QCOMPARE(text(2, BillingOperationModel::InvoiceColumn), QString());
    QCOMPARE(text(2, BillingOperationModel::AccountColumn), QStringLiteral("Shop"));
    QCOMPARE(text(0, BillingOperationModel::DateColumn), DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates))
                                                              .shortDate(history().at(0).createdAt.toLocalTime().date()));
    QCOMPARE(m_model->index(0, BillingOperationModel::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestBillingOperations::rawValuesSortTheProxy()
{
    m_model->setAccountOperations(QStringLiteral("sc"), QStringLiteral("Shop"), history());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(BillingOperationModel::RawValueRole);

    proxy.sort(BillingOperationModel::AmountColumn, Qt::AscendingOrder);
    QList<qint64> amounts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        amounts.append(proxy.index(row, BillingOperationModel::AmountColumn).data(BillingOperationModel::RawValueRole).toLongLong());
    // By signed minor units, not by the text ("-$263.40" < "$12.00" as strings says nothing).
    QCOMPARE(amounts, (QList<qint64> {-26340, -5000, 700, 1200, 26340}));

    proxy.sort(BillingOperationModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BillingOperationModel::DescriptionColumn).data().toString(),
             QStringLiteral("Refund on invoice SC-2025-08-0042"));
    QCOMPARE(proxy.index(4, BillingOperationModel::DescriptionColumn).data().toString(), QStringLiteral("Something new"));

    proxy.sort(BillingOperationModel::SourceColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, BillingOperationModel::SourceColumn).data().toString(), QStringLiteral("Credit"));
}

void TestBillingOperations::replacingOneAccountKeepsTheOthers()
{
    m_model->setAccountOperations(QStringLiteral("a"), QStringLiteral("A"), history());
    m_model->setAccountOperations(QStringLiteral("b"), QStringLiteral("B"), history().mid(0, 2));
    QCOMPARE(m_model->rowCount(), 7);
    m_model->setAccountOperations(QStringLiteral("a"), QStringLiteral("A"), history().mid(0, 1));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->indexOf(QStringLiteral("b"), QStringLiteral("op-2")), 1);
    QCOMPARE(m_model->indexOf(QStringLiteral("a"), QStringLiteral("op-1")), 2);
    QCOMPARE(m_model->indexOf(QStringLiteral("a"), QStringLiteral("op-2")), -1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestBillingOperations::headersAndRoles()
{
    m_model->setAccountOperations(QStringLiteral("sc"), QStringLiteral("Shop"), history());
    QCOMPARE(m_model->headerData(BillingOperationModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(m_model->headerData(BillingOperationModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
    QCOMPARE(m_model->headerData(BillingOperationModel::InvoiceColumn, Qt::Horizontal).toString(), QStringLiteral("Invoice"));
    const QModelIndex first = m_model->index(1, BillingOperationModel::DescriptionColumn);
    QCOMPARE(first.data(BillingOperationModel::AccountIdRole).toString(), QStringLiteral("sc"));
    QCOMPARE(first.data(BillingOperationModel::InvoiceIdRole).toString(), QStringLiteral("inv-8"));
    QCOMPARE(first.data(BillingOperationModel::SourceKeyRole).toString(), QStringLiteral("payment"));
    QCOMPARE(first.data(BillingOperationModel::CurrencyRole).toString(), QStringLiteral("EUR"));
    QCOMPARE(m_model->index(0, BillingOperationModel::DateColumn).data(BillingOperationModel::RawValueRole).toDateTime(),
             history().at(0).createdAt);
}

void TestBillingOperations::cardExpiry_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("state");
    const QDate today(2025, 10, 15);
    QTest::newRow("far away") << 10 << 2027 << today << int(CardExpiryState::Valid);
    QTest::newRow("this month") << 10 << 2025 << today << int(CardExpiryState::ExpiresSoon);
    QTest::newRow("last day of the month still works") << 10 << 2025 << QDate(2025, 10, 31) << int(CardExpiryState::ExpiresSoon);
    QTest::newRow("day after") << 10 << 2025 << QDate(2025, 11, 1) << int(CardExpiryState::Expired);
    QTest::newRow("within 60 days") << 11 << 2025 << today << int(CardExpiryState::ExpiresSoon);
    QTest::newRow("exactly 60 days") << 12 << 2025 << QDate(2025, 11, 1) << int(CardExpiryState::ExpiresSoon);
    QTest::newRow("61 days") << 12 << 2025 << QDate(2025, 10, 31) << int(CardExpiryState::Valid);
    QTest::newRow("beyond 60 days") << 1 << 2026 << today << int(CardExpiryState::Valid);
    QTest::newRow("past year") << 3 << 2024 << today << int(CardExpiryState::Expired);
    QTest::newRow("unreadable") << 0 << 0 << today << int(CardExpiryState::Unknown);
    QTest::newRow("bad month") << 13 << 2026 << today << int(CardExpiryState::Unknown);
}

void TestBillingOperations::cardExpiry()
{
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(QDate, today);
    QFETCH(int, state);
    QCOMPARE(int(cardExpiryState(month, year, today)), state);
}

QTEST_GUILESS_MAIN(TestBillingOperations)
#include "tst_billingoperations.moc"
