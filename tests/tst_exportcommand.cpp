// The app's command line and `billdeck export invoices`, driven without starting the program:
// parsing decisions, and an export over real HTTP from the in-process demo server.

#include "commandline.h"
#include "composition.h"
#include "demoserver.h"
#include "exportcommand.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicerepository.h"
#include "support/commandrun.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

namespace
{
constexpr int ExportTimeoutMs = 30000;

CommandRun runExport(Composition &composition, CommandLineOptions::ExportFormat format)
{
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Export;
    options.exportKind = QStringLiteral("invoices");
    options.format = format;
    return runCommand<ExportCommand>(ExportTimeoutMs, composition.accounts(), composition.repository(), options);
}
}

class TestExportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommandLines_data();
    void parsesCommandLines();
    void exportsCsvWithCurrencyAndStatus();
    void exportsJson();
    void apiFailureWritesNothing();
};

void TestExportCommand::parsesCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("errorContains");

    const int window = int(CommandLineOptions::Mode::Window);
    const int exportInvoices = int(CommandLineOptions::Mode::Export);
    const int csv = int(CommandLineOptions::ExportFormat::Csv);
    const int json = int(CommandLineOptions::ExportFormat::Json);
    QTest::newRow("window") << QStringList{} << true << window << csv << QString();
    QTest::newRow("demo screenshot") << QStringList{"--demo", "--screenshot", "out.png", "--page", "invoices"} << true
                                     << window << csv << QString();
    QTest::newRow("export default csv") << QStringList{"export", "invoices", "--demo"} << true << exportInvoices << csv
                                        << QString();
    QTest::newRow("export json") << QStringList{"--demo", "export", "invoices", "--format", "json"} << true
                                 << exportInvoices << json << QString();
    QTest::newRow("export JSON upper case") << QStringList{"export", "invoices", "--demo", "--format=JSON"} << true
                                            << exportInvoices << json << QString();
    QTest::newRow("unknown format") << QStringList{"export", "invoices", "--demo", "--format", "xml"} << false
                                    << 0 << 0 << QStringLiteral("Unknown format \"xml\"");
    QTest::newRow("unknown what") << QStringList{"export", "bills", "--demo"} << false << 0 << 0
                                  << QStringLiteral("Cannot export \"bills\"");
    QTest::newRow("export nothing") << QStringList{"export"} << false << 0 << 0 << QStringLiteral("Export what?");
    // Without --demo or --provider the saved accounts are exported (tst_commandline runs it).
    QTest::newRow("export the saved accounts") << QStringList{"export", "invoices"} << true << exportInvoices << csv
                                               << QString();
    QTest::newRow("format without export") << QStringList{"--demo", "--format", "csv"} << false << 0 << 0
                                           << QStringLiteral("--format only applies");
    QTest::newRow("screenshot with export") << QStringList{"export", "invoices", "--demo", "--screenshot", "a.png"}
                                            << false << 0 << 0 << QStringLiteral("--screenshot");
    QTest::newRow("unknown command") << QStringList{"import"} << false << 0 << 0 << QStringLiteral("Unknown command");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << false << 0 << 0 << QStringLiteral("bogus");
}

void TestExportCommand::parsesCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, mode);
    QFETCH(int, format);
    QFETCH(QString, errorContains);

    QCommandLineParser parser;
    CommandLine::setUp(parser);
    CommandLineOptions options;
    QString error;
    QCOMPARE(CommandLine::parse(parser, QStringList{QStringLiteral("billdeck")} + arguments, &options, &error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(int(options.mode), mode);
        QCOMPARE(int(options.format), format);
    } else {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
}

void TestExportCommand::exportsCsvWithCurrencyAndStatus()
{
    Composition composition;
    QString problem;
    // The backend asks for the 24 months before the real today, so the data is pinned to it.
    QVERIFY2(composition.addDemoAccount(&problem, QDate::currentDate()), qPrintable(problem));
    const CommandRun run = runExport(composition, CommandLineOptions::ExportFormat::Csv);
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
    QVERIFY(run.errors.isEmpty());

    QList<QByteArray> lines = run.output.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), 37);  // the header and the whole history: 36 invoices
    QCOMPARE(lines.first(), InvoiceExport::csvHeader().join(QLatin1Char(',')).toUtf8() + '\r');
    const QList<Invoice> &invoices = composition.repository()->invoices();
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).chopped(1).split(',');
        QCOMPARE(fields.size(), 12);
        const Invoice &invoice = invoices.at(i - 1);
        QVERIFY(invoice.hasDetails);
        QCOMPARE(fields.at(1), invoice.id.toUtf8());
        QCOMPARE(fields.at(8), invoice.amount.toDecimalString().toUtf8());
        QCOMPARE(fields.at(9), QByteArray("USD"));
        QVERIFY2(fields.at(10) != "unknown", lines.at(i).constData());
    }
}

void TestExportCommand::exportsJson()
{
    Composition composition;
    QString problem;
    QVERIFY2(composition.addDemoAccount(&problem, QDate::currentDate()), qPrintable(problem));
    const CommandRun run = runExport(composition, CommandLineOptions::ExportFormat::Json);
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.output, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 36);  // the whole history, not the last 24 months
    const Invoice &newest = composition.repository()->invoices().first();
    QCOMPARE(array.first().toObject().value(QStringLiteral("amount_minor")).toString(),
             QString::number(newest.amount.minorUnits()));
    QCOMPARE(array.first().toObject().value(QStringLiteral("account")).toString(), QStringLiteral("Demo SkySQL"));
}

void TestExportCommand::apiFailureWritesNothing()
{
    Composition composition;
    QString problem;
    QVERIFY2(composition.addDemoAccount(&problem, QDate::currentDate()), qPrintable(problem));
    DemoFault fault;
    fault.status = 500;
    composition.demoServer()->injectFault(QStringLiteral("/billing/v1/invoices"), fault);
    const CommandRun run = runExport(composition, CommandLineOptions::ExportFormat::Csv);
    QCOMPARE(run.exitCode, CommandLine::ExitFailure);
    QVERIFY(run.output.isEmpty());
    QVERIFY(!composition.repository()->errors().isEmpty());
    QVERIFY2(run.errors.contains(composition.repository()->errors().first().message().toUtf8()), run.errors.constData());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
