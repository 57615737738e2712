#include "commandline.h"

#include "exportcommand.h"
#include "pages.h"

#include "store/providerendpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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
const QString AccountOption = QStringLiteral("account");
const QString ProviderOption = QStringLiteral("provider");
const QString ApiUrlOption = QStringLiteral("api-url");
const QString AuthUrlOption = QStringLiteral("auth-url");
const QString BillingUrlOption = QStringLiteral("billing-url");
const QString OrgOption = QStringLiteral("org");
const QString RegionOption = QStringLiteral("region");
const QString NameOption = QStringLiteral("name");
const QString SizeOption = QStringLiteral("size");

// --provider and its addresses, shared by the window, `export` and `accounts add`.
bool parseProviderOptions(const QCommandLineParser &parser, CommandLineOptions *result, QString *error)
{
    const QStringList dependent{ApiUrlOption, AuthUrlOption, BillingUrlOption, OrgOption, RegionOption};
    if (!parser.isSet(ProviderOption)) {
        for (const QString &option : dependent) {
            if (parser.isSet(option)) {
                *error = QCoreApplication::translate("CommandLine", "--%1 needs --provider skysql|scalingo.").arg(option);
                return false;
            }
        }
        return true;
    }
    result->provider = parser.value(ProviderOption).trimmed().toLower();
    if (result->provider != QLatin1String("skysql") && result->provider != QLatin1String("scalingo")) {
        *error = QCoreApplication::translate("CommandLine", "Unknown provider \"%1\". Use skysql or scalingo.").arg(parser.value(ProviderOption));
        return false;
    }
    const bool skySql = result->provider == QLatin1String("skysql");
    if (skySql && (parser.isSet(AuthUrlOption) || parser.isSet(BillingUrlOption) || parser.isSet(RegionOption))) {
        *error = QCoreApplication::translate("CommandLine", "--auth-url, --billing-url and --region are Scalingo settings.");
        return false;
    }
    if (!skySql && parser.isSet(OrgOption)) {
        *error = QCoreApplication::translate("CommandLine", "--org is a SkySQL setting.");
        return false;
    }
    // Credentials must never cross the network in clear: https, or a loopback address.
    const QList<QPair<QString, QString *>> urls{{ApiUrlOption, &result->apiUrl},
                                                {AuthUrlOption, &result->authUrl},
                                                {BillingUrlOption, &result->billingUrl}};
    for (const auto &[option, target] : urls) {
        if (!parser.isSet(option))
            continue;
        *target = parser.value(option).trimmed();
        QString problem;
        if (!ProviderEndpoints::isAcceptableApiUrl(ProviderEndpoints::parseApiUrl(*target), &problem)) {
            *error = QCoreApplication::translate("CommandLine", "--%1 %2 is refused: %3").arg(option, *target, problem);
            return false;
        }
    }
    result->organizationId = parser.value(OrgOption).trimmed();
    result->region = parser.value(RegionOption).trimmed();
    if (!result->region.isEmpty() && !ProviderEndpoints::scalingoRegion(result->region, nullptr)) {
        QStringList keys;
        const QList<ScalingoRegion> regions = ProviderEndpoints::scalingoRegions();
        for (const ScalingoRegion &region : regions)
            keys << region.key;
        *error = QCoreApplication::translate("CommandLine", "Unknown Scalingo region \"%1\". Regions: %2, or --api-url for another one.")
                     .arg(result->region, keys.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// `billdeck accounts add|list|remove`.
bool parseAccountsCommand(const QCommandLineParser &parser, const QStringList &positional,
                          CommandLineOptions *result, QString *error)
{
    const QString action = positional.value(1);
    const int expected = action == QLatin1String("remove") ? 3 : 2;
    if (action == QLatin1String("add")) {
        result->mode = CommandLineOptions::Mode::AccountsAdd;
        if (result->provider.isEmpty()) {
            *error = QCoreApplication::translate("CommandLine", "`billdeck accounts add` needs --provider skysql|scalingo.");
            return false;
        }
        result->name = parser.value(NameOption).trimmed();
        if (result->name.isEmpty()) {
            *error = QCoreApplication::translate("CommandLine", "`billdeck accounts add` needs --name NAME.");
            return false;
        }
    } else if (action == QLatin1String("list")) {
        result->mode = CommandLineOptions::Mode::AccountsList;
    } else if (action == QLatin1String("remove")) {
        result->mode = CommandLineOptions::Mode::AccountsRemove;
        result->name = positional.value(2).trimmed();
        if (result->name.isEmpty()) {
            *error = QCoreApplication::translate("CommandLine", "Remove which account? Use `billdeck accounts remove NAME`.");
            return false;
        }
    } else {
        *error = action.isEmpty() ? QCoreApplication::translate("CommandLine", "Use `billdeck accounts add|list|remove`.")
                                  : QCoreApplication::translate("CommandLine", "Unknown accounts command \"%1\". Use add, list or remove.").arg(action);
        return false;
    }
    if (positional.size() > expected) {
        *error = QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".").arg(positional.at(expected));
        return false;
    }
    if (result->mode != CommandLineOptions::Mode::AccountsAdd
        && (!result->provider.isEmpty() || parser.isSet(NameOption))) {
        *error = QCoreApplication::translate("CommandLine", "--provider and --name apply to `billdeck accounts add`.");
        return false;
    }
    const QStringList windowOnly{ScreenshotOption, PageOption, FormatOption, AccountOption, DemoOption, SizeOption};
    for (const QString &option : windowOnly) {
        if (parser.isSet(option)) {
            *error = QCoreApplication::translate("CommandLine", "--%1 does not apply to `billdeck accounts`.").arg(option);
            return false;
        }
    }
    return true;
}
const QString PreviewPdfOption = QStringLiteral("preview-pdf");
const QString FromOption = QStringLiteral("from");
const QString OfflineOption = QStringLiteral("offline");
const QString ToOption = QStringLiteral("to");
const QString CostsMonthOption = QStringLiteral("costs-month");

// "1024x640" (or "1024×640"): a window size within what a screen can hold.
bool parseSizeOption(const QCommandLineParser &parser, QSize *size, QString *error)
{
    if (!parser.isSet(SizeOption))
        return true;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[x×X](\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(parser.value(SizeOption).trimmed());
    const QSize parsed = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!parsed.isValid() || parsed.width() < 320 || parsed.height() < 240 || parsed.width() > 16384
        || parsed.height() > 16384) {
        *error = QCoreApplication::translate("CommandLine", "--size needs a window size as WIDTHxHEIGHT between 320x240 "
                                                            "and 16384x16384, such as 1024x640, not \"%1\".")
                     .arg(parser.value(SizeOption));
        return false;
    }
    *size = parsed;
    return true;
}

// YYYY-MM-DD only: a script's date must not depend on the locale.
bool parseDateOption(const QCommandLineParser &parser, const QString &option, QDate *date, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option).trimmed();
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10) {
        *error = QCoreApplication::translate("CommandLine", "--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option, parser.value(option));
        return false;
    }
    return true;
}
}

namespace CommandLine
{
void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr(
        "Billdeck: a desktop dashboard for cloud billing.\n\n"
        "Examples:\n"
        "  billdeck --demo                       open the window on generated demo data\n"
        "  billdeck --demo --screenshot out.png  save a picture of the window once loaded\n"
        "  billdeck --demo --page costs --size 1024x640 --screenshot out.png\n"
        "                                        the Costs page, in a 1024×640 window\n"
        "  billdeck --demo --preview-pdf --screenshot out.png\n"
        "                                        the same, with the selected invoice's PDF open\n"
        "  billdeck export invoices|operations|costs --demo [--format csv|json]\n"
        "                 [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
        "                                        write the invoices (or Scalingo billing operations)\n"
        "                                        to standard output\n"
        "  billdeck accounts add --provider skysql|scalingo --name NAME [--api-url URL] [--org ID]\n"
        "                 [--region osc-fr1|osc-secnum-fr1] [--auth-url URL] [--billing-url URL]\n"
        "                                        test and save an account; the key goes to the keychain\n"
        "  billdeck accounts list | billdeck accounts remove NAME\n\n"
        "Accounts: the window and `export` show the saved accounts (--account NAME|all picks which).\n"
        "Without a saved account, give one with --provider skysql|scalingo [--api-url URL] [--auth-url URL]\n"
        "[--billing-url URL] [--org ID]. The secret is never an argument: it is read from the environment,\n"
        "BILLDECK_SKYSQL_API_KEY for SkySQL and BILLDECK_SCALINGO_TOKEN for Scalingo (also for\n"
        "`accounts add`). Addresses must be https, except loopback ones (127.0.0.1, localhost).\n\n"
        "Qt's own options work too: -style NAME, -platform NAME, -geometry WxH+X+Y, -reverse..."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {DemoOption, tr("Show the built-in demo account (a local server with generated data).")},
        {ScreenshotOption, tr("Open the window, wait until the invoices are loaded, save a picture to <file> and quit."),
         tr("file")},
        {PageOption, QCoreApplication::translate("CommandLine", "The page to open: %1 (the sidebar shows those the "
                                                                "accounts offer).")
                         .arg(pageKeys().join(QStringLiteral(", "))),
         tr("page")},
        {SizeOption, tr("The window's size, such as 1024x640 (with --screenshot: the picture's; default 1440x900)."),
         tr("WxH")},
        {FormatOption, tr("Export format: csv (default) or json."), tr("format")},
        {PreviewPdfOption, tr("Open the selected invoice's PDF preview beside the invoices (with --screenshot: "
                              "the picture waits for it).")},
        {FromOption, tr("Export: keep rows dated on or after <date> (YYYY-MM-DD)."), tr("date")},
        {ToOption, tr("Export: keep rows dated on or before <date> (YYYY-MM-DD)."), tr("date")},
        {OfflineOption, tr("Use only the billing data stored on this computer by earlier runs; ask no server "
                           "(export says how old it is).")},
        {CostsMonthOption, tr("Costs page: once loaded, show <month>'s breakdown and its tooltip (YYYY-MM); the "
                              "range widens to include it."),
         tr("month")},
    });
    parser.addOptions({
        {AccountOption, tr("The account to show, by name, or \"all\" (window and export)."), tr("name")},
        {ProviderOption, tr("An account not saved: skysql or scalingo; the secret comes from "
                            "BILLDECK_SKYSQL_API_KEY or BILLDECK_SCALINGO_TOKEN."), tr("provider")},
        {ApiUrlOption, tr("With --provider: the API address (https, or loopback)."), tr("url")},
        {AuthUrlOption, tr("With --provider scalingo: the token exchange address."), tr("url")},
        {BillingUrlOption, tr("With --provider scalingo: the billing host address."), tr("url")},
        {OrgOption, tr("With --provider skysql: the organization ID."), tr("id")},
        {RegionOption, tr("With --provider scalingo: osc-fr1 (default) or osc-secnum-fr1."), tr("region")},
        {NameOption, tr("`accounts add`: the account's name."), tr("name")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional: export or accounts."), QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("What to export: %1.").arg(ExportKinds::names().join(QStringLiteral(", "))),
                                 QStringLiteral("[what]"));
}

QStringList withoutQtOptions(const QStringList &arguments)
{
    // QGuiApplication's and QApplication's options (Qt 6), those taking a value first.
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"), QStringLiteral("qwindowicon"), QStringLiteral("icon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("session"), QStringLiteral("display"),
        QStringLiteral("name"), QStringLiteral("qwindowcolor"),
    };
    static const QStringList flags{
        QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("testability"),
    };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // The program name, positional words and "--" stay; `--name` is ours, Qt's is `-name`.
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--")) {
            kept << argument;
            if (argument == QLatin1String("--")) {
                kept << arguments.mid(i + 1);
                break;
            }
            continue;
        }
        const bool doubleDash = argument.startsWith(QLatin1String("--"));
        const QString body = argument.mid(doubleDash ? 2 : 1);
        const QString key = body.section(QLatin1Char('='), 0, 0);
        // Our own options win where Qt has the same word (--name for `accounts add`).
        if (doubleDash && key == QLatin1String("name")) {
            kept << argument;
            continue;
        }
        if (flags.contains(key) && !body.contains(QLatin1Char('=')))
            continue;
        if (withValue.contains(key)) {
            if (!body.contains(QLatin1Char('=')) && i + 1 < arguments.size())
                ++i;  // its value
            continue;
        }
        kept << argument;
    }
    return kept;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    if (!parser.parse(withoutQtOptions(arguments))) {
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
    result.offline = parser.isSet(OfflineOption);
    if (!parseProviderOptions(parser, &result, error))
        return false;
    result.account = parser.value(AccountOption).trimmed();
    if (parser.isSet(AccountOption) && result.account.isEmpty()) {
        *error = tr("--account needs an account name, or \"all\".");
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.mode = CommandLineOptions::Mode::Window;
        if (parser.isSet(FormatOption)) {
            *error = tr("--format only applies to `billdeck export`.");
            return false;
        }
        if (parser.isSet(NameOption)) {
            *error = tr("--name applies to `billdeck accounts add`.");
            return false;
        }
        if (parser.isSet(FromOption) || parser.isSet(ToOption)) {
            *error = tr("--from and --to only apply to `billdeck export`.");
            return false;
        }
        if (parser.isSet(ScreenshotOption)) {
            result.screenshotPath = parser.value(ScreenshotOption);
            if (result.screenshotPath.isEmpty()) {
                *error = tr("--screenshot needs a file name.");
                return false;
            }
        }
        if (!parseSizeOption(parser, &result.windowSize, error))
            return false;
        result.page = parser.value(PageOption);
        result.previewPdf = parser.isSet(PreviewPdfOption);
        if (parser.isSet(CostsMonthOption)) {
            const QString text = parser.value(CostsMonthOption).trimmed();
            result.costsMonth = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
            if (!result.costsMonth.isValid() || text.size() != 7) {
                *error = tr("--costs-month needs a month as YYYY-MM, not \"%1\".").arg(parser.value(CostsMonthOption));
                return false;
            }
        }
        *options = result;
        return true;
    }

    if (positional.first() == QLatin1String("accounts")) {
        if (!parseAccountsCommand(parser, positional, &result, error))
            return false;
        *options = result;
        return true;
    }
    if (parser.isSet(NameOption)) {
        *error = tr("--name applies to `billdeck accounts add`.");
        return false;
    }
    if (positional.first() != QLatin1String("export")) {
        *error = tr("Unknown command \"%1\". Commands: export, accounts.").arg(positional.first());
        return false;
    }
    if (positional.size() < 2) {
        *error = tr("Export what? Use `billdeck export %1`.").arg(ExportKinds::names().join(QLatin1Char('|')));
        return false;
    }
    if (!ExportKinds::find(positional.at(1))) {
        *error = tr("Cannot export \"%1\". Available: %2.")
                     .arg(positional.at(1), ExportKinds::names().join(QStringLiteral(", ")));
        return false;
    }
    result.exportKind = positional.at(1);
    if (positional.size() > 2) {
        *error = tr("Unexpected argument \"%1\".").arg(positional.at(2));
        return false;
    }
    if (parser.isSet(ScreenshotOption) || parser.isSet(PageOption) || parser.isSet(PreviewPdfOption)
        || parser.isSet(CostsMonthOption) || parser.isSet(SizeOption)) {
        *error = tr("--screenshot, --page, --size, --costs-month and --preview-pdf apply to the window, not to "
                    "`billdeck export`.");
        return false;
    }
    result.mode = CommandLineOptions::Mode::Export;
    if (!parseDateOption(parser, FromOption, &result.from, error) || !parseDateOption(parser, ToOption, &result.to, error))
        return false;
    if (result.from.isValid() && result.to.isValid() && result.from > result.to) {
        *error = tr("--from (%1) is after --to (%2).").arg(parser.value(FromOption), parser.value(ToOption));
        return false;
    }
    const QString format = parser.isSet(FormatOption) ? parser.value(FormatOption).toLower() : QStringLiteral("csv");
    if (format == QLatin1String("csv")) {
        result.format = CommandLineOptions::ExportFormat::Csv;
    } else if (format == QLatin1String("json")) {
        result.format = CommandLineOptions::ExportFormat::Json;
    } else {
        *error = tr("Unknown format \"%1\". Use csv or json.").arg(parser.value(FormatOption));
        return false;
    }
    *options = result;
    return true;
}
}
