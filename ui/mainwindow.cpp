#include "mainwindow.h"

#include "format/displayformat.h"
#include "accounts/accountregistry.h"
#include "accounts/firstrunpage.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "widgets/editorpage.h"
#include "widgets/errorbanner.h"
#include "widgets/pageicons.h"
#include "widgets/themecolors.h"
#include "widgets/unsavedchangesguard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QTimer>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QToolButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace
{
constexpr int SidebarWidth = 180;
// How often a load's progress is shown at most.
constexpr int ProgressIntervalMs = 100;
// What a sidebar item needs beside its title and icon: the sidebar's margins, the item's
// padding and the icon's spacing.
constexpr int SidebarTitlePadding = 24 + 16 + 8 + 8;
// Collapsed: the icons, their padding and the sidebar's narrower margins.
constexpr int CollapsedSidebarPadding = 16 + 16 + 8;
const QMargins ExpandedSidebarMargins(12, 16, 12, 12);
// Set once the user collapses or expands the sidebar; until then it follows the window width.
const QString SidebarCollapsedKey = QStringLiteral("MainWindow/sidebarCollapsed");
}

MainWindow::MainWindow(InvoiceRepository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_accountLabel(new QLabel(this))
    , m_accountBadge(new QLabel(tr("DEMO"), this))
    , m_providerLabel(new QLabel(this))
    , m_pageList(new QListWidget(this))
    , m_sidebar(new QWidget(this))
    , m_sidebarHeader(new QWidget(m_sidebar))
    , m_sidebarToggle(new QToolButton(m_sidebar))
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new FirstRunPage(this))
    , m_firstRunPage(static_cast<FirstRunPage *>(m_emptyState))
    , m_accountSwitcher(new QComboBox(this))
    , m_manageAccounts(new QPushButton(tr("Manage accounts…"), this))
    , m_accountProblems(new ErrorBanner(this))
    , m_staleData(new ErrorBanner(this))
    , m_invoicesPage(new InvoicesPage(repository, this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Billdeck"));

    QWidget *sidebar = m_sidebar;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(SidebarWidth);
    ThemeColors::setStyleSheet(sidebar, [](const QPalette &palette) {
        return QStringLiteral(
                   "#sidebar { background: %1; border-right: 1px solid %2; }"
                   "#sidebar QListWidget { background: transparent; border: none; outline: none; }"
                   "#sidebar QListWidget::item { padding: 7px 8px; border-radius: 5px; color: %3; }"
                   "#sidebar QListWidget::item:selected { background: %4; color: %5; }")
            .arg(ThemeColors::sidebarBackground(palette).name(), ThemeColors::sidebarBorder(palette).name(),
                 ThemeColors::sidebarText(palette).name(), ThemeColors::sidebarSelection(palette).name(),
                 ThemeColors::sidebarSelectedText(palette).name());
    });

    QFont accountFont = m_accountLabel->font();
    accountFont.setBold(true);
    accountFont.setPointSizeF(accountFont.pointSizeF() * 1.1);
    m_accountLabel->setFont(accountFont);
    m_accountLabel->setWordWrap(true);
    ThemeColors::setStyleSheet(m_accountBadge, [](const QPalette &palette) { return ThemeColors::badgeStyle(palette); });
    m_accountBadge->setToolTip(tr("Generated data from the built-in demo server"));
    ThemeColors::setMutedText(m_providerLabel);
    // "SkySQL, Scalingo" beside the demo badge is wider than the sidebar.
    m_providerLabel->setWordWrap(true);

    auto *providerRow = new QHBoxLayout;
    providerRow->setSpacing(6);
    providerRow->addWidget(m_providerLabel);
    providerRow->addWidget(m_accountBadge);
    providerRow->addStretch(1);

    // The account header goes away with the page titles when the sidebar collapses.
    auto *headerLayout = new QVBoxLayout(m_sidebarHeader);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_accountLabel);
    headerLayout->addLayout(providerRow);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(m_accountSwitcher);
    headerLayout->addSpacing(16);

    m_sidebarToggle->setAutoRaise(true);
    m_sidebarToggle->setAccessibleName(tr("Collapse the sidebar"));
    auto *bottomRow = new QHBoxLayout;
    bottomRow->setSpacing(4);
    bottomRow->addWidget(m_manageAccounts, 1);
    bottomRow->addWidget(m_sidebarToggle);

    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(ExpandedSidebarMargins);
    sidebarLayout->setSpacing(2);
    sidebarLayout->addWidget(m_sidebarHeader);
    sidebarLayout->addWidget(m_pageList, 1);
    // Keeps the account header at the top when the page list is hidden (no account yet).
    sidebarLayout->addStretch(0);
    sidebarLayout->addLayout(bottomRow);

    m_pageList->setIconSize(QSize(16, 16));
    // The menus and Ctrl+PgDown / Ctrl+PgUp change pages; Tab goes into the page itself.
    m_pageList->setFocusPolicy(Qt::NoFocus);
    m_pageList->setAccessibleName(tr("Pages"));
    m_accountSwitcher->setAccessibleName(tr("Shown account"));
    m_accountSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountBadge->setAccessibleName(tr("Demo data"));
    m_accountBadge->setAccessibleDescription(m_accountBadge->toolTip());
    m_progressBar->setAccessibleName(tr("Loading progress"));
    m_pages->addWidget(m_emptyState);
    addPage(QStringLiteral("invoices"), tr("Invoices"), PageIcons::icon(QStringLiteral("invoices")), m_invoicesPage);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(sidebar);
    auto *pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->setSpacing(0);
    pagesColumn->addWidget(m_accountProblems);
    pagesColumn->addWidget(m_staleData);
    pagesColumn->addWidget(m_pages, 1);
    centralLayout->addLayout(pagesColumn, 1);
    setCentralWidget(central);

    m_progressBar->setMaximumWidth(180);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !isShowingEmptyState()) {
            // The page being left may hold an edit: it is kept unless the user lets it go.
            const int shownRow = m_pages->currentIndex() - 1;
            if (shownRow >= 0 && row != shownRow && !confirmLeaving(m_pages->currentWidget())) {
                const QSignalBlocker blocker(m_pageList);
                m_pageList->setCurrentRow(shownRow);
                return;
            }
            showPageAt(row);
        }
    });
    m_accountSwitcher->setToolTip(tr("The account(s) the pages show"));
    m_accountSwitcher->hide();
    m_manageAccounts->hide();
    m_accountProblems->hide();
    m_staleData->hide();
    m_staleData->setObjectName(QStringLiteral("staleDataBanner"));
    connect(m_staleData, &ErrorBanner::retryRequested, m_repository, &InvoiceRepository::refreshInvoices);
    connect(m_repository, &InvoiceRepository::freshnessChanged, this, &MainWindow::updateFreshness);
    // A failing account is named above every page, with its reason and Retry.
    m_invoicesPage->setAccountFailuresShownElsewhere(true);
    connect(m_repository, &InvoiceRepository::errorOccurred, this, [this](const ApiError &, const QString &, bool wholeList) {
        if (wholeList)
            updateFreshness();
    });
    connect(m_repository, &InvoiceRepository::loaded, this, &MainWindow::updateFreshness);
    connect(m_firstRunPage, &FirstRunPage::addAccountRequested, this, &MainWindow::addAccountRequested);
    connect(m_firstRunPage, &FirstRunPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_manageAccounts, &QPushButton::clicked, this, &MainWindow::manageAccountsRequested);
    connect(m_accountSwitcher, &QComboBox::activated, this, [this](int index) {
        if (!m_registry)
            return;
        if (m_accountSwitcher->itemData(index).toString() != m_registry->shownAccountId() && !confirmLeavingAllPages()) {
            updateAccountSwitcher();
            return;
        }
        m_registry->setShownAccountId(m_accountSwitcher->itemData(index).toString());
    });
    connect(m_repository, &InvoiceRepository::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_repository, &InvoiceRepository::progressChanged, this, &MainWindow::onProgressChanged);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(ProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progressPending)
            showProgress();
    });
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &MainWindow::updateAccounts);
    // A failing account keeps its pages (and whatever the store had): the welcome screen is
    // only for a window without accounts.
    connect(m_repository, &InvoiceRepository::loaded, this, &MainWindow::updateAccounts);

    connect(m_sidebarToggle, &QToolButton::clicked, this, [this] { setSidebarCollapsed(!m_sidebarCollapsed); });
    const QSettings settings;
    applySidebarMode(settings.value(SidebarCollapsedKey, false).toBool());

    m_pageList->setCurrentRow(0);
    createMenus();
    updateAccounts();
    resize(1280, 800);
}

bool MainWindow::isSidebarCollapsed() const
{
    return m_sidebarCollapsed;
}

QAction *MainWindow::collapseSidebarAction() const
{
    return m_collapseSidebar;
}

void MainWindow::setSidebarCollapsed(bool collapsed)
{
    // The user's choice: kept, and no longer following the window's width.
    QSettings().setValue(SidebarCollapsedKey, collapsed);
    applySidebarMode(collapsed);
}

int MainWindow::expandedSidebarWidth() const
{
    // As wide as the longest title (translations are longer: "Opérations de facturation").
    int width = SidebarWidth;
    for (const QString &title : m_pageTitles) {
        width = std::max(width, m_pageList->fontMetrics().horizontalAdvance(title) + m_pageList->iconSize().width()
                                    + SidebarTitlePadding);
    }
    // …and as the account switcher's longest entry ("Demo Scalingo · demo"): a combo box cuts
    // its text instead of eliding it. The switcher sits within the sidebar's margins.
    if (!m_accountSwitcher->isHidden()) {
        width = std::max(width, m_accountSwitcher->sizeHint().width() + ExpandedSidebarMargins.left()
                                    + ExpandedSidebarMargins.right());
    }
    return width;
}

void MainWindow::applySidebarMode(bool collapsed)
{
    m_sidebarCollapsed = collapsed;
    m_sidebarHeader->setVisible(!collapsed);
    m_manageAccounts->setVisible(!collapsed && m_registry);
    for (int row = 0; row < m_pageList->count(); ++row) {
        QListWidgetItem *item = m_pageList->item(row);
        item->setText(collapsed ? QString() : m_pageTitles.value(row));
        item->setToolTip(collapsed ? m_pageTitles.value(row) : QString());
    }
    if (auto *layout = m_sidebar->layout())
        layout->setContentsMargins(collapsed ? QMargins(4, 16, 4, 12) : ExpandedSidebarMargins);
    m_sidebar->setFixedWidth(collapsed ? m_pageList->iconSize().width() + CollapsedSidebarPadding
                                       : expandedSidebarWidth());
    m_sidebarToggle->setArrowType(collapsed ? Qt::RightArrow : Qt::LeftArrow);
    const QString toggleText = collapsed ? tr("Expand the sidebar") : tr("Collapse the sidebar");
    m_sidebarToggle->setToolTip(toggleText);
    m_sidebarToggle->setAccessibleName(toggleText);
    if (m_collapseSidebar)
        m_collapseSidebar->setChecked(collapsed);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Until the user chooses, a narrow window gives the page the sidebar's titles' room.
    if (!QSettings().contains(SidebarCollapsedKey)) {
        const bool narrow = event->size().width() < AutoCollapseWidth;
        if (narrow != m_sidebarCollapsed)
            applySidebarMode(narrow);
    }
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, PageFactory factory,
                         Capabilities needs)
{
    m_pageFactories.insert(static_cast<int>(m_pageKeys.size()), std::move(factory));
    addPage(key, title, icon, new QWidget(m_pages), needs);
}

QWidget *MainWindow::buildPage(int row)
{
    const auto factory = m_pageFactories.constFind(row);
    if (factory == m_pageFactories.constEnd())
        return m_pages->widget(row + 1);
    QWidget *page = (*factory)();
    m_pageFactories.erase(factory);
    QWidget *placeholder = m_pages->widget(row + 1);
    const bool wasCurrent = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(row + 1, page);
    if (wasCurrent)
        m_pages->setCurrentWidget(page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    return page;
}

void MainWindow::showPageAt(int row)
{
    m_pages->setCurrentWidget(buildPage(row));
}

QWidget *MainWindow::page(const QString &key)
{
    const int row = static_cast<int>(m_pageKeys.indexOf(key));
    return row < 0 ? nullptr : buildPage(row);
}

bool MainWindow::isPageBuilt(const QString &key) const
{
    const int row = static_cast<int>(m_pageKeys.indexOf(key));
    return row >= 0 && !m_pageFactories.contains(row);
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page,
                         Capabilities needs)
{
    m_pageKeys.append(key);
    m_pageNeeds.append(needs);
    m_pageTitles.append(title);
    auto *item = new QListWidgetItem(icon, m_sidebarCollapsed ? QString() : title, m_pageList);
    item->setData(Qt::AccessibleTextRole, title);
    applySidebarMode(m_sidebarCollapsed);
    m_pages->addWidget(page);
    updatePageVisibility();
}

bool MainWindow::isPageShown(const QString &key) const
{
    const int row = static_cast<int>(m_pageKeys.indexOf(key));
    return row >= 0 && !m_pageList->item(row)->isHidden();
}

Capabilities MainWindow::pageNeeds(const QString &key) const
{
    return m_pageNeeds.value(static_cast<int>(m_pageKeys.indexOf(key)));
}

void MainWindow::updatePageVisibility()
{
    // Without a registry (a test of one page) every page is there.
    Capabilities offered = ~Capabilities();
    if (m_registry) {
        offered = {};
        const QList<AccountConnection *> shown = m_registry->shownConnections();
        for (const AccountConnection *connection : shown)
            offered |= connection->capabilities();
    }
    for (int row = 0; row < m_pageNeeds.size(); ++row) {
        const Capabilities needs = m_pageNeeds.at(row);
        m_pageList->item(row)->setHidden(needs && !(needs & offered));
    }
    // A page no shown account offers is left for the first one.
    if (m_pageList->currentItem() && m_pageList->currentItem()->isHidden())
        m_pageList->setCurrentRow(0);
    updatePageMenu();
}

void MainWindow::setAccountRegistry(AccountRegistry *registry)
{
    m_registry = registry;
    m_manageAccounts->setVisible(!m_sidebarCollapsed);
    connect(registry, &AccountRegistry::accountAdded, this, &MainWindow::updateAccountSwitcher);
    connect(registry, &AccountRegistry::accountRemoved, this, &MainWindow::updateAccountSwitcher);
    connect(registry, &AccountRegistry::accountAdded, this, &MainWindow::updatePageVisibility);
    connect(registry, &AccountRegistry::accountRemoved, this, &MainWindow::updatePageVisibility);
    // The composition re-syncs the repository on the same signal (connected earlier), so the
    // pages load what is now shown.
    connect(registry, &AccountRegistry::shownAccountsChanged, this, [this] {
        updateAccountSwitcher();
        updatePageVisibility();
        m_repository->refreshInvoices();
    });
    connect(registry, &AccountRegistry::accountAdded, m_repository, &InvoiceRepository::refreshInvoices);
    connect(registry, &AccountRegistry::accountRemoved, m_repository, &InvoiceRepository::refreshInvoices);
    updateAccountSwitcher();
    updatePageVisibility();
}

void MainWindow::updateAccountSwitcher()
{
    if (!m_registry)
        return;
    const QList<AccountConnection *> connections = m_registry->connections();
    m_accountSwitcher->clear();
    m_accountSwitcher->addItem(tr("All accounts (%1)").arg(connections.size()), QString());
    for (AccountConnection *connection : connections) {
        const Account &account = connection->account();
        const QString label = account.isDemo ? tr("%1 · demo").arg(account.displayName) : account.displayName;
        m_accountSwitcher->addItem(label, account.id);
        m_accountSwitcher->setItemData(m_accountSwitcher->count() - 1, providerDisplayName(account.provider),
                                       Qt::ToolTipRole);
    }
    m_accountSwitcher->setCurrentIndex(std::max(0, m_accountSwitcher->findData(m_registry->shownAccountId())));
    // One account needs no choice; none needs the first-run page instead. (Collapsed, the
    // sidebar hides it with the rest of its header.)
    m_accountSwitcher->setVisible(connections.size() > 1);
    if (!m_sidebarCollapsed)
        m_sidebar->setFixedWidth(expandedSidebarWidth());
}

QComboBox *MainWindow::accountSwitcher() const
{
    return m_accountSwitcher;
}

FirstRunPage *MainWindow::firstRunPage() const
{
    return m_firstRunPage;
}

void MainWindow::showAccountProblem(const QString &message)
{
    m_accountProblems->showMessage(message, QString());
}

ErrorBanner *MainWindow::accountProblemBanner() const
{
    return m_accountProblems;
}

ErrorBanner *MainWindow::staleDataBanner() const
{
    return m_staleData;
}

void MainWindow::updateFreshness()
{
    m_staleData->dismiss();
    for (const Account &account : m_repository->accounts()) {
        const ApiError reason = m_repository->staleReason(account.id);
        const ApiError failure = m_repository->listError(account.id);
        if (reason.isError())
            m_staleData->showStale(account.displayName, m_repository->dataAsOf(account.id), reason);
        else if (failure.isError())
            m_staleData->showAccountFailure(account.displayName, failure);
    }
}

QStringList MainWindow::pageKeys() const
{
    return m_pageKeys;
}

bool MainWindow::setCurrentPage(const QString &key)
{
    if (!isPageShown(key))
        return false;
    m_pageList->setCurrentRow(static_cast<int>(m_pageKeys.indexOf(key)));
    return true;
}

QString MainWindow::currentPage() const
{
    return m_pageKeys.value(m_pageList->currentRow());
}

InvoicesPage *MainWindow::invoicesPage() const
{
    return m_invoicesPage;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateAccounts()
{
    const QList<Account> accounts = m_repository->accounts();
    if (accounts.isEmpty()) {
        m_accountLabel->setText(tr("No account"));
        m_accountBadge->hide();
        m_providerLabel->setText(tr("Nothing to show yet"));
        m_pageList->hide();
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    bool anyDemo = false;
    QStringList providers;
    for (const Account &account : accounts) {
        anyDemo = anyDemo || account.isDemo;
        const QString provider = providerDisplayName(account.provider);
        if (!providers.contains(provider))
            providers << provider;
    }
    m_accountLabel->setText(accounts.size() == 1 ? accounts.first().displayName
                                                 : tr("All accounts (%1)").arg(accounts.size()));
    m_accountBadge->setVisible(anyDemo);
    m_providerLabel->setText(providers.join(QStringLiteral(", ")));
    m_pageList->show();
    if (isShowingEmptyState())
        showPageAt(std::max(0, m_pageList->currentRow()));
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_progressTimer->stop();
    m_progressPending = false;
    m_progressBar->setVisible(loading);
    if (loading) {
        m_statusLabel->setText(tr("Loading invoices…"));
        return;
    }
    const int count = static_cast<int>(m_repository->invoices().size());
    if (!m_repository->errors().isEmpty()) {
        m_statusLabel->setText(tr("Some invoices could not be loaded"));
        return;
    }
    // As of the oldest shown account's data: now after a refresh, earlier for a stored copy.
    QDateTime asOf;
    for (const Account &account : m_repository->accounts()) {
        const QDateTime accountAsOf = m_repository->dataAsOf(account.id);
        if (accountAsOf.isValid() && (!asOf.isValid() || accountAsOf < asOf))
            asOf = accountAsOf;
    }
    const QDateTime local = (asOf.isValid() ? asOf : QDateTime::currentDateTime()).toLocalTime();
    const QString time = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : DisplayFormat().dateTime(local);
    m_statusLabel->setText(count == 1 ? tr("1 invoice · as of %1").arg(time)
                                      : tr("%1 invoices · as of %2").arg(count).arg(time));
}

void MainWindow::onProgressChanged(int done, int total)
{
    if (!m_repository->isLoading())
        return;
    m_progressDone = done;
    m_progressTotal = total;
    // A count after a quiet interval at once; counts within one are shown when it is over.
    if (m_progressTimer->isActive()) {
        m_progressPending = true;
        return;
    }
    showProgress();
}

void MainWindow::showProgress()
{
    m_progressPending = false;
    if (!m_repository->isLoading())
        return;
    m_progressTimer->start();
    m_progressBar->setRange(0, std::max(m_progressTotal, 1));
    m_progressBar->setValue(m_progressDone);
    m_statusLabel->setText(tr("Loading invoices… %1/%2").arg(m_progressDone).arg(m_progressTotal));
}

bool MainWindow::confirmLeaving(QWidget *page)
{
    auto *guard = dynamic_cast<UnsavedChangesGuard *>(page);
    if (!guard || !guard->hasUnsavedChanges())
        return true;
    if (m_pages->currentWidget() != page) {
        const QSignalBlocker blocker(m_pageList);
        m_pageList->setCurrentRow(m_pages->indexOf(page) - 1);
        m_pages->setCurrentWidget(page);
    }
    return confirmLeavingChanges(guard, this);
}

bool MainWindow::confirmLeavingAllPages()
{
    for (int index = 0; index < m_pages->count(); ++index) {
        if (!confirmLeaving(m_pages->widget(index)))
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingAllPages()) {
        event->ignore();
        return;
    }
    // Closing now would drop a save on its way: close once it is answered.
    for (int index = 0; index < m_pages->count(); ++index) {
        auto *guard = dynamic_cast<UnsavedChangesGuard *>(m_pages->widget(index));
        if (guard && guard->isSavingChanges()) {
            event->ignore();
            m_closeAfterSave = true;
            QTimer::singleShot(100, this, &MainWindow::closeWhenSaved);
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::closeWhenSaved()
{
    if (!m_closeAfterSave)
        return;
    for (int index = 0; index < m_pages->count(); ++index) {
        auto *guard = dynamic_cast<UnsavedChangesGuard *>(m_pages->widget(index));
        if (!guard)
            continue;
        if (guard->isSavingChanges()) {
            QTimer::singleShot(100, this, &MainWindow::closeWhenSaved);
            return;
        }
        if (guard->hasUnsavedChanges()) {
            // The save failed: the page shows why and keeps the edit; the window stays.
            m_closeAfterSave = false;
            m_pages->setCurrentWidget(m_pages->widget(index));
            const QSignalBlocker blocker(m_pageList);
            m_pageList->setCurrentRow(index - 1);
            return;
        }
    }
    m_closeAfterSave = false;
    close();
}

namespace
{
// The platform's keys for `key`, with `usual` among them: some platforms bind nothing to a
// standard key (SaveAs off GNOME and macOS), and the README promises the same keys everywhere.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &usual)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    keys.removeAll(usual);
    keys.prepend(usual);
    return keys;
}
}

void MainWindow::createMenus()
{
    // FormBinding::addField() keeps these menus' mnemonics free in forms: keep both in step.
    using PageCommands::Command;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addPageCommand(file, tr("&Export…"), Command::Export, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    addPageCommand(file, tr("&Open invoice PDF"), Command::OpenPdf, standardKeys(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    addPageCommand(file, tr("Save invoice &PDF…"), Command::SavePdf, standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    addPageCommand(edit, tr("&Find"), Command::Find, standardKeys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    edit->addSeparator();
    addPageCommand(edit, tr("&Save changes"), Command::Save, standardKeys(QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S)));
    // In a text field Ctrl+Z undoes the typing first (the field takes the shortcut).
    addPageCommand(edit, tr("&Revert changes"), Command::Revert, standardKeys(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addPageCommand(view, tr("&Refresh"), Command::Refresh, standardKeys(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next page"), this, [this] { showNextPage(1); });
    next->setObjectName(QStringLiteral("nextPageAction"));
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    QAction *previous = view->addAction(tr("&Previous page"), this, [this] { showNextPage(-1); });
    previous->setObjectName(QStringLiteral("previousPageAction"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    m_pageMenu = view->addMenu(tr("&Go to page"));
    view->addSeparator();
    m_collapseSidebar = view->addAction(tr("&Collapse sidebar"));
    m_collapseSidebar->setObjectName(QStringLiteral("collapseSidebarAction"));
    m_collapseSidebar->setCheckable(true);
    m_collapseSidebar->setChecked(m_sidebarCollapsed);
    m_collapseSidebar->setToolTip(tr("Show the pages as icons only, leaving the page more room"));
    connect(m_collapseSidebar, &QAction::triggered, this, &MainWindow::setSidebarCollapsed);
    connect(m_pageMenu, &QMenu::aboutToShow, this, &MainWindow::updatePageMenu);

    QMenu *account = menuBar()->addMenu(tr("A&ccount"));
    QAction *choose = account->addAction(tr("&Choose shown account"), this, [this] {
        if (m_accountSwitcher->isVisibleTo(m_sidebarHeader)) {
            // The switcher is in the sidebar's header: a collapsed sidebar opens for it.
            if (m_sidebarCollapsed)
                applySidebarMode(false);
            m_accountSwitcher->setFocus(Qt::ShortcutFocusReason);
            m_accountSwitcher->showPopup();
        }
    });
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(account, &QMenu::aboutToShow, choose,
            [this, choose] { choose->setEnabled(m_accountSwitcher->isVisibleTo(m_sidebarHeader)); });
    account->addAction(tr("&Add account…"), this, &MainWindow::addAccountRequested);
    account->addAction(tr("&Manage accounts…"), this, &MainWindow::manageAccountsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Billdeck"), this, [this] {
        QMessageBox::about(this, tr("About Billdeck"),
                           tr("<b>Billdeck</b> %1<br>A desktop dashboard for cloud billing: invoices, costs, "
                              "contacts, tax information and payment methods of SkySQL and Scalingo accounts.")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    for (QMenu *menu : {file, edit, view}) {
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::updatePageCommands);
        // Shortcuts stay live once the menu is gone: they check the page when pressed.
        connect(menu, &QMenu::aboutToHide, this, [this] {
            for (QAction *action : std::as_const(m_pageCommands))
                action->setEnabled(true);
        });
    }
}

QAction *MainWindow::addPageCommand(QMenu *menu, const QString &text, PageCommands::Command command,
                                    const QList<QKeySequence> &shortcuts)
{
    QAction *action = menu->addAction(text, this, [this, command] { runPageCommand(command); });
    action->setShortcuts(shortcuts);
    m_pageCommands.insert(command, action);
    return action;
}

void MainWindow::updatePageCommands()
{
    // Only what the menu shows follows the page; a shortcut that finds nothing says so.
    QWidget *page = isShowingEmptyState() ? nullptr : m_pages->currentWidget();
    for (auto it = m_pageCommands.constBegin(); it != m_pageCommands.constEnd(); ++it)
        it.value()->setEnabled(PageCommands::target(page, it.key()) != nullptr);
}

void MainWindow::updatePageMenu()
{
    if (!m_pageMenu)
        return;
    // The window holds these actions too: delete them, clear() would leave them there.
    qDeleteAll(m_pageMenu->actions());
    int shown = 0;
    for (int row = 0; row < m_pageList->count(); ++row) {
        QListWidgetItem *item = m_pageList->item(row);
        if (item->isHidden())
            continue;
        ++shown;
        QAction *action = m_pageMenu->addAction(item->icon(), m_pageTitles.at(row), this,
                                                [this, row] { m_pageList->setCurrentRow(row); });
        action->setCheckable(true);
        action->setChecked(row == m_pageList->currentRow());
        action->setEnabled(!m_pageList->isHidden());
        if (shown <= 9)
            action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + shown)));
    }
    // Alt+1…9 work before the menu was ever opened: the window holds the same shortcuts.
    const QList<QAction *> actions = m_pageMenu->actions();
    for (QAction *action : actions)
        addAction(action);
}

void MainWindow::showNextPage(int step)
{
    const int count = m_pageList->count();
    if (count == 0 || m_pageList->isHidden())
        return;
    int row = m_pageList->currentRow();
    for (int tried = 0; tried < count; ++tried) {
        row = (row + step + count) % count;
        if (!m_pageList->item(row)->isHidden()) {
            m_pageList->setCurrentRow(row);
            return;
        }
    }
}

bool MainWindow::runPageCommand(PageCommands::Command command)
{
    QWidget *page = isShowingEmptyState() ? nullptr : m_pages->currentWidget();
    if (PageCommands::run(page, command))
        return true;
    // The editors have no Refresh button: their data is read when they are first shown.
    if (auto *editor = qobject_cast<EditorPage *>(page); editor && command == PageCommands::Command::Refresh) {
        editor->refresh();
        return true;
    }
    statusBar()->showMessage(tr("Nothing to do for this command on this page now."), 4000);
    return false;
}
