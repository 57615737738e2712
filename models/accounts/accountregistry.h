#pragma once

#include "accounts/accountconnection.h"
#include "domain/account.h"

#include <QList>
#include <QObject>
#include <QString>

class BillingStore;
class QNetworkAccessManager;

// The accounts the window works with, and which of them the pages show: one account, or all of
// them together (each row then says its account). Owns the connections.
class AccountRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit AccountRegistry(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountRegistry() override;

    QNetworkAccessManager *network() const;
    // Every connection, present and future, keeps its responses in `store` (not owned).
    void setStore(BillingStore *store);
    BillingStore *store() const;
    // Every connection, present and future, reads from the store only.
    void setOffline(bool offline);
    // Every connection, present and future, paints from the store first (the window).
    void setStoredFirst(bool storedFirst);

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
    // The shown accounts that offer `capability`, in the order they were added.
    QList<AccountConnection *> shownConnectionsOffering(Capability capability) const;

Q_SIGNALS:
    void accountAdded(const QString &accountId);
    void accountRemoved(const QString &accountId);
    void shownAccountsChanged();

private:
    QNetworkAccessManager *m_network;
    BillingStore *m_store = nullptr;
    bool m_offline = false;
    bool m_storedFirst = false;
    QList<AccountConnection *> m_connections;
    QString m_shownAccountId;
};
