#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// What `billdeck` was asked to do, decided before any application object exists: exporting
// needs no display, so it must not create a QApplication.
struct CommandLineOptions {
    enum class Mode {
        Window,          // the dashboard
        ExportInvoices,  // `billdeck export invoices`: write to stdout, no window
        Help,
        Version,
    };
    enum class ExportFormat { Csv, Json };

    Mode mode = Mode::Window;
    bool demo = false;
    QString screenshotPath;  // Window: save a picture once loaded, then quit
    QString page;            // Window: the page to open ("invoices")
    ExportFormat format = ExportFormat::Csv;
};

namespace CommandLine
{
// sysexits' EX_USAGE: scripts can tell a typo from a failed download.
constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1;
constexpr int ExitTimedOut = 2;
constexpr int ExitUsage = 64;

// Declares every option and positional argument on `parser`.
void setUp(QCommandLineParser &parser);
// Parses `arguments` (program name first). False with a message for people on bad usage.
bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandLineOptions *options, QString *error);
}
