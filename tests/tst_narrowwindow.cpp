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
#include "costs/monthlycostmodel.h"
#include "format/displayformat.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "mainwindow.h"
#include "overview/creditsoverviewsection.h"
#include "overview/ledgermodel.h"
#include "pages.h"
#include "support/demowindow.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/pagereadiness.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QComboBox>
#include <QStyleOptionComboBox>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
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

// Labels, buttons and fields given less width than their text needs (their minimum size hint),
// which the style then cuts: "To" drawn as "Tc", a menu arrow over a button's last letter.
QStringList squeezedWidgets(QWidget *root)
{
    QStringList squeezed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->isWindow())
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool checked = (label && !label->wordWrap() && !label->text().isEmpty())
            || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget);
        if (!checked)
            continue;
        // Parts of another control (a spin box's field, a header's buttons) are its own business.
        bool part = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != root && !part; parent = parent->parentWidget())
            part = qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
                || qobject_cast<QComboBox *>(parent);
        if (part)
            continue;
        const int needed = widget->minimumSizeHint().width();
        if (widget->width() < needed)
            squeezed << QStringLiteral("%1 \"%2\": %3 px of %4")
                            .arg(describe(widget),
                                 label ? label->text()
                                       : qobject_cast<QAbstractButton *>(widget) ? qobject_cast<QAbstractButton *>(widget)->text()
                                                                                 : QString())
                            .arg(widget->width())
                            .arg(needed);
    }
    return squeezed;
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

// The texts a chart draws (axis labels, legend, title) as shown, elided ones included.
QStringList drawnTexts(const QChart *chart)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && chart->isAncestorOf(text) && !text->toPlainText().trimmed().isEmpty())
            texts << text->toPlainText();
    }
    return texts;
}

QStringList elided(const QStringList &texts)
{
    QStringList cut;
    for (const QString &text : texts) {
        if (text.contains(QLatin1String("...")) || text.contains(QChar(0x2026)))
            cut << text;
    }
    return cut;
}

// Columns of the page's tables and trees that reach past the right edge of their view (under
// a vertical scroll bar, or out of sight without a horizontal one).
QStringList columnsCutOff(QWidget *root)
{
    QStringList cut;
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->header();
        if (!header || !view->isVisibleTo(root) || header->isHidden() || view->horizontalScrollBar()->maximum() > 0)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const int right = header->sectionViewportPosition(section) + header->sectionSize(section);
            if (right > view->viewport()->width())
                cut << QStringLiteral("%1: column \"%2\" ends at %3 in a %4-pixel view")
                           .arg(describe(view), view->model()->headerData(section, Qt::Horizontal).toString())
                           .arg(right)
                           .arg(view->viewport()->width());
        }
    }
    return cut;
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
    void overviewLedgersStackAndKeepTheirReasonsWholeWhenNarrow();
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
        const QStringList clipped = clippedWidgets(currentPage());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n  "))));
        const QStringList sideways = scrollingSideways(currentPage());
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral("\n  "))));
        const QStringList cutOff = columnsCutOff(currentPage());
        QVERIFY2(cutOff.isEmpty(), qPrintable(cutOff.join(QStringLiteral("\n  "))));
        const QStringList squeezed = squeezedWidgets(currentPage());
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(QStringLiteral("\n  "))));
        if (page == QLatin1String("costs")) {
            // The chart and the month breakdown share the window; the page scrolls only when
            // the other currencies' charts need room too, in a short window.
            const auto *scroll = currentPage()->findChild<QScrollArea *>();
            QVERIFY(scroll);
            if (!(account.isEmpty() && size == Small))
                QVERIFY2(scroll->verticalScrollBar()->maximum() == 0,
                         qPrintable(QStringLiteral("scrolls by %1").arg(scroll->verticalScrollBar()->maximum())));
            // A donut one can read, not an icon.
            QChartView *donut = nullptr;
            for (QChartView *view : currentPage()->findChildren<QChartView *>()) {
                if (view->accessibleName() == QLatin1String("Month breakdown chart"))
                    donut = view;
            }
            QVERIFY(donut && donut->isVisibleTo(currentPage()));
            const QRectF plot = donut->chart()->plotArea();
            QVERIFY2(std::min(plot.width(), plot.height()) >= 120,
                     qPrintable(QStringLiteral("%1×%2").arg(plot.width()).arg(plot.height())));
        }
        // Nothing a chart draws (axis labels, legends, titles) is cut to "...".
        const QList<QChartView *> charts = currentPage()->findChildren<QChartView *>();
        for (const QChartView *chart : charts) {
            if (!chart->isVisibleTo(currentPage()))
                continue;
            const QStringList cut = elided(drawnTexts(chart->chart()));
            QVERIFY2(cut.isEmpty(), qPrintable(chart->accessibleName() + QStringLiteral(": ") + cut.join(QStringLiteral(" | "))));
        }
    }
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= Small.width() && minimum.height() <= Small.height(),
             qPrintable(QStringLiteral("the window needs %1×%2").arg(minimum.width()).arg(minimum.height())));

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
    // The sidebar is wide enough for every account's name in the switcher ("Demo Scalingo ·
    // demo"), which a combo box would cut rather than elide.
    QComboBox *switcher = m_window->accountSwitcher();
    QVERIFY(switcher->isVisible());
    for (int index = 0; index < switcher->count(); ++index) {
        const int needed = switcher->fontMetrics().horizontalAdvance(switcher->itemText(index));
        QStyleOptionComboBox option;
        option.initFrom(switcher);
        const QRect field = switcher->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, switcher);
        QVERIFY2(field.width() >= needed, qPrintable(QStringLiteral("%1: %2 px of %3").arg(switcher->itemText(index)).arg(field.width()).arg(needed)));
    }

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

void TestNarrowWindow::overviewLedgersStackAndKeepTheirReasonsWholeWhenNarrow()
{
    QVERIFY(showAccount(QStringLiteral("demo")));
    QVERIFY(showPage(QStringLiteral("overview")));
    auto *section = currentPage()->findChild<CreditsOverviewSection *>();
    QVERIFY(section);
    QTableView *ledger = section->creditTable();
    QVERIFY(ledger->model()->rowCount() > 0);

    m_window->resize(Large);
    QTest::qWait(50);
    QVERIFY(!section->ledgersStacked());

    // Side by side at 1024 pixels, "Usage 2026-11 (invoice inv_2026_11_e6e7b3)" was cut to
    // "Usage 2026-11 (invoice inv_2026_11_e6e7…" and the commitment lost its minimum.
    m_window->resize(Small);
    QTest::qWait(50);
    QVERIFY(section->ledgersStacked());
    const QHeaderView *header = ledger->horizontalHeader();
    QVERIFY(!header->isSectionHidden(LedgerModel::ReasonColumn));
    const QFontMetrics metrics(ledger->font());
    for (int row = 0; row < ledger->model()->rowCount(); ++row) {
        const QString reason = ledger->model()->index(row, LedgerModel::ReasonColumn).data().toString();
        QVERIFY2(metrics.horizontalAdvance(reason) + 2 * metrics.averageCharWidth() <= header->sectionSize(LedgerModel::ReasonColumn),
                 qPrintable(QStringLiteral("%1 in %2 px").arg(reason).arg(header->sectionSize(LedgerModel::ReasonColumn))));
    }
    const QHeaderView *commitHeader = section->commitTable()->horizontalHeader();
    for (int column = 0; column < commitHeader->count(); ++column)
        QVERIFY2(!commitHeader->isSectionHidden(column), qPrintable(QString::number(column)));

    m_window->resize(Large);
    QTest::qWait(50);
    QVERIFY(!section->ledgersStacked());
}

void TestNarrowWindow::chartMonthLabelsThinOutWhenNarrow()
{
    QVERIFY(showAccount(QStringLiteral("demo")));
    QVERIFY(showPage(QStringLiteral("costs")));
    auto *costs = qobject_cast<CostsPage *>(currentPage());
    QVERIFY(costs);
    const auto labelled = [costs] {
        const QStringList labels = costs->monthLabels();
        return static_cast<int>(std::count_if(labels.cbegin(), labels.cend(), [](const QString &label) { return !label.isEmpty(); }));
    };
    // Each label is the month's one short form, four-digit year included, drawn whole: Qt
    // Charts draws "..." for a label wider than its room, and hides one that would overlap.
    const auto checkDrawn = [costs] {
        const QStringList labels = costs->monthLabels();
        QCOMPARE(labels.size(), costs->model()->rowCount());
        const QStringList drawn = drawnTexts(costs->chart());
        QVERIFY2(elided(drawn).isEmpty(), qPrintable(elided(drawn).join(QStringLiteral(" | "))));
        for (int row = 0; row < labels.size(); ++row) {
            if (labels.at(row).isEmpty())
                continue;
            const QDate month = costs->model()->monthAt(row);
            QCOMPARE(labels.at(row), DisplayFormat().shortMonth(month));
            QVERIFY2(labels.at(row).contains(QString::number(month.year())), qPrintable(labels.at(row)));
            QVERIFY2(drawn.contains(labels.at(row)), qPrintable(labels.at(row) + QStringLiteral(" not in ") + drawn.join(QStringLiteral(" | "))));
        }
        // The newest month always keeps its label.
        QVERIFY(!labels.constLast().isEmpty());
    };

    // A year, as the page opens: every month fits a wide window.
    m_window->resize(Large);
    QTest::qWait(50);
    QCOMPARE(labelled(), costs->model()->rowCount());
    checkDrawn();
    if (QTest::currentTestFailed())
        return;
    m_window->resize(Small);
    QTest::qWait(50);
    checkDrawn();
    if (QTest::currentTestFailed())
        return;

    auto *range = costs->rangeCombo();
    // Every month of the demo's three years.
    QVERIFY(range->findData(0) >= 0);
    range->setCurrentIndex(range->findData(0));
    m_window->resize(QSize(1920, 1080));
    QVERIFY(QTest::qWaitFor([&] { return costs->monthLabels().size() > 30; }, WaitMs));
    const int months = static_cast<int>(costs->monthLabels().size());
    QTest::qWait(50);
    const int wide = labelled();
    checkDrawn();
    if (QTest::currentTestFailed())
        return;
    m_window->resize(Small);
    QTest::qWait(50);
    const int narrow = labelled();
    QVERIFY2(narrow < wide && narrow > 1, qPrintable(QStringLiteral("%1 then %2 of %3").arg(wide).arg(narrow).arg(months)));
    checkDrawn();
    if (QTest::currentTestFailed())
        return;
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
