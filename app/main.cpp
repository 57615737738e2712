// billdeck: the window, or a command-line export, over the accounts the composition sets up.

#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "accounts/firstrunpage.h"
#include "accountscommand.h"
#include "commandline.h"
#include "composition.h"
#include "costs/costspage.h"
#include "exportcommand.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "mainwindow.h"
#include "pages.h"
#include "screenshotcommand.h"
#include "store/billingstore.h"
#include "store/secretstore.h"
#include "widgets/themecolors.h"
#include "windowaccounts.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDebug>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace
{
constexpr auto ScreenshotTimeout = std::chrono::seconds(60);
const char *const Version = "0.1.0";

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Billdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("billdeck"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version));
}

// The app's strings and Qt's own (dialog buttons, the file dialog) in the system's language, as
// LANGUAGE, LC_ALL, LC_MESSAGES or LANG say; English when no translation matches.
void installTranslators(QCoreApplication &app)
{
    const QLocale system = QLocale::system();
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(system, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // Embedded by qt_add_translations (app/CMakeLists.txt) under :/i18n. English (also under the
    // C locale) has a translation too: its plural forms ("1 invoice", "2 invoices").
    const QLocale ui = system.language() == QLocale::C ? QLocale(QLocale::English) : system;
    auto *translator = new QTranslator(&app);
    if (translator->load(ui, QStringLiteral("billdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The saved accounts as a run of the app sees them: their settings in the default place
// (XDG_CONFIG_HOME on Linux), their secrets in the keychain.
struct SavedAccounts {
    SavedAccounts() { composition.useSavedAccounts(&settings, &keychain); }

    // The window and `export` keep the billing data in the default store (`accounts` reads no
    // billing data; `accounts remove` deletes the account's). Without the store they still work, from the network only.
    void useBillingStore(bool offline)
    {
        QString problem;
        if (!composition.useStore(BillingStore::defaultDatabasePath(), BillingStore::defaultDocumentsFolder(), &problem))
            qWarning().noquote() << problem;
        composition.accounts()->setOffline(offline);
    }

    QSettings settings;
    KeychainSecretStore keychain;
    Composition composition;
};

// A command's results go to standard output; false (with a message) when it cannot be written.
bool openStandardOutput(QFile &output, QIODevice::OpenMode mode, QFile &errors)
{
    if (output.open(stdout, mode))
        return true;
    errors.write("billdeck: cannot write to standard output\n");
    return false;
}

int runExport(int argc, char *argv[], const CommandLineOptions &options, QFile &errors)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    SavedAccounts saved;
    saved.useBillingStore(options.offline);
    Composition &composition = saved.composition;
    StartupAccounts accounts(&composition, options, QProcessEnvironment::systemEnvironment(),
                             StartupAccounts::Use::Export);
    QObject::connect(&accounts, &StartupAccounts::failed, &app, [&errors](const QString &message, int exitCode) {
        errors.write(QStringLiteral("billdeck: %1\n").arg(message).toUtf8());
        QCoreApplication::exit(exitCode);
    });
    QFile output;
    if (!openStandardOutput(output, QIODevice::WriteOnly, errors))
        return CommandLine::ExitFailure;
    ExportCommand command(composition.accounts(), composition.repository(), options, &output, &errors);
    QObject::connect(&command, &ExportCommand::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&accounts, &StartupAccounts::ready, &command, [&command] { command.start(); });
    accounts.start();
    const int exitCode = app.exec();
    output.flush();
    return exitCode;
}

int runAccounts(int argc, char *argv[], const CommandLineOptions &options, QFile &errors)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    installTranslators(app);
    SavedAccounts saved;
    // Removing an account forgets its stored billing data too; listing or adding reads none.
    if (options.mode == CommandLineOptions::Mode::AccountsRemove)
        saved.useBillingStore(false);
    Composition &composition = saved.composition;
    QFile output;
    if (!openStandardOutput(output, QIODevice::WriteOnly | QIODevice::Unbuffered, errors))
        return CommandLine::ExitFailure;
    AccountsCommand command(&composition, options, QProcessEnvironment::systemEnvironment(), &output, &errors);
    QObject::connect(&command, &AccountsCommand::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    command.start();
    return app.exec();
}

int runWindow(int argc, char *argv[], const CommandLineOptions &options, QFile &errors)
{
    QApplication app(argc, argv);
    setApplicationInfo();
    installTranslators(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Billdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/billdeck.svg")));
    ThemeColors::keepPlaceholdersReadable(&app);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.billdeck.Billdeck"));
    // The C locale has no money conventions ("4,784.82$"); people running under it still
    // read amounts the international way.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    SavedAccounts saved;
    saved.useBillingStore(options.offline);
    Composition &composition = saved.composition;
    // Pages paint what the store kept before the server answers (`export` asks the server).
    composition.accounts()->setStoredFirst(true);
    composition.accountManager()->setRemembersShownAccount(true);
    StartupAccounts accounts(&composition, options, QProcessEnvironment::systemEnvironment(),
                             StartupAccounts::Use::Window);

    MainWindow window(composition.repository());
    window.setAccountRegistry(composition.accounts());
    connectAccountActions(window, composition);
    addPages(window, composition);
    // Set when the run must fail whatever else finishes after (a screenshot taken all the same).
    int failure = CommandLine::ExitSuccess;
    if (options.costsMonth.isValid()) {
        if (auto *costs = qobject_cast<CostsPage *>(window.page(QStringLiteral("costs")))) {
            // Outside the range, the page widens it; a month with no invoice at all is a mistake.
            QObject::connect(costs, &CostsPage::focusMonthUnavailable, &app, [&errors, &failure](const QString &message) {
                errors.write(QStringLiteral("billdeck: --costs-month: %1\n").arg(message).toUtf8());
                failure = CommandLine::ExitFailure;
                QCoreApplication::exit(failure);
            });
            costs->focusMonthWhenReady(options.costsMonth);
        }
    }
    if (!options.page.isEmpty() && !window.pageKeys().contains(options.page)) {
        errors.write(QStringLiteral("billdeck: unknown page \"%1\". Pages: %2.\n")
                         .arg(options.page, window.pageKeys().join(QStringLiteral(", ")))
                         .toUtf8());
        return CommandLine::ExitUsage;
    }

    if (options.previewPdf)
        window.invoicesPage()->showPdfPreview();

    if (options.windowSize.isValid())
        window.resize(options.windowSize);
    std::unique_ptr<ScreenshotCommand> screenshot;
    if (!options.screenshotPath.isEmpty()) {
        window.resize(options.windowSize.isValid() ? options.windowSize : CommandLine::DefaultScreenshotSize);
        screenshot = std::make_unique<ScreenshotCommand>(&window, composition.repository(), options.screenshotPath,
                                                         ScreenshotTimeout, &errors);
        QObject::connect(screenshot.get(), &ScreenshotCommand::finished, &app, [](int exitCode) {
            QCoreApplication::exit(exitCode);
        });
    }
    QObject::connect(&accounts, &StartupAccounts::problemFound, &window, &MainWindow::showAccountProblem);
    QObject::connect(&accounts, &StartupAccounts::failed, &app, [&errors](const QString &message, int exitCode) {
        errors.write(QStringLiteral("billdeck: %1\n").arg(message).toUtf8());
        QCoreApplication::exit(exitCode);
    });
    // The pages load once the accounts are connected (saved ones wait for the keychain).
    QObject::connect(&accounts, &StartupAccounts::ready, &window, [&window, &composition, &screenshot, &options, &errors] {
        window.firstRunPage()->setConnecting(false);
        // The sidebar holds the pages the shown accounts offer, known only now.
        if (!options.page.isEmpty() && !window.setCurrentPage(options.page)) {
            QStringList offering;
            const QList<AccountConnection *> connections = composition.accounts()->connections();
            for (const AccountConnection *connection : connections) {
                if (connection->capabilities() & window.pageNeeds(options.page))
                    offering << QStringLiteral("--account \"%1\"").arg(connection->account().displayName);
            }
            errors.write((offering.isEmpty()
                              ? QStringLiteral("billdeck: no account has a \"%1\" page.\n").arg(options.page)
                              : QStringLiteral("billdeck: the shown account has no \"%1\" page; show one that has: %2.\n")
                                    .arg(options.page, offering.join(QStringLiteral(" or "))))
                             .toUtf8());
            QCoreApplication::exit(CommandLine::ExitUsage);
            return;
        }
        if (screenshot)
            screenshot->start();
        else
            composition.repository()->refreshInvoices();
    });
    window.firstRunPage()->setConnecting(true);
    window.show();
    accounts.start();
    const int exitCode = app.exec();
    return failure != CommandLine::ExitSuccess ? failure : exitCode;
}
}

int main(int argc, char *argv[])
{
    QFile errors;
    if (!errors.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CommandLine::ExitFailure;

    // Parsed before any application object: an export must not need a display.
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    CommandLineOptions options;
    QString problem;
    if (!CommandLine::parse(parser, argumentsOf(argc, argv), &options, &problem)) {
        errors.write(QStringLiteral("billdeck: %1\nTry `billdeck --help`.\n").arg(problem).toUtf8());
        return CommandLine::ExitUsage;
    }

    switch (options.mode) {
    case CommandLineOptions::Mode::Help:
    case CommandLineOptions::Mode::Version: {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        if (options.mode == CommandLineOptions::Mode::Help)
            parser.showHelp(CommandLine::ExitSuccess);
        parser.showVersion();
    }
    case CommandLineOptions::Mode::Export:
        return runExport(argc, argv, options, errors);
    case CommandLineOptions::Mode::AccountsAdd:
    case CommandLineOptions::Mode::AccountsList:
    case CommandLineOptions::Mode::AccountsRemove:
        return runAccounts(argc, argv, options, errors);
    case CommandLineOptions::Mode::Window:
        break;
    }
    return runWindow(argc, argv, options, errors);
}
