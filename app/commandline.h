#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// What `billdeck` was asked to do, decided before any application object exists: exporting
// needs no display, so it must not create a QApplication.
struct CommandLineOptions {
    enum class Mode {
        Window,          // the dashboard
        Export,          // `billdeck export KIND`: write to stdout, no window
        Help,
        Version,
        AccountsAdd,     // `billdeck accounts add`: save an account, its secret to the keychain
        AccountsList,    // `billdeck accounts list`
        AccountsRemove,  // `billdeck accounts remove NAME`
    };
    enum class ExportFormat { Csv, Json };

    Mode mode = Mode::Window;
    bool demo = false;
    bool offline = false;    // Window and export: read what the store holds, never the network
    QString screenshotPath;  // Window: save a picture once loaded, then quit
    QString page;            // Window: the page to open ("invoices")
    bool previewPdf = false; // Window: open the Invoices page's PDF preview of the selected invoice
    QDate costsMonth;        // Window: the Costs page shows this month's breakdown and tooltip
    QSize windowSize;        // Window: --size WxH; invalid: the default (1440×900 for a screenshot)
    ExportFormat format = ExportFormat::Csv;
    QString exportKind;      // Export: one of ExportKinds::names() ("invoices", "operations"…)
    QDate from;              // Export: first day kept (invalid: no lower bound)
    QDate to;                // Export: last day kept (invalid: no upper bound)

    // Window and export: the account shown, by name, or "all"; empty keeps the remembered choice.
    QString account;
    // An account given on the command line instead of a saved one (also `accounts add`):
    // "skysql" or "scalingo"; its secret comes from an environment variable, never an argument.
    QString provider;
    QString apiUrl;          // empty: the provider's own
    QString authUrl;         // Scalingo token exchange host
    QString billingUrl;      // Scalingo billing host
    QString organizationId;  // SkySQL
    QString region;          // Scalingo region key ("osc-fr1"); ignored with --api-url
    QString name;            // `accounts add`: the display name; `accounts remove`: which one
};

namespace CommandLine
{
// sysexits' EX_USAGE: scripts can tell a typo from a failed download.
constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1;
constexpr int ExitTimedOut = 2;
constexpr int ExitUsage = 64;

// The window's size for --screenshot without --size.
constexpr QSize DefaultScreenshotSize(1440, 900);

// Declares every option and positional argument on `parser`.
void setUp(QCommandLineParser &parser);
// `arguments` without the options QApplication itself reads (-style, -platform, -geometry,
// -reverse...; with one dash or two, "-style fusion" or "-style=fusion"), which our parser
// would refuse as unknown. QApplication is given the whole argv and applies them.
QStringList withoutQtOptions(const QStringList &arguments);
// Parses `arguments` (program name first; Qt's own options are skipped). False with a message
// for people on bad usage.
bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandLineOptions *options, QString *error);
}
