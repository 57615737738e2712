#pragma once

#include <QMainWindow>
#include <QStringList>

class InvoicesPage;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class Repository;

// The window: the account being shown and the pages on the left, the current page on the
// right, loading progress in the status bar. Pages appear here only once they exist.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Repository *repository, QWidget *parent = nullptr);

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
    void addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page);

private:
    void updateAccounts();
    void onLoadingChanged(bool loading);
    void onProgressChanged(int done, int total);

    Repository *m_repository;
    QLabel *m_accountLabel;
    QLabel *m_accountBadge;
    QLabel *m_providerLabel;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QWidget *m_emptyState;
    InvoicesPage *m_invoicesPage;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QStringList m_pageKeys;
};
