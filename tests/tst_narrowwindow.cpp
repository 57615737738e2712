// Every page works in a 1024×640 window: for the demo SkySQL account, the demo Scalingo one and
// both at once, the window can be that small, no shown widget lies outside its parent, no
// page needs a horizontal scroll bar, and the invoice table keeps its amounts and statuses in
// view. The sidebar collapses to icons (by itself below a width, or as the user chooses, which
// is remembered), and the table's header menu hides and shows columns.
//
// BILLDECK_LAYOUT_SHOTS=<folder> also saves each page as <account>-<page>-<width>x<height>.png,
// so a person can look at them.

#include "accounts/accountregistry.h"
#include "composition.h"
#include "costs/costspage.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "mainwindow.h"
#include "pages.h"
#include "support/demowindow.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/pagereadiness.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

namespace
{
constexpr int WaitMs = 30000;
const QSize Small(1024, 640);
const QSize Large(1440, 900);

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *at = widget; at; at = at->parentWidget()) {
        path.prepend(at->objectName().isEmpty()
                         ? QString::fromLatin1(at->metaObject()->className())
                         : QStringLiteral("%1#%2").arg(QString::fromLatin1(at->metaObject()->className()), at->objectName()));
    }
    return path.join(QStringLiteral(" > "));
}

// A widget's own parts (a scroll area's viewport contents, a combo box's button) are laid out
// by it; what a page lays out is what lies outside any scroll area.
bool insideScrollArea(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(parent))
            return true;
    }
    return false;
}

// Shown widgets under `root` that stick out of their parent (clipped by it).
QStringList clippedWidgets(QWidget *root)
{
    QStringList clipped;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->isWindow() || insideScrollArea(widget, root))
            continue;
        const QWidget *parent = widget->parentWidget();
        if (!parent->rect().contains(widget->geometry()))
            clipped << QStringLiteral("%1 at %2,%3 %4×%5 in %6×%7")
                           .arg(describe(widget))
                           .arg(widget->x())
                           .arg(widget->y())
                           .arg(widget->width())
                           .arg(widget->height())
                           .arg(parent->width())
                           .arg(parent->height());
    }
    return clipped;
}

// Scroll areas of the page that scroll sideways: their content is wider than they are.
QStringList scrollingSideways(QWidget *root)
{
    QStringList scrolling;
    const QList<QAbstractScrollArea *> areas = root->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (area->isVisibleTo(root) && area->horizontalScrollBar()->isVisibleTo(area)
            && area->horizontalScrollBar()->maximum() > 0)
            scrolling << describe(area);
    }
    return scrolling;
}

bool sectionInView(const QHeaderView *header, int section)
{
    const int start = header->sectionViewportPosition(section);
    return !header->isSectionHidden(section) && start >= 0
        && start + header->sectionSize(section) <= header->viewport()->width();
}
}

class TestNarrowWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyPageFitsASmallWindow_data();
    void everyPageFitsASmallWindow();
    void sidebarCollapsesWhenNarrowAndKeepsTheUsersChoice();
    void headerMenuHidesColumnsButNeverTheAmountOrStatus();
    void chartMonthLabelsThinOutWhenNarrow();
    void columnsFollowTheViewportUntilThePageIsDeleted();

private:
    bool showAccount(const QString &accountId);
    bool showPage(const QString &key);
    QWidget *currentPage() const;
    void saveShot(const QString &account, const QString &page);

    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<MainWindow> m_window;
};

void TestNarrowWindow::init()
{
    QSettings().clear();
    m_composition = std::make_unique<Composition>();
    QString problem;
    m_window = TestSupport::openDemoWindow(*m_composition, &problem);
    QVERIFY2(m_window, qPrintable(problem));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNarrowWindow::cleanup()
{
    m_window.reset();
    m_composition.reset();
    QSettings().clear();
}

QWidget *TestNarrowWindow::currentPage() const
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    return stack ? stack->currentWidget() : nullptr;
}

bool TestNarrowWindow::showAccount(const QString &accountId)
{
    InvoiceRepository *repository = m_composition->repository();
    m_composition->accounts()->setShownAccountId(accountId);
    repository->refreshInvoices();
    return QTest::qWaitFor([repository] { return !repository->isLoading() && !repository->invoices().isEmpty(); },
                           WaitMs);
}

bool TestNarrowWindow::showPage(const QString &key)
{
    if (!m_window->setCurrentPage(key))
        return false;
    const QList<PageReadiness *> readiness = currentPage()->findChildren<PageReadiness *>();
    return QTest::qWaitFor(
        [&readiness] {
            return std::all_of(readiness.cbegin(), readiness.cend(), [](const PageReadiness *r) { return r->isReady(); });
        },
        WaitMs);
}

void TestNarrowWindow::saveShot(const QString &account, const QString &page)
{
    QVERIFY(TestSupport::saveWindowShot(
        m_window.get(), QStringLiteral("%1-%2").arg(account.isEmpty() ? QStringLiteral("all") : account, page)));
}

void TestNarrowWindow::everyPageFitsASmallWindow_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("page");
    // The keys come from the app's own page list, so a new page is checked too.
    Composition composition;
    MainWindow pages(composition.repository());
    addPages(pages, composition);
    for (const QString &account : {QStringLiteral("demo"), QStringLiteral("demo-scalingo"), QString()}) {
        for (const QString &key : pages.pageKeys()) {
            const QString name = QStringLiteral("%1/%2").arg(account.isEmpty() ? QStringLiteral("all") : account, key);
            QTest::newRow(qPrintable(name)) << account << key;
        }
    }
}

void TestNarrowWindow::everyPageFitsASmallWindow()
{
    QFETCH(QString, account);
    QFETCH(QString, page);
    QVERIFY(showAccount(account));
    if (!m_window->isPageShown(page))
        QSKIP("the account offers no such page");
    QVERIFY(showPage(page));

    for (const QSize size : {Large, Small}) {
        m_window->resize(size);
        QTest::qWait(50);
        QCOMPARE(m_window->size(), size);
        saveShot(account, page);
    }
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= Small.width() && minimum.height() <= Small.height(),
             qPrintable(QStringLiteral("the window needs %1×%2").arg(minimum.width()).arg(minimum.height())));
    const QStringList clipped = clippedWidgets(currentPage());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n  "))));
    const QStringList sideways = scrollingSideways(currentPage());
    QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral("\n  "))));

    if (page == QLatin1String("invoices")) {
        const QHeaderView *header = m_window->invoicesPage()->tableView()->horizontalHeader();
        for (int column : {InvoiceTableModel::NumberColumn, InvoiceTableModel::AmountColumn, InvoiceTableModel::StatusColumn})
            QVERIFY2(sectionInView(header, column), qPrintable(QString::number(column)));
    }
}

void TestNarrowWindow::sidebarCollapsesWhenNarrowAndKeepsTheUsersChoice()
{
    QVERIFY(showAccount(QString()));
    auto *pageList = m_window->findChild<QListWidget *>();
    QVERIFY(pageList);
    m_window->resize(Large);
    QTest::qWait(20);
    QVERIFY(!m_window->isSidebarCollapsed());
    const int expandedWidth = pageList->parentWidget()->width();
    QCOMPARE(pageList->item(0)->text(), QStringLiteral("Invoices"));

    // Until the user chooses, a narrow window collapses it to icons, titles in tooltips.
    m_window->resize(Small);
    QTest::qWait(20);
    QVERIFY(m_window->isSidebarCollapsed());
    QVERIFY(pageList->parentWidget()->width() < expandedWidth / 2);
    QVERIFY(pageList->item(0)->text().isEmpty());
    QCOMPARE(pageList->item(0)->toolTip(), QStringLiteral("Invoices"));
    QVERIFY(m_window->collapseSidebarAction()->isChecked());
    // The pages are still reached from the sidebar and the View menu.
    QVERIFY(m_window->setCurrentPage(QStringLiteral("costs")));
    QCOMPARE(m_window->currentPage(), QStringLiteral("costs"));

    // The user expands it from the View menu: it stays so at any width, in the next run too.
    m_window->collapseSidebarAction()->trigger();
    QVERIFY(!m_window->isSidebarCollapsed());
    QCOMPARE(pageList->item(0)->text(), QStringLiteral("Invoices"));
    m_window->resize(QSize(1030, 640));
    QTest::qWait(20);
    QVERIFY(!m_window->isSidebarCollapsed());
    QVERIFY(m_window->minimumSizeHint().width() <= Small.width());

    // …and collapses it with the sidebar's own button, at a wide size.
    m_window->resize(Large);
    auto *toggle = pageList->parentWidget()->findChild<QToolButton *>();
    QVERIFY(toggle);
    QVERIFY(toggle->isVisible());
    toggle->click();
    QVERIFY(m_window->isSidebarCollapsed());
    MainWindow next(m_composition->repository());
    next.resize(Large);
    QVERIFY(next.isSidebarCollapsed());
}

void TestNarrowWindow::headerMenuHidesColumnsButNeverTheAmountOrStatus()
{
    QVERIFY(showAccount(QString()));
    QVERIFY(showPage(QStringLiteral("invoices")));
    m_window->resize(Large);
    QTest::qWait(50);
    AdaptiveColumns *columns = m_window->invoicesPage()->columns();
    const QHeaderView *header = m_window->invoicesPage()->tableView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(InvoiceTableModel::PeriodColumn));

    std::unique_ptr<QMenu> menu(columns->createMenu(nullptr));
    QAction *period = nullptr;
    QAction *amount = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toInt() == InvoiceTableModel::PeriodColumn)
            period = action;
        if (action->data().toInt() == InvoiceTableModel::AmountColumn)
            amount = action;
    }
    QVERIFY(period && amount);
    QVERIFY(!amount->isEnabled());
    QVERIFY(period->isChecked());
    period->trigger();
    QVERIFY(header->isSectionHidden(InvoiceTableModel::PeriodColumn));
    // Kept in the settings: the next page starts without it.
    QVERIFY(columns->isHiddenByUser(InvoiceTableModel::PeriodColumn));
    QVERIFY(QSettings().value(QStringLiteral("InvoicesPage/hiddenColumns")).toStringList().contains(
        QString::number(InvoiceTableModel::PeriodColumn)));
    columns->setHiddenByUser(InvoiceTableModel::AmountColumn, true);
    QVERIFY(!header->isSectionHidden(InvoiceTableModel::AmountColumn));

    // Narrow: the least useful columns go first, the amount and status stay in view.
    m_window->resize(Small);
    QTest::qWait(50);
    QVERIFY(columns->isDropped(InvoiceTableModel::DueDateColumn));
    for (int column : {InvoiceTableModel::AmountColumn, InvoiceTableModel::StatusColumn})
        QVERIFY(sectionInView(header, column));
    columns->setHiddenByUser(InvoiceTableModel::PeriodColumn, false);
    m_window->resize(Large);
    QTest::qWait(50);
    QVERIFY(!header->isSectionHidden(InvoiceTableModel::PeriodColumn));
}

void TestNarrowWindow::chartMonthLabelsThinOutWhenNarrow()
{
    QVERIFY(showAccount(QStringLiteral("demo")));
    QVERIFY(showPage(QStringLiteral("costs")));
    auto *costs = qobject_cast<CostsPage *>(currentPage());
    QVERIFY(costs);
    auto *range = costs->findChild<QComboBox *>();
    QVERIFY(range);
    // Every month of the demo's three years.
    QVERIFY(range->findData(0) >= 0);
    range->setCurrentIndex(range->findData(0));
    const auto labelled = [costs] {
        const QStringList labels = costs->monthLabels();
        return static_cast<int>(std::count_if(labels.cbegin(), labels.cend(),
                                              [](const QString &label) { return !label.trimmed().remove(QChar(0x200B)).isEmpty(); }));
    };
    m_window->resize(QSize(1920, 1080));
    QVERIFY(QTest::qWaitFor([&] { return costs->monthLabels().size() > 30; }, WaitMs));
    const int months = static_cast<int>(costs->monthLabels().size());
    QTest::qWait(50);
    const int wide = labelled();
    m_window->resize(Small);
    QTest::qWait(50);
    const int narrow = labelled();
    QVERIFY2(narrow < wide && narrow > 1, qPrintable(QStringLiteral("%1 then %2 of %3").arg(wide).arg(narrow).arg(months)));
    // The newest month always keeps its label.
    QVERIFY(!QString(costs->monthLabels().constLast()).remove(QChar(0x200B)).isEmpty());
}

void TestNarrowWindow::columnsFollowTheViewportUntilThePageIsDeleted()
{
    // As the pages do: the page owns its table and, made after it, the table's AdaptiveColumns.
    QStandardItemModel model(3, 3);
    auto page = std::make_unique<QWidget>();
    auto *table = new QTableView(page.get());
    table->setModel(&model);
    auto *columns = new AdaptiveColumns(table, table->horizontalHeader(), QStringLiteral("Test/hiddenColumns"), page.get());
    columns->setDropOrder({2, 1});
    columns->measure(300);
    table->resize(400, 200);
    page->resize(1400, 400);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    // A resize of the viewport refits.
    QVERIFY(columns->isDropped(2) && columns->isDropped(1));
    table->resize(1300, 200);
    QVERIFY(!columns->isDropped(2) && !columns->isDropped(1));
    // Deleting the page deletes the table first; its viewport still gets events (hidden, then
    // deleted as the table's child) while the table is half destroyed. A call to the table from
    // there was undefined behaviour, which the sanitizer build (scripts/sanitize.sh) stops on.
    page.reset();
}

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
