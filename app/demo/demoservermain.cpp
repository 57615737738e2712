// billdeck-demo-server: the demo backend on its own, for trying the client against it,
// for benchmarks and for debugging with curl.

#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

// Written by the signal handler, read by a timer: setting a sig_atomic_t is about the only
// thing a signal handler may safely do.
static volatile std::sig_atomic_t s_quitRequested = 0;

static void requestQuit(int)
{
    s_quitRequested = 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("billdeck-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Billdeck demo backend: serves the SkySQL and Scalingo billing APIs on 127.0.0.1 with "
        "generated data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port to listen on (default: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKeyOption(QStringLiteral("api-key"),
                                          QStringLiteral("SkySQL API key to accept (default: demo-skysql-key)."),
                                          QStringLiteral("KEY"));
    const QCommandLineOption referenceDateOption(
        QStringLiteral("reference-date"),
        QStringLiteral("Generate data as if today were this date (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption scalingoTokenOption(
        QStringLiteral("scalingo-token"),
        QStringLiteral("Scalingo API token to accept (default: tk-us-demo-billdeck)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption noRateLimitOption(
        QStringLiteral("no-rate-limit"),
        QStringLiteral("Turn off Scalingo's limit of 60 requests per minute."));
    const QCommandLineOption invoicesOption(
        QStringLiteral("invoices"),
        QStringLiteral("SkySQL invoices to generate (default: 36, one a month; above 60, several "
                       "projects invoiced monthly over up to five years)."),
        QStringLiteral("N"));
    const QCommandLineOption scalingoInvoicesOption(
        QStringLiteral("scalingo-invoices"),
        QStringLiteral("Scalingo invoices to generate, one a month (default: 30)."),
        QStringLiteral("N"));
    const QCommandLineOption operationsOption(
        QStringLiteral("operations"),
        QStringLiteral("Scalingo billing operations to serve (default: those the invoices make; "
                       "more adds prepaid credit top-ups)."),
        QStringLiteral("N"));
    parser.addOptions({portOption, apiKeyOption, referenceDateOption});
    parser.addOptions({scalingoTokenOption, noRateLimitOption});
    parser.addOptions({invoicesOption, scalingoInvoicesOption, operationsOption});
    parser.process(app);

    QTextStream err(stderr);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "billdeck-demo-server: invalid port: " << parser.value(portOption) << Qt::endl;
        return 2;
    }

    DemoServer server;
    if (parser.isSet(apiKeyOption)) {
        const QString apiKey = parser.value(apiKeyOption);
        if (apiKey.isEmpty()) {
            err << "billdeck-demo-server: the API key cannot be empty" << Qt::endl;
            return 2;
        }
        server.setSkySqlApiKey(apiKey);
    }
    if (parser.isSet(scalingoTokenOption)) {
        const QString token = parser.value(scalingoTokenOption);
        if (token.isEmpty()) {
            err << "billdeck-demo-server: the Scalingo token cannot be empty" << Qt::endl;
            return 2;
        }
        server.setScalingoToken(token);
    }
    if (parser.isSet(noRateLimitOption))
        server.setScalingoRateLimitEnabled(false);
    if (parser.isSet(referenceDateOption)) {
        const QDate date = QDate::fromString(parser.value(referenceDateOption), Qt::ISODate);
        if (!date.isValid()) {
            err << "billdeck-demo-server: invalid reference date (expected YYYY-MM-DD): "
                << parser.value(referenceDateOption) << Qt::endl;
            return 2;
        }
        server.setReferenceDate(date);
    }

    // Counts for large accounts: a positive number, or the option's error.
    const auto count = [&parser, &err](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value > 0)
            return true;
        err << "billdeck-demo-server: --" << option.names().constFirst()
            << " wants a positive number: " << parser.value(option) << Qt::endl;
        return false;
    };
    int invoices = 0;
    int scalingoInvoices = 0;
    int operations = 0;
    if (!count(invoicesOption, &invoices) || !count(scalingoInvoicesOption, &scalingoInvoices)
        || !count(operationsOption, &operations))
        return 2;
    if (invoices > 0)
        server.setSkySqlInvoiceCount(invoices);
    if (scalingoInvoices > 0)
        server.setScalingoInvoiceCount(scalingoInvoices);
    if (operations > 0)
        server.setScalingoOperationCount(operations);

    if (!server.listen(quint16(port))) {
        err << "billdeck-demo-server: " << server.errorString() << Qt::endl;
        return 1;
    }

    QObject::connect(&server, &DemoServer::requestHandled, &server,
                     [&err](const QString &method, const QString &path, int status) {
                         err << method << ' ' << path << ' '
                             << (status == 0 ? QStringLiteral("(stalled)") : QString::number(status))
                             << Qt::endl;
                     });

    // Scripts wait for these lines to learn the port: flush them at once.
    QTextStream out(stdout);
    const QString baseUrl = server.baseUrl().toString();
    out << "Billdeck demo backend listening on " << baseUrl << '\n'
        << "SkySQL: base URL " << baseUrl << ", header X-API-Key: " << server.skySqlApiKey()
        << ", organization " << server.organizationId() << '\n'
        << "Scalingo: API/auth/billing URL " << baseUrl
        << ", API token: " << server.scalingoToken()
        << (server.isScalingoRateLimitEnabled() ? "" : " (rate limit off)") << '\n'
        << "Data: " << server.skySqlInvoiceCount() << " SkySQL invoices, "
        << server.scalingoInvoiceCount() << " Scalingo invoices, "
        << server.scalingoOperationCount() << " Scalingo billing operations" << Qt::endl;
    std::fflush(stdout);

    std::signal(SIGINT, requestQuit);
    std::signal(SIGTERM, requestQuit);
    QTimer quitPoll;
    QObject::connect(&quitPoll, &QTimer::timeout, &app, [] {
        if (s_quitRequested)
            QCoreApplication::quit();
    });
    quitPoll.start(100);

    return app.exec();
}
