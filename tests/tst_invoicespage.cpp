// The invoices page against the demo backend over real HTTP: what the table shows, how it
// sorts, what the detail pane fills in, and how failures reach the banner and Retry.

#include "api/apiclient.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "format/displayformat.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoicefiltermodel.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicesortmodel.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "invoices/invoicetotals.h"
#include "mainwindow.h"
#include "support/await.h"
#include "support/demoserverfixture.h"
#include "widgets/errorbanner.h"
#include "widgets/pagecommands.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace
{
constexpr int LoadTimeoutMs = 20000;
const QString InvoicesPath = QStringLiteral("/billing/v1/invoices");
}

class TestInvoicesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryInvoiceNewestFirst();
    void selectsTheFirstInvoiceWithItsCharges();
    void sortsAmountsByMinorUnits();
    void selectingARowShowsThatInvoicesCharges();
    void serverFailureShowsBannerAndRetryRecovers();
    void refusedKeyShowsTheAuthMessage();
    void failedDetailsSayWhyAndRetryLoadsThem();
    void savesTheInvoicePdf();
    void failedSaveShowsBanner();
    void windowShowsAccountAndPages();
    void windowShowsProgressAtMostOncePerInterval();
    void windowWithoutAccountExplainsHowToStart();
    void remembersColumnsAndSortBetweenRuns();
    void filterBarFiltersAndTotalsFollow();
    void dateLabelsAreDrawnWhole();
    void previewAndExportNeedAnInvoice();

private:
    // A repository and page over the shared server; `apiKey` empty means the right key.
    void build(const QString &apiKey = QString());
    void load();
    const Invoice &invoiceAtRow(int row) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SkySqlBackend> m_backend;
    std::unique_ptr<InvoiceRepository> m_repository;
    std::unique_ptr<InvoicesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_sortTester;
};

void TestInvoicesPage::initTestCase()
{
    // The data is pinned to today: the status bar and the dates the page shows follow it.
    m_server = TestSupport::startDemoServer(QDate::currentDate());
    QVERIFY(m_server);
}

void TestInvoicesPage::init()
{
    // Test settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("InvoicesPage"));
    build();
}

void TestInvoicesPage::cleanup()
{
    // The page keeps its column layout in QSettings; each test starts from the default one.
    if (m_page) {
        m_page.reset();
        QSettings().remove(QStringLiteral("InvoicesPage"));
    }
    m_server->clearFaults();
    m_sortTester.reset();
    m_tableTester.reset();
    m_page.reset();
    m_repository.reset();
    m_backend.reset();
    m_client.reset();
}

void TestInvoicesPage::build(const QString &apiKey)
{
    cleanup();
    const QString key = apiKey.isEmpty() ? m_server->skySqlApiKey() : apiKey;
    m_client = std::make_unique<ApiClient>(
        &m_network, m_server->baseUrl(),
        std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(key, m_server->organizationId())));
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.baseDelay = std::chrono::milliseconds(10);
    quick.maxDelay = std::chrono::milliseconds(20);
    m_client->setRetryPolicy(quick);
    m_client->setTransferTimeout(std::chrono::milliseconds(1500));
    m_backend = std::make_unique<SkySqlBackend>(m_client.get());
    m_repository = std::make_unique<InvoiceRepository>();
    Account account;
    account.id = QStringLiteral("demo");
    account.displayName = QStringLiteral("Demo SkySQL");
    account.apiUrl = m_server->baseUrl();
    account.organizationId = m_server->organizationId();
    account.isDemo = true;
    m_repository->addAccount(account, m_backend.get());
    m_page = std::make_unique<InvoicesPage>(m_repository.get());
    m_tableTester = std::make_unique<QAbstractItemModelTester>(m_page->tableModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sortTester = std::make_unique<QAbstractItemModelTester>(m_page->sortModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 800);
    m_page->show();
}

void TestInvoicesPage::load()
{
    QSignalSpy loaded(m_repository.get(), &InvoiceRepository::loaded);
    m_repository->refreshInvoices();
    QVERIFY(loaded.wait(LoadTimeoutMs));
}

const Invoice &TestInvoicesPage::invoiceAtRow(int row) const
{
    const QModelIndex index = m_page->sortModel()->index(row, 0);
    return m_page->tableModel()->invoiceAt(m_page->sortModel()->mapToSource(index).row());
}

void TestInvoicesPage::showsEveryInvoiceNewestFirst()
{
    load();
    QVERIFY(m_repository->errors().isEmpty());
    QCOMPARE(m_page->sortModel()->rowCount(), 36);  // the whole history
    QVERIFY(m_page->tableView()->isColumnHidden(InvoiceTableModel::AccountColumn));
    // SkySQL states due dates but no VAT.
    QVERIFY(!m_page->tableView()->isColumnHidden(InvoiceTableModel::DueDateColumn));
    QVERIFY(m_page->tableView()->isColumnHidden(InvoiceTableModel::VatColumn));
    QCOMPARE(m_page->tableView()->horizontalHeader()->sortIndicatorSection(), int(InvoiceTableModel::DateColumn));
    QCOMPARE(m_page->tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    const Invoice &newest = m_repository->invoices().first();
    const QAbstractItemModel *model = m_page->tableView()->model();
    QCOMPARE(model->index(0, InvoiceTableModel::NumberColumn).data().toString(), newest.number);
    QVERIFY(!newest.amount.currency().isEmpty());
    QCOMPARE(model->index(0, InvoiceTableModel::AmountColumn).data().toString(), newest.amount.format(QLocale()));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(invoiceAtRow(row - 1).date >= invoiceAtRow(row).date);
}

void TestInvoicesPage::selectsTheFirstInvoiceWithItsCharges()
{
    load();
    const QModelIndex current = m_page->tableView()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 0);
    InvoiceDetailView *detail = m_page->detailView();
    QCOMPARE(detail->invoiceId(), m_repository->invoices().first().id);
    QTRY_VERIFY(detail->isShowingDetails());
    const Invoice &invoice = m_repository->invoices().first();
    QVERIFY(!invoice.services.isEmpty());
    QCOMPARE(detail->serviceTree()->topLevelItemCount(), int(invoice.services.size()));
    // SkySQL states a due date: the header shows it in the long form.
    QVERIFY(invoice.dueDate.isValid());
    const QList<QLabel *> labels = detail->findChildren<QLabel *>();
    const auto due = std::find_if(labels.cbegin(), labels.cend(),
                                  [](const QLabel *label) { return label->text() == QLatin1String("Due date"); });
    QVERIFY(due != labels.cend());
    QVERIFY((*due)->isVisibleTo(detail));
    const auto *dueValue = qobject_cast<const QLabel *>((*due)->buddy());
    QVERIFY(dueValue && dueValue->isVisibleTo(detail));
    QCOMPARE(dueValue->text(), DisplayFormat().longDate(invoice.dueDate));
}

void TestInvoicesPage::sortsAmountsByMinorUnits()
{
    load();
    m_page->tableView()->sortByColumn(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    const QAbstractItemModel *model = m_page->tableView()->model();
    QCOMPARE(model->rowCount(), 36);
    // Sorting reads minor units, never the formatted text ("$999.00" > "$1,000.00" as text).
    QCOMPARE(m_page->sortModel()->sortRole(), int(InvoiceTableModel::RawValueRole));
    QList<qint64> expected;
    for (const Invoice &invoice : m_repository->invoices())
        expected << invoice.amount.minorUnits();
    std::sort(expected.begin(), expected.end());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, InvoiceTableModel::AmountColumn);
        QCOMPARE(index.data(InvoiceTableModel::RawValueRole).toLongLong(), expected.at(row));
        QCOMPARE(invoiceAtRow(row).amount.minorUnits(), expected.at(row));
        if (row > 0) {
            const QModelIndex previous = model->index(row - 1, InvoiceTableModel::AmountColumn);
            QVERIFY2(previous.data(InvoiceTableModel::RawValueRole).toLongLong()
                         <= index.data(InvoiceTableModel::RawValueRole).toLongLong(),
                     qPrintable(QStringLiteral("row %1: %2 before %3").arg(row).arg(previous.data().toString(), index.data().toString())));
        }
    }

    m_page->tableView()->sortByColumn(InvoiceTableModel::AmountColumn, Qt::DescendingOrder);
    QVERIFY(model->index(0, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::RawValueRole).toLongLong()
            >= model->index(23, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::RawValueRole).toLongLong());
}

void TestInvoicesPage::selectingARowShowsThatInvoicesCharges()
{
    load();
    m_page->selectRow(5);
    const Invoice &invoice = invoiceAtRow(5);
    InvoiceDetailView *detail = m_page->detailView();
    QCOMPARE(detail->invoiceId(), invoice.id);
    QTRY_VERIFY(detail->isShowingDetails());

    QTreeWidget *tree = detail->serviceTree();
    QCOMPARE(tree->topLevelItemCount(), int(invoice.services.size()));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const InvoiceService &service = invoice.services.at(i);
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        const QString name = service.name.isEmpty() ? service.serviceId : service.name;
        QCOMPARE(item->data(InvoiceDetailView::ItemColumn, Qt::UserRole).toString(), name);
        QVERIFY(item->text(InvoiceDetailView::ItemColumn).startsWith(name));
        QCOMPARE(item->text(InvoiceDetailView::CostColumn), service.cost.format(QLocale()));
        QCOMPARE(item->childCount(), int(service.lines.size()));
        for (int j = 0; j < item->childCount(); ++j)
            QCOMPARE(item->child(j)->text(InvoiceDetailView::CostColumn), service.lines.at(j).cost.format(QLocale()));
    }
    // The first line of a service is its nodes: size × active nodes, hours and the hourly rate.
    const InvoiceLine &nodes = invoice.services.first().lines.first();
    QCOMPARE(nodes.kind, InvoiceLine::Kind::Nodes);
    const QTreeWidgetItem *nodesItem = tree->topLevelItem(0)->child(0);
    QVERIFY2(nodesItem->text(InvoiceDetailView::ItemColumn).contains(nodes.size), qPrintable(nodesItem->text(0)));
    QVERIFY(nodesItem->text(InvoiceDetailView::QuantityColumn).contains(DisplayFormat::unitSymbol(nodes.unit)));
    QVERIFY(nodesItem->text(InvoiceDetailView::RateColumn).contains(DisplayFormat::unitSymbol(nodes.rateUnit)));
}

void TestInvoicesPage::serverFailureShowsBannerAndRetryRecovers()
{
    // 503 is retried: fail every attempt the policy allows.
    DemoFault fault;
    fault.status = 503;
    fault.times = m_client->retryPolicy().maxAttempts;
    m_server->injectFault(InvoicesPath, fault);
    const int requestsBefore = m_server->requestCount(InvoicesPath);
    load();

    QCOMPARE(m_server->requestCount(InvoicesPath) - requestsBefore, fault.times);
    QCOMPARE(m_page->sortModel()->rowCount(), 0);
    ErrorBanner *banner = m_page->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_repository->errors().size(), 1);
    const ApiError error = m_repository->errors().first();
    QCOMPARE(error.httpStatus(), 503);
    QCOMPARE(banner->message(), error.message());
    QCOMPARE(banner->details(), error.longMessage());
    QVERIFY(banner->retryButton()->isVisible());

    QSignalSpy loaded(m_repository.get(), &InvoiceRepository::loaded);
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QVERIFY(m_repository->errors().isEmpty());
    QCOMPARE(m_page->sortModel()->rowCount(), 36);  // the whole history
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(m_page->detailView()->isShowingDetails());
}

void TestInvoicesPage::refusedKeyShowsTheAuthMessage()
{
    build(QStringLiteral("not-the-demo-key"));
    load();
    QCOMPARE(m_page->sortModel()->rowCount(), 0);
    QVERIFY(!m_repository->errors().isEmpty());
    const ApiError error = m_repository->errors().first();
    QCOMPARE(error.kind(), ApiError::Kind::Auth);
    QVERIFY(m_page->errorBanner()->isVisible());
    QCOMPARE(m_page->errorBanner()->message(), error.message());
    QVERIFY(!m_page->errorBanner()->message().contains(QStringLiteral("not-the-demo-key")));
}

void TestInvoicesPage::failedDetailsSayWhyAndRetryLoadsThem()
{
    // Learn the newest invoice's id, then start again with its details failing.
    load();
    const QString newestId = m_repository->invoices().first().id;
    build();
    DemoFault fault;
    fault.status = 500;  // not retried
    m_server->injectFault(QStringLiteral("/billing/v1/invoices/") + newestId, fault);

    QSignalSpy loaded(m_repository.get(), &InvoiceRepository::loaded);
    m_repository->refreshInvoices();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->detailView()->invoiceId(), newestId, LoadTimeoutMs);
    // loaded() may already have come while the detail pane was being watched.
    QVERIFY(TestSupport::waitForSignal(loaded, LoadTimeoutMs));
    loaded.clear();
    QVERIFY(!m_page->detailView()->isShowingDetails());
    QVERIFY(m_page->detailView()->placeholderText().contains(QStringLiteral("could not be loaded")));
    QVERIFY(m_page->errorBanner()->isVisible());
    QCOMPARE(m_page->errorBanner()->message(), m_repository->errors().first().message());

    QTest::mouseClick(m_page->errorBanner()->retryButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QCOMPARE(m_page->detailView()->invoiceId(), newestId);
    QTRY_VERIFY(m_page->detailView()->isShowingDetails());
}

void TestInvoicesPage::savesTheInvoicePdf()
{
    load();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QString suggested;
    m_page->setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return folder.filePath(name);
    });
    QSignalSpy saved(m_page.get(), &InvoicesPage::documentSaved);
    QTest::mouseClick(m_page->detailView()->savePdfButton(), Qt::LeftButton);
    QVERIFY(saved.wait(LoadTimeoutMs));
    QCOMPARE(suggested, m_repository->invoices().first().number + QStringLiteral(".pdf"));
    QFile file(saved.first().first().toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QVERIFY(!m_page->errorBanner()->isVisible());
}

void TestInvoicesPage::failedSaveShowsBanner()
{
    load();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing-folder/invoice.pdf"));
    bool asked = false;
    m_page->setSaveFileChooser([&](const QString &) {
        asked = true;
        return path;
    });
    QSignalSpy saved(m_page.get(), &InvoicesPage::documentSaved);
    QTest::mouseClick(m_page->detailView()->savePdfButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(asked, LoadTimeoutMs);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->message().contains(QStringLiteral("could not be saved")));
    QVERIFY(!m_page->errorBanner()->retryButton()->isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_page->detailView()->savePdfButton()->isEnabled());
}

void TestInvoicesPage::windowShowsAccountAndPages()
{
    MainWindow window(m_repository.get());
    window.show();
    QCOMPARE(window.pageKeys(), QStringList{QStringLiteral("invoices")});
    QVERIFY(!window.isShowingEmptyState());
    QVERIFY(!window.setCurrentPage(QStringLiteral("charts")));
    QVERIFY(window.setCurrentPage(QStringLiteral("invoices")));

    QSignalSpy progress(m_repository.get(), &InvoiceRepository::progressChanged);
    load();
    QVERIFY(!progress.isEmpty());
    QCOMPARE(window.invoicesPage()->sortModel()->rowCount(), 36);
    QVERIFY2(window.statusText().startsWith(QStringLiteral("36 invoices")), qPrintable(window.statusText()));
}

// Every request's start and end is a count (thousands in a first sync of a large account):
// the status bar shows the latest one at most every 100 ms, not each of them.
void TestInvoicesPage::windowShowsProgressAtMostOncePerInterval()
{
    MainWindow window(m_repository.get());
    window.show();
    auto *bar = window.findChild<QProgressBar *>();
    QVERIFY(bar);
    QSignalSpy shown(bar, &QProgressBar::valueChanged);
    QSignalSpy progress(m_repository.get(), &InvoiceRepository::progressChanged);
    QElapsedTimer clock;
    clock.start();
    load();
    const qint64 elapsed = clock.elapsed();
    // 36 details, each counted when it starts and when it ends.
    QVERIFY2(progress.count() > 72, qPrintable(QString::number(progress.count())));
    // The first count at once, then one per interval; a reset of the range may add one.
    QVERIFY2(shown.count() <= 2 + elapsed / 100, qPrintable(QStringLiteral("%1 counts shown in %2 ms").arg(shown.count()).arg(elapsed)));
    QVERIFY2(window.statusText().startsWith(QStringLiteral("36 invoices")), qPrintable(window.statusText()));
}

void TestInvoicesPage::windowWithoutAccountExplainsHowToStart()
{
    InvoiceRepository empty;
    MainWindow window(&empty);
    window.show();
    QVERIFY(window.isShowingEmptyState());
    QSignalSpy loaded(&empty, &InvoiceRepository::loaded);
    empty.refreshInvoices();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(window.isShowingEmptyState());
}

void TestInvoicesPage::remembersColumnsAndSortBetweenRuns()
{
    load();
    QHeaderView *header = m_page->tableView()->horizontalHeader();
    m_page->tableView()->sortByColumn(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    header->resizeSection(InvoiceTableModel::PeriodColumn, 231);
    header->moveSection(header->visualIndex(InvoiceTableModel::StatusColumn), 0);
    m_page.reset();  // a run ends

    m_page = std::make_unique<InvoicesPage>(m_repository.get());
    // Wide enough for every column: a narrow page hides the least useful ones (the widened
    // Period first), which keep their widths for when they come back.
    m_page->resize(2400, 800);
    m_page->show();
    header = m_page->tableView()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(InvoiceTableModel::AmountColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sectionSize(InvoiceTableModel::PeriodColumn), 231);
    QCOMPARE(header->visualIndex(InvoiceTableModel::StatusColumn), 0);
    // The proxy sorts by what the header says, not only the indicator.
    const qint64 first = m_page->sortModel()->index(0, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::RawValueRole).toLongLong();
    const qint64 second = m_page->sortModel()->index(1, InvoiceTableModel::AmountColumn).data(InvoiceTableModel::RawValueRole).toLongLong();
    QVERIFY(first <= second);
}

void TestInvoicesPage::filterBarFiltersAndTotalsFollow()
{
    load();
    const int all = m_page->sortModel()->rowCount();
    QVERIFY(all > 3);
    QVERIFY2(m_page->totalsText().startsWith(QStringLiteral("%1 invoices · ").arg(all)), qPrintable(m_page->totalsText()));
    QVERIFY2(m_page->totalsText().contains(m_page->totals()->total(QStringLiteral("USD")).format(m_page->locale())),
             qPrintable(m_page->totalsText()));

    // Typing filters at once; the totals line follows.
    const Invoice newest = invoiceAtRow(0);
    QTest::keyClicks(m_page->searchEdit(), newest.number);
    QCOMPARE(m_page->sortModel()->rowCount(), 1);
    // The invoice being read is still the one shown beside the table.
    QCOMPARE(m_page->detailView()->invoiceId(), newest.id);
    QCOMPARE(m_page->tableView()->selectionModel()->currentIndex().row(), 0);
    QCOMPARE(m_page->totalsText(), QStringLiteral("1 invoice · %1").arg(newest.amount.format(m_page->locale())));
    QCOMPARE(m_page->shownInvoices().first().id, newest.id);
    const QByteArray csv = m_page->exportShown(InvoicesPage::ExportFormat::Csv);
    QCOMPARE(csv.count("\r\n"), 2);
    QVERIFY(csv.contains(newest.id.toUtf8()));
    m_page->searchEdit()->clear();
    QCOMPARE(m_page->sortModel()->rowCount(), all);

    // Status menu: only paid invoices.
    const QList<QAction *> statuses = m_page->statusButton()->menu()->actions();
    QVERIFY(!statuses.isEmpty());
    statuses.first()->setChecked(true);  // Paid
    QCOMPARE(m_page->filterModel()->statuses(), QSet<InvoiceStatus>{InvoiceStatus::Paid});
    QVERIFY(m_page->statusButton()->text().contains(QStringLiteral("Paid")));
    for (const Invoice &invoice : m_page->shownInvoices())
        QCOMPARE(invoice.status, InvoiceStatus::Paid);
    statuses.first()->setChecked(false);

    // "Any" dates leave the range open; a date closes it.
    QVERIFY(!m_page->filterModel()->fromDate().isValid());
    m_page->fromDateEdit()->setDate(newest.date);
    QCOMPARE(m_page->filterModel()->fromDate(), newest.date);
    for (const Invoice &invoice : m_page->shownInvoices())
        QVERIFY(invoice.date >= newest.date);
    m_page->fromDateEdit()->setDate(m_page->fromDateEdit()->minimumDate());
    QVERIFY(!m_page->filterModel()->fromDate().isValid());

    // A bound that is not a number is refused where it was typed; the filter stays as it was.
    QTest::keyClicks(m_page->minimumAmountEdit(), QStringLiteral("abc"));
    QCOMPARE(m_page->sortModel()->rowCount(), all);
    QVERIFY(!m_page->minimumAmountEdit()->styleSheet().isEmpty());
    m_page->minimumAmountEdit()->setText(QStringLiteral("999999"));
    QCOMPARE(m_page->sortModel()->rowCount(), 0);
    QCOMPARE(m_page->totalsText(), QStringLiteral("No invoices"));
    // Nothing left to read: the pane beside the table empties rather than show a hidden invoice.
    QVERIFY(m_page->detailView()->invoiceId().isEmpty());

    // One account: no account choice to make.
    QVERIFY(m_page->accountCombo()->isHidden());
}

// "From" and "To" carry an underlined mnemonic, which splits the word where QLabel measured it
// whole: "To" lost its kerning, drew wider than its size hint and was clipped to "Tc". The
// last column of each label must be background, not a cut letter.
void TestInvoicesPage::previewAndExportNeedAnInvoice()
{
    using PageCommands::Command;
    const auto enabled = [this](Command command) { return PageCommands::target(m_page.get(), command) != nullptr; };
    // Before anything arrives, and with the list failing: nothing to preview or export.
    QVERIFY(!enabled(Command::OpenPdf));
    QVERIFY(!enabled(Command::Export));
    DemoFault fault;
    fault.status = 503;
    fault.times = m_client->retryPolicy().maxAttempts;
    m_server->injectFault(InvoicesPath, fault);
    load();
    QCOMPARE(m_page->sortModel()->rowCount(), 0);
    QVERIFY(!enabled(Command::OpenPdf));
    QVERIFY(!enabled(Command::Export));

    load();
    QVERIFY(m_page->sortModel()->rowCount() > 0);
    QVERIFY(enabled(Command::OpenPdf));
    QVERIFY(enabled(Command::Export));
    // A search that leaves no invoice.
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("no such invoice"));
    QCOMPARE(m_page->sortModel()->rowCount(), 0);
    QVERIFY(!enabled(Command::OpenPdf));
    QVERIFY(!enabled(Command::Export));
    m_page->searchEdit()->clear();
    QVERIFY(enabled(Command::OpenPdf));
    QVERIFY(enabled(Command::Export));
}

void TestInvoicesPage::dateLabelsAreDrawnWhole()
{
    build();
    int checked = 0;
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() != m_page->fromDateEdit() && label->buddy() != m_page->toDateEdit())
            continue;
        QTRY_VERIFY(label->isVisible());
        const QImage image = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QColor background = label->palette().color(label->backgroundRole());
        int inkAtEdge = 0;
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel(image.pixel(x, y));
                const bool isInk = qAbs(pixel.lightness() - background.lightness()) > 60;
                ink += isInk ? 1 : 0;
                inkAtEdge += isInk && x == image.width() - 1 ? 1 : 0;
            }
        }
        QVERIFY2(ink > 20, qPrintable(label->text()));
        QVERIFY2(inkAtEdge == 0, qPrintable(QStringLiteral("%1: %2 pixels of its text at its right edge").arg(label->text()).arg(inkAtEdge)));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
