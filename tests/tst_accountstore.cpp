// AccountStore over a temporary settings file, MemorySecretStore, and the promise that no
// secret reaches a file: an account is saved with its key through the same path the Accounts
// dialog takes, then every file written under the test's config/cache/data homes is searched.

#include "accounts/accountformbackend.h"
#include "store/accountstore.h"
#include "store/providerendpoints.h"
#include "store/secretstore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {

QStringList g_logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines << QStringLiteral("%1: %2").arg(QString::fromUtf8(context.category ? context.category : ""), message);
}

Account skySqlAccount(const QString &name)
{
    Account account;
    account.displayName = name;
    account.provider = Provider::SkySql;
    account.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    account.organizationId = QStringLiteral("org-1234");
    return account;
}

Account scalingoAccount(const QString &name, const QString &region)
{
    Account account;
    account.displayName = name;
    account.provider = Provider::Scalingo;
    account.region = region;
    return account;
}

QStringList namesOf(const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &account : accounts)
        names << account.displayName;
    return names;
}

} // namespace

class TestAccountStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void addAssignsAnIdAndSurvivesReload();
    void scalingoAccountsGetTheirRegionEndpoints();
    void renameUpdateRemoveAndSignals();
    void orderSurvivesRemovalAndReload();
    void refusesWhatCannotBeUsed_data();
    void refusesWhatCannotBeUsed();
    void refusesDuplicateAndUnusableIds();
    void unreadableEntriesAreReportedAndKept();
    void settingsHoldOnlyKnownKeys();

    void memoryStoreRoundTrip();
    void memoryStoreAnswersLaterAndOnlyToLiveContexts();

    void secretAppearsInNoFileOrLog();

private:
    QString settingsPath() const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before any QSettings exists: the default-constructed one caches these paths.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Billdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("billdeck-test"));
}

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestAccountStore::settingsPath() const
{
    return m_dir->filePath(QStringLiteral("billdeck.conf"));
}

void TestAccountStore::addAssignsAnIdAndSurvivesReload()
{
    QString id;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(&settings);
        QVERIFY(store.isEmpty());
        id = store.add(skySqlAccount(QStringLiteral("  Production   EU ")));
        QVERIFY2(!id.isEmpty(), qPrintable(store.errorString()));
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(store.contains(id));
        QCOMPARE(store.account(id).displayName, QStringLiteral("Production EU"));
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore reloaded(&settings);
    QCOMPARE(reloaded.accounts().size(), 1);
    const Account account = reloaded.account(id);
    QCOMPARE(account.id, id);
    QCOMPARE(account.displayName, QStringLiteral("Production EU"));
    QCOMPARE(account.provider, Provider::SkySql);
    QCOMPARE(account.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(account.organizationId, QStringLiteral("org-1234"));
    QCOMPARE(account.isDemo, false);
    QVERIFY(reloaded.loadProblems().isEmpty());

    // No URL means the provider's own.
    Account plain = skySqlAccount(QStringLiteral("Plain"));
    plain.apiUrl = QUrl();
    plain.isDemo = true;
    const QString plainId = reloaded.add(plain);
    QVERIFY(!plainId.isEmpty());
    QCOMPARE(reloaded.account(plainId).apiUrl, ProviderEndpoints::skySqlApiUrl());
    reloaded.reload();
    QCOMPARE(reloaded.account(plainId).isDemo, true);
    QCOMPARE(reloaded.account(plainId).apiUrl, ProviderEndpoints::skySqlApiUrl());
}

void TestAccountStore::scalingoAccountsGetTheirRegionEndpoints()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    const QString secnum = store.add(scalingoAccount(QStringLiteral("SecNum"), QStringLiteral("osc-secnum-fr1")));
    QVERIFY2(!secnum.isEmpty(), qPrintable(store.errorString()));
    Account custom = scalingoAccount(QStringLiteral("Local"), ProviderEndpoints::customRegionKey());
    custom.apiUrl = QUrl(QStringLiteral("http://localhost:9000"));
    custom.authUrl = QUrl(QStringLiteral("http://localhost:9001"));
    const QString customId = store.add(custom);
    QVERIFY2(!customId.isEmpty(), qPrintable(store.errorString()));

    store.reload();
    const Account secnumAccount = store.account(secnum);
    QCOMPARE(secnumAccount.region, QStringLiteral("osc-secnum-fr1"));
    QCOMPARE(secnumAccount.apiUrl, QUrl(QStringLiteral("https://api.osc-secnum-fr1.scalingo.com")));
    QCOMPARE(secnumAccount.authUrl, QUrl(QStringLiteral("https://auth.scalingo.com")));
    const Account customAccount = store.account(customId);
    QCOMPARE(customAccount.region, QStringLiteral("custom"));
    QCOMPARE(customAccount.apiUrl, QUrl(QStringLiteral("http://localhost:9000")));
    QCOMPARE(customAccount.authUrl, QUrl(QStringLiteral("http://localhost:9001")));

    ScalingoRegion fr1;
    QVERIFY(ProviderEndpoints::scalingoRegion(QStringLiteral("osc-fr1"), &fr1));
    QCOMPARE(fr1.apiUrl, QUrl(QStringLiteral("https://api.osc-fr1.scalingo.com")));
    QVERIFY(!ProviderEndpoints::scalingoRegion(QStringLiteral("custom"), nullptr));
    QCOMPARE(ProviderEndpoints::scalingoRegions().size(), 2);
}

void TestAccountStore::renameUpdateRemoveAndSignals()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QSignalSpy added(&store, &AccountStore::accountAdded);
    QSignalSpy changed(&store, &AccountStore::accountChanged);
    QSignalSpy removed(&store, &AccountStore::accountRemoved);

    const QString id = store.add(skySqlAccount(QStringLiteral("Staging")));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);

    QVERIFY(store.rename(id, QStringLiteral("Staging (old)")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.account(id).displayName, QStringLiteral("Staging (old)"));
    // Renaming to its own name in another case is not a clash with itself.
    QVERIFY2(store.rename(id, QStringLiteral("STAGING (old)")), qPrintable(store.errorString()));

    Account updated = store.account(id);
    updated.organizationId = QStringLiteral("org-9");
    updated.apiUrl = QUrl(QStringLiteral("https://api.example.com"));
    QVERIFY(store.update(updated));
    QCOMPARE(changed.size(), 3);

    store.reload();
    QCOMPARE(store.account(id).organizationId, QStringLiteral("org-9"));
    QCOMPARE(store.account(id).apiUrl, QUrl(QStringLiteral("https://api.example.com")));
    QCOMPARE(store.account(id).displayName, QStringLiteral("STAGING (old)"));

    QVERIFY(store.remove(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.contains(id));
    QVERIFY(!store.remove(id));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.rename(id, QStringLiteral("Ghost")));
    store.reload();
    QVERIFY(store.isEmpty());
    settings.sync();
    QVERIFY(!settings.childGroups().contains(QStringLiteral("accounts"))
            || settings.value(QStringLiteral("accounts/order")).toStringList().isEmpty());
}

void TestAccountStore::orderSurvivesRemovalAndReload()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    const QString a = store.add(skySqlAccount(QStringLiteral("Zulu")));
    const QString b = store.add(scalingoAccount(QStringLiteral("Alpha"), QStringLiteral("osc-fr1")));
    const QString c = store.add(skySqlAccount(QStringLiteral("Mike")));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QCOMPARE(namesOf(store.accounts()), (QStringList{QStringLiteral("Zulu"), QStringLiteral("Alpha"), QStringLiteral("Mike")}));
    QVERIFY(store.remove(b));

    QSettings again(settingsPath(), QSettings::IniFormat);
    AccountStore reloaded(&again);
    QCOMPARE(namesOf(reloaded.accounts()), (QStringList{QStringLiteral("Zulu"), QStringLiteral("Mike")}));
}

void TestAccountStore::refusesWhatCannotBeUsed_data()
{
    QTest::addColumn<Account>("account");

    QTest::newRow("empty name") << skySqlAccount(QStringLiteral("   "));
    QTest::newRow("same name, other case") << skySqlAccount(QStringLiteral(" production"));
    Account plainHttp = skySqlAccount(QStringLiteral("Plain http"));
    plainHttp.apiUrl = QUrl(QStringLiteral("http://api.example.com"));
    QTest::newRow("http to a remote host") << plainHttp;
    Account relative = skySqlAccount(QStringLiteral("Relative"));
    relative.apiUrl = QUrl(QStringLiteral("api.example.com"));
    QTest::newRow("no scheme") << relative;
    Account ftp = skySqlAccount(QStringLiteral("Ftp"));
    ftp.apiUrl = QUrl(QStringLiteral("ftp://api.example.com"));
    QTest::newRow("ftp") << ftp;
    Account scalingoHttp = scalingoAccount(QStringLiteral("Scalingo http"), ProviderEndpoints::customRegionKey());
    scalingoHttp.apiUrl = QUrl(QStringLiteral("https://api.example.com"));
    scalingoHttp.authUrl = QUrl(QStringLiteral("http://auth.example.com"));
    QTest::newRow("scalingo auth over http") << scalingoHttp;
}

void TestAccountStore::refusesWhatCannotBeUsed()
{
    QFETCH(Account, account);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    const QString existing = store.add(skySqlAccount(QStringLiteral("Production")));
    QVERIFY(!existing.isEmpty());
    QFile before(settingsPath());
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = before.readAll();
    before.close();

    QSignalSpy added(&store, &AccountStore::accountAdded);
    QVERIFY(store.add(account).isEmpty());
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(added.size(), 0);
    QCOMPARE(store.accounts().size(), 1);

    // The same values are refused as an update of the existing account too.
    Account asUpdate = account;
    asUpdate.id = existing;
    if (account.displayName.trimmed().compare(QLatin1String("production"), Qt::CaseInsensitive) != 0) {
        QVERIFY(!store.update(asUpdate));
        QCOMPARE(store.account(existing).displayName, QStringLiteral("Production"));
    }

    settings.sync();
    QFile after(settingsPath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytesBefore);
}

void TestAccountStore::refusesDuplicateAndUnusableIds()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    Account demo = skySqlAccount(QStringLiteral("Demo"));
    demo.id = QStringLiteral("demo");
    demo.isDemo = true;
    QCOMPARE(store.add(demo), QStringLiteral("demo"));

    Account again = skySqlAccount(QStringLiteral("Demo 2"));
    again.id = QStringLiteral("demo");
    QVERIFY(store.add(again).isEmpty());

    Account slashed = skySqlAccount(QStringLiteral("Slashed"));
    slashed.id = QStringLiteral("../accounts/x");
    QVERIFY(store.add(slashed).isEmpty());
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(store.accounts().size(), 1);
}

void TestAccountStore::unreadableEntriesAreReportedAndKept()
{
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("accounts/aws-1/displayName"), QStringLiteral("Cloud X"));
        settings.setValue(QStringLiteral("accounts/aws-1/provider"), QStringLiteral("aws"));
        settings.setValue(QStringLiteral("accounts/leaky/displayName"), QStringLiteral("Leaky"));
        settings.setValue(QStringLiteral("accounts/leaky/provider"), QStringLiteral("skysql"));
        settings.setValue(QStringLiteral("accounts/leaky/apiUrl"), QStringLiteral("http://billing.example.com"));
        settings.setValue(QStringLiteral("accounts/fine/displayName"), QStringLiteral("Fine"));
        settings.setValue(QStringLiteral("accounts/fine/provider"), QStringLiteral("SkySQL"));
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QCOMPARE(namesOf(store.accounts()), QStringList{QStringLiteral("Fine")});
    const QStringList problems = store.loadProblems();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("aws")), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("Leaky")));

    // Saving other accounts leaves them as they were, for a newer Billdeck or a hand fix.
    QVERIFY(!store.add(skySqlAccount(QStringLiteral("New"))).isEmpty());
    QVERIFY(store.remove(QStringLiteral("fine")));
    QSettings reread(settingsPath(), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("accounts/aws-1/provider")).toString(), QStringLiteral("aws"));
    QCOMPARE(reread.value(QStringLiteral("accounts/leaky/apiUrl")).toString(), QStringLiteral("http://billing.example.com"));
    QVERIFY(reread.value(QStringLiteral("accounts/order")).toStringList().contains(QStringLiteral("aws-1")));
}

void TestAccountStore::settingsHoldOnlyKnownKeys()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QVERIFY(!store.add(skySqlAccount(QStringLiteral("Sky"))).isEmpty());
    Account custom = scalingoAccount(QStringLiteral("Custom"), ProviderEndpoints::customRegionKey());
    custom.apiUrl = QUrl(QStringLiteral("https://scalingo.example.com"));
    custom.isDemo = true;
    QVERIFY(!store.add(custom).isEmpty());

    const QSet<QString> allowed{QStringLiteral("displayName"), QStringLiteral("provider"), QStringLiteral("apiUrl"),
                                QStringLiteral("authUrl"), QStringLiteral("organizationId"), QStringLiteral("region"),
                                QStringLiteral("demo"), QStringLiteral("order")};
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(allowed.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
}

void TestAccountStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QVERIFY(!store.keepsSecretsAfterQuit());
    QObject context;
    SecretStoreError lastError;
    QString lastSecret;
    int answers = 0;
    const auto read = [&](const QString &id) {
        store.readSecret(id, &context, [&](const QString &secret, const SecretStoreError &error) {
            lastSecret = secret;
            lastError = error;
            ++answers;
        });
    };
    const auto done = [&](const SecretStoreError &error) {
        lastError = error;
        ++answers;
    };

    read(QStringLiteral("a"));
    QTRY_COMPARE(answers, 1);
    QCOMPARE(lastError.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(!lastError.message.isEmpty());

    store.writeSecret(QStringLiteral("a"), QStringLiteral("key-a"), &context, done);
    QTRY_COMPARE(answers, 2);
    QVERIFY(!lastError.isError());
    store.writeSecret(QStringLiteral("a"), QStringLiteral("key-a2"), &context, done);
    store.writeSecret(QStringLiteral("b"), QStringLiteral("key-b"), &context, done);
    QTRY_COMPARE(answers, 4);
    read(QStringLiteral("a"));
    QTRY_COMPARE(answers, 5);
    QCOMPARE(lastSecret, QStringLiteral("key-a2"));

    store.deleteSecret(QStringLiteral("a"), &context, done);
    QTRY_COMPARE(answers, 6);
    QVERIFY(!lastError.isError());
    read(QStringLiteral("a"));
    QTRY_COMPARE(answers, 7);
    QCOMPARE(lastError.kind, SecretStoreError::Kind::NotFound);
    read(QStringLiteral("b"));
    QTRY_COMPARE(answers, 8);
    QCOMPARE(lastSecret, QStringLiteral("key-b"));

    store.writeSecret(QString(), QStringLiteral("orphan"), &context, done);
    QTRY_COMPARE(answers, 9);
    QCOMPARE(lastError.kind, SecretStoreError::Kind::Other);
}

void TestAccountStore::memoryStoreAnswersLaterAndOnlyToLiveContexts()
{
    MemorySecretStore store;
    bool called = false;
    QObject context;
    store.writeSecret(QStringLiteral("a"), QStringLiteral("k"), &context, [&called](const SecretStoreError &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    bool calledGone = false;
    auto *gone = new QObject;
    store.readSecret(QStringLiteral("a"), gone, [&calledGone](const QString &, const SecretStoreError &) { calledGone = true; });
    delete gone;
    bool calledAfter = false;
    store.readSecret(QStringLiteral("a"), &context, [&calledAfter](const QString &, const SecretStoreError &) { calledAfter = true; });
    QTRY_VERIFY(calledAfter);
    QVERIFY(!calledGone);
}

void TestAccountStore::secretAppearsInNoFileOrLog()
{
    // Under run-with-keyring.sh (ctest) this is the real keychain; run by hand, memory.
    const bool privateKeyring = qEnvironmentVariable("BILLDECK_PRIVATE_KEYRING") == QLatin1String("1");
    std::unique_ptr<SecretStore> secrets;
    if (privateKeyring) {
        auto keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("Billdeck-test"));
        bool answered = false;
        bool available = false;
        QString why;
        keychain->isAvailable(this, [&](bool isAvailable, const SecretStoreError &error) {
            answered = true;
            available = isAvailable;
            why = error.message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QVERIFY2(available, qPrintable(why));
        secrets = std::move(keychain);
    } else {
        secrets = std::make_unique<MemorySecretStore>();
    }

    const QString secret = QStringLiteral("sk-live-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString marker = QStringLiteral("Marker account %1").arg(QUuid::createUuid().toString(QUuid::Id128));

    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previousHandler = qInstallMessageHandler(captureMessage);

    QString accountId;
    {
        QSettings settings;  // the app's own default location, under the test's XDG_CONFIG_HOME
        AccountStore store(&settings);
        AccountFormBackend form;
        form.setExistingAccounts(store.accounts());
        form.setDisplayName(marker);
        form.setCustomApiUrl(QStringLiteral("http://127.0.0.1:9"));
        form.setApiKey(secret + QLatin1Char('\n'));
        form.setOrganizationId(QStringLiteral("org-42"));
        QVERIFY(form.validate());
        accountId = store.add(form.account());
        QVERIFY2(!accountId.isEmpty(), qPrintable(store.errorString()));

        bool written = false;
        secrets->writeSecret(accountId, form.secret(), this, [&written](const SecretStoreError &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        form.markSaved(accountId);
        QVERIFY(!form.isDirty());
        // A rename and a reload rewrite the settings; still nothing secret may land there.
        QVERIFY(store.rename(accountId, marker + QStringLiteral(" (renamed)")));
        store.reload();
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    // "Restart": a new store finds the account, the secret store finds the key.
    {
        QSettings settings;
        AccountStore store(&settings);
        QVERIFY(store.contains(accountId));
        QString readBack;
        bool read = false;
        secrets->readSecret(accountId, this, [&](const QString &value, const SecretStoreError &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            readBack = value;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 15000);
        QCOMPARE(readBack, secret);
    }

    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    const QByteArray needle = secret.toUtf8();
    const QByteArray needleUtf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    int filesRead = 0;
    bool markerFound = false;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        ++filesRead;
        QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("the secret is in %1").arg(path)));
        QVERIFY2(!bytes.contains(needleUtf16), qPrintable(QStringLiteral("the secret is in %1 (UTF-16)").arg(path)));
        markerFound = markerFound || bytes.contains(marker.toUtf8());
    }
    // The search would have found it: the settings file was there and holds the account.
    QVERIFY(filesRead >= 1);
    QVERIFY2(markerFound, "the account's settings were not found under the test's config home");
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("the secret was logged")));

    bool deleted = false;
    secrets->deleteSecret(accountId, this, [&deleted](const SecretStoreError &) { deleted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 15000);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
