// KeychainSecretStore against a real keychain: CTest runs this under run-with-keyring.sh (a
// private D-Bus session with an unlocked gnome-keyring). Without a reachable keychain the test
// fails, so it cannot pass without testing anything; BILLDECK_ALLOW_NO_KEYCHAIN=1 turns that
// into a skip for machines that have none.

#include "store/secretstore.h"
#include "support/secretwait.h"

#include <QCoreApplication>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {

constexpr int KeychainTimeoutMs = 15000;

QString newAccountId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

using namespace TestSupport;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writeThenReadBack();
    void overwriteReplaces();
    void deleteThenReadIsNotFound();
    void readMissingIsNotFound();
    void deleteMissingSucceeds();
    void accountsDoNotShareSecrets();
    void unicodeSecretRoundTrips();
    void callbacksAreNeverSynchronous();
    void callbackSkippedWhenContextIsGone();
    void secretsOutliveTheStoreObject();

private:
    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_usedIds;  // deleted again at the end: the keychain outlives the test
    QString account();
};

QString TestSecretStore::account()
{
    m_usedIds << newAccountId();
    return m_usedIds.last();
}

void TestSecretStore::initTestCase()
{
    // Its own service name: never reads or clobbers a real Billdeck entry.
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Billdeck-test"));
    QVERIFY(m_store->keepsSecretsAfterQuit());

    bool answered = false;
    bool available = false;
    SecretStoreError probeError;
    QObject context;
    m_store->isAvailable(&context, [&](bool isAvailable, const SecretStoreError &error) {
        answered = true;
        available = isAvailable;
        probeError = error;
    });
    QVERIFY2(QTest::qWaitFor([&answered] { return answered; }, KeychainTimeoutMs),
             "the keychain probe never answered");
    if (available)
        return;

    QCOMPARE(probeError.kind == SecretStoreError::Kind::None, false);
    QVERIFY(!probeError.message.isEmpty());
    const QByteArray why = "No keychain reachable (" + SecretStoreError::kindName(probeError.kind).toUtf8() + ": "
        + probeError.message.toUtf8() + "). Run under tests/run-with-keyring.sh (ctest does), "
        + "or set BILLDECK_ALLOW_NO_KEYCHAIN=1 to skip.";
    // Under run-with-keyring.sh a missing keychain is a broken setup, never a reason to skip.
    if (qEnvironmentVariable("BILLDECK_ALLOW_NO_KEYCHAIN") == QLatin1String("1")
        && qEnvironmentVariable("BILLDECK_PRIVATE_KEYRING") != QLatin1String("1"))
        QSKIP(why.constData());
    QFAIL(why.constData());
}

void TestSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &accountId : std::as_const(m_usedIds))
        deleteSecretNow(*m_store, accountId, KeychainTimeoutMs);
}

void TestSecretStore::writeThenReadBack()
{
    const QString id = account();
    const SecretAnswer written = writeSecretNow(*m_store, id, QStringLiteral("sk-write-then-read-0001"), KeychainTimeoutMs);
    QVERIFY(written.done);
    QVERIFY2(!written.error.isError(), qPrintable(written.error.message));

    const SecretAnswer read = readSecretNow(*m_store, id, KeychainTimeoutMs);
    QVERIFY(read.done);
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QCOMPARE(read.secret, QStringLiteral("sk-write-then-read-0001"));
}

void TestSecretStore::overwriteReplaces()
{
    const QString id = account();
    QVERIFY(!writeSecretNow(*m_store, id, QStringLiteral("first-key"), KeychainTimeoutMs).error.isError());
    QVERIFY(!writeSecretNow(*m_store, id, QStringLiteral("second-key"), KeychainTimeoutMs).error.isError());
    const SecretAnswer read = readSecretNow(*m_store, id, KeychainTimeoutMs);
    QVERIFY(read.done);
    QVERIFY(!read.error.isError());
    QCOMPARE(read.secret, QStringLiteral("second-key"));
}

void TestSecretStore::deleteThenReadIsNotFound()
{
    const QString id = account();
    QVERIFY(!writeSecretNow(*m_store, id, QStringLiteral("soon-gone"), KeychainTimeoutMs).error.isError());
    const SecretAnswer deleted = deleteSecretNow(*m_store, id, KeychainTimeoutMs);
    QVERIFY(deleted.done);
    QVERIFY2(!deleted.error.isError(), qPrintable(deleted.error.message));

    const SecretAnswer read = readSecretNow(*m_store, id, KeychainTimeoutMs);
    QVERIFY(read.done);
    QCOMPARE(read.error.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(!read.error.message.isEmpty());
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::readMissingIsNotFound()
{
    const SecretAnswer read = readSecretNow(*m_store, account(), KeychainTimeoutMs);
    QVERIFY(read.done);
    QCOMPARE(read.error.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::deleteMissingSucceeds()
{
    const SecretAnswer deleted = deleteSecretNow(*m_store, account(), KeychainTimeoutMs);
    QVERIFY(deleted.done);
    QVERIFY2(!deleted.error.isError(), qPrintable(deleted.error.message));
}

void TestSecretStore::accountsDoNotShareSecrets()
{
    const QString production = account();
    const QString staging = account();
    QVERIFY(!writeSecretNow(*m_store, production, QStringLiteral("production-key"), KeychainTimeoutMs).error.isError());
    QVERIFY(!writeSecretNow(*m_store, staging, QStringLiteral("staging-key"), KeychainTimeoutMs).error.isError());
    QCOMPARE(readSecretNow(*m_store, production, KeychainTimeoutMs).secret, QStringLiteral("production-key"));
    QCOMPARE(readSecretNow(*m_store, staging, KeychainTimeoutMs).secret, QStringLiteral("staging-key"));

    QVERIFY(!deleteSecretNow(*m_store, staging, KeychainTimeoutMs).error.isError());
    QCOMPARE(readSecretNow(*m_store, production, KeychainTimeoutMs).secret, QStringLiteral("production-key"));
}

void TestSecretStore::unicodeSecretRoundTrips()
{
    const QString id = account();
    const QString secret = QStringLiteral("clé-€-ключ-鍵-%1").arg(QStringLiteral("🔑"));
    QVERIFY(!writeSecretNow(*m_store, id, secret, KeychainTimeoutMs).error.isError());
    QCOMPARE(readSecretNow(*m_store, id, KeychainTimeoutMs).secret, secret);
}

void TestSecretStore::callbacksAreNeverSynchronous()
{
    const QString id = account();
    bool called = false;
    QObject context;
    m_store->writeSecret(id, QStringLiteral("async"), &context, [&called](const SecretStoreError &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, KeychainTimeoutMs);

    called = false;
    m_store->readSecret(id, &context, [&called](const QString &, const SecretStoreError &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, KeychainTimeoutMs);

    called = false;
    m_store->readSecret(QString(), &context, [&called](const QString &, const SecretStoreError &error) {
        called = error.kind == SecretStoreError::Kind::Other;
    });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, KeychainTimeoutMs);
}

void TestSecretStore::callbackSkippedWhenContextIsGone()
{
    const QString id = account();
    bool called = false;
    auto *context = new QObject;
    m_store->writeSecret(id, QStringLiteral("written-anyway"), context, [&called](const SecretStoreError &) { called = true; });
    delete context;

    // Jobs run one after the other: once this read answers, the write above has finished.
    const SecretAnswer read = readSecretNow(*m_store, id, KeychainTimeoutMs);
    QVERIFY(read.done);
    QCOMPARE(read.secret, QStringLiteral("written-anyway"));
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestSecretStore::secretsOutliveTheStoreObject()
{
    const QString id = account();
    {
        KeychainSecretStore writer(QStringLiteral("Billdeck-test"));
        QVERIFY(!writeSecretNow(writer, id, QStringLiteral("kept-after-restart"), KeychainTimeoutMs).error.isError());
    }
    KeychainSecretStore reader(QStringLiteral("Billdeck-test"));
    QCOMPARE(readSecretNow(reader, id, KeychainTimeoutMs).secret, QStringLiteral("kept-after-restart"));

    // Another service name is another application's entry.
    KeychainSecretStore other(QStringLiteral("Billdeck-test-other"));
    QCOMPARE(readSecretNow(other, id, KeychainTimeoutMs).error.kind, SecretStoreError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
