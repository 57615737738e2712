#include "store/accountstore.h"

#include "store/providerendpoints.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace {

const QString AccountsGroup = QStringLiteral("accounts");
const QString OrderKey = QStringLiteral("accounts/order");

QString groupFor(const QString &accountId)
{
    return AccountsGroup + QLatin1Char('/') + accountId;
}

// Ids become settings group names: no slashes, no surprises.
bool isValidId(const QString &accountId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(accountId).hasMatch();
}

QString normalizedName(const QString &displayName)
{
    return displayName.simplified();
}

// Fills in what the provider implies, so every Account handed out is ready for an ApiClient.
void applyDefaults(Account *account)
{
    if (account->provider == Provider::SkySql) {
        account->region.clear();
        if (account->apiUrl.isEmpty())
            account->apiUrl = ProviderEndpoints::skySqlApiUrl();
        return;
    }
    account->organizationId.clear();
    if (account->region.isEmpty())
        account->region = account->apiUrl.isEmpty() ? ProviderEndpoints::defaultScalingoRegionKey()
                                                    : ProviderEndpoints::customRegionKey();
    ScalingoRegion region;
    if (ProviderEndpoints::scalingoRegion(account->region, &region))
        account->apiUrl = region.apiUrl;
    if (account->authUrl.isEmpty())
        account->authUrl = ProviderEndpoints::scalingoAuthUrl();
}

} // namespace

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

QList<Account> AccountStore::accounts() const
{
    return m_accounts;
}

bool AccountStore::contains(const QString &accountId) const
{
    return indexOf(accountId) >= 0;
}

Account AccountStore::account(const QString &accountId) const
{
    const int index = indexOf(accountId);
    return index >= 0 ? m_accounts.at(index) : Account();
}

bool AccountStore::isEmpty() const
{
    return m_accounts.isEmpty();
}

bool AccountStore::isDisplayNameTaken(const QString &displayName, const QString &exceptAccountId) const
{
    const QString name = normalizedName(displayName);
    for (const Account &account : m_accounts) {
        if (account.id != exceptAccountId && normalizedName(account.displayName).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString AccountStore::add(const Account &account)
{
    Account added = account;
    if (added.id.isEmpty()) {
        added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (!isValidId(added.id)) {
        fail(tr("The account id “%1” cannot be stored.").arg(added.id));
        return QString();
    } else if (m_order.contains(added.id)) {
        fail(tr("There is already an account with the id “%1”.").arg(added.id));
        return QString();
    }
    added.displayName = normalizedName(added.displayName);
    applyDefaults(&added);
    if (!checkAccount(added, added.id))
        return QString();

    m_order.append(added.id);
    writeAccount(added);
    writeOrder();
    if (!sync()) {
        const QString error = m_errorString;
        m_order.removeAll(added.id);
        m_settings->remove(groupFor(added.id));
        writeOrder();
        fail(error);
        return QString();
    }
    m_accounts.append(added);
    m_errorString.clear();
    Q_EMIT accountAdded(added.id);
    return added.id;
}

bool AccountStore::update(const Account &account)
{
    const int index = indexOf(account.id);
    if (index < 0)
        return fail(tr("This account no longer exists."));
    Account updated = account;
    updated.displayName = normalizedName(updated.displayName);
    applyDefaults(&updated);
    if (!checkAccount(updated, updated.id))
        return false;

    const Account previous = m_accounts.at(index);
    writeAccount(updated);
    if (!sync()) {
        const QString error = m_errorString;
        writeAccount(previous);
        return fail(error);
    }
    m_accounts[index] = updated;
    m_errorString.clear();
    Q_EMIT accountChanged(updated.id);
    return true;
}

bool AccountStore::rename(const QString &accountId, const QString &displayName)
{
    const int index = indexOf(accountId);
    if (index < 0)
        return fail(tr("This account no longer exists."));
    Account renamed = m_accounts.at(index);
    renamed.displayName = displayName;
    return update(renamed);
}

bool AccountStore::remove(const QString &accountId)
{
    const int index = indexOf(accountId);
    if (index < 0)
        return fail(tr("This account no longer exists."));
    const Account removed = m_accounts.at(index);
    const int orderIndex = m_order.indexOf(accountId);
    m_order.removeAt(orderIndex);
    m_settings->remove(groupFor(accountId));
    writeOrder();
    if (!sync()) {
        const QString error = m_errorString;
        m_order.insert(orderIndex, accountId);
        writeAccount(removed);
        writeOrder();
        return fail(error);
    }
    m_accounts.removeAt(index);
    m_errorString.clear();
    Q_EMIT accountRemoved(accountId);
    return true;
}

void AccountStore::reload()
{
    m_settings->sync();
    load();
    Q_EMIT accountsReset();
}

QString AccountStore::errorString() const
{
    return m_errorString;
}

QStringList AccountStore::loadProblems() const
{
    return m_loadProblems;
}

bool AccountStore::checkAccount(const Account &account, const QString &exceptAccountId)
{
    if (account.displayName.isEmpty())
        return fail(tr("An account needs a name."));
    if (isDisplayNameTaken(account.displayName, exceptAccountId))
        return fail(tr("Another account is already called “%1”.").arg(account.displayName));
    QString problem;
    if (!ProviderEndpoints::isAcceptableApiUrl(account.apiUrl, &problem))
        return fail(tr("The API address of “%1” is refused: %2").arg(account.displayName, problem));
    if (account.provider == Provider::Scalingo && !ProviderEndpoints::isAcceptableApiUrl(account.authUrl, &problem))
        return fail(tr("The authentication address of “%1” is refused: %2").arg(account.displayName, problem));
    return true;
}

void AccountStore::writeAccount(const Account &account)
{
    m_settings->remove(groupFor(account.id));
    m_settings->beginGroup(groupFor(account.id));
    m_settings->setValue(QStringLiteral("displayName"), account.displayName);
    m_settings->setValue(QStringLiteral("provider"), providerKey(account.provider));
    m_settings->setValue(QStringLiteral("apiUrl"), account.apiUrl.toString());
    if (account.provider == Provider::Scalingo) {
        m_settings->setValue(QStringLiteral("authUrl"), account.authUrl.toString());
        m_settings->setValue(QStringLiteral("region"), account.region);
    } else if (!account.organizationId.isEmpty()) {
        m_settings->setValue(QStringLiteral("organizationId"), account.organizationId);
    }
    if (account.isDemo)
        m_settings->setValue(QStringLiteral("demo"), true);
    m_settings->endGroup();
}

void AccountStore::writeOrder()
{
    m_settings->setValue(OrderKey, m_order);
}

bool AccountStore::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    return fail(tr("The account settings could not be saved to %1.").arg(m_settings->fileName()));
}

int AccountStore::indexOf(const QString &accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

bool AccountStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void AccountStore::load()
{
    m_accounts.clear();
    m_loadProblems.clear();

    QStringList order = m_settings->value(OrderKey).toStringList();
    m_settings->beginGroup(AccountsGroup);
    QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    groups.sort();
    QStringList ids;
    for (const QString &id : std::as_const(order)) {
        if (groups.contains(id) && !ids.contains(id))
            ids.append(id);
    }
    // Groups missing from the order (written by hand, or by an interrupted save) still count.
    for (const QString &id : std::as_const(groups)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    m_order = ids;

    for (const QString &id : std::as_const(ids)) {
        m_settings->beginGroup(groupFor(id));
        Account account;
        account.id = id;
        account.displayName = normalizedName(m_settings->value(QStringLiteral("displayName")).toString());
        const QString provider = m_settings->value(QStringLiteral("provider")).toString();
        account.apiUrl = QUrl(m_settings->value(QStringLiteral("apiUrl")).toString());
        account.authUrl = QUrl(m_settings->value(QStringLiteral("authUrl")).toString());
        account.organizationId = m_settings->value(QStringLiteral("organizationId")).toString().trimmed();
        account.region = m_settings->value(QStringLiteral("region")).toString();
        account.isDemo = m_settings->value(QStringLiteral("demo"), false).toBool();
        m_settings->endGroup();

        const QString label = account.displayName.isEmpty() ? id : account.displayName;
        if (!isValidId(id)) {
            m_loadProblems << tr("The account entry “%1” has an unusable id and was skipped.").arg(id);
            continue;
        }
        if (!providerFromKey(provider, &account.provider)) {
            m_loadProblems << tr("The account “%1” names an unknown provider “%2” and was skipped.").arg(label, provider);
            continue;
        }
        if (account.displayName.isEmpty())
            account.displayName = tr("%1 account").arg(providerDisplayName(account.provider));
        applyDefaults(&account);
        QString problem;
        if (!ProviderEndpoints::isAcceptableApiUrl(account.apiUrl, &problem)
            || (account.provider == Provider::Scalingo && !ProviderEndpoints::isAcceptableApiUrl(account.authUrl, &problem))) {
            m_loadProblems << tr("The account “%1” was skipped: %2").arg(label, problem);
            continue;
        }
        m_accounts.append(account);
    }
}
