// The command line's account paths, driven without starting the program: --account,
// --provider with its secret from the environment, the https-or-loopback rule, and
// `billdeck accounts add|list|remove` saving through the same AccountManager as the dialog.
// Secrets go to a MemorySecretStore here; the keychain itself is tst_secretstore's.

#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "accountscommand.h"
#include "commandline.h"
#include "composition.h"
#include "demoserver.h"
#include "exportcommand.h"
#include "pages.h"
#include "store/accountstore.h"
#include "store/secretstore.h"
#include "support/commandrun.h"
#include "support/demoserverfixture.h"
#include "support/secretwait.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace TestSupport;

namespace
{
constexpr int TimeoutMs = 30000;

bool parse(const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    return CommandLine::parse(parser, QStringList{QStringLiteral("billdeck")} + arguments, options, error);
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    if (!name.isEmpty())
        environment.insert(name, value);
    return environment;
}

// StartupAccounts, then `export invoices` once it is ready: what main() does.
CommandRun exportWith(Composition &composition, const CommandLineOptions &options, const QProcessEnvironment &environment)
{
    CommandRun run;
    QBuffer output(&run.output);
    QBuffer errors(&run.errors);
    output.open(QIODevice::WriteOnly);
    errors.open(QIODevice::WriteOnly);
    StartupAccounts accounts(&composition, options, environment, StartupAccounts::Use::Export);
    ExportCommand command(composition.accounts(), composition.repository(), options, &output, &errors);
    QEventLoop loop;
    QObject::connect(&accounts, &StartupAccounts::failed, &loop, [&](const QString &message, int exitCode) {
        run.errors += message.toUtf8();
        run.exitCode = exitCode;
        loop.quit();
    });
    QObject::connect(&accounts, &StartupAccounts::ready, &command, [&command] { command.start(); });
    QObject::connect(&command, &ExportCommand::finished, &loop, [&](int exitCode) {
        run.exitCode = exitCode;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    accounts.start();
    loop.exec();
    return run;
}

CommandRun accountsCommand(Composition &composition, const QStringList &arguments, const QProcessEnvironment &environment)
{
    CommandLineOptions options;
    QString error;
    if (!parse(arguments, &options, &error)) {
        CommandRun run;
        run.errors = error.toUtf8();
        run.exitCode = CommandLine::ExitUsage;
        return run;
    }
    return runCommand<AccountsCommand>(TimeoutMs, &composition, options, environment);
}

int csvRows(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return int(lines.size()) - 1;  // the header
}
}

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesAccountOptions_data();
    void parsesAccountOptions();
    void parsesWindowOptions_data();
    void parsesWindowOptions();
    void helpListsEveryPageAndSaysUsageOnce();
    void qtOptionsAndSizeReachTheWindow();
    void costsMonthWithoutInvoicesFails();
    void aPdfPreviewScreenshotCompletes();
    void aScreenshotWaitsForAPageBuiltLate_data();
    void aScreenshotWaitsForAPageBuiltLate();
    void providerAccountExportsTheWholeHistory();
    void providerAccountNeedsItsEnvironmentVariable();
    void providerSecretIsNeverAnArgument();
    void unknownAccountNameIsRefusedWithTheNames();
    void exportWithoutAnyAccountSaysHowToAddOne();
    void accountsAddTestsSavesAndExports();
    void accountsAddRefusesAWrongKeyAndSavesNothing();
    void accountsListAndRemove();

private:
    QString settingsPath() const;

    std::unique_ptr<DemoServer> m_server;
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The backend asks for the 24 months before the real today, so the data is pinned to it.
    m_server = TestSupport::startDemoServer(QDate::currentDate());
    QVERIFY(m_server);
}

QString TestCommandLine::settingsPath() const
{
    return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf"));
}

void TestCommandLine::parsesAccountOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("account all") << QStringList{"--account", "all"} << true << QString();
    QTest::newRow("export account") << QStringList{"export", "invoices", "--account", "Prod"} << true << QString();
    QTest::newRow("export without --demo (saved accounts)") << QStringList{"export", "invoices"} << true << QString();
    QTest::newRow("provider loopback http") << QStringList{"--provider", "skysql", "--api-url", "http://127.0.0.1:8080"}
                                            << true << QString();
    QTest::newRow("provider https") << QStringList{"export", "invoices", "--provider", "scalingo", "--api-url",
                                                   "https://api.example.com", "--auth-url", "https://auth.example.com"}
                                    << true << QString();
    QTest::newRow("plain http elsewhere") << QStringList{"--provider", "skysql", "--api-url", "http://example.com"}
                                          << false << QStringLiteral("refused");
    QTest::newRow("plain http auth") << QStringList{"--provider", "scalingo", "--api-url", "https://a.example.com",
                                                    "--auth-url", "http://auth.example.com"}
                                     << false << QStringLiteral("--auth-url");
    QTest::newRow("unknown provider") << QStringList{"--provider", "aws"} << false << QStringLiteral("skysql or scalingo");
    QTest::newRow("url without provider") << QStringList{"--api-url", "https://api.example.com"} << false
                                          << QStringLiteral("needs --provider");
    QTest::newRow("org on scalingo") << QStringList{"--provider", "scalingo", "--org", "x"} << false
                                     << QStringLiteral("SkySQL setting");
    QTest::newRow("unknown region") << QStringList{"--provider", "scalingo", "--region", "mars-1"} << false
                                    << QStringLiteral("osc-fr1");
    QTest::newRow("empty account") << QStringList{"--account", ""} << false << QStringLiteral("--account needs");
    QTest::newRow("accounts add") << QStringList{"accounts", "add", "--provider", "skysql", "--name", "Prod"} << true
                                  << QString();
    QTest::newRow("accounts add without name") << QStringList{"accounts", "add", "--provider", "skysql"} << false
                                               << QStringLiteral("--name");
    QTest::newRow("accounts add without provider") << QStringList{"accounts", "add", "--name", "Prod"} << false
                                                   << QStringLiteral("--provider");
    QTest::newRow("accounts list") << QStringList{"accounts", "list"} << true << QString();
    QTest::newRow("accounts remove") << QStringList{"accounts", "remove", "Prod"} << true << QString();
    QTest::newRow("accounts remove nothing") << QStringList{"accounts", "remove"} << false << QStringLiteral("Remove which");
    QTest::newRow("accounts bogus") << QStringList{"accounts", "rename"} << false << QStringLiteral("Unknown accounts");
    QTest::newRow("name outside accounts add") << QStringList{"--name", "x"} << false << QStringLiteral("--name");
}

void TestCommandLine::parsesAccountOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);
    CommandLineOptions options;
    QString error;
    QCOMPARE(parse(arguments, &options, &error), ok);
    if (!ok)
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestCommandLine::parsesWindowOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("page");

    QTest::newRow("size") << QStringList{"--demo", "--size", "1024x640", "--screenshot", "x.png"} << true << QSize(1024, 640)
                          << QString();
    QTest::newRow("size with ×") << QStringList{"--size=1366×768"} << true << QSize(1366, 768) << QString();
    QTest::newRow("no size") << QStringList{"--demo"} << true << QSize() << QString();
    QTest::newRow("size too small") << QStringList{"--size", "10x10"} << false << QSize() << QString();
    QTest::newRow("size not a size") << QStringList{"--size", "big"} << false << QSize() << QString();
    QTest::newRow("size on export") << QStringList{"export", "invoices", "--size", "800x600"} << false << QSize()
                                    << QString();
    // Qt's own options: QApplication reads them from argv; ours skips them, with their value.
    QTest::newRow("-style") << QStringList{"-style", "fusion", "--page", "costs"} << true << QSize()
                            << QStringLiteral("costs");
    QTest::newRow("--style=") << QStringList{"--style=fusion", "--page", "tax"} << true << QSize() << QStringLiteral("tax");
    QTest::newRow("-platform") << QStringList{"-platform", "offscreen", "--demo"} << true << QSize() << QString();
    QTest::newRow("-geometry") << QStringList{"-geometry", "800x600+10+10", "--page", "overview"} << true << QSize()
                               << QStringLiteral("overview");
    QTest::newRow("-reverse") << QStringList{"-reverse", "--demo"} << true << QSize() << QString();
    QTest::newRow("-platformtheme") << QStringList{"-platformtheme", "gtk3"} << true << QSize() << QString();
    // Not swallowed: an unknown option, and our --name.
    QTest::newRow("unknown") << QStringList{"--bogus"} << false << QSize() << QString();
    QTest::newRow("--name is ours") << QStringList{"--name", "x"} << false << QSize() << QString();
}

void TestCommandLine::parsesWindowOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QSize, size);
    QFETCH(QString, page);
    CommandLineOptions options;
    QString error;
    QVERIFY2(parse(arguments, &options, &error) == ok, qPrintable(error));
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(options.mode, CommandLineOptions::Mode::Window);
    QCOMPARE(options.windowSize, size);
    QCOMPARE(options.page, page);
}

void TestCommandLine::helpListsEveryPageAndSaysUsageOnce()
{
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    const QString help = parser.helpText();
    QCOMPARE(help.count(QStringLiteral("Usage:")), 1);
    const QStringList keys = pageKeys();
    QCOMPARE(keys.size(), 9);
    for (const QString &key : keys)
        QVERIFY2(help.contains(key), qPrintable(key));
    QVERIFY(help.contains(QStringLiteral("--size")));
    QVERIFY(help.contains(QStringLiteral("-style")));
}

namespace
{
// billdeck itself, with its settings and store in `home`, as a person would run it.
CommandRun runBilldeck(const QString &home, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BILLDECK_BINARY), arguments);
    CommandRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -1;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}
}

void TestCommandLine::qtOptionsAndSizeReachTheWindow()
{
    // -platform is Qt's: without it reaching QApplication there is no display to start on
    // (QT_QPA_PLATFORM is unset), and -style must not be refused as unknown.
    const QString picture = m_dir.filePath(QStringLiteral("sized.png"));
    const CommandRun run = runBilldeck(m_dir.path(), {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                      QStringLiteral("-style"), QStringLiteral("fusion"),
                                                      QStringLiteral("--demo"), QStringLiteral("--size"),
                                                      QStringLiteral("1500x950"), QStringLiteral("--screenshot"), picture});
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    const QImage image(picture);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1500, 950));
}

// The PDF preview fitted to its width at 1440x900: its scroll bar, shown and hidden in turn
// for ever as the page fitted with it and not without, froze the window (the picture never
// came; a person saw a flickering pane and a window that did not answer).
void TestCommandLine::aPdfPreviewScreenshotCompletes()
{
    const QString picture = m_dir.filePath(QStringLiteral("preview.png"));
    const CommandRun run = runBilldeck(m_dir.path(),
                                       {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--demo"),
                                        QStringLiteral("--account"), QStringLiteral("Demo SkySQL"), QStringLiteral("--preview-pdf"),
                                        QStringLiteral("--size"), QStringLiteral("1440x900"), QStringLiteral("--screenshot"), picture},
                                       60000);
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QVERIFY(!QImage(picture).isNull());
}

void TestCommandLine::aScreenshotWaitsForAPageBuiltLate_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("overview") << QStringLiteral("overview");
    QTest::newRow("billing profile") << QStringLiteral("profile");
}

// A page is built when first shown; Scalingo's were built after the screenshot had looked for
// the page's readiness, so it never heard the page was ready and gave up after a minute.
void TestCommandLine::aScreenshotWaitsForAPageBuiltLate()
{
    QFETCH(QString, page);
    const QString picture = m_dir.filePath(page + QStringLiteral(".png"));
    const CommandRun run = runBilldeck(m_dir.path(),
                                       {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--demo"),
                                        QStringLiteral("--account"), QStringLiteral("Demo Scalingo"), QStringLiteral("--page"), page,
                                        QStringLiteral("--screenshot"), picture},
                                       45000);
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QVERIFY(!QImage(picture).isNull());
}

void TestCommandLine::costsMonthWithoutInvoicesFails()
{
    // Before any invoice: a message and a failure, never an empty breakdown with exit 0.
    const QString picture = m_dir.filePath(QStringLiteral("costs.png"));
    const CommandRun run = runBilldeck(m_dir.path(), {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                      QStringLiteral("--demo"), QStringLiteral("--page"),
                                                      QStringLiteral("costs"), QStringLiteral("--costs-month"),
                                                      QStringLiteral("1990-01"), QStringLiteral("--screenshot"), picture});
    QCOMPARE(run.exitCode, CommandLine::ExitFailure);
    QVERIFY2(run.errors.contains("--costs-month") && run.errors.contains("1990"), run.errors.constData());
}

void TestCommandLine::providerAccountExportsTheWholeHistory()
{
    CommandLineOptions options;
    QString error;
    QVERIFY2(parse({"export", "invoices", "--provider", "skysql", "--api-url", m_server->baseUrl().toString(), "--org",
                    m_server->organizationId()},
                   &options, &error),
             qPrintable(error));
    Composition composition;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    MemorySecretStore secrets;
    composition.useSavedAccounts(&settings, &secrets);
    const CommandRun run = exportWith(composition, options,
                                      environmentWith(QStringLiteral("BILLDECK_SKYSQL_API_KEY"), m_server->skySqlApiKey()));
    QVERIFY2(run.exitCode == CommandLine::ExitSuccess, run.errors.constData());
    QCOMPARE(csvRows(run.output), 36);  // the whole history
    QVERIFY(run.output.contains("SkySQL (command line)"));
    // Nothing of a command-line account is saved.
    QVERIFY(composition.accountManager()->store()->isEmpty());
}

void TestCommandLine::providerAccountNeedsItsEnvironmentVariable()
{
    CommandLineOptions options;
    QString error;
    QVERIFY(parse({"export", "invoices", "--provider", "skysql", "--api-url", m_server->baseUrl().toString()}, &options,
                  &error));
    Composition composition;
    // The other provider's variable does not count.
    const CommandRun run = exportWith(composition, options,
                                      environmentWith(QStringLiteral("BILLDECK_SCALINGO_TOKEN"), QStringLiteral("x")));
    QCOMPARE(run.exitCode, CommandLine::ExitUsage);
    QVERIFY(run.output.isEmpty());
    QVERIFY2(run.errors.contains("BILLDECK_SKYSQL_API_KEY"), run.errors.constData());
    QVERIFY2(run.errors.contains("not set"), run.errors.constData());
}

void TestCommandLine::providerSecretIsNeverAnArgument()
{
    // There is no option that takes a key: a script that tries gets a usage error.
    CommandLineOptions options;
    QString error;
    QVERIFY(!parse({"--provider", "skysql", "--api-key", "demo-skysql-key"}, &options, &error));
    QVERIFY(!parse({"--provider", "scalingo", "--token", "tk-us-x"}, &options, &error));
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    const QString help = parser.helpText();
    QVERIFY(help.contains(QStringLiteral("BILLDECK_SKYSQL_API_KEY")));
    QVERIFY(help.contains(QStringLiteral("BILLDECK_SCALINGO_TOKEN")));
    QVERIFY(help.contains(QStringLiteral("--account")));
}

void TestCommandLine::unknownAccountNameIsRefusedWithTheNames()
{
    CommandLineOptions options;
    QString error;
    QVERIFY(parse({"export", "invoices", "--demo", "--account", "Nope"}, &options, &error));
    Composition composition;
    const CommandRun run = exportWith(composition, options, QProcessEnvironment());
    QCOMPARE(run.exitCode, CommandLine::ExitUsage);
    QVERIFY2(run.errors.contains("No account is called “Nope”"), run.errors.constData());
    QVERIFY2(run.errors.contains("Demo Scalingo"), run.errors.constData());
}

void TestCommandLine::exportWithoutAnyAccountSaysHowToAddOne()
{
    CommandLineOptions options;
    QString error;
    QVERIFY(parse({"export", "invoices"}, &options, &error));
    Composition composition;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    MemorySecretStore secrets;
    composition.useSavedAccounts(&settings, &secrets);
    const CommandRun run = exportWith(composition, options, QProcessEnvironment());
    QCOMPARE(run.exitCode, CommandLine::ExitUsage);
    QVERIFY(run.output.isEmpty());
    QVERIFY2(run.errors.contains("billdeck accounts add"), run.errors.constData());
}

void TestCommandLine::accountsAddTestsSavesAndExports()
{
    const QString key = m_server->skySqlApiKey();
    QSettings settings(settingsPath(), QSettings::IniFormat);
    MemorySecretStore secrets;
    {
        Composition composition;
        composition.useSavedAccounts(&settings, &secrets);
        const CommandRun run = accountsCommand(composition,
                                               {"accounts", "add", "--provider", "skysql", "--name", "Production", "--api-url",
                                                m_server->baseUrl().toString(), "--org", m_server->organizationId()},
                                               environmentWith(QStringLiteral("BILLDECK_SKYSQL_API_KEY"), key));
        QVERIFY2(run.exitCode == CommandLine::ExitSuccess, run.errors.constData());
        QVERIFY(run.output.contains("Saved “Production”"));
        QVERIFY(!run.output.contains(key.toUtf8()) && !run.errors.contains(key.toUtf8()));
    }
    settings.sync();
    // Settings hold the account, never its key; the secret store holds the key.
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("Production"));
    QVERIFY(!written.contains(key.toUtf8()));
    AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 1);
    const Account saved = store.accounts().first();
    QCOMPARE(saved.organizationId, m_server->organizationId());
    QCOMPARE(storedSecret(secrets, saved.id), key);

    // Another run finds it by name, reads the secret and exports its invoices.
    CommandLineOptions options;
    QString error;
    QVERIFY(parse({"export", "invoices", "--account", "production"}, &options, &error));
    Composition again;
    again.useSavedAccounts(&settings, &secrets);
    const CommandRun run = exportWith(again, options, QProcessEnvironment());
    QVERIFY2(run.exitCode == CommandLine::ExitSuccess, run.errors.constData());
    QCOMPARE(csvRows(run.output), 36);  // the whole history
    QCOMPARE(again.accounts()->shownAccountId(), saved.id);
}

void TestCommandLine::accountsAddRefusesAWrongKeyAndSavesNothing()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    MemorySecretStore secrets;
    Composition composition;
    composition.useSavedAccounts(&settings, &secrets);
    CommandRun run = accountsCommand(composition,
                                     {"accounts", "add", "--provider", "skysql", "--name", "Typo", "--api-url",
                                      m_server->baseUrl().toString()},
                                     environmentWith(QStringLiteral("BILLDECK_SKYSQL_API_KEY"), QStringLiteral("wrong-key")));
    QCOMPARE(run.exitCode, CommandLine::ExitFailure);
    QVERIFY2(run.errors.contains("API key was refused"), run.errors.constData());
    QVERIFY(composition.accountManager()->store()->isEmpty());

    run = accountsCommand(composition, {"accounts", "add", "--provider", "skysql", "--name", "NoKey"},
                          QProcessEnvironment());
    QCOMPARE(run.exitCode, CommandLine::ExitUsage);
    QVERIFY2(run.errors.contains("BILLDECK_SKYSQL_API_KEY"), run.errors.constData());
    QVERIFY(composition.accountManager()->store()->isEmpty());
}

void TestCommandLine::accountsListAndRemove()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    MemorySecretStore secrets;
    Composition composition;
    composition.useSavedAccounts(&settings, &secrets);
    CommandRun run = accountsCommand(composition,
                                     {"accounts", "add", "--provider", "scalingo", "--name", "Paris", "--api-url",
                                      m_server->baseUrl().toString(), "--auth-url", m_server->baseUrl().toString()},
                                     environmentWith(QStringLiteral("BILLDECK_SCALINGO_TOKEN"), m_server->scalingoToken()));
    QVERIFY2(run.exitCode == CommandLine::ExitSuccess, run.errors.constData());
    const QString id = composition.accountManager()->store()->accounts().first().id;

    run = accountsCommand(composition, {"accounts", "list"}, QProcessEnvironment());
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
    QVERIFY2(run.output.startsWith("Paris\tscalingo\t"), run.output.constData());
    QVERIFY(!run.output.contains(m_server->scalingoToken().toUtf8()));

    run = accountsCommand(composition, {"accounts", "remove", "nobody"}, QProcessEnvironment());
    QCOMPARE(run.exitCode, CommandLine::ExitUsage);
    run = accountsCommand(composition, {"accounts", "remove", "paris"}, QProcessEnvironment());
    QVERIFY2(run.exitCode == CommandLine::ExitSuccess, run.errors.constData());
    QVERIFY(composition.accountManager()->store()->isEmpty());
    QVERIFY(storedSecret(secrets, id).isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
