#pragma once

#include "domain/account.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;

// The list of accounts, kept in the QSettings the caller gives (the app's own, or a temporary
// file in tests). It holds names, providers and endpoints, never a secret: there is no API to
// store one, secrets go through SecretStore keyed by Account::id.
//
// Each account lives in its own group ("accounts/<id>/…") so one unreadable entry is reported
// and left as it is instead of being lost when the others are saved.
class AccountStore final : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the store.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);

    // In the order people added them (or arranged them).
    QList<Account> accounts() const;
    bool contains(const QString &accountId) const;
    // An empty Account (id empty) when there is none with this id.
    Account account(const QString &accountId) const;
    bool isEmpty() const;

    // Names are compared trimmed and case-insensitively; `exceptAccountId` is the account
    // being edited, which may keep its own name.
    bool isDisplayNameTaken(const QString &displayName, const QString &exceptAccountId = QString()) const;

    // Adds the account and returns its id: a new QUuid unless `account.id` is already set
    // (e.g. a fixed id for the demo account). Empty QString on failure, see errorString().
    QString add(const Account &account);
    // Replaces the account with the same id. False if unknown or invalid.
    bool update(const Account &account);
    bool rename(const QString &accountId, const QString &displayName);
    // Removes the settings only; the caller deletes the secret from its SecretStore.
    bool remove(const QString &accountId);

    // Reads the settings again (another instance may have written them).
    void reload();

    // Plain sentence about the last failed add/update/rename/remove.
    QString errorString() const;
    // Entries in the settings that could not be read, one plain sentence each. They are kept
    // untouched in the file.
    QStringList loadProblems() const;

Q_SIGNALS:
    void accountAdded(const QString &accountId);
    void accountChanged(const QString &accountId);
    void accountRemoved(const QString &accountId);
    // After reload(): anything may have changed.
    void accountsReset();

private:
    bool checkAccount(const Account &account, const QString &exceptAccountId);
    void writeAccount(const Account &account);
    void writeOrder();
    bool sync();
    int indexOf(const QString &accountId) const;
    bool fail(const QString &message);
    void load();

    QSettings *m_settings;
    QList<Account> m_accounts;
    QStringList m_order;  // every id in the file, readable or not
    QStringList m_loadProblems;
    QString m_errorString;
};
