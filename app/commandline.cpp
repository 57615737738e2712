#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString DemoOption = QStringLiteral("demo");
const QString ScreenshotOption = QStringLiteral("screenshot");
const QString PageOption = QStringLiteral("page");
const QString FormatOption = QStringLiteral("format");
}

namespace CommandLine
{
void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr(
        "Billdeck: a desktop dashboard for cloud billing.\n\n"
        "Usage:\n"
        "  billdeck --demo                       open the window on generated demo data\n"
        "  billdeck --demo --screenshot out.png  save a picture of the window once loaded\n"
        "  billdeck export invoices --demo [--format csv|json]\n"
        "                                        write the invoices to standard output"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {DemoOption, tr("Show the built-in demo account (a local server with generated data).")},
        {ScreenshotOption, tr("Open the window, wait until the invoices are loaded, save a picture to <file> and quit."),
         tr("file")},
        {PageOption, tr("The page to open: invoices."), tr("page")},
        {FormatOption, tr("Export format: csv (default) or json."), tr("format")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional: export."), QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("what"), tr("What to export: invoices."), QStringLiteral("[what]"));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    CommandLineOptions result;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        result.mode = CommandLineOptions::Mode::Help;
        *options = result;
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.mode = CommandLineOptions::Mode::Version;
        *options = result;
        return true;
    }
    result.demo = parser.isSet(DemoOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.mode = CommandLineOptions::Mode::Window;
        if (parser.isSet(FormatOption)) {
            *error = tr("--format only applies to `billdeck export`.");
            return false;
        }
        if (parser.isSet(ScreenshotOption)) {
            result.screenshotPath = parser.value(ScreenshotOption);
            if (result.screenshotPath.isEmpty()) {
                *error = tr("--screenshot needs a file name.");
                return false;
            }
        }
        result.page = parser.value(PageOption);
        *options = result;
        return true;
    }

    if (positional.first() != QLatin1String("export")) {
        *error = tr("Unknown command \"%1\". Commands: export.").arg(positional.first());
        return false;
    }
    if (positional.size() < 2) {
        *error = tr("Export what? Use `billdeck export invoices`.");
        return false;
    }
    if (positional.at(1) != QLatin1String("invoices")) {
        *error = tr("Cannot export \"%1\". Available: invoices.").arg(positional.at(1));
        return false;
    }
    if (positional.size() > 2) {
        *error = tr("Unexpected argument \"%1\".").arg(positional.at(2));
        return false;
    }
    if (parser.isSet(ScreenshotOption) || parser.isSet(PageOption)) {
        *error = tr("--screenshot and --page apply to the window, not to `billdeck export`.");
        return false;
    }
    result.mode = CommandLineOptions::Mode::ExportInvoices;
    const QString format = parser.isSet(FormatOption) ? parser.value(FormatOption).toLower() : QStringLiteral("csv");
    if (format == QLatin1String("csv")) {
        result.format = CommandLineOptions::ExportFormat::Csv;
    } else if (format == QLatin1String("json")) {
        result.format = CommandLineOptions::ExportFormat::Json;
    } else {
        *error = tr("Unknown format \"%1\". Use csv or json.").arg(parser.value(FormatOption));
        return false;
    }
    if (!result.demo) {
        *error = tr("No billing account is set up yet: add --demo to export the demo account's invoices.");
        return false;
    }
    *options = result;
    return true;
}
}
