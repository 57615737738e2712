// InvoiceRepository + InvoiceTableModel + InvoiceSortModel fed by a scripted InvoiceSource, and the
// CSV/JSON export. Both models stay under QAbstractItemModelTester for the whole test.

#include "api/apiclient.h"
#include "api/invoicesource.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicesortmodel.h"
#include "invoices/invoicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace
{
Invoice listed(const QString &id, const QDate &date, qint64 cents, const QString &currency = QStringLiteral("USD"))
{
    Invoice invoice;
    invoice.id = id;
    invoice.number = id;
    invoice.date = date;
    invoice.dueDate = date.isValid() ? date.addDays(30) : QDate();
    invoice.period = date.isValid() ? date.addMonths(-1).toString(QStringLiteral("yyyy-MM")) : QString();
    invoice.periodStart = date.isValid() ? QDate(date.year(), date.month(), 1).addMonths(-1) : QDate();
    invoice.periodEnd = invoice.periodStart.isValid() ? invoice.periodStart.addMonths(1).addDays(-1) : QDate();
    invoice.amount = Money(cents, currency);
    invoice.status = InvoiceStatus::Open;
    return invoice;
}

// An InvoiceSource whose answers the test gives, when it chooses, in the order it chooses.
class ScriptedSource final : public InvoiceSource
{
public:
    void listInvoices(const InvoiceFetch &, QObject *context, const ApiCallback<QList<Invoice>> &done) override
    {
        m_lists.append({context, done});
    }

    void invoiceDetails(const QString &invoiceId, FetchPolicy, QObject *context, const ApiCallback<Invoice> &done) override
    {
        m_details.append({invoiceId, {context, done}});
    }

    void invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                         const ApiCallback<QString> &done) override
    {
        ApiResult<QString> result;
        QFile file(filePath);
        if (invoiceId == QLatin1String("missing"))
            result.error = ApiError(ApiError::Kind::NotFound, QStringLiteral("no such invoice"));
        else if (file.open(QIODevice::WriteOnly) && file.write(QByteArrayLiteral("%PDF-1.4 ") + invoiceId.toUtf8()) > 0)
            result.value = filePath;
        if (context)
            done(result);
    }

    int pendingLists() const { return static_cast<int>(m_lists.size()); }
    int pendingDetails() const { return static_cast<int>(m_details.size()); }
    QStringList pendingDetailIds() const
    {
        QStringList ids;
        for (const auto &detail : m_details)
            ids << detail.first;
        return ids;
    }

    void answerList(const QList<Invoice> &invoices)
    {
        ApiResult<QList<Invoice>> result;
        result.value = invoices;
        takeList()(result);
    }

    void failList(const ApiError &error)
    {
        ApiResult<QList<Invoice>> result;
        result.error = error;
        takeList()(result);
    }

    // Answers the detail request for `invoiceId` with `invoice`, or with `error` if set.
    void answerDetail(const QString &invoiceId, const Invoice &invoice, const ApiError &error = ApiError())
    {
        for (int i = 0; i < m_details.size(); ++i) {
            if (m_details.at(i).first != invoiceId)
                continue;
            const Pending<Invoice> pending = m_details.takeAt(i).second;
            ApiResult<Invoice> result;
            result.value = invoice;
            result.error = error;
            if (pending.context)
                pending.done(result);
            return;
        }
        QFAIL(qPrintable(QStringLiteral("no detail request pending for %1").arg(invoiceId)));
    }

private:
    template<typename T>
    struct Pending {
        QPointer<QObject> context;
        ApiCallback<T> done;
    };

    ApiCallback<QList<Invoice>> takeList()
    {
        const Pending<QList<Invoice>> pending = m_lists.takeFirst();
        if (!pending.context)
            return [](const ApiResult<QList<Invoice>> &) {};
        return pending.done;
    }

    QList<Pending<QList<Invoice>>> m_lists;
    QList<QPair<QString, Pending<Invoice>>> m_details;
};

Invoice detailed(const Invoice &listEntry)
{
    Invoice invoice = listEntry;
    invoice.hasDetails = true;
    invoice.status = InvoiceStatus::Paid;
    InvoiceService service;
    service.serviceId = QStringLiteral("svc-") + listEntry.id;
    service.name = QStringLiteral("orders-prod");
    service.cost = listEntry.amount;
    InvoiceLine line;
    line.kind = InvoiceLine::Kind::Nodes;
    line.cost = listEntry.amount;
    service.lines.append(line);
    invoice.services.append(service);
    return invoice;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BILLDECK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
}

class TestInvoiceModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsAppearAfterRefresh();
    void detailsMergeIn();
    void refreshKeepsLoadedDetails();
    void refreshAsksAgainForAnOpenInvoice();
    void sortByAmountIsNumeric();
    void sortByDateUsesDates();
    void sortByDueDateWithInvalidDate();
    void sortByStatusSeverity();
    void detailsMoveTheirRowInTheSort();
    void listErrorIsReported();
    void detailErrorIsReported();
    void loadingSignalsSequence();
    void requestedDetailsJumpTheQueue();
    void twoAccountsMerge();
    void removeAccountDropsItsRows();
    void fetchDocument();
    void exportCsvMatchesExpectedFile();
    void exportJsonParsesBack();
    void csvFieldQuoting();

private:
    QList<Invoice> exportInvoices() const;
    QStringList column(int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<ScriptedSource> m_source;
    std::unique_ptr<InvoiceRepository> m_repository;
    std::unique_ptr<InvoiceTableModel> m_table;
    std::unique_ptr<InvoiceSortModel> m_sorted;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_sortedTester;
    Account m_account;
};

void TestInvoiceModels::init()
{
    m_source = std::make_unique<ScriptedSource>();
    m_repository = std::make_unique<InvoiceRepository>();
    m_account.id = QStringLiteral("acct-1");
    m_account.displayName = QStringLiteral("Production");
    m_repository->addAccount(m_account, m_source.get());
    m_table = std::make_unique<InvoiceTableModel>(m_repository.get());
    m_table->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sorted = std::make_unique<InvoiceSortModel>();
    m_sorted->setSourceModel(m_table.get());
    m_tableTester = std::make_unique<QAbstractItemModelTester>(
        m_table.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_sortedTester = std::make_unique<QAbstractItemModelTester>(
        m_sorted.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestInvoiceModels::cleanup()
{
    m_sortedTester.reset();
    m_tableTester.reset();
    m_sorted.reset();
    m_table.reset();
    m_repository.reset();
    m_source.reset();
}

QStringList TestInvoiceModels::column(int column, int role) const
{
    QStringList values;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        values << m_sorted->index(row, column).data(role).toString();
    return values;
}

void TestInvoiceModels::rowsAppearAfterRefresh()
{
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(m_table->columnCount(), int(InvoiceTableModel::ColumnCount));
    m_repository->refreshInvoices();
    QCOMPARE(m_source->pendingLists(), 1);
    QCOMPARE(m_table->rowCount(), 0);
    m_source->answerList({listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 123450),
                          listed(QStringLiteral("inv-2"), QDate(2025, 10, 1), 99900)});
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_sorted->rowCount(), 2);

    // Newest first, as the repository keeps them.
    const QModelIndex first = m_table->index(0, InvoiceTableModel::NumberColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("inv-2"));
    QCOMPARE(first.data(InvoiceTableModel::InvoiceIdRole).toString(), QStringLiteral("inv-2"));
    QCOMPARE(first.data(InvoiceTableModel::AccountIdRole).toString(), QStringLiteral("acct-1"));
    QCOMPARE(m_table->index(1, InvoiceTableModel::AmountColumn).data().toString(), QStringLiteral("$1,234.50"));
    QCOMPARE(m_table->index(1, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::RawValueRole).toLongLong(), qint64(123450));
    QCOMPARE(m_table->index(1, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::CurrencyRole).toString(), QStringLiteral("USD"));
    QCOMPARE(m_table->index(0, InvoiceTableModel::DateColumn).data(InvoiceTableModel::RawValueRole).toDate(), QDate(2025, 10, 1));
    QCOMPARE(m_table->index(0, InvoiceTableModel::AccountColumn).data().toString(), QStringLiteral("Production"));
    QCOMPARE(m_table->index(0, InvoiceTableModel::PeriodColumn).data().toString(), QStringLiteral("September 2025"));
    QCOMPARE(m_table->index(0, InvoiceTableModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(m_table->headerData(InvoiceTableModel::AmountColumn, Qt::Horizontal).toString(), QStringLiteral("Amount"));
    // Then the details of both are asked for.
    QCOMPARE(m_source->pendingDetails(), 2);
}

void TestInvoiceModels::detailsMergeIn()
{
    m_repository->refreshInvoices();
    Invoice entry = listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 123450);
    entry.number = QStringLiteral("SKY-2025-0009");
    entry.pdfUrl = QStringLiteral("https://api.skysql.com/inv-1.pdf");
    m_source->answerList({entry});
    QVERIFY(!m_repository->invoices().first().hasDetails);

    QSignalSpy changed(m_table.get(), &QAbstractItemModel::dataChanged);
    Invoice detail = detailed(entry);
    // The detail endpoint knows neither the number nor the PDF link here.
    detail.number = detail.id;
    detail.pdfUrl.clear();
    detail.dueDate = QDate();
    m_source->answerDetail(QStringLiteral("inv-1"), detail);

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    const Invoice &merged = m_repository->invoices().first();
    QVERIFY(merged.hasDetails);
    QCOMPARE(merged.services.size(), 1);
    QCOMPARE(merged.accountId, QStringLiteral("acct-1"));
    QCOMPARE(merged.number, QStringLiteral("SKY-2025-0009"));
    QCOMPARE(merged.pdfUrl, entry.pdfUrl);
    QCOMPARE(merged.dueDate, entry.dueDate);
    QCOMPARE(merged.status, InvoiceStatus::Paid);
    QCOMPARE(m_table->index(0, InvoiceTableModel::StatusColumn).data().toString(), QStringLiteral("Paid"));
    QCOMPARE(m_table->index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("SKY-2025-0009"));
}

void TestInvoiceModels::refreshKeepsLoadedDetails()
{
    // Paid: its details are final, so a refresh keeps them without asking again.
    Invoice entry = listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 123450);
    entry.status = InvoiceStatus::Paid;
    m_repository->refreshInvoices();
    m_source->answerList({entry});
    m_source->answerDetail(QStringLiteral("inv-1"), detailed(entry));
    QVERIFY(m_repository->invoices().first().hasDetails);

    m_repository->refreshInvoices();
    m_source->answerList({entry, listed(QStringLiteral("inv-2"), QDate(2025, 10, 1), 500)});
    QCOMPARE(m_table->rowCount(), 2);
    const int index = m_repository->indexOfInvoice(QStringLiteral("acct-1"), QStringLiteral("inv-1"));
    QVERIFY(index >= 0);
    QVERIFY(m_repository->invoices().at(index).hasDetails);
    QCOMPARE(m_repository->invoices().at(index).services.size(), 1);
    // Only the new invoice's details are fetched again.
    QCOMPARE(m_source->pendingDetailIds(), QStringList{QStringLiteral("inv-2")});
}

void TestInvoiceModels::refreshAsksAgainForAnOpenInvoice()
{
    Invoice entry = listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 123450);
    entry.status = InvoiceStatus::Open;
    m_repository->refreshInvoices();
    m_source->answerList({entry});
    m_source->answerDetail(QStringLiteral("inv-1"), detailed(entry));

    m_repository->refreshInvoices();
    m_source->answerList({entry});
    // Its kept details stay on screen while they are checked again: an open invoice can change.
    const int index = m_repository->indexOfInvoice(QStringLiteral("acct-1"), QStringLiteral("inv-1"));
    QVERIFY(m_repository->invoices().at(index).hasDetails);
    QCOMPARE(m_source->pendingDetailIds(), QStringList{QStringLiteral("inv-1")});
}

void TestInvoiceModels::sortByAmountIsNumeric()
{
    m_repository->refreshInvoices();
    m_source->answerList({listed(QStringLiteral("nine"), QDate(2025, 1, 1), 900),
                          listed(QStringLiteral("hundred"), QDate(2025, 2, 1), 10000),
                          listed(QStringLiteral("ten"), QDate(2025, 3, 1), 1000),
                          listed(QStringLiteral("two"), QDate(2025, 4, 1), 200)});
    m_sorted->sort(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    // As text, "$10.00" < "$100.00" < "$2.00" < "$9.00".
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("two"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("hundred")}));
    m_sorted->sort(InvoiceTableModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("hundred"), QStringLiteral("ten"), QStringLiteral("nine"), QStringLiteral("two")}));
}

void TestInvoiceModels::detailsMoveTheirRowInTheSort()
{
    m_repository->refreshInvoices();
    m_source->answerList({listed(QStringLiteral("small"), QDate(2025, 1, 1), 100),
                          listed(QStringLiteral("middle"), QDate(2025, 2, 1), 500),
                          listed(QStringLiteral("large"), QDate(2025, 3, 1), 900)});
    m_sorted->sort(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("small"), QStringLiteral("middle"), QStringLiteral("large")}));
    const QPersistentModelIndex small = m_sorted->index(0, InvoiceTableModel::NumberColumn);
    QSignalSpy moved(m_sorted.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(m_sorted.get(), &QAbstractItemModel::layoutChanged);

    // The final amount is the largest: that one row moves to the end, and nothing else happens.
    Invoice detail = detailed(listed(QStringLiteral("small"), QDate(2025, 1, 1), 100));
    detail.amount = Money(1000, QStringLiteral("USD"));
    m_source->answerDetail(QStringLiteral("small"), detail);
    // Details reach the models in batches: this one comes with the next batch.
    QTRY_COMPARE(column(InvoiceTableModel::NumberColumn),
                 (QStringList{QStringLiteral("middle"), QStringLiteral("large"), QStringLiteral("small")}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(small.row(), 2);
    QCOMPARE(small.data().toString(), QStringLiteral("small"));

    // An amount that keeps its place changes the row in place.
    Invoice same = detailed(listed(QStringLiteral("middle"), QDate(2025, 2, 1), 500));
    m_source->answerDetail(QStringLiteral("middle"), same);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("middle"), QStringLiteral("large"), QStringLiteral("small")}));
    QCOMPARE(moved.size(), 1);
}

void TestInvoiceModels::sortByDateUsesDates()
{
    m_repository->refreshInvoices();
    // As short text in en_US, "1/1/25" sorts before "12/1/24".
    m_source->answerList({listed(QStringLiteral("jan-2025"), QDate(2025, 1, 1), 100),
                          listed(QStringLiteral("dec-2024"), QDate(2024, 12, 1), 100),
                          listed(QStringLiteral("feb-2025"), QDate(2025, 2, 1), 100)});
    m_sorted->sort(InvoiceTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("dec-2024"), QStringLiteral("jan-2025"), QStringLiteral("feb-2025")}));
    m_sorted->sort(InvoiceTableModel::PeriodColumn, Qt::DescendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("feb-2025"), QStringLiteral("jan-2025"), QStringLiteral("dec-2024")}));
}

void TestInvoiceModels::sortByDueDateWithInvalidDate()
{
    m_repository->refreshInvoices();
    Invoice noDueDate = listed(QStringLiteral("no-due"), QDate(2025, 3, 1), 100);
    noDueDate.dueDate = QDate();
    m_source->answerList({listed(QStringLiteral("due-feb"), QDate(2025, 1, 15), 100), noDueDate,
                          listed(QStringLiteral("due-jan"), QDate(2024, 12, 20), 100)});
    m_sorted->sort(InvoiceTableModel::DueDateColumn, Qt::AscendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("no-due"), QStringLiteral("due-jan"), QStringLiteral("due-feb")}));
    QCOMPARE(m_sorted->index(0, InvoiceTableModel::DueDateColumn).data().toString(), QString());
    m_sorted->sort(InvoiceTableModel::DueDateColumn, Qt::DescendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("due-feb"), QStringLiteral("due-jan"), QStringLiteral("no-due")}));
}

void TestInvoiceModels::sortByStatusSeverity()
{
    m_repository->refreshInvoices();
    Invoice paid = listed(QStringLiteral("paid"), QDate(2025, 1, 1), 100);
    paid.status = InvoiceStatus::Paid;
    Invoice overdue = listed(QStringLiteral("overdue"), QDate(2025, 2, 1), 100);
    overdue.status = InvoiceStatus::Overdue;
    Invoice failed = listed(QStringLiteral("failed"), QDate(2025, 3, 1), 100);
    failed.status = InvoiceStatus::Failed;
    m_source->answerList({overdue, paid, failed});
    m_sorted->sort(InvoiceTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn),
             (QStringList{QStringLiteral("failed"), QStringLiteral("overdue"), QStringLiteral("paid")}));
}

void TestInvoiceModels::listErrorIsReported()
{
    QSignalSpy errors(m_repository.get(), &InvoiceRepository::errorOccurred);
    QSignalSpy loaded(m_repository.get(), &InvoiceRepository::loaded);
    m_repository->refreshInvoices();
    const ApiError refused = errorFromHttpResponse(401, QByteArrayLiteral("{\"code\": 401, \"message\": \"Invalid API key\"}"),
                                                   QStringLiteral("GET /billing/v1/invoices"));
    m_source->failList(refused);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::Auth);
    QCOMPARE(m_repository->errors().size(), 1);
    QCOMPARE(m_repository->errors().first().httpStatus(), 401);
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!m_repository->isLoading());

    // A new refresh starts with a clean slate.
    m_repository->refreshInvoices();
    QVERIFY(m_repository->errors().isEmpty());
    m_source->answerList({listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 100)});
    QCOMPARE(m_table->rowCount(), 1);
    QVERIFY(m_repository->errors().isEmpty());
}

void TestInvoiceModels::detailErrorIsReported()
{
    QSignalSpy errors(m_repository.get(), &InvoiceRepository::errorOccurred);
    m_repository->refreshInvoices();
    const Invoice entry = listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 100);
    m_source->answerList({entry});
    m_source->answerDetail(QStringLiteral("inv-1"), Invoice(),
                           ApiError::decode(QStringLiteral("GET /billing/v1/invoices/{invoice_id}"),
                                            QStringLiteral("services"), QStringLiteral("missing")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_repository->errors().first().kind(), ApiError::Kind::Decode);
    // The listed row is kept as it was: a failed detail loses nothing.
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_repository->invoices().first().amount, entry.amount);
    QVERIFY(!m_repository->invoices().first().hasDetails);
}

void TestInvoiceModels::loadingSignalsSequence()
{
    QStringList events;
    QList<QPair<int, int>> progress;
    connect(m_repository.get(), &InvoiceRepository::loadingChanged, this, [&events](bool loading) {
        events << (loading ? QStringLiteral("loading") : QStringLiteral("idle"));
    });
    connect(m_repository.get(), &InvoiceRepository::loaded, this, [&events] { events << QStringLiteral("loaded"); });
    connect(m_repository.get(), &InvoiceRepository::invoicesReset, this, [&events] { events << QStringLiteral("reset"); });
    connect(m_repository.get(), &InvoiceRepository::progressChanged, this, [&progress](int done, int total) {
        progress.append({done, total});
    });

    m_repository->refreshInvoices();
    QVERIFY(m_repository->isLoading());
    QCOMPARE(m_repository->pendingRequests(), 1);
    const Invoice a = listed(QStringLiteral("a"), QDate(2025, 9, 1), 100);
    const Invoice b = listed(QStringLiteral("b"), QDate(2025, 10, 1), 200);
    m_source->answerList({a, b});
    QVERIFY(m_repository->isLoading());
    QCOMPARE(m_repository->pendingRequests(), 2);
    m_source->answerDetail(QStringLiteral("a"), detailed(a));
    QVERIFY(m_repository->isLoading());
    m_source->answerDetail(QStringLiteral("b"), detailed(b));
    QVERIFY(!m_repository->isLoading());

    QCOMPARE(events, (QStringList{QStringLiteral("loading"), QStringLiteral("reset"), QStringLiteral("idle"), QStringLiteral("loaded")}));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), qMakePair(2, 2));
    int lastDone = 0;
    for (const auto &[done, total] : std::as_const(progress)) {
        QVERIFY2(done >= lastDone, "progress went backwards");
        QVERIFY2(done <= total, qPrintable(QStringLiteral("%1/%2").arg(done).arg(total)));
        lastDone = done;
    }
}

void TestInvoiceModels::requestedDetailsJumpTheQueue()
{
    m_repository->refreshInvoices();
    QList<Invoice> many;
    for (int month = 1; month <= 8; ++month)
        many.append(listed(QStringLiteral("inv-%1").arg(month), QDate(2025, month, 1), month * 100));
    m_source->answerList(many);
    // A few at a time, politely.
    QCOMPARE(m_source->pendingDetails(), InvoiceRepository::MaxParallelDetails);
    QVERIFY(!m_source->pendingDetailIds().contains(QStringLiteral("inv-8")));

    m_repository->requestInvoiceDetails(QStringLiteral("acct-1"), QStringLiteral("inv-8"));
    const QString first = m_source->pendingDetailIds().first();
    m_source->answerDetail(first, detailed(many.at(first.mid(4).toInt() - 1)));
    // The one on screen goes next, before those queued earlier.
    QVERIFY2(m_source->pendingDetailIds().contains(QStringLiteral("inv-8")), qPrintable(m_source->pendingDetailIds().join(u',')));
    QVERIFY2(!m_source->pendingDetailIds().contains(QStringLiteral("inv-5")), qPrintable(m_source->pendingDetailIds().join(u',')));
}

void TestInvoiceModels::twoAccountsMerge()
{
    ScriptedSource other;
    Account second;
    second.id = QStringLiteral("acct-2");
    second.displayName = QStringLiteral("Staging");
    second.provider = Provider::Scalingo;
    m_repository->addAccount(second, &other);
    m_repository->refreshInvoices();
    m_source->answerList({listed(QStringLiteral("sky-1"), QDate(2025, 9, 1), 100)});
    other.answerList({listed(QStringLiteral("sca-1"), QDate(2025, 10, 1), 200, QStringLiteral("EUR"))});
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->index(0, InvoiceTableModel::AccountColumn).data().toString(), QStringLiteral("Staging"));
    QCOMPARE(m_table->index(1, InvoiceTableModel::AccountColumn).data().toString(), QStringLiteral("Production"));
    // Mixed currencies sort by currency first, never by a converted amount.
    m_sorted->sort(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(column(InvoiceTableModel::NumberColumn), (QStringList{QStringLiteral("sca-1"), QStringLiteral("sky-1")}));
    m_repository->removeAccount(QStringLiteral("acct-2"));
    QCOMPARE(m_table->rowCount(), 1);
}

void TestInvoiceModels::removeAccountDropsItsRows()
{
    m_repository->refreshInvoices();
    m_source->answerList({listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 100)});
    QCOMPARE(m_sorted->rowCount(), 1);
    m_repository->removeAccount(QStringLiteral("acct-1"));
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(m_sorted->rowCount(), 0);
    QVERIFY(m_repository->accounts().isEmpty());
    // Details answered after the account went away change nothing.
    m_source->answerDetail(QStringLiteral("inv-1"), detailed(listed(QStringLiteral("inv-1"), QDate(2025, 9, 1), 100)));
    QCOMPARE(m_table->rowCount(), 0);
}

void TestInvoiceModels::fetchDocument()
{
    QString path;
    ApiError error;
    m_repository->fetchInvoiceDocument(QStringLiteral("acct-1"), QStringLiteral("inv-1"), this,
                                       [&](const QString &filePath, const ApiError &e) {
                                           path = filePath;
                                           error = e;
                                       });
    QVERIFY(!error.isError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("%PDF-1.4 inv-1"));
    m_repository->fetchInvoiceDocument(QStringLiteral("nobody"), QStringLiteral("inv-1"), this,
                                       [&](const QString &filePath, const ApiError &e) {
                                           path = filePath;
                                           error = e;
                                       });
    QVERIFY(path.isEmpty());
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

QList<Invoice> TestInvoiceModels::exportInvoices() const
{
    Invoice paris = listed(QStringLiteral("INV-2025-0042"), QDate(2025, 10, 1), 123450, QStringLiteral("EUR"));
    paris.accountId = QStringLiteral("acct-fr");
    paris.number = QStringLiteral("Nº \"42\", final");
    paris.period = QStringLiteral("2025-09");
    paris.periodStart = QDate(2025, 9, 1);
    paris.periodEnd = QDate(2025, 9, 30);
    paris.dueDate = QDate(2025, 10, 31);
    paris.status = InvoiceStatus::Paid;

    Invoice credit = listed(QStringLiteral("CN-7"), QDate(2025, 9, 15), -1200, QStringLiteral("USD"));
    credit.accountId = QStringLiteral("acct-us");
    credit.number = QStringLiteral("line one\nline two");
    credit.period = QStringLiteral("2025-08");
    credit.periodStart = QDate(2025, 8, 1);
    credit.periodEnd = QDate(2025, 8, 31);
    credit.dueDate = QDate();
    credit.status = InvoiceStatus::Overdue;

    Invoice yen = listed(QStringLiteral("JP-1"), QDate(2025, 8, 1), 1500, QStringLiteral("JPY"));
    yen.accountId = QStringLiteral("acct-jp");
    yen.number = QStringLiteral("JP-1");
    yen.period = QString();
    yen.periodStart = QDate();
    yen.periodEnd = QDate();
    yen.dueDate = QDate(2025, 8, 31);
    yen.status = InvoiceStatus::Unknown;
    return {paris, credit, yen};
}

namespace
{
QString accountName(const QString &accountId)
{
    if (accountId == QLatin1String("acct-fr"))
        return QStringLiteral("Société Générale, Paris");
    if (accountId == QLatin1String("acct-us"))
        return QStringLiteral("Acme \"US\"");
    return QStringLiteral("東京");
}
}

void TestInvoiceModels::exportCsvMatchesExpectedFile()
{
    const QByteArray csv = InvoiceExport::toCsv(exportInvoices(), accountName);
    const QByteArray expected = fixture(QStringLiteral("export/invoices.csv"));
    QCOMPARE(csv, expected);
    // Every record ends in CRLF; the only bare LF is inside the quoted multi-line field.
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 4);
    QCOMPARE(csv.count('\n'), 5);
}

void TestInvoiceModels::exportJsonParsesBack()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(InvoiceExport::toJson(exportInvoices(), accountName), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3);

    const QJsonObject paris = array.at(0).toObject();
    QCOMPARE(paris.value(QStringLiteral("account")).toString(), QStringLiteral("Société Générale, Paris"));
    QCOMPARE(paris.value(QStringLiteral("invoice_id")).toString(), QStringLiteral("INV-2025-0042"));
    QCOMPARE(paris.value(QStringLiteral("number")).toString(), QStringLiteral("Nº \"42\", final"));
    QCOMPARE(paris.value(QStringLiteral("invoice_date")).toString(), QStringLiteral("2025-10-01"));
    QCOMPARE(paris.value(QStringLiteral("period_start")).toString(), QStringLiteral("2025-09-01"));
    QCOMPARE(paris.value(QStringLiteral("period_end")).toString(), QStringLiteral("2025-09-30"));
    QCOMPARE(paris.value(QStringLiteral("due_date")).toString(), QStringLiteral("2025-10-31"));
    QCOMPARE(paris.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.50"));
    QCOMPARE(paris.value(QStringLiteral("amount_minor")).toString(), QStringLiteral("123450"));
    QCOMPARE(paris.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(paris.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

    const QJsonObject credit = array.at(1).toObject();
    QCOMPARE(credit.value(QStringLiteral("amount")).toString(), QStringLiteral("-12.00"));
    QVERIFY(credit.value(QStringLiteral("due_date")).isNull());
    QCOMPARE(credit.value(QStringLiteral("number")).toString(), QStringLiteral("line one\nline two"));

    const QJsonObject yen = array.at(2).toObject();
    QCOMPARE(yen.value(QStringLiteral("amount")).toString(), QStringLiteral("1500"));
    QCOMPARE(yen.value(QStringLiteral("account")).toString(), QStringLiteral("東京"));

    // Amounts read back exactly.
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Money money;
        QVERIFY(Money::parseDecimal(object.value(QStringLiteral("amount")).toString(),
                                    object.value(QStringLiteral("currency")).toString(), &money));
        QCOMPARE(QString::number(money.minorUnits()), object.value(QStringLiteral("amount_minor")).toString());
    }
}

void TestInvoiceModels::csvFieldQuoting()
{
    QCOMPARE(InvoiceExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(InvoiceExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(InvoiceExport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(InvoiceExport::csvField(QStringLiteral("a\r\nb")), QStringLiteral("\"a\r\nb\""));
    QCOMPARE(InvoiceExport::csvField(QString()), QString());
    QCOMPARE(InvoiceExport::csvRow({QStringLiteral("x"), QString(), QStringLiteral("y,z")}), QByteArrayLiteral("x,,\"y,z\"\r\n"));
}

QTEST_GUILESS_MAIN(TestInvoiceModels)
#include "tst_invoicemodels.moc"
