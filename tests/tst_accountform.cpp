// AccountFormBackend without widgets: validation, error visibility, dirty tracking, and the
// "Test connection" states against the demo backend on 127.0.0.1 over real HTTP.

#include "accounts/accountformbackend.h"
#include "demoserver.h"
#include "store/providerendpoints.h"
#include "support/demoserverfixture.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

namespace {

constexpr int NetworkTimeoutMs = 20000;

QStringList g_logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // QHttpServer's own debug output belongs to the demo server, which shares this process only
    // in tests; it prints whole requests, headers included. The client's side is what is checked.
    if (context.category && QByteArray(context.category).startsWith("qt.httpserver"))
        return;
    g_logLines << message;
}

Account existing(const QString &id, const QString &name)
{
    Account account;
    account.id = id;
    account.displayName = name;
    account.apiUrl = ProviderEndpoints::skySqlApiUrl();
    return account;
}

// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestAccountForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validation_data();
    void validation();
    void errorsWaitUntilTouchedOrValidated();
    void ownNameIsNotADuplicate();
    void dirtyTracking();
    void loadAndAccountRoundTrip();
    void providerSwitchKeepsEachSecret();

    void skySqlRightKeyWorks();
    void skySqlWrongKeyIsShownBesideTheKey();
    void skySqlWrongOrganizationIsWrongKey();
    void closedPortIsUnreachable();
    void stalledServerTimesOut();
    void invalidFormIsNotSent();
    void editingDuringATestCancelsIt();
    void scalingoRightTokenWorks();
    void scalingoWrongTokenIsWrongKey();
    void secretIsNeverLogged();

private:
    void fillSkySql(AccountFormBackend &form, const QString &key);
    void fillScalingo(AccountFormBackend &form, const QString &token);

    std::unique_ptr<DemoServer> m_demo;
    QNetworkAccessManager m_network;
};

void TestAccountForm::initTestCase()
{
    m_demo = TestSupport::startDemoServer();
    QVERIFY(m_demo);
    m_demo->setScalingoRateLimitEnabled(false);
}

void TestAccountForm::fillSkySql(AccountFormBackend &form, const QString &key)
{
    form.setProvider(Provider::SkySql);
    form.setDisplayName(QStringLiteral("Demo SkySQL"));
    form.setCustomApiUrl(m_demo->baseUrl().toString());
    form.setApiKey(key);
    form.setTestTimeout(std::chrono::seconds(10));
}

void TestAccountForm::fillScalingo(AccountFormBackend &form, const QString &token)
{
    form.setProvider(Provider::Scalingo);
    form.setDisplayName(QStringLiteral("Demo Scalingo"));
    form.setRegion(ProviderEndpoints::customRegionKey());
    form.setCustomApiUrl(m_demo->baseUrl().toString());
    form.setCustomAuthUrl(m_demo->baseUrl().toString());
    form.setToken(token);
    form.setTestTimeout(std::chrono::seconds(10));
}

void TestAccountForm::validation_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("failingField");  // the one error property expected set

    const QString custom = ProviderEndpoints::customRegionKey();
    const Provider sky = Provider::SkySql;
    const Provider sca = Provider::Scalingo;
    const QString key = QStringLiteral("demo-skysql-key");

    QTest::newRow("skysql, default address") << sky << "Production" << key << QString() << QString() << QString() << true << QString();
    QTest::newRow("empty name") << sky << "   " << key << QString() << QString() << QString() << false << "displayNameError";
    QTest::newRow("duplicate name") << sky << "Staging" << key << QString() << QString() << QString() << false << "displayNameError";
    QTest::newRow("duplicate name, other case and spaces") << sky << "  staging " << key << QString() << QString() << QString() << false << "displayNameError";
    QTest::newRow("empty key") << sky << "Production" << QString() << QString() << QString() << QString() << false << "secretError";
    QTest::newRow("key with a space inside") << sky << "Production" << "demo skysql" << QString() << QString() << QString() << false << "secretError";
    QTest::newRow("key with newline at the end") << sky << "Production" << "demo-skysql-key\n" << QString() << QString() << QString() << true << QString();
    QTest::newRow("http to a remote host") << sky << "Production" << key << QString() << "http://example.com" << QString() << false << "apiUrlError";
    QTest::newRow("http to 127.0.0.1") << sky << "Production" << key << QString() << "http://127.0.0.1:8080" << QString() << true << QString();
    QTest::newRow("http to 127.8.9.10") << sky << "Production" << key << QString() << "http://127.8.9.10:8080" << QString() << true << QString();
    QTest::newRow("http to localhost") << sky << "Production" << key << QString() << "http://localhost:8080/" << QString() << true << QString();
    QTest::newRow("http to ::1") << sky << "Production" << key << QString() << "http://[::1]:8080" << QString() << true << QString();
    QTest::newRow("http to a private LAN address") << sky << "Production" << key << QString() << "http://192.168.1.2" << QString() << false << "apiUrlError";
    QTest::newRow("https") << sky << "Production" << key << QString() << "https://billing.example.com/api" << QString() << true << QString();
    QTest::newRow("garbage") << sky << "Production" << key << QString() << "not a url" << QString() << false << "apiUrlError";
    QTest::newRow("no scheme") << sky << "Production" << key << QString() << "api.example.com" << QString() << false << "apiUrlError";
    QTest::newRow("ftp") << sky << "Production" << key << QString() << "ftp://example.com" << QString() << false << "apiUrlError";
    QTest::newRow("credentials in the url") << sky << "Production" << key << QString() << "https://me:pw@example.com" << QString() << false << "apiUrlError";
    QTest::newRow("scalingo region") << sca << "Scalingo" << "tk-us-x" << "osc-secnum-fr1" << QString() << QString() << true << QString();
    QTest::newRow("scalingo region ignores the url") << sca << "Scalingo" << "tk-us-x" << "osc-fr1" << "garbage" << QString() << true << QString();
    QTest::newRow("scalingo empty token") << sca << "Scalingo" << QString() << "osc-fr1" << QString() << QString() << false << "secretError";
    QTest::newRow("scalingo unknown region") << sca << "Scalingo" << "tk-us-x" << "mars-1" << QString() << QString() << false << "apiUrlError";
    QTest::newRow("scalingo custom without url") << sca << "Scalingo" << "tk-us-x" << custom << QString() << QString() << false << "apiUrlError";
    QTest::newRow("scalingo custom http remote") << sca << "Scalingo" << "tk-us-x" << custom << "http://scalingo.example.com" << QString() << false << "apiUrlError";
    QTest::newRow("scalingo custom loopback") << sca << "Scalingo" << "tk-us-x" << custom << "http://127.0.0.1:1234" << "http://127.0.0.1:1234" << true << QString();
    QTest::newRow("scalingo custom auth http remote") << sca << "Scalingo" << "tk-us-x" << custom << "https://api.example.com" << "http://auth.example.com" << false << "authUrlError";
}

void TestAccountForm::validation()
{
    QFETCH(Provider, provider);
    QFETCH(QString, name);
    QFETCH(QString, secret);
    QFETCH(QString, region);
    QFETCH(QString, url);
    QFETCH(QString, authUrl);
    QFETCH(bool, valid);
    QFETCH(QString, failingField);

    AccountFormBackend form;
    form.setExistingAccounts({existing(QStringLiteral("a1"), QStringLiteral("Staging"))});
    form.setProvider(provider);
    form.setDisplayName(name);
    if (provider == Provider::SkySql)
        form.setApiKey(secret);
    else
        form.setToken(secret);
    if (!region.isEmpty())
        form.setRegion(region);
    form.setCustomApiUrl(url);
    form.setCustomAuthUrl(authUrl);

    QCOMPARE(form.validate(), valid);
    QCOMPARE(form.isValid(), valid);
    const QStringList errorProperties{QStringLiteral("displayNameError"), QStringLiteral("secretError"),
                                      QStringLiteral("organizationIdError"), QStringLiteral("apiUrlError"),
                                      QStringLiteral("authUrlError")};
    for (const QString &property : errorProperties) {
        const QString error = form.property(property.toLatin1().constData()).toString();
        if (property == failingField)
            QVERIFY2(!error.isEmpty(), qPrintable(property + QStringLiteral(" should say what is wrong")));
        else
            QVERIFY2(error.isEmpty(), qPrintable(property + QStringLiteral(": ") + error));
    }
}

void TestAccountForm::errorsWaitUntilTouchedOrValidated()
{
    AccountFormBackend form;
    QVERIFY(!form.isValid());
    QVERIFY(form.displayNameError().isEmpty());
    QVERIFY(form.secretError().isEmpty());

    QSignalSpy nameError(&form, &AccountFormBackend::displayNameErrorChanged);
    form.setDisplayName(QStringLiteral("x"));
    form.setDisplayName(QString());
    QCOMPARE(form.displayNameError(), QStringLiteral("Give the account a name."));
    QCOMPARE(nameError.size(), 1);
    QVERIFY(form.secretError().isEmpty());

    QVERIFY(!form.validate());
    QCOMPARE(form.secretError(), QStringLiteral("Enter the API key."));

    QSignalSpy validSpy(&form, &AccountFormBackend::validChanged);
    form.setDisplayName(QStringLiteral("Production"));
    form.setApiKey(QStringLiteral("k"));
    QVERIFY(form.isValid());
    QCOMPARE(validSpy.size(), 1);
    QVERIFY(form.displayNameError().isEmpty());
    QVERIFY(form.secretError().isEmpty());

    form.setProvider(Provider::Scalingo);
    QVERIFY(!form.isValid());
    QCOMPARE(form.secretLabel(), QStringLiteral("API token"));
    QCOMPARE(form.secretError(), QStringLiteral("Enter the API token."));

    // A new form starts clean again.
    form.clear();
    QVERIFY(form.displayNameError().isEmpty());
    QVERIFY(form.secretError().isEmpty());
    QCOMPARE(form.provider(), Provider::SkySql);
}

void TestAccountForm::ownNameIsNotADuplicate()
{
    AccountFormBackend form;
    const Account production = existing(QStringLiteral("p1"), QStringLiteral("Production"));
    form.setExistingAccounts({production, existing(QStringLiteral("s1"), QStringLiteral("Staging"))});
    form.loadFrom(production, QStringLiteral("key"));
    QVERIFY(form.validate());
    form.setDisplayName(QStringLiteral("PRODUCTION"));
    QVERIFY(form.isValid());
    form.setDisplayName(QStringLiteral("staging"));
    QVERIFY(!form.isValid());
    QCOMPARE(form.displayNameError(), QStringLiteral("Another account is already called “Staging”."));
    // A list refresh (another account renamed meanwhile) re-checks at once.
    form.setExistingAccounts({production});
    QVERIFY(form.isValid());
    QVERIFY(form.displayNameError().isEmpty());
}

void TestAccountForm::dirtyTracking()
{
    AccountFormBackend form;
    Account account = existing(QStringLiteral("p1"), QStringLiteral("Production"));
    account.organizationId = QStringLiteral("org-1");
    form.loadFrom(account, QStringLiteral("key-1"));
    QVERIFY(!form.isDirty());

    QSignalSpy dirty(&form, &AccountFormBackend::dirtyChanged);
    form.setDisplayName(QStringLiteral("Production 2"));
    QVERIFY(form.isDirty());
    QCOMPARE(dirty.size(), 1);
    form.setDisplayName(QStringLiteral("Production"));
    QVERIFY(!form.isDirty());
    QCOMPARE(dirty.size(), 2);

    form.setApiKey(QStringLiteral("key-2"));
    QVERIFY(form.isDirty());
    form.markSaved(QStringLiteral("p1"));
    QVERIFY(!form.isDirty());
    form.setOrganizationId(QStringLiteral("org-2"));
    QVERIFY(form.isDirty());
    form.setOrganizationId(QStringLiteral("org-1"));
    form.setRegion(QStringLiteral("osc-secnum-fr1"));
    QVERIFY(form.isDirty());

    // A new account: saving gives it its id.
    form.clear();
    QVERIFY(!form.isDirty());
    QVERIFY(form.accountId().isEmpty());
    form.setDisplayName(QStringLiteral("New"));
    form.setApiKey(QStringLiteral("k"));
    QVERIFY(form.isDirty());
    QSignalSpy idChanged(&form, &AccountFormBackend::accountIdChanged);
    form.markSaved(QStringLiteral("new-id"));
    QCOMPARE(form.accountId(), QStringLiteral("new-id"));
    QCOMPARE(idChanged.size(), 1);
    QVERIFY(!form.isDirty());
    QCOMPARE(form.account().id, QStringLiteral("new-id"));
}

void TestAccountForm::loadAndAccountRoundTrip()
{
    AccountFormBackend form;

    Account sky;
    sky.id = QStringLiteral("sky");
    sky.displayName = QStringLiteral("Demo");
    sky.provider = Provider::SkySql;
    sky.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:4567"));
    sky.organizationId = QStringLiteral("org-7");
    sky.isDemo = true;
    form.loadFrom(sky, QStringLiteral("demo-skysql-key"));
    QCOMPARE(form.customApiUrl(), QStringLiteral("http://127.0.0.1:4567"));
    QVERIFY(form.isDemo());
    QCOMPARE(form.secret(), QStringLiteral("demo-skysql-key"));
    Account out = form.account();
    QCOMPARE(out.id, sky.id);
    QCOMPARE(out.displayName, sky.displayName);
    QCOMPARE(out.provider, Provider::SkySql);
    QCOMPARE(out.apiUrl, sky.apiUrl);
    QCOMPARE(out.organizationId, sky.organizationId);
    QCOMPARE(out.isDemo, true);

    // The provider's own address shows as an empty "custom address" field.
    sky.apiUrl = ProviderEndpoints::skySqlApiUrl();
    form.loadFrom(sky, QStringLiteral("k"));
    QVERIFY(form.customApiUrl().isEmpty());
    QCOMPARE(form.account().apiUrl, ProviderEndpoints::skySqlApiUrl());

    Account scalingo;
    scalingo.id = QStringLiteral("sca");
    scalingo.displayName = QStringLiteral("Scalingo SecNum");
    scalingo.provider = Provider::Scalingo;
    scalingo.region = QStringLiteral("osc-secnum-fr1");
    scalingo.apiUrl = QUrl(QStringLiteral("https://api.osc-secnum-fr1.scalingo.com"));
    scalingo.authUrl = ProviderEndpoints::scalingoAuthUrl();
    form.loadFrom(scalingo, QStringLiteral("tk-us-1"));
    QCOMPARE(form.region(), QStringLiteral("osc-secnum-fr1"));
    QVERIFY(!form.isCustomApiUrlRequired());
    QCOMPARE(form.token(), QStringLiteral("tk-us-1"));
    QVERIFY(form.apiKey().isEmpty());
    out = form.account();
    QCOMPARE(out.apiUrl, scalingo.apiUrl);
    QCOMPARE(out.authUrl, scalingo.authUrl);
    QCOMPARE(out.region, scalingo.region);
    QVERIFY(out.organizationId.isEmpty());

    form.setRegion(ProviderEndpoints::customRegionKey());
    QVERIFY(form.isCustomApiUrlRequired());
    form.setCustomApiUrl(QStringLiteral(" https://scalingo.example.com "));
    QCOMPARE(form.account().apiUrl, QUrl(QStringLiteral("https://scalingo.example.com")));
    QCOMPARE(form.account().authUrl, ProviderEndpoints::scalingoAuthUrl());
    form.setCustomAuthUrl(QStringLiteral("https://auth.example.com"));
    QCOMPARE(form.account().authUrl, QUrl(QStringLiteral("https://auth.example.com")));
}

void TestAccountForm::providerSwitchKeepsEachSecret()
{
    AccountFormBackend form;
    form.setApiKey(QStringLiteral("sky-key"));
    form.setProvider(Provider::Scalingo);
    form.setToken(QStringLiteral("tk-us-token"));
    QCOMPARE(form.secret(), QStringLiteral("tk-us-token"));
    form.setProvider(Provider::SkySql);
    QCOMPARE(form.secret(), QStringLiteral("sky-key"));
    QCOMPARE(form.secretLabel(), QStringLiteral("API key"));
}

void TestAccountForm::skySqlRightKeyWorks()
{
    AccountFormBackend form;
    fillSkySql(form, m_demo->skySqlApiKey());
    QSignalSpy states(&form, &AccountFormBackend::testStateChanged);
    const int before = m_demo->requestCount(QStringLiteral("/billing/v1/invoices"));
    form.testConnection(&m_network);
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Testing);
    QVERIFY(!form.testMessage().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Works, NetworkTimeoutMs);
    QVERIFY2(form.testMessage().contains(QLatin1String("127.0.0.1")), qPrintable(form.testMessage()));
    QVERIFY(form.secretError().isEmpty());
    QVERIFY(form.apiUrlError().isEmpty());
    QCOMPARE(states.size(), 2);
    QCOMPARE(m_demo->requestCount(QStringLiteral("/billing/v1/invoices")), before + 1);
}

void TestAccountForm::skySqlWrongKeyIsShownBesideTheKey()
{
    AccountFormBackend form;
    fillSkySql(form, QStringLiteral("not-the-demo-key"));
    const int before = m_demo->requestCount(QStringLiteral("/billing/v1/invoices"));
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::WrongKey, NetworkTimeoutMs);
    QCOMPARE(form.secretError(), QStringLiteral("The API key was refused by 127.0.0.1."));
    QCOMPARE(form.testMessage(), form.secretError());
    QVERIFY(form.apiUrlError().isEmpty());
    // One call, no retry.
    QCOMPARE(m_demo->requestCount(QStringLiteral("/billing/v1/invoices")), before + 1);
    // The refusal is no reason to lose the account: the form still validates.
    QVERIFY(form.isValid());

    // Typing a new key clears the refusal and the result.
    QSignalSpy secretError(&form, &AccountFormBackend::secretErrorChanged);
    form.setApiKey(m_demo->skySqlApiKey());
    QVERIFY(form.secretError().isEmpty());
    QCOMPARE(secretError.size(), 1);
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Idle);
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Works, NetworkTimeoutMs);
}

void TestAccountForm::skySqlWrongOrganizationIsWrongKey()
{
    AccountFormBackend form;
    fillSkySql(form, m_demo->skySqlApiKey());
    form.setOrganizationId(QStringLiteral("org-somebody-else"));
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::WrongKey, NetworkTimeoutMs);
    QVERIFY(!form.secretError().isEmpty());
    // 403: the message says the key cannot see this organization, not that it is wrong.
    QVERIFY2(form.testMessage().contains(QLatin1String("organization")), qPrintable(form.testMessage()));
}

void TestAccountForm::closedPortIsUnreachable()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    AccountFormBackend form;
    fillSkySql(form, m_demo->skySqlApiKey());
    form.setCustomApiUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Unreachable, NetworkTimeoutMs);
    QVERIFY2(form.apiUrlError().contains(QLatin1String("127.0.0.1")), qPrintable(form.apiUrlError()));
    QCOMPARE(form.testMessage(), form.apiUrlError());
    QVERIFY(form.secretError().isEmpty());

    form.setCustomApiUrl(m_demo->baseUrl().toString());
    QVERIFY(form.apiUrlError().isEmpty());
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Idle);
}

void TestAccountForm::stalledServerTimesOut()
{
    AccountFormBackend form;
    fillSkySql(form, m_demo->skySqlApiKey());
    form.setTestTimeout(std::chrono::milliseconds(500));
    DemoFault stall;
    stall.kind = DemoFault::Kind::Stall;
    m_demo->injectFault(QStringLiteral("/billing/v1/invoices"), stall);
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Timeout, NetworkTimeoutMs);
    QVERIFY(!form.testMessage().isEmpty());
    m_demo->clearFaults();
}

void TestAccountForm::invalidFormIsNotSent()
{
    AccountFormBackend form;
    const int before = m_demo->requestCount(QStringLiteral("/billing/v1/invoices"));
    form.setCustomApiUrl(QStringLiteral("http://example.com"));
    form.testConnection(&m_network);
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Failed);
    QVERIFY(!form.testMessage().isEmpty());
    QVERIFY(!form.displayNameError().isEmpty());
    QVERIFY(!form.secretError().isEmpty());
    QVERIFY(!form.apiUrlError().isEmpty());
    // A request that is never sent gives no signal to wait for: a short spin of the event loop
    // lets a wrongly sent one reach the server.
    QTest::qWait(100);
    QCOMPARE(m_demo->requestCount(QStringLiteral("/billing/v1/invoices")), before);
}

void TestAccountForm::editingDuringATestCancelsIt()
{
    AccountFormBackend form;
    fillSkySql(form, QStringLiteral("wrong-key"));
    QSignalSpy states(&form, &AccountFormBackend::testStateChanged);
    QSignalSpy answered(&m_network, &QNetworkAccessManager::finished);
    form.testConnection(&m_network);
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Testing);
    form.setApiKey(QStringLiteral("another-wrong-key"));
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Idle);
    // The answer about the old key arrives and is dropped. The client handles a reply while
    // the reply finishes, so once the network manager reports it the form has seen it.
    QVERIFY(answered.wait(NetworkTimeoutMs));
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Idle);
    QVERIFY(form.secretError().isEmpty());
    QCOMPARE(states.size(), 2);

    // The name is not a connection setting: a result stays.
    form.setApiKey(m_demo->skySqlApiKey());
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Works, NetworkTimeoutMs);
    form.setDisplayName(QStringLiteral("Renamed"));
    QCOMPARE(form.testState(), AccountFormBackend::TestState::Works);
}

void TestAccountForm::scalingoRightTokenWorks()
{
    AccountFormBackend form;
    fillScalingo(form, m_demo->scalingoToken());
    const int exchanges = m_demo->requestCount(QStringLiteral("/v1/tokens/exchange"));
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Works, NetworkTimeoutMs);
    QVERIFY(form.secretError().isEmpty());
    QCOMPARE(m_demo->requestCount(QStringLiteral("/v1/tokens/exchange")), exchanges + 1);
}

void TestAccountForm::scalingoWrongTokenIsWrongKey()
{
    AccountFormBackend form;
    fillScalingo(form, QStringLiteral("tk-us-wrong"));
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::WrongKey, NetworkTimeoutMs);
    QCOMPARE(form.secretError(), QStringLiteral("The API token was refused by 127.0.0.1."));
}

void TestAccountForm::secretIsNeverLogged()
{
    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    const QString wrongKey = QStringLiteral("sk-never-logged-0123456789");
    AccountFormBackend form;
    fillSkySql(form, wrongKey);
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::WrongKey, NetworkTimeoutMs);
    form.setApiKey(m_demo->skySqlApiKey());
    form.testConnection(&m_network);
    QTRY_COMPARE_WITH_TIMEOUT(form.testState(), AccountFormBackend::TestState::Works, NetworkTimeoutMs);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    // Something was logged (the client logs each request at debug level), so the check bites.
    QVERIFY(!g_logLines.isEmpty());
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(wrongKey), qPrintable(QStringLiteral("a refused key was logged: ") + line));
        QVERIFY2(!line.contains(m_demo->skySqlApiKey()), "the demo key was logged");
    }
    QVERIFY(!form.testMessage().contains(m_demo->skySqlApiKey()));
}

QTEST_GUILESS_MAIN(TestAccountForm)
#include "tst_accountform.moc"
