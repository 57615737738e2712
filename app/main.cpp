// billdeck: the window, or a command-line export, over the accounts the composition sets up.

#include "commandline.h"
#include "composition.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "pages.h"
#include "repository.h"
#include "screenshotcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

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

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runExport(int argc, char *argv[], const CommandLineOptions &options, QFile &errors)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    Composition composition;
    QString problem;
    if (!composition.addDemoAccount(&problem)) {
        errors.write(QStringLiteral("billdeck: %1\n").arg(problem).toUtf8());
        return CommandLine::ExitFailure;
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        errors.write("billdeck: cannot write to standard output\n");
        return CommandLine::ExitFailure;
    }
    InvoiceExportCommand command(composition.repository(), options.format, &output, &errors);
    QObject::connect(&command, &InvoiceExportCommand::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    command.start();
    const int exitCode = app.exec();
    output.flush();
    return exitCode;
}

int runWindow(int argc, char *argv[], const CommandLineOptions &options, QFile &errors)
{
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Billdeck"));
    // The C locale has no money conventions ("4,784.82$"); people running under it still
    // read amounts the international way.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    Composition composition;
    if (options.demo) {
        QString problem;
        if (!composition.addDemoAccount(&problem)) {
            errors.write(QStringLiteral("billdeck: %1\n").arg(problem).toUtf8());
            return CommandLine::ExitFailure;
        }
    }

    MainWindow window(composition.repository());
    addPages(window, composition);
    if (!options.page.isEmpty() && !window.setCurrentPage(options.page)) {
        errors.write(QStringLiteral("billdeck: unknown page \"%1\". Pages: %2.\n")
                         .arg(options.page, window.pageKeys().join(QStringLiteral(", ")))
                         .toUtf8());
        return CommandLine::ExitUsage;
    }

    std::unique_ptr<ScreenshotCommand> screenshot;
    if (!options.screenshotPath.isEmpty()) {
        window.resize(1440, 900);
        screenshot = std::make_unique<ScreenshotCommand>(&window, composition.repository(), options.screenshotPath,
                                                         ScreenshotTimeout, &errors);
        QObject::connect(screenshot.get(), &ScreenshotCommand::finished, &app, [](int exitCode) {
            QCoreApplication::exit(exitCode);
        });
    }
    window.show();
    if (screenshot)
        screenshot->start();
    else
        composition.repository()->refreshInvoices();
    return app.exec();
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
    case CommandLineOptions::Mode::ExportInvoices:
        return runExport(argc, argv, options, errors);
    case CommandLineOptions::Mode::Window:
        break;
    }
    return runWindow(argc, argv, options, errors);
}
