// The Accounts dialog, the first-run page and the sidebar's account switcher, driven through
// their widgets: add an account (test connection against the demo server, a wrong key shown
// beside the key field), save it through AccountManager into temporary settings and a memory
// secret store, the no-keychain question, rename, remove with confirmation.

#include "accounts/accountform.h"
#include "accounts/accountformbackend.h"
#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "accounts/accountsdialog.h"
#include "accounts/firstrunpage.h"
#include "composition.h"
#include "demoserver.h"
#include "invoices/invoicerepository.h"
#include "mainwindow.h"
#include "store/accountstore.h"
#include "store/secretstore.h"
#include "support/demoserverfixture.h"
#include "support/secretwait.h"
#include "widgets/errorbanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

namespace
{
constexpr int NetworkTimeoutMs = 20000;

// A system without a keychain: every write says so, as QtKeychain does without Secret Service.
class NoKeychainStore final : public SecretStore
{
public:
    void readSecret(const QString &, QObject *context, const ReadCallback &done) override
    {
        QMetaObject::invokeMethod(context, [done] { done(QString(), noKeychain()); }, Qt::QueuedConnection);
    }
    void writeSecret(const QString &, const QString &, QObject *context, const DoneCallback &done) override
    {
        QMetaObject::invokeMethod(context, [done] { done(noKeychain()); }, Qt::QueuedConnection);
    }
    void deleteSecret(const QString &, QObject *context, const DoneCallback &done) override
    {
        QMetaObject::invokeMethod(context, [done] { done(noKeychain()); }, Qt::QueuedConnection);
    }
    bool keepsSecretsAfterQuit() const override { return true; }

private:
    static SecretStoreError noKeychain()
    {
        SecretStoreError error;
        error.kind = SecretStoreError::Kind::NoKeychain;
        error.message = QStringLiteral("No keychain is available.");
        return error;
    }
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
    // clear() is not an edit; the backend follows the keystrokes.
}
}

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsAnAccountThroughTheForm();
    void wrongKeyIsShownBesideTheKeyField();
    void noKeychainOffersThisSessionOnly();
    void declinedSessionOnlySavesNothing();
    void editLoadsTheSecretFromTheStore();
    void renameAndRemoveAskFirst();
    void demoAccountsHaveABadgeAndCannotBeEdited();
    void firstRunPageAsksTheComposition();
    void switcherShowsOneOrAllAccounts();
    void savedAccountsReconnectWithTheRememberedChoice();

private:
    void fillSkySql(AccountsDialog &dialog, const QString &name, const QString &key);
    bool testConnection(AccountsDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<AccountManager> m_manager;
    int m_settingsCount = 0;
};

void TestAccountsDialog::initTestCase()
{
    // Nothing here may touch the real ~/.config.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = TestSupport::startDemoServer(QDate::currentDate());
    QVERIFY(m_server);
}

void TestAccountsDialog::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings%1.conf").arg(++m_settingsCount)),
                                             QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_registry = std::make_unique<AccountRegistry>(m_network.get());
    m_manager = std::make_unique<AccountManager>(m_settings.get(), m_store.get(), m_secrets.get(), m_registry.get());
}

void TestAccountsDialog::cleanup()
{
    m_manager.reset();
    m_registry.reset();
    m_network.reset();
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
}

void TestAccountsDialog::fillSkySql(AccountsDialog &dialog, const QString &name, const QString &key)
{
    AccountForm *form = dialog.form();
    form->providerCombo()->setCurrentIndex(form->providerCombo()->findText(QStringLiteral("SkySQL")));
    typeInto(form->displayNameEdit(), name);
    typeInto(form->secretEdit(), key);
    typeInto(form->apiUrlEdit(), m_server->baseUrl().toString());
}

bool TestAccountsDialog::testConnection(AccountsDialog &dialog)
{
    AccountForm *form = dialog.form();
    form->testButton()->click();
    // The state in words while it runs.
    if (form->testButton()->text() != QStringLiteral("Testing…") || form->testButton()->isEnabled())
        return false;
    return QTest::qWaitFor([form] { return form->backend()->testState() != AccountFormBackend::TestState::Testing; },
                           NetworkTimeoutMs);
}

void TestAccountsDialog::addsAnAccountThroughTheForm()
{
    AccountsDialog dialog(m_manager.get());
    dialog.resize(640, 520);
    dialog.show();
    QSignalSpy saved(&dialog, &AccountsDialog::accountSaved);
    QVERIFY(!dialog.isEditing());
    dialog.addButton()->click();
    QVERIFY(dialog.isEditing());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.form()->secretEdit()->echoMode(), QLineEdit::Password);
    dialog.form()->showSecretButton()->click();
    QCOMPARE(dialog.form()->secretEdit()->echoMode(), QLineEdit::Normal);
    dialog.form()->showSecretButton()->click();

    fillSkySql(dialog, QStringLiteral("Production"), m_server->skySqlApiKey());
    typeInto(dialog.form()->organizationIdEdit(), m_server->organizationId());
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(testConnection(dialog));
    QCOMPARE(dialog.formBackend()->testState(), AccountFormBackend::TestState::Works);
    QVERIFY2(dialog.form()->testResultLabel()->text().contains(QStringLiteral("It works")),
             qPrintable(dialog.form()->testResultLabel()->text()));
    // A picture of the form with its result, for people reviewing the dialog.
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("billdeck-accounts-dialog.png")));

    dialog.saveButton()->click();
    QVERIFY(saved.wait(5000));
    QVERIFY(!dialog.isEditing());
    QCOMPARE(m_store->accounts().size(), 1);
    const Account account = m_store->accounts().first();
    QCOMPARE(account.displayName, QStringLiteral("Production"));
    QCOMPARE(account.apiUrl, m_server->baseUrl());
    QCOMPARE(account.organizationId, m_server->organizationId());
    QCOMPARE(saved.first().first().toString(), account.id);
    QCOMPARE(TestSupport::storedSecret(*m_secrets, account.id), m_server->skySqlApiKey());
    QVERIFY(m_registry->connection(account.id));
    QVERIFY(!m_manager->isSessionOnly(account.id));
    QCOMPARE(dialog.accountList()->count(), 1);

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server->skySqlApiKey().toUtf8()));
}

void TestAccountsDialog::wrongKeyIsShownBesideTheKeyField()
{
    AccountsDialog dialog(m_manager.get());
    dialog.show();
    dialog.startAdding();
    fillSkySql(dialog, QStringLiteral("Typo"), QStringLiteral("not-the-key"));
    QVERIFY(testConnection(dialog));
    QCOMPARE(dialog.formBackend()->testState(), AccountFormBackend::TestState::WrongKey);
    QLabel *beside = dialog.form()->secretErrorLabel();
    QVERIFY(beside->isVisible());
    QVERIFY2(beside->text().contains(QStringLiteral("API key was refused")), qPrintable(beside->text()));
    QVERIFY(!dialog.form()->testResultLabel()->text().isEmpty());
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("billdeck-accounts-dialog-wrong-key.png")));

    // Typing a new key clears the verdict.
    QTest::keyClicks(dialog.form()->secretEdit(), QStringLiteral("x"));
    QVERIFY(!beside->isVisible());
    QCOMPARE(dialog.formBackend()->testState(), AccountFormBackend::TestState::Idle);
    QVERIFY(m_store->isEmpty());
}

void TestAccountsDialog::noKeychainOffersThisSessionOnly()
{
    NoKeychainStore noKeychain;
    AccountManager manager(m_settings.get(), m_store.get(), &noKeychain, m_registry.get());
    AccountsDialog dialog(&manager);
    QString asked;
    dialog.setConfirm([&asked](const QString &, const QString &text, const QString &yes) {
        asked = text + QLatin1Char('|') + yes;
        return true;
    });
    QSignalSpy saved(&dialog, &AccountsDialog::accountSaved);
    dialog.show();
    dialog.startAdding();
    fillSkySql(dialog, QStringLiteral("Laptop"), m_server->skySqlApiKey());
    dialog.saveButton()->click();
    QVERIFY(saved.wait(5000));
    QVERIFY2(asked.startsWith(QStringLiteral("No keychain is available on this system, so Billdeck cannot store the "
                                             "key safely. Keep it for this session only?")),
             qPrintable(asked));
    QVERIFY(asked.endsWith(QStringLiteral("Keep for this session")));
    const QString id = saved.first().first().toString();
    QVERIFY(manager.isSessionOnly(id));
    QVERIFY(m_registry->connection(id));
    bool read = false;
    manager.readSecret(id, this, [&](const QString &secret, const SecretStoreError &) {
        QCOMPARE(secret, m_server->skySqlApiKey());
        read = true;
    });
    QTRY_VERIFY(read);
    // Never a plaintext fallback: the settings file has the account, not the key.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("Laptop"));
    QVERIFY(!written.contains(m_server->skySqlApiKey().toUtf8()));
}

void TestAccountsDialog::declinedSessionOnlySavesNothing()
{
    NoKeychainStore noKeychain;
    AccountManager manager(m_settings.get(), m_store.get(), &noKeychain, m_registry.get());
    AccountsDialog dialog(&manager);
    bool asked = false;
    dialog.setConfirm([&asked](const QString &, const QString &, const QString &) {
        asked = true;
        return false;
    });
    dialog.show();
    dialog.startAdding();
    fillSkySql(dialog, QStringLiteral("Laptop"), m_server->skySqlApiKey());
    dialog.saveButton()->click();
    QTRY_VERIFY(asked);
    QTRY_VERIFY(!dialog.statusText().isEmpty());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("no keychain")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.isEditing());
    QVERIFY(m_store->isEmpty());
    QVERIFY(m_registry->isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestAccountsDialog::editLoadsTheSecretFromTheStore()
{
    Account account;
    account.displayName = QStringLiteral("Production");
    account.apiUrl = m_server->baseUrl();
    bool done = false;
    m_manager->save(account, m_server->skySqlApiKey(), AccountManager::SecretLocation::Keychain, this,
                    [&done](const QString &, const SecretStoreError &error) {
        QVERIFY(!error.isError());
        done = true;
    });
    QTRY_VERIFY(done);
    AccountsDialog dialog(m_manager.get());
    dialog.show();
    QCOMPARE(dialog.accountList()->count(), 1);
    QVERIFY(dialog.editButton()->isEnabled());
    dialog.editButton()->click();
    QVERIFY(dialog.isEditing());
    QTRY_COMPARE(dialog.form()->secretEdit()->text(), m_server->skySqlApiKey());
    QCOMPARE(dialog.form()->displayNameEdit()->text(), QStringLiteral("Production"));
    QVERIFY(!dialog.form()->providerCombo()->isEnabled());
    // Unchanged: nothing to save.
    QVERIFY(!dialog.saveButton()->isEnabled());
    typeInto(dialog.form()->displayNameEdit(), QStringLiteral("Production EU"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QSignalSpy saved(&dialog, &AccountsDialog::accountSaved);
    dialog.saveButton()->click();
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(m_store->accounts().first().displayName, QStringLiteral("Production EU"));
    QCOMPARE(m_registry->connections().first()->account().displayName, QStringLiteral("Production EU"));
}

void TestAccountsDialog::renameAndRemoveAskFirst()
{
    Account account;
    account.displayName = QStringLiteral("Staging");
    account.apiUrl = m_server->baseUrl();
    QString id;
    m_manager->save(account, m_server->skySqlApiKey(), AccountManager::SecretLocation::Keychain, this,
                    [&id](const QString &savedId, const SecretStoreError &) { id = savedId; });
    QTRY_VERIFY(!id.isEmpty());

    AccountsDialog dialog(m_manager.get());
    dialog.setAskName([](const QString &current, QString *name) {
        *name = current + QStringLiteral(" (old)");
        return true;
    });
    int questions = 0;
    bool answer = false;
    dialog.setConfirm([&](const QString &, const QString &text, const QString &) {
        ++questions;
        return text.contains(QStringLiteral("keychain")) && answer;
    });
    dialog.show();
    dialog.renameButton()->click();
    QCOMPARE(m_store->account(id).displayName, QStringLiteral("Staging (old)"));
    QTRY_COMPARE(m_registry->connection(id)->account().displayName, QStringLiteral("Staging (old)"));

    dialog.removeButton()->click();
    QCOMPARE(questions, 1);
    QVERIFY(m_store->contains(id));
    answer = true;
    dialog.removeButton()->click();
    QCOMPARE(questions, 2);
    QVERIFY(!m_store->contains(id));
    QVERIFY(!m_registry->connection(id));
    QCOMPARE(TestSupport::storedSecret(*m_secrets, id), QString());
    QCOMPARE(dialog.accountList()->count(), 0);
    QVERIFY(!dialog.removeButton()->isEnabled());
}

void TestAccountsDialog::demoAccountsHaveABadgeAndCannotBeEdited()
{
    Composition composition;
    QString problem;
    QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
    composition.useSavedAccounts(m_settings.get(), m_secrets.get());
    AccountsDialog dialog(composition.accountManager());
    dialog.show();
    QCOMPARE(dialog.accountList()->count(), 2);
    for (int row = 0; row < 2; ++row) {
        QWidget *rowWidget = dialog.accountList()->itemWidget(dialog.accountList()->item(row));
        QVERIFY(rowWidget);
        auto *badge = rowWidget->findChild<QLabel *>(QStringLiteral("demoBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("DEMO"));
    }
    dialog.accountList()->setCurrentRow(0);
    QVERIFY(!dialog.editButton()->isEnabled());
    QVERIFY(!dialog.renameButton()->isEnabled());
    QVERIFY(dialog.removeButton()->isEnabled());
}

void TestAccountsDialog::firstRunPageAsksTheComposition()
{
    Composition composition;
    MainWindow window(composition.repository());
    window.setAccountRegistry(composition.accounts());
    window.show();
    QVERIFY(window.isShowingEmptyState());
    QSignalSpy addRequested(&window, &MainWindow::addAccountRequested);
    QSignalSpy demoRequested(&window, &MainWindow::demoRequested);
    window.firstRunPage()->addAccountButton()->click();
    QCOMPARE(addRequested.size(), 1);
    window.firstRunPage()->demoButton()->click();
    QCOMPARE(demoRequested.size(), 1);
    window.grab().save(QDir::temp().filePath(QStringLiteral("billdeck-first-run.png")));

    window.showAccountProblem(QStringLiteral("The key for Production is not in the keychain; edit the account to "
                                             "enter it."));
    QVERIFY(window.accountProblemBanner()->isVisible());
    QVERIFY(window.accountProblemBanner()->message().contains(QStringLiteral("Production")));
}

void TestAccountsDialog::switcherShowsOneOrAllAccounts()
{
    Composition composition;
    MainWindow window(composition.repository());
    window.setAccountRegistry(composition.accounts());
    window.show();
    QVERIFY(!window.accountSwitcher()->isVisible());
    QString problem;
    QVERIFY2(composition.addDemoAccount(&problem, QDate::currentDate()), qPrintable(problem));
    QTRY_VERIFY(!window.isShowingEmptyState());
    QComboBox *switcher = window.accountSwitcher();
    QVERIFY(switcher->isVisible());
    QCOMPARE(switcher->count(), 3);
    QCOMPARE(switcher->itemText(0), QStringLiteral("All accounts (2)"));
    QCOMPARE(switcher->itemText(1), QStringLiteral("Demo SkySQL · demo"));
    QCOMPARE(switcher->currentIndex(), 1);

    // Choosing "All accounts" shows both, each row saying its account; the pages reload.
    QSignalSpy loaded(composition.repository(), &InvoiceRepository::loaded);
    switcher->setCurrentIndex(0);
    Q_EMIT switcher->activated(0);
    QCOMPARE(composition.accounts()->shownAccountId(), QString());
    QVERIFY(loaded.wait(NetworkTimeoutMs));
    QCOMPARE(composition.repository()->accounts().size(), 2);
    QCOMPARE(composition.repository()->invoices().size(), 36 + 30);

    switcher->setCurrentIndex(2);
    Q_EMIT switcher->activated(2);
    QCOMPARE(composition.accounts()->shownAccountId(), QStringLiteral("demo-scalingo"));
    QCOMPARE(composition.repository()->accounts().size(), 1);
}

void TestAccountsDialog::savedAccountsReconnectWithTheRememberedChoice()
{
    m_manager->setRemembersShownAccount(true);
    QStringList ids;
    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Keyless")}) {
        Account account;
        account.displayName = name;
        account.apiUrl = m_server->baseUrl();
        m_manager->save(account, m_server->skySqlApiKey(), AccountManager::SecretLocation::Keychain, this,
                        [&ids](const QString &id, const SecretStoreError &) { ids << id; });
    }
    QTRY_COMPARE(ids.size(), 3);
    m_registry->setShownAccountId(ids.at(1));
    // The third one's key disappears from the keychain (another machine, a cleaned keyring).
    bool deleted = false;
    m_secrets->deleteSecret(ids.at(2), this, [&deleted](const SecretStoreError &) { deleted = true; });
    QTRY_VERIFY(deleted);

    // The next start: the accounts come back from the settings and the secret store.
    QNetworkAccessManager network;
    AccountRegistry registry(&network);
    AccountManager manager(m_settings.get(), m_store.get(), m_secrets.get(), &registry);
    QSignalSpy connected(&manager, &AccountManager::savedAccountsConnected);
    QSignalSpy problems(&manager, &AccountManager::problemFound);
    manager.connectSavedAccounts();
    QVERIFY(manager.isConnectingSavedAccounts());
    QVERIFY(connected.wait(5000));
    QCOMPARE(registry.connections().size(), 2);
    QCOMPARE(registry.shownAccountId(), ids.at(1));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().toString(),
             QStringLiteral("The key for Keyless is not in the keychain; edit the account to enter it."));

    // "All accounts" is a choice too.
    m_registry->setShownAccountId(QString());
    AccountRegistry third(&network);
    third.add(m_store->accounts().first(), QStringLiteral("x"));
    third.setShownAccountId(ids.at(0));
    AccountManager again(m_settings.get(), m_store.get(), m_secrets.get(), &third);
    QSignalSpy connectedAgain(&again, &AccountManager::savedAccountsConnected);
    again.connectSavedAccounts();
    QVERIFY(connectedAgain.wait(5000));
    QCOMPARE(third.shownAccountId(), QString());
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
