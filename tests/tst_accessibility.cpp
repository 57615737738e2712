// A screen reader and a keyboard reach everything: every interactive widget of every page (and of
// the accounts dialog) has an accessible name, the charts and status pills say what they show,
// and one whole task (find an invoice, open it, save its PDF) is done with key presses only.

#include "accounts/accountregistry.h"
#include "accounts/accountsdialog.h"
#include "composition.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "mainwindow.h"
#include "pages.h"
#include "store/secretstore.h"
#include "widgets/pagereadiness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>
#include <QChartView>
#include <QStackedWidget>

#include <memory>

namespace
{
constexpr int WaitMs = 20000;

bool isInteractive(const QWidget *widget)
{
    // A scroll bar belongs to its scroll area, which a screen reader scrolls itself.
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget);
}

// A part of a composite widget (a table's header or corner button, a line edit's clear button,
// a spin box's editor) is named through the widget it belongs to.
bool isPartOfInteractive(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (isInteractive(parent))
            return true;
    }
    return false;
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(text) : QString();
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *at = widget; at; at = at->parentWidget()) {
        path.prepend(at->objectName().isEmpty() ? QString::fromLatin1(at->metaObject()->className())
                                                : QStringLiteral("%1#%2").arg(QString::fromLatin1(
                                                                                  at->metaObject()->className()),
                                                                              at->objectName()));
    }
    return path.join(QStringLiteral(" > "));
}

// The interactive widgets under `root` a person can reach now (shown) that have no name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root) || isPartOfInteractive(widget, root))
            continue;
        if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

bool waitPageReady(QWidget *page)
{
    const QList<PageReadiness *> readiness = page->findChildren<PageReadiness *>(QString(), Qt::FindDirectChildrenOnly);
    return QTest::qWaitFor(
        [&readiness] {
            return std::all_of(readiness.cbegin(), readiness.cend(), [](const PageReadiness *r) { return r->isReady(); });
        },
        WaitMs);
}
}

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyInteractiveWidgetOfEveryPageHasAName_data();
    void everyInteractiveWidgetOfEveryPageHasAName();
    void accountsDialogWidgetsHaveNames();
    void chartsAndPillsDescribeWhatTheyShow();
    void menusOfferTheShortcuts();
    void findOpenAndSaveAnInvoicePdfWithKeysOnly();

private:
    QWidget *currentPage() const;
    bool showPage(const QString &key);

    QSettings *m_settings = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_composition = std::make_unique<Composition>();
    m_settings = new QSettings(m_dir->filePath(QStringLiteral("settings.conf")), QSettings::IniFormat,
                               m_composition.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_composition->useSavedAccounts(m_settings, m_secrets.get());
    QString problem;
    QVERIFY2(m_composition->addDemoAccount(&problem), qPrintable(problem));
    // Every account: every page is there.
    m_composition->accounts()->setShownAccountId(QString());
    m_window = std::make_unique<MainWindow>(m_composition->repository());
    m_window->setAccountRegistry(m_composition->accounts());
    addPages(*m_window, *m_composition);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_composition->repository()->refreshInvoices();
    QVERIFY(QTest::qWaitFor(
        [this] {
            return !m_composition->repository()->isLoading() && !m_composition->repository()->invoices().isEmpty();
        },
        WaitMs));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_composition.reset();
    m_secrets.reset();
    m_dir.reset();
}

QWidget *TestAccessibility::currentPage() const
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    return stack ? stack->currentWidget() : nullptr;
}

bool TestAccessibility::showPage(const QString &key)
{
    return m_window->setCurrentPage(key) && waitPageReady(currentPage());
}

void TestAccessibility::everyInteractiveWidgetOfEveryPageHasAName_data()
{
    QTest::addColumn<QString>("page");
    // The keys come from the app's own page list, so a new page is walked too.
    Composition composition;
    MainWindow pages(composition.repository());
    addPages(pages, composition);
    for (const QString &key : pages.pageKeys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestAccessibility::everyInteractiveWidgetOfEveryPageHasAName()
{
    QFETCH(QString, page);
    QVERIFY(showPage(page));
    // The sidebar and the page together: what Tab reaches on this page.
    const QStringList unnamed = unnamedWidgets(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name on %1:\n  %2")
                                               .arg(page, unnamed.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::accountsDialogWidgetsHaveNames()
{
    AccountsDialog dialog(m_composition->accountManager(), m_window.get());
    dialog.show();
    const QStringList unnamed = unnamedWidgets(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::chartsAndPillsDescribeWhatTheyShow()
{
    QVERIFY(showPage(QStringLiteral("costs")));
    const QList<QChartView *> charts = currentPage()->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *chart : charts) {
        if (!chart->isVisibleTo(currentPage()))
            continue;
        QVERIFY2(!accessibleText(chart, QAccessible::Name).isEmpty(), qPrintable(describe(chart)));
        const QString description = accessibleText(chart, QAccessible::Description);
        // What it shows: a month and an amount, as read from the data.
        QVERIFY2(description.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(description));
    }
}

void TestAccessibility::menusOfferTheShortcuts()
{
    QHash<QString, QKeySequence> shortcuts;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->shortcut().isEmpty())
            shortcuts.insert(action->text().remove(QLatin1Char('&')), action->shortcut());
    }
    QCOMPARE(shortcuts.value(QStringLiteral("Find")), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(shortcuts.value(QStringLiteral("Refresh")), QKeySequence(Qt::Key_F5));
    QCOMPARE(shortcuts.value(QStringLiteral("Export…")), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(shortcuts.value(QStringLiteral("Save changes")), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(shortcuts.value(QStringLiteral("Save invoice PDF…")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(shortcuts.value(QStringLiteral("Open invoice PDF")), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(shortcuts.value(QStringLiteral("Revert changes")), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(shortcuts.value(QStringLiteral("Next page")), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QCOMPARE(shortcuts.value(QStringLiteral("Quit")), QKeySequence(Qt::CTRL | Qt::Key_Q));

    // Ctrl+PgDown walks the sidebar: from Invoices to the next page, and back.
    QVERIFY(m_window->setCurrentPage(QStringLiteral("invoices")));
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_window->pageKeys().at(1));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), QStringLiteral("invoices"));
}

void TestAccessibility::findOpenAndSaveAnInvoicePdfWithKeysOnly()
{
    QVERIFY(showPage(QStringLiteral("invoices")));
    InvoicesPage *page = m_window->invoicesPage();
    // An invoice other than the one selected first: the search has to find it.
    const QList<Invoice> &invoices = m_composition->repository()->invoices();
    QVERIFY(invoices.size() > 3);
    const Invoice wanted = invoices.at(invoices.size() / 2);
    // The file dialog's answer, as a person would type it.
    const QString target = m_dir->filePath(QStringLiteral("saved.pdf"));
    QString suggested;
    page->setSaveFileChooser([&suggested, &target](const QString &name) {
        suggested = name;
        return target;
    });
    QSignalSpy shown(page, &InvoicesPage::detailsShown);
    QSignalSpy saved(page, &InvoicesPage::documentSaved);

    // Ctrl+F: the search field has the focus.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), page->searchEdit());
    QTest::keyClicks(QApplication::focusWidget(), wanted.number);
    // Enter: into the list, on the first invoice found.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(qobject_cast<QTableView *>(QApplication::focusWidget()));
    QVERIFY(QTest::qWaitFor([&shown, &wanted] { return !shown.isEmpty() && shown.last().at(0) == wanted.id; }, WaitMs));

    // Ctrl+Shift+S: the PDF of that invoice, saved where the dialog said.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(saved.wait(WaitMs));
    QCOMPARE(saved.first().at(0).toString(), target);
    QVERIFY2(suggested.contains(wanted.number), qPrintable(suggested));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
