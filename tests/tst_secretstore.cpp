// KeychainSecretStore against a real keychain: CTest runs this under run-with-keyring.sh (a
// private D-Bus session with an unlocked gnome-keyring). Without a reachable keychain the test
// fails, so it cannot pass without testing anything; BILLDECK_ALLOW_NO_KEYCHAIN=1 turns that
// into a skip for machines that have none.

#include "store/secretstore.h"

#include <QCoreApplication>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {

constexpr int KeychainTimeoutMs = 15000;

struct ReadOutcome {
    bool done = false;
    QString secret;
    SecretStoreError error;
};

struct DoneOutcome {
    bool done = false;
    SecretStoreError error;
};

ReadOutcome readNow(SecretStore &store, const QString &accountId)
{
    ReadOutcome outcome;
    QObject context;
    store.readSecret(accountId, &context, [&outcome](const QString &secret, const SecretStoreError &error) {
        outcome.secret = secret;
        outcome.error = error;
        outcome.done = true;
    });
    // Callers check outcome.done: a timeout shows up as a failed QVERIFY there.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, KeychainTimeoutMs));
    return outcome;
}

DoneOutcome writeNow(SecretStore &store, const QString &accountId, const QString &secret)
{
    DoneOutcome outcome;
    QObject context;
    store.writeSecret(accountId, secret, &context, [&outcome](const SecretStoreError &error) {
        outcome.error = error;
        outcome.done = true;
    });
    // Callers check outcome.done: a timeout shows up as a failed QVERIFY there.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, KeychainTimeoutMs));
    return outcome;
}

DoneOutcome deleteNow(SecretStore &store, const QString &accountId)
{
    DoneOutcome outcome;
    QObject context;
    store.deleteSecret(accountId, &context, [&outcome](const SecretStoreError &error) {
        outcome.error = error;
        outcome.done = true;
    });
    // Callers check outcome.done: a timeout shows up as a failed QVERIFY there.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, KeychainTimeoutMs));
    return outcome;
}

QString newAccountId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

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
        deleteNow(*m_store, accountId);
}

void TestSecretStore::writeThenReadBack()
{
    const QString id = account();
    const DoneOutcome written = writeNow(*m_store, id, QStringLiteral("sk-write-then-read-0001"));
    QVERIFY(written.done);
    QVERIFY2(!written.error.isError(), qPrintable(written.error.message));

    const ReadOutcome read = readNow(*m_store, id);
    QVERIFY(read.done);
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QCOMPARE(read.secret, QStringLiteral("sk-write-then-read-0001"));
}

void TestSecretStore::overwriteReplaces()
{
    const QString id = account();
    QVERIFY(!writeNow(*m_store, id, QStringLiteral("first-key")).error.isError());
    QVERIFY(!writeNow(*m_store, id, QStringLiteral("second-key")).error.isError());
    const ReadOutcome read = readNow(*m_store, id);
    QVERIFY(read.done);
    QVERIFY(!read.error.isError());
    QCOMPARE(read.secret, QStringLiteral("second-key"));
}

void TestSecretStore::deleteThenReadIsNotFound()
{
    const QString id = account();
    QVERIFY(!writeNow(*m_store, id, QStringLiteral("soon-gone")).error.isError());
    const DoneOutcome deleted = deleteNow(*m_store, id);
    QVERIFY(deleted.done);
    QVERIFY2(!deleted.error.isError(), qPrintable(deleted.error.message));

    const ReadOutcome read = readNow(*m_store, id);
    QVERIFY(read.done);
    QCOMPARE(read.error.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(!read.error.message.isEmpty());
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::readMissingIsNotFound()
{
    const ReadOutcome read = readNow(*m_store, account());
    QVERIFY(read.done);
    QCOMPARE(read.error.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::deleteMissingSucceeds()
{
    const DoneOutcome deleted = deleteNow(*m_store, account());
    QVERIFY(deleted.done);
    QVERIFY2(!deleted.error.isError(), qPrintable(deleted.error.message));
}

void TestSecretStore::accountsDoNotShareSecrets()
{
    const QString production = account();
    const QString staging = account();
    QVERIFY(!writeNow(*m_store, production, QStringLiteral("production-key")).error.isError());
    QVERIFY(!writeNow(*m_store, staging, QStringLiteral("staging-key")).error.isError());
    QCOMPARE(readNow(*m_store, production).secret, QStringLiteral("production-key"));
    QCOMPARE(readNow(*m_store, staging).secret, QStringLiteral("staging-key"));

    QVERIFY(!deleteNow(*m_store, staging).error.isError());
    QCOMPARE(readNow(*m_store, production).secret, QStringLiteral("production-key"));
}

void TestSecretStore::unicodeSecretRoundTrips()
{
    const QString id = account();
    const QString secret = QStringLiteral("clé-€-ключ-鍵-%1").arg(QStringLiteral("🔑"));
    QVERIFY(!writeNow(*m_store, id, secret).error.isError());
    QCOMPARE(readNow(*m_store, id).secret, secret);
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
    const ReadOutcome read = readNow(*m_store, id);
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
        QVERIFY(!writeNow(writer, id, QStringLiteral("kept-after-restart")).error.isError());
    }
    KeychainSecretStore reader(QStringLiteral("Billdeck-test"));
    QCOMPARE(readNow(reader, id).secret, QStringLiteral("kept-after-restart"));

    // Another service name is another application's entry.
    KeychainSecretStore other(QStringLiteral("Billdeck-test-other"));
    QCOMPARE(readNow(other, id).error.kind, SecretStoreError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
