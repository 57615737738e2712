#include "accountscommand.h"

#include "accounts/accountformbackend.h"
#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "composition.h"
#include "store/accountstore.h"
#include "store/providerendpoints.h"

#include <QIODevice>
#include <QTimer>

namespace
{
constexpr auto ConnectionTestTimeout = std::chrono::seconds(20);

Provider providerOf(const CommandLineOptions &options)
{
    Provider provider = Provider::SkySql;
    providerFromKey(options.provider, &provider);
    return provider;
}
}

namespace CommandLineAccount
{
QString secretVariable(Provider provider)
{
    return provider == Provider::SkySql ? QStringLiteral("BILLDECK_SKYSQL_API_KEY")
                                        : QStringLiteral("BILLDECK_SCALINGO_TOKEN");
}

bool fromOptions(const CommandLineOptions &options, const QProcessEnvironment &environment, Account *account,
                 QString *secret, QString *error)
{
    const Provider provider = providerOf(options);
    const QString variable = secretVariable(provider);
    *secret = environment.value(variable).trimmed();
    if (secret->isEmpty()) {
        *error = QObject::tr("--provider %1 reads the %2 from the environment variable %3, which is not set. "
                             "(It is never taken as an argument, so it stays out of the shell history.)")
                     .arg(options.provider, provider == Provider::SkySql ? QObject::tr("API key")
                                                                        : QObject::tr("API token"),
                          variable);
        return false;
    }
    Account result;
    result.id = QStringLiteral("command-line");
    result.displayName = QObject::tr("%1 (command line)").arg(providerDisplayName(provider));
    result.provider = provider;
    if (provider == Provider::SkySql) {
        result.apiUrl = options.apiUrl.isEmpty() ? ProviderEndpoints::skySqlApiUrl()
                                                 : ProviderEndpoints::parseApiUrl(options.apiUrl);
        result.organizationId = options.organizationId;
    } else if (!options.apiUrl.isEmpty()) {
        result.region = ProviderEndpoints::customRegionKey();
        result.apiUrl = ProviderEndpoints::parseApiUrl(options.apiUrl);
        result.authUrl = options.authUrl.isEmpty() ? ProviderEndpoints::scalingoAuthUrl()
                                                   : ProviderEndpoints::parseApiUrl(options.authUrl);
        result.billingUrl = ProviderEndpoints::parseApiUrl(options.billingUrl);
    } else {
        ScalingoRegion region;
        result.region = options.region.isEmpty() ? ProviderEndpoints::defaultScalingoRegionKey() : options.region;
        ProviderEndpoints::scalingoRegion(result.region, &region);
        result.apiUrl = region.apiUrl;
        result.authUrl = options.authUrl.isEmpty() ? ProviderEndpoints::scalingoAuthUrl()
                                                   : ProviderEndpoints::parseApiUrl(options.authUrl);
        result.billingUrl = ProviderEndpoints::parseApiUrl(options.billingUrl);
    }
    // The parser checked these already; a caller building options by hand is held to the same rule.
    for (const QUrl &url : {result.apiUrl, result.authUrl, result.billingUrl}) {
        QString problem;
        if (!url.isEmpty() && !ProviderEndpoints::isAcceptableApiUrl(url, &problem)) {
            *error = QObject::tr("%1 is refused: %2").arg(url.toString(), problem);
            return false;
        }
    }
    *account = result;
    return true;
}
}

StartupAccounts::StartupAccounts(Composition *composition, const CommandLineOptions &options,
                                 const QProcessEnvironment &environment, Use use, QObject *parent)
    : QObject(parent)
    , m_composition(composition)
    , m_options(options)
    , m_environment(environment)
    , m_use(use)
{
}

void StartupAccounts::start()
{
    QString problem;
    if (m_options.demo && !m_composition->addDemoAccount(&problem)) {
        fail(problem, CommandLine::ExitFailure);
        return;
    }
    if (!m_options.provider.isEmpty()) {
        Account account;
        QString secret;
        if (!CommandLineAccount::fromOptions(m_options, m_environment, &account, &secret, &problem)) {
            fail(problem, CommandLine::ExitUsage);
            return;
        }
        m_composition->accounts()->add(account, secret);
        m_commandLineAccountId = account.id;
    }
    AccountManager *manager = m_composition->accountManager();
    // The window always offers the saved accounts; an export of the demo or of a --provider
    // account is about that account alone.
    const bool loadSaved = manager
        && (m_use == Use::Window || (m_options.provider.isEmpty() && !m_options.demo));
    if (!loadSaved) {
        QTimer::singleShot(0, this, &StartupAccounts::finish);
        return;
    }
    connect(manager, &AccountManager::problemFound, this, [this](const QString &message) {
        m_problems << message;
        Q_EMIT problemFound(message);
    });
    connect(manager, &AccountManager::savedAccountsConnected, this, &StartupAccounts::savedAccountsConnected,
            Qt::SingleShotConnection);
    manager->connectSavedAccounts();
}

void StartupAccounts::savedAccountsConnected()
{
    if (m_use == Use::Export && !m_problems.isEmpty()) {
        fail(m_problems.join(QLatin1Char(' ')), CommandLine::ExitFailure);
        return;
    }
    finish();
}

void StartupAccounts::finish()
{
    if (m_done)
        return;
    AccountRegistry *registry = m_composition->accounts();
    if (m_options.account.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        registry->setShownAccountId(QString());
    } else if (!m_options.account.isEmpty()) {
        AccountConnection *chosen = registry->connectionNamed(m_options.account);
        if (!chosen) {
            QStringList names;
            const QList<AccountConnection *> connections = registry->connections();
            for (AccountConnection *connection : connections)
                names << QStringLiteral("“%1”").arg(connection->account().displayName);
            fail(names.isEmpty() ? tr("No account is called “%1”: there is no account yet.").arg(m_options.account)
                                 : tr("No account is called “%1”. Accounts: %2, or all.")
                                       .arg(m_options.account, names.join(QStringLiteral(", "))),
                 CommandLine::ExitUsage);
            return;
        }
        registry->setShownAccountId(chosen->account().id);
    } else if (!m_commandLineAccountId.isEmpty()) {
        registry->setShownAccountId(m_commandLineAccountId);
    }
    if (m_use == Use::Export && registry->isEmpty()) {
        fail(tr("No billing account is set up: add one with `billdeck accounts add`, or use --demo or --provider "
                "(see `billdeck --help`)."),
             CommandLine::ExitUsage);
        return;
    }
    m_done = true;
    Q_EMIT ready();
}

void StartupAccounts::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    // Always from the event loop, so callers can connect after start().
    QTimer::singleShot(0, this, [this, message, exitCode] { Q_EMIT failed(message, exitCode); });
}

AccountsCommand::AccountsCommand(Composition *composition, const CommandLineOptions &options,
                                 const QProcessEnvironment &environment, QIODevice *output, QIODevice *errors,
                                 QObject *parent)
    : QObject(parent)
    , m_composition(composition)
    , m_options(options)
    , m_environment(environment)
    , m_output(output)
    , m_errors(errors)
{
}

AccountsCommand::~AccountsCommand() = default;

void AccountsCommand::start()
{
    QTimer::singleShot(0, this, [this] {
        switch (m_options.mode) {
        case CommandLineOptions::Mode::AccountsAdd:
            add();
            return;
        case CommandLineOptions::Mode::AccountsList:
            list();
            return;
        case CommandLineOptions::Mode::AccountsRemove:
            remove();
            return;
        default:
            finish(CommandLine::ExitUsage, tr("billdeck: not an accounts command."));
            return;
        }
    });
}

void AccountsCommand::add()
{
    const Provider provider = providerOf(m_options);
    const QString variable = CommandLineAccount::secretVariable(provider);
    const QString secret = m_environment.value(variable).trimmed();
    if (secret.isEmpty()) {
        finish(CommandLine::ExitUsage,
               tr("billdeck: set the environment variable %1 to the account's %2; it is never taken as an "
                  "argument.").arg(variable, provider == Provider::SkySql ? tr("API key") : tr("API token")));
        return;
    }
    // The same rules as the Accounts dialog: one form backend decides what may be saved.
    m_form = new AccountFormBackend(this);
    m_form->setExistingAccounts(m_composition->accountManager()->accounts());
    m_form->setProvider(provider);
    m_form->setDisplayName(m_options.name);
    if (provider == Provider::SkySql) {
        m_form->setApiKey(secret);
        m_form->setOrganizationId(m_options.organizationId);
        m_form->setCustomApiUrl(m_options.apiUrl);
    } else if (!m_options.apiUrl.isEmpty()) {
        m_form->setToken(secret);
        m_form->setRegion(ProviderEndpoints::customRegionKey());
        m_form->setCustomApiUrl(m_options.apiUrl);
        m_form->setCustomAuthUrl(m_options.authUrl);
    } else {
        m_form->setToken(secret);
        m_form->setRegion(m_options.region.isEmpty() ? ProviderEndpoints::defaultScalingoRegionKey()
                                                     : m_options.region);
    }
    if (!m_form->validate()) {
        QStringList problems;
        for (const QString &problem : {m_form->displayNameError(), m_form->secretError(),
                                       m_form->organizationIdError(), m_form->apiUrlError(),
                                       m_form->authUrlError()}) {
            if (!problem.isEmpty())
                problems << problem;
        }
        finish(CommandLine::ExitUsage, tr("billdeck: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    m_errors->write(tr("Testing the connection to %1…\n").arg(m_form->account().apiUrl.host()).toUtf8());
    connect(m_form, &AccountFormBackend::testStateChanged, this, &AccountsCommand::tested);
    m_form->setTestTimeout(ConnectionTestTimeout);
    m_form->testConnection(m_composition->network());
}

void AccountsCommand::tested()
{
    const AccountFormBackend::TestState state = m_form->testState();
    if (state == AccountFormBackend::TestState::Testing || state == AccountFormBackend::TestState::Idle)
        return;
    if (state != AccountFormBackend::TestState::Works) {
        const QString beside = m_form->secretError().isEmpty() ? m_form->apiUrlError() : m_form->secretError();
        finish(CommandLine::ExitFailure, tr("billdeck: nothing was saved: %1")
                                             .arg(beside.isEmpty() ? m_form->testMessage() : beside));
        return;
    }
    Account account = m_form->account();
    if (!m_options.billingUrl.isEmpty())
        account.billingUrl = ProviderEndpoints::parseApiUrl(m_options.billingUrl);
    m_composition->accountManager()->save(
        account, m_form->secret(), AccountManager::SecretLocation::Keychain, this,
        [this, account](const QString &accountId, const SecretStoreError &error) {
            if (error.kind == SecretStoreError::Kind::NoKeychain) {
                finish(CommandLine::ExitFailure,
                       tr("billdeck: no keychain is available on this system, so Billdeck cannot store the key "
                          "safely; nothing was saved. Without a keychain, use --provider with %1 instead.")
                           .arg(CommandLineAccount::secretVariable(account.provider)));
                return;
            }
            if (error.isError()) {
                finish(CommandLine::ExitFailure, tr("billdeck: nothing was saved: %1").arg(error.message));
                return;
            }
            Q_UNUSED(accountId);
            m_output->write(tr("Saved “%1” (%2, %3). Its key is in the system keychain.\n")
                                .arg(account.displayName, providerDisplayName(account.provider),
                                     account.apiUrl.toString())
                                .toUtf8());
            finish(CommandLine::ExitSuccess, QString());
        });
}

void AccountsCommand::list()
{
    AccountStore *store = m_composition->accountManager()->store();
    const QList<Account> accounts = store->accounts();
    for (const Account &account : accounts) {
        QStringList fields{account.displayName, providerKey(account.provider), account.apiUrl.toString()};
        if (!account.organizationId.isEmpty())
            fields << account.organizationId;
        m_output->write(fields.join(QLatin1Char('\t')).toUtf8() + '\n');
    }
    for (const QString &problem : store->loadProblems())
        m_errors->write(tr("billdeck: %1\n").arg(problem).toUtf8());
    if (accounts.isEmpty())
        m_errors->write(tr("No account is saved yet: add one with `billdeck accounts add`.\n").toUtf8());
    finish(CommandLine::ExitSuccess, QString());
}

void AccountsCommand::remove()
{
    AccountStore *store = m_composition->accountManager()->store();
    QString found;
    const QList<Account> accounts = store->accounts();
    for (const Account &account : accounts) {
        if (account.displayName.compare(m_options.name, Qt::CaseInsensitive) == 0)
            found = account.id;
    }
    if (found.isEmpty()) {
        finish(CommandLine::ExitUsage, tr("billdeck: no saved account is called “%1”.").arg(m_options.name));
        return;
    }
    const QString name = store->account(found).displayName;
    m_composition->accountManager()->remove(found, this, [this, name](const SecretStoreError &error) {
        if (error.isError()) {
            finish(CommandLine::ExitFailure,
                   tr("billdeck: “%1” was removed, but its key could not be deleted from the keychain: %2")
                       .arg(name, error.message));
            return;
        }
        m_output->write(tr("Removed “%1” and its key.\n").arg(name).toUtf8());
        finish(CommandLine::ExitSuccess, QString());
    });
}

void AccountsCommand::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!message.isEmpty())
        m_errors->write(message.toUtf8() + '\n');
    Q_EMIT finished(exitCode);
}
