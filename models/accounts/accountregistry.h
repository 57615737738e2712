#pragma once

#include "domain/account.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class ApiClient;
class InvoiceSource;
class QNetworkAccessManager;
class ScalingoBackend;
class SkySqlBackend;

// One connected account: its settings, and the backend that speaks its provider's API (which
// holds the secret in memory, inside its authenticator). Exactly one of skySql()/scalingo() is set.
class AccountConnection final : public QObject
{
    Q_OBJECT

public:
    AccountConnection(const Account &account, const QString &secret, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~AccountConnection() override;

    const Account &account() const;
    SkySqlBackend *skySql() const;
    ScalingoBackend *scalingo() const;
    InvoiceSource *invoiceSource() const;

private:
    Account m_account;
    std::unique_ptr<ApiClient> m_skySqlClient;
    SkySqlBackend *m_skySql = nullptr;
    ScalingoBackend *m_scalingo = nullptr;
};

// The accounts the window works with, and which of them the pages show: one account, or all of
// them together (each row then says its account). Owns the connections.
class AccountRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit AccountRegistry(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountRegistry() override;

    QNetworkAccessManager *network() const;

    // Connects an account (replacing one with the same id). The secret stays in the connection's
    // memory only.
    AccountConnection *add(const Account &account, const QString &secret);
    void remove(const QString &accountId);

    QList<AccountConnection *> connections() const;
    AccountConnection *connection(const QString &accountId) const;
    // By display name, case-insensitive (the command line's --account NAME).
    AccountConnection *connectionNamed(const QString &displayName) const;
    bool isEmpty() const;

    // Empty means "all accounts".
    QString shownAccountId() const;
    void setShownAccountId(const QString &accountId);
    bool isShown(const QString &accountId) const;
    QList<AccountConnection *> shownConnections() const;

Q_SIGNALS:
    void accountAdded(const QString &accountId);
    void accountRemoved(const QString &accountId);
    void shownAccountsChanged();

private:
    QNetworkAccessManager *m_network;
    QList<AccountConnection *> m_connections;
    QString m_shownAccountId;
};
