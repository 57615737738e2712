#pragma once

#include "accounts/capabilities.h"
#include "widgets/pagecommands.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class AccountRegistry;
class QAction;
class QMenu;
class ErrorBanner;
class FirstRunPage;
class InvoicesPage;
class QComboBox;
class QLabel;
class QPushButton;
class QListWidget;
class QToolButton;
class QProgressBar;
class QTimer;
class QStackedWidget;
class InvoiceRepository;

// The window: the account being shown and the pages on the left, the current page on the
// right, loading progress in the status bar. Pages appear here only once they exist.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(InvoiceRepository *repository, QWidget *parent = nullptr);

    // Keys accepted by setCurrentPage(), as typed on the command line ("invoices").
    QStringList pageKeys() const;
    bool setCurrentPage(const QString &key);
    QString currentPage() const;

    InvoicesPage *invoicesPage() const;
    // True when no account is set up and the window explains how to start.
    bool isShowingEmptyState() const;
    QString statusText() const;

    // Adds a page to the sidebar; `key` is what --page accepts. The composition root adds the
    // pages beyond Invoices (app/pages.cpp), so the window does not depend on every page.
    // A page with `needs` is in the sidebar while a shown account offers one of them.
    void addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page,
                 Capabilities needs = {});
    // The same for a page built the first time it is shown (or asked for by page()): a start
    // lays out only the page it opens on, and a page nobody opens never recomputes its charts.
    using PageFactory = std::function<QWidget *()>;
    void addPage(const QString &key, const QString &title, const QIcon &icon, PageFactory factory,
                 Capabilities needs = {});
    // The page under `key`, built now if it was not yet; null for an unknown key.
    QWidget *page(const QString &key);
    // False while a page added with a factory has not been built.
    bool isPageBuilt(const QString &key) const;
    // False for an unknown key and for a page no shown account offers.
    bool isPageShown(const QString &key) const;
    // What an account must offer for the page to be in the sidebar (none: always there).
    Capabilities pageNeeds(const QString &key) const;

    // Shows the account switcher ("All accounts" + each account) bound to the registry's shown
    // account, and "Manage accounts…". Not owned. Without it the window shows the repository's
    // accounts read-only (as in tests of one page).
    void setAccountRegistry(AccountRegistry *registry);
    QComboBox *accountSwitcher() const;
    FirstRunPage *firstRunPage() const;
    // A problem with the accounts themselves (a key missing from the keychain), above the pages.
    void showAccountProblem(const QString &message);
    ErrorBanner *accountProblemBanner() const;
    // Names an account whose data is a stored copy the service could not refresh, or whose
    // invoices could not be loaded at all; Retry refreshes.
    ErrorBanner *staleDataBanner() const;

    // Before leaving `page` (another page or account, closing): a page with unsaved changes
    // (an UnsavedChangesGuard) asks to save, discard or cancel. True when leaving may go on.
    bool confirmLeaving(QWidget *page);
    // The same for every page (switching account, closing the window).
    bool confirmLeavingAllPages();

    // The sidebar as icons only (titles in tooltips), which leaves the pages more room. Below
    // AutoCollapseWidth it collapses by itself until the user chooses, a choice kept in the
    // settings.
    static constexpr int AutoCollapseWidth = 1200;
    bool isSidebarCollapsed() const;
    void setSidebarCollapsed(bool collapsed);
    QAction *collapseSidebarAction() const;

    // The sidebar's next or previous shown page (wrapping round), as Ctrl+PgDown / Ctrl+PgUp do.
    void showNextPage(int step);
    // Runs a page command of the menus on the current page; false (and a word in the status
    // bar) when the page has nothing to run it with now.
    bool runPageCommand(PageCommands::Command command);

Q_SIGNALS:
    // The window cannot create accounts or the demo itself: the composition root answers these.
    void addAccountRequested();
    void demoRequested();
    void manageAccountsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createMenus();
    QAction *addPageCommand(QMenu *menu, const QString &text, PageCommands::Command command,
                            const QList<QKeySequence> &shortcuts);
    void updatePageCommands();
    void updatePageMenu();
    void closeWhenSaved();
    void updateAccountSwitcher();
    void updatePageVisibility();
    // Shows the page of the sidebar's `row`, building it first if it was added with a factory.
    void showPageAt(int row);
    QWidget *buildPage(int row);
    void updateAccounts();
    void updateFreshness();
    void onLoadingChanged(bool loading);
    void onProgressChanged(int done, int total);
    void showProgress();
    void applySidebarMode(bool collapsed);
    int expandedSidebarWidth() const;

    InvoiceRepository *m_repository;
    QLabel *m_accountLabel;
    QLabel *m_accountBadge;
    QLabel *m_providerLabel;
    QListWidget *m_pageList;
    QWidget *m_sidebar;
    QWidget *m_sidebarHeader;
    QToolButton *m_sidebarToggle;
    QAction *m_collapseSidebar = nullptr;
    QStringList m_pageTitles;
    bool m_sidebarCollapsed = false;
    QStackedWidget *m_pages;
    QWidget *m_emptyState;
    FirstRunPage *m_firstRunPage;
    AccountRegistry *m_registry = nullptr;
    QComboBox *m_accountSwitcher;
    QPushButton *m_manageAccounts;
    ErrorBanner *m_accountProblems;
    ErrorBanner *m_staleData;
    InvoicesPage *m_invoicesPage;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    // The repository tells every request's start and end (thousands in a first sync); the bar
    // and the status text show the latest count at most once per interval of this timer.
    QTimer *m_progressTimer;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    bool m_progressPending = false;  // a count came within the interval, not shown yet
    QStringList m_pageKeys;
    QList<Capabilities> m_pageNeeds;
    // A page added with a factory: its placeholder in m_pages until it is built (then removed).
    QHash<int, PageFactory> m_pageFactories;
    QMenu *m_pageMenu = nullptr;
    QHash<PageCommands::Command, QAction *> m_pageCommands;
    bool m_closeAfterSave = false;
};
