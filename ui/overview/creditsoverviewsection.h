#pragma once

#include <QLocale>
#include <QWidget>

class AccountConnection;
class ErrorBanner;
class OverviewLoader;
class PageReadiness;
class QBoxLayout;
class QLabel;
class QProgressBar;
class QTableView;
class QTreeView;

// The Overview of an account with credits and commitments: the billing account (tier, status, subscription, SCU
// use this month, trial credit), the prepaid credit ledger with its running balance, the
// postpaid commitment month by month, and the contracts with their entitlements.
// Loads when first shown; failures go to the section's banner with Retry.
class CreditsOverviewSection final : public QWidget
{
    Q_OBJECT

public:
    CreditsOverviewSection(AccountConnection *connection, QWidget *parent = nullptr);

    void refresh();

    OverviewLoader *loader() const;
    PageReadiness *readiness() const;
    ErrorBanner *errorBanner() const;
    QTableView *creditTable() const;
    QTableView *commitTable() const;
    QTreeView *contractTree() const;
    // True when the two ledgers are one above the other (a narrow window), each its full width.
    bool ledgersStacked() const;
    QString tierText() const;
    QString remainingCreditText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showAccount();
    void showCredit();
    void onLoaded();

    AccountConnection *m_connection;
    OverviewLoader *m_loader;
    PageReadiness *m_readiness;
    QLocale m_locale;
    bool m_started = false;

    ErrorBanner *m_banner;
    QLabel *m_tierLabel;
    QLabel *m_statusLabel;
    QLabel *m_accountFacts;
    QLabel *m_scuLabel;
    QProgressBar *m_scuBar;
    QLabel *m_scuFacts;
    QLabel *m_creditLabel;
    QLabel *m_creditFacts;
    QBoxLayout *m_ledgers = nullptr;
    QTableView *m_creditTable;
    QTableView *m_commitTable;
    QTreeView *m_contractTree;
};
