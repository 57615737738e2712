// The Scalingo side of the window against the demo backend over real HTTP: the invoice detail
// pane (items, per-app lines, VAT), Save PDF, the Billing operations page and its "Open
// invoice", and the billing profile section. Saves pictures under /tmp for review.

#include "accounts/accountregistry.h"
#include "composition.h"
#include "demoserver.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoiceitems.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicesortmodel.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "operations/billingoperationmodel.h"
#include "operations/billingoperationsloader.h"
#include "operations/billingoperationspage.h"
#include "overview/billingprofileoverviewsection.h"
#include "support/await.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

namespace
{
constexpr int LoadTimeoutMs = 30000;
const QString ScalingoId = QStringLiteral("demo-scalingo");

QStringList topLevelTexts(const QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

void savePicture(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("/tmp/billdeck-scalingo-%1.png").arg(name);
    widget->grab().save(path);
}
}

class TestScalingoPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void invoicesShowNumbersAmountsAndStatuses();
    void detailPaneShowsItemsAppsAndVat();
    void savesTheScalingoPdf();
    void operationsPageListsEveryOperation();
    void openInvoiceSelectsItOnTheInvoicesPage();
    void operationsPageExplainsSkySqlHasNone();
    void overviewShowsProfileAndCard();
    void overviewWarnsAboutExpiringAndExpiredCards();

private:
    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<InvoicesPage> m_invoices;
    std::unique_ptr<BillingOperationModel> m_operationModel;
    std::unique_ptr<QAbstractItemModelTester> m_operationTester;
    std::unique_ptr<BillingOperationsLoader> m_loader;
    std::unique_ptr<BillingOperationsPage> m_operations;
};

void TestScalingoPages::initTestCase()
{
    // The Invoices page remembers its columns and sort: start each run from the defaults.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_composition = std::make_unique<Composition>();
    QString error;
    QVERIFY2(m_composition->addDemoAccount(&error, QDate(2025, 11, 15)), qPrintable(error));
    // The tests send fewer than 60 requests in all, but several processes may share the minute.
    m_composition->demoServer()->setScalingoRateLimitEnabled(false);
    m_composition->accounts()->setShownAccountId(ScalingoId);

    m_invoices = std::make_unique<InvoicesPage>(m_composition->repository());
    m_invoices->resize(1300, 760);
    m_invoices->show();
    QSignalSpy loaded(m_composition->repository(), &InvoiceRepository::loaded);
    m_composition->repository()->refreshInvoices();
    QVERIFY(loaded.wait(LoadTimeoutMs));
    // Details load in the background; wait until none is pending.
    QTRY_VERIFY_WITH_TIMEOUT(!m_composition->repository()->isLoading(), LoadTimeoutMs);
    QVERIFY(m_composition->repository()->errors().isEmpty());

    m_operationModel = std::make_unique<BillingOperationModel>();
    m_operationModel->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_operationTester = std::make_unique<QAbstractItemModelTester>(m_operationModel.get(),
                                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_loader = std::make_unique<BillingOperationsLoader>(m_composition->accounts(), m_operationModel.get());
    m_operations = std::make_unique<BillingOperationsPage>(m_operationModel.get(), m_loader.get());
    m_operations->resize(1300, 760);
    m_operations->show();
}

void TestScalingoPages::cleanupTestCase()
{
    m_operations.reset();
    m_loader.reset();
    m_operationTester.reset();
    m_operationModel.reset();
    m_invoices.reset();
    m_composition.reset();
}

void TestScalingoPages::invoicesShowNumbersAmountsAndStatuses()
{
    QAbstractItemModel *model = m_invoices->sortModel();
    QCOMPARE(model->rowCount(), 30);
    QSet<int> statuses;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString number = model->index(row, InvoiceTableModel::NumberColumn).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^SC-\\d{4}-\\d{2}-\\d{4}$")).match(number).hasMatch(), qPrintable(number));
        QVERIFY(model->index(row, InvoiceTableModel::AmountColumn).data().toString().contains(QStringLiteral("€")));
        statuses.insert(model->index(row, InvoiceTableModel::StatusColumn).data(InvoiceTableModel::StatusRole).toInt());
    }
    // "new" is open, and the demo history has paid months and one failed payment.
    QCOMPARE(statuses, (QSet<int> {int(InvoiceStatus::Open), int(InvoiceStatus::Paid), int(InvoiceStatus::Failed)}));
    // Scalingo states the VAT but no due date: no always-empty Due date column.
    QVERIFY(!m_invoices->tableView()->isColumnHidden(InvoiceTableModel::VatColumn));
    QVERIFY(m_invoices->tableView()->isColumnHidden(InvoiceTableModel::DueDateColumn));
}

void TestScalingoPages::detailPaneShowsItemsAppsAndVat()
{
    // The month with a voucher: a negative item.
    const QList<Invoice> &invoices = m_composition->repository()->invoices();
    const auto withCredit = std::find_if(invoices.cbegin(), invoices.cend(), [](const Invoice &invoice) {
        return std::any_of(invoice.lines.cbegin(), invoice.lines.cend(),
                           [](const InvoiceLine &line) { return line.cost.minorUnits() < 0; });
    });
    QVERIFY(withCredit != invoices.cend());
    QVERIFY(m_invoices->selectInvoice(withCredit->accountId, withCredit->id));
    InvoiceDetailView *detail = m_invoices->detailView();
    QCOMPARE(detail->invoiceId(), withCredit->id);
    QTRY_VERIFY(detail->isShowingDetails());

    const QTreeWidget *tree = detail->serviceTree();
    const QStringList names = topLevelTexts(tree, InvoiceDetailView::ItemColumn);
    QCOMPARE(names.first(), QStringLiteral("Invoice items"));
    for (const InvoiceService &app : withCredit->services)
        QVERIFY2(names.contains(app.name), qPrintable(app.name));
    QVERIFY(names.contains(QStringLiteral("shop-front")));

    // Scalingo states no rates: no always-empty Rate column beside the charge names.
    QVERIFY(tree->isColumnHidden(InvoiceDetailView::RateColumn));
    // Scalingo's invoices have no due date: the header leaves the line out, no filler.
    QVERIFY(!withCredit->dueDate.isValid());
    const QList<QLabel *> headerLabels = detail->findChildren<QLabel *>();
    for (const QLabel *label : headerLabels) {
        if (label->text() == QLatin1String("Due date"))
            QVERIFY(!label->isVisibleTo(detail) && !label->buddy()->isVisibleTo(detail));
        QVERIFY2(!label->isVisibleTo(detail) || label->text() != QLatin1String("Not given"), qPrintable(label->text()));
    }

    // Invoice items: one line per item no app shows already (the credit, negative): each app
    // appears once, as its own group, not also as an "Application …" item.
    const QTreeWidgetItem *items = tree->topLevelItem(0);
    QCOMPARE(items->childCount(), InvoiceItems::besideServices(*withCredit).size());
    QVERIFY(items->childCount() < withCredit->lines.size());
    for (const InvoiceService &app : withCredit->services) {
        const QList<QTreeWidgetItem *> mentions = tree->findItems(app.name, Qt::MatchContains | Qt::MatchRecursive);
        QCOMPARE(mentions.size(), 1);
    }
    bool sawNegative = false;
    for (int i = 0; i < items->childCount(); ++i)
        sawNegative = sawNegative || items->child(i)->text(InvoiceDetailView::CostColumn).startsWith(QLatin1Char('-'))
                      || items->child(i)->text(InvoiceDetailView::CostColumn).startsWith(QLatin1Char('('));
    QVERIFY(sawNegative);

    // Per-app lines carry how long each container ran.
    const QTreeWidgetItem *front = tree->findItems(QStringLiteral("shop-front"), Qt::MatchExactly).value(0);
    QVERIFY(front);
    QVERIFY(front->childCount() > 0);
    QVERIFY2(front->child(0)->text(InvoiceDetailView::QuantityColumn).endsWith(QStringLiteral(" h")),
             qPrintable(front->child(0)->text(InvoiceDetailView::QuantityColumn)));

    // Totals: excl. VAT, VAT at the stated rate, incl. VAT; VAT = difference in cents.
    const QLocale locale;
    // Labelled in the charge column, which stays when a narrow pane hides the rate.
    const QStringList labels = topLevelTexts(tree, InvoiceDetailView::ItemColumn);
    const QStringList costs = topLevelTexts(tree, InvoiceDetailView::CostColumn);
    const int n = static_cast<int>(labels.size());
    QCOMPARE(labels.mid(n - 3), (QStringList {QStringLiteral("Total excl. VAT"), QStringLiteral("VAT (20 %)"),
                                               QStringLiteral("Total incl. VAT")}));
    QCOMPARE(costs.at(n - 3), withCredit->amountExcludingVat->format(locale));
    QCOMPARE(costs.at(n - 2), (withCredit->amount - *withCredit->amountExcludingVat).format(locale));
    QCOMPARE(costs.at(n - 1), withCredit->amount.format(locale));
    savePicture(m_invoices.get(), QStringLiteral("invoices-credit"));
}

void TestScalingoPages::savesTheScalingoPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QString suggested;
    m_invoices->setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return path;
    });
    m_invoices->selectRow(0);
    QSignalSpy saved(m_invoices.get(), &InvoicesPage::documentSaved);
    m_invoices->detailView()->savePdfButton()->click();
    QVERIFY(saved.wait(LoadTimeoutMs));
    QVERIFY2(suggested.startsWith(QStringLiteral("SC-")), qPrintable(suggested));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QVERIFY(!m_invoices->errorBanner()->isVisibleTo(m_invoices.get()));
}

void TestScalingoPages::operationsPageListsEveryOperation()
{
    QSignalSpy ready(m_operations.get(), &BillingOperationsPage::ready);
    m_loader->refresh();
    QVERIFY(!m_operations->isReady());
    QVERIFY(!m_operations->readiness()->isReady());
    QVERIFY(ready.wait(LoadTimeoutMs));
    QVERIFY(m_operations->isReady());
    QVERIFY(m_operations->readiness()->isReady());
    QVERIFY(m_loader->errors().isEmpty());
    QCOMPARE(m_operationModel->rowCount(), 61);
    QCOMPARE(m_operations->summaryText(), QStringLiteral("61 operations"));
    QVERIFY(!m_operations->isShowingNoScalingoState());
    // One account shown: no account column.
    QVERIFY(m_operations->tableView()->isColumnHidden(BillingOperationModel::AccountColumn));

    // Newest first; every source appears in words.
    QSortFilterProxyModel *sorted = m_operations->sortModel();
    QDateTime previous = sorted->index(0, BillingOperationModel::DateColumn).data(BillingOperationModel::RawValueRole).toDateTime();
    QSet<QString> sources;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const QDateTime date = sorted->index(row, BillingOperationModel::DateColumn).data(BillingOperationModel::RawValueRole).toDateTime();
        QVERIFY(date <= previous);
        previous = date;
        sources.insert(sorted->index(row, BillingOperationModel::SourceColumn).data().toString());
    }
    QCOMPARE(sources, (QSet<QString> {QStringLiteral("Invoicing"), QStringLiteral("Payment"), QStringLiteral("Credit"),
                                      QStringLiteral("Refund")}));
    // Sorting by amount puts the largest payment (negative) first.
    m_operations->tableView()->sortByColumn(BillingOperationModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(sorted->index(0, BillingOperationModel::SourceColumn).data().toString(), QStringLiteral("Payment"));
    QVERIFY(sorted->index(0, BillingOperationModel::AmountColumn).data(BillingOperationModel::RawValueRole).toLongLong() < 0);
    m_operations->tableView()->sortByColumn(BillingOperationModel::DateColumn, Qt::DescendingOrder);
    savePicture(m_operations.get(), QStringLiteral("operations"));
}

void TestScalingoPages::openInvoiceSelectsItOnTheInvoicesPage()
{
    QSortFilterProxyModel *sorted = m_operations->sortModel();
    // A credit has no invoice: the button is off and nothing is asked.
    int creditRow = -1;
    int paymentRow = -1;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const QString source = sorted->index(row, 0).data(BillingOperationModel::SourceKeyRole).toString();
        if (source == u"credit" && creditRow < 0)
            creditRow = row;
        if (source == u"payment" && paymentRow < 0 && row > 5)
            paymentRow = row;
    }
    QVERIFY(creditRow >= 0 && paymentRow >= 0);
    QSignalSpy requested(m_operations.get(), &BillingOperationsPage::openInvoiceRequested);
    m_operations->selectRow(creditRow);
    QVERIFY(!m_operations->openInvoiceButton()->isEnabled());
    QVERIFY(!m_operations->openSelectedInvoice());
    QCOMPARE(requested.count(), 0);

    m_operations->selectRow(paymentRow);
    QVERIFY(m_operations->openInvoiceButton()->isEnabled());
    const QString invoiceId = sorted->index(paymentRow, 0).data(BillingOperationModel::InvoiceIdRole).toString();
    m_operations->openInvoiceButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), ScalingoId);
    QCOMPARE(requested.at(0).at(1).toString(), invoiceId);

    QVERIFY(m_invoices->selectInvoice(ScalingoId, invoiceId));
    QCOMPARE(m_invoices->detailView()->invoiceId(), invoiceId);
    // The payment's description names the invoice number the Invoices page now shows.
    const QString description = sorted->index(paymentRow, BillingOperationModel::DescriptionColumn).data().toString();
    const int index = m_composition->repository()->indexOfInvoice(ScalingoId, invoiceId);
    QVERIFY(index >= 0);
    QVERIFY2(description.contains(m_composition->repository()->invoices().at(index).number), qPrintable(description));
    // An unknown invoice is not selected.
    QVERIFY(!m_invoices->selectInvoice(ScalingoId, QStringLiteral("no-such-invoice")));
}

void TestScalingoPages::operationsPageExplainsSkySqlHasNone()
{
    QSignalSpy ready(m_operations.get(), &BillingOperationsPage::ready);
    m_composition->accounts()->setShownAccountId(QStringLiteral("demo"));
    QVERIFY(TestSupport::waitForSignal(ready, LoadTimeoutMs));
    QVERIFY(!m_loader->hasScalingoAccount());
    QCOMPARE(m_operationModel->rowCount(), 0);
    QVERIFY(m_operations->isShowingNoScalingoState());
    QVERIFY(m_operations->isReady());
    QVERIFY(!m_operations->openInvoiceButton()->isVisibleTo(m_operations.get()));
    savePicture(m_operations.get(), QStringLiteral("operations-skysql"));

    // All accounts: the Scalingo ones come back, with an account column.
    m_composition->accounts()->setShownAccountId(QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_operationModel->rowCount(), 61, LoadTimeoutMs);
    QTRY_VERIFY(m_operations->isReady());
    QVERIFY(!m_operations->isShowingNoScalingoState());
    m_composition->accounts()->setShownAccountId(ScalingoId);
    QTRY_VERIFY_WITH_TIMEOUT(m_operations->isReady(), LoadTimeoutMs);
}

void TestScalingoPages::overviewShowsProfileAndCard()
{
    AccountConnection *connection = m_composition->accounts()->connection(ScalingoId);
    QVERIFY(connection && connection->scalingo());
    BillingProfileOverviewSection view(connection);
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    view.setToday(QDate(2025, 11, 15));
    view.resize(1100, 420);
    view.show();
    QVERIFY(view.isLoading());
    QVERIFY(!view.readiness()->isReady());
    QSignalSpy loaded(&view, &BillingProfileOverviewSection::loaded);
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QVERIFY(view.hasProfile());
    QVERIFY(view.readiness()->isReady());
    QCOMPARE(view.profileFieldText(QStringLiteral("name")), QStringLiteral("Camille Martin"));
    QCOMPARE(view.profileFieldText(QStringLiteral("company")), QStringLiteral("Shop Demo SAS"));
    QCOMPARE(view.profileFieldText(QStringLiteral("email")), QStringLiteral("billing@shop-demo.example"));
    QCOMPARE(view.profileFieldText(QStringLiteral("vat")), QStringLiteral("FR40123456824"));
    QVERIFY(view.profileFieldText(QStringLiteral("address")).contains(QStringLiteral("67000 Strasbourg")));
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("vat")})
        QVERIFY2(view.isProfileFieldShown(key), qPrintable(key));
    // The demo profile has no invoice notes: no "Invoice notes: Not given" filler line.
    QCOMPARE(view.profileFieldText(QStringLiteral("notes")), QString());
    QVERIFY(!view.isProfileFieldShown(QStringLiteral("notes")));
    QVERIFY2(view.paymentText().startsWith(QStringLiteral("Visa •••• 4242")), qPrintable(view.paymentText()));
    QVERIFY(view.paymentText().contains(QStringLiteral("11/2027")));
    QCOMPARE(view.expiryWarningText(), QString());
    savePicture(&view, QStringLiteral("overview"));
}

void TestScalingoPages::overviewWarnsAboutExpiringAndExpiredCards()
{
    AccountConnection *connection = m_composition->accounts()->connection(ScalingoId);
    BillingProfileOverviewSection view(connection);
    view.resize(1100, 420);
    view.show();
    QSignalSpy loaded(&view, &BillingProfileOverviewSection::loaded);
    QVERIFY(loaded.wait(LoadTimeoutMs));
    // The demo card expires at the end of November 2027.
    view.setToday(QDate(2027, 10, 15));
    QVERIFY2(view.expiryWarningText().contains(QStringLiteral("expires on")), qPrintable(view.expiryWarningText()));
    QVERIFY(view.expiryWarningText().contains(QStringLiteral("46 days")));
    savePicture(&view, QStringLiteral("overview-expiring"));
    view.setToday(QDate(2027, 12, 1));
    QVERIFY2(view.expiryWarningText().contains(QStringLiteral("expired")), qPrintable(view.expiryWarningText()));
    view.setToday(QDate(2027, 9, 1));
    QCOMPARE(view.expiryWarningText(), QString());
}

QTEST_MAIN(TestScalingoPages)
#include "tst_scalingopages.moc"
