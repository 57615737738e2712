// `billdeck export invoices|operations` run in-process against the demo backend, with
// --from/--to; and the acceptance check: the per-currency sums of `export invoices --demo
// --format csv` equal the totals line the Invoices page shows for the same data.

#include "accounts/accountregistry.h"
#include "commandline.h"
#include "composition.h"
#include "exportcommand.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicefiltermodel.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetotals.h"
#include "support/commandrun.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace TestSupport;

namespace
{
constexpr int ExportTimeoutMs = 60000;

CommandLineOptions parsed(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    CommandLineOptions options;
    QString error;
    if (!CommandLine::parse(parser, QStringList{QStringLiteral("billdeck")} + arguments, &options, &error))
        qFatal("bad test command line: %s", qPrintable(error));
    return options;
}

CommandRun runExport(Composition &composition, const QStringList &arguments)
{
    return runCommand<ExportCommand>(ExportTimeoutMs, composition.accounts(), composition.repository(),
                                     parsed(arguments));
}

// A minimal RFC 4180 reader: enough to check what the export writes (quoted fields may hold
// commas, quotes and line breaks).
QList<QStringList> readCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

std::unique_ptr<Composition> demoComposition()
{
    auto composition = std::make_unique<Composition>();
    QString problem;
    // SkySqlBackend asks for the 24 months before the real today, so the data is pinned to it.
    if (!composition->addDemoAccount(&problem, QDate::currentDate()))
        qFatal("%s", qPrintable(problem));
    return composition;
}
}

class TestInvoiceExportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesKindsAndDates_data();
    void parsesKindsAndDates();
    void exportsInvoicesWithinDates();
    void exportsInvoicesAsJsonWithinDates();
    void operationsNeedAScalingoAccount();
    void exportsScalingoOperationsWithinDates();
    void csvSumsEqualThePagesTotals_data();
    void csvSumsEqualThePagesTotals();
};

void TestInvoiceExportCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInvoiceExportCli::parsesKindsAndDates_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("invoices, no dates") << QStringList{"export", "invoices", "--demo"} << true << "invoices" << QDate()
                                        << QDate() << QString();
    QTest::newRow("operations with range")
        << QStringList{"export", "operations", "--demo", "--from", "2025-01-01", "--to=2025-06-30"} << true
        << "operations" << QDate(2025, 1, 1) << QDate(2025, 6, 30) << QString();
    QTest::newRow("from only") << QStringList{"export", "invoices", "--demo", "--from", "2024-02-29"} << true
                               << "invoices" << QDate(2024, 2, 29) << QDate() << QString();
    QTest::newRow("same day") << QStringList{"export", "invoices", "--demo", "--from", "2025-03-01", "--to", "2025-03-01"}
                              << true << "invoices" << QDate(2025, 3, 1) << QDate(2025, 3, 1) << QString();
    QTest::newRow("not a date") << QStringList{"export", "invoices", "--demo", "--from", "01/02/2025"} << false
                                << QString() << QDate() << QDate() << "YYYY-MM-DD";
    QTest::newRow("impossible date") << QStringList{"export", "invoices", "--demo", "--to", "2025-02-30"} << false
                                     << QString() << QDate() << QDate() << "--to";
    QTest::newRow("from after to") << QStringList{"export", "invoices", "--demo", "--from", "2025-05-01", "--to", "2025-04-01"}
                                   << false << QString() << QDate() << QDate() << "after";
    QTest::newRow("dates without export") << QStringList{"--demo", "--from", "2025-05-01"} << false << QString()
                                          << QDate() << QDate() << "only apply to `billdeck export`";
    QTest::newRow("unknown kind lists the kinds") << QStringList{"export", "payments", "--demo"} << false << QString()
                                                  << QDate() << QDate() << "invoices, operations";
    QTest::newRow("preview-pdf is for the window") << QStringList{"export", "invoices", "--demo", "--preview-pdf"}
                                                   << false << QString() << QDate() << QDate() << "--preview-pdf";
}

void TestInvoiceExportCli::parsesKindsAndDates()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, errorContains);
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    CommandLineOptions options;
    QString error;
    QCOMPARE(CommandLine::parse(parser, QStringList{QStringLiteral("billdeck")} + arguments, &options, &error), ok);
    if (!ok) {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        return;
    }
    QCOMPARE(options.mode, CommandLineOptions::Mode::Export);
    QCOMPARE(options.exportKind, kind);
    QCOMPARE(options.from, from);
    QCOMPARE(options.to, to);
}

void TestInvoiceExportCli::exportsInvoicesWithinDates()
{
    auto composition = demoComposition();
    const QDate from = QDate::currentDate().addMonths(-6);
    const QDate to = QDate::currentDate().addMonths(-2);
    const CommandRun run = runExport(*composition, {"export", "invoices", "--demo", "--from", from.toString(Qt::ISODate),
                                                    "--to", to.toString(Qt::ISODate)});
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
    QVERIFY2(run.errors.isEmpty(), run.errors.constData());

    int expected = 0;
    for (const Invoice &invoice : composition->repository()->invoices())
        expected += invoice.date >= from && invoice.date <= to ? 1 : 0;
    QVERIFY(expected > 0);
    QVERIFY(expected < composition->repository()->invoices().size());

    const QList<QStringList> rows = readCsv(run.output);
    QCOMPARE(rows.first(), InvoiceExport::csvHeader());
    QCOMPARE(rows.size() - 1, expected);
    for (int i = 1; i < rows.size(); ++i) {
        const QDate date = QDate::fromString(rows.at(i).at(3), Qt::ISODate);
        QVERIFY2(date >= from && date <= to, qPrintable(rows.at(i).join(QLatin1Char(','))));
    }
}

void TestInvoiceExportCli::exportsInvoicesAsJsonWithinDates()
{
    auto composition = demoComposition();
    const QDate to = QDate::currentDate().addMonths(-12);
    const CommandRun run = runExport(*composition, {"export", "invoices", "--demo", "--format", "json", "--to",
                                                    to.toString(Qt::ISODate)});
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
    const QJsonArray array = QJsonDocument::fromJson(run.output).array();
    QVERIFY(!array.isEmpty());
    for (const QJsonValue &value : array) {
        const QDate date = QDate::fromString(value.toObject().value(QStringLiteral("invoice_date")).toString(), Qt::ISODate);
        QVERIFY(date.isValid() && date <= to);
    }
}

void TestInvoiceExportCli::operationsNeedAScalingoAccount()
{
    auto composition = demoComposition();
    // The demo shows its SkySQL account by default.
    const CommandRun run = runExport(*composition, {"export", "operations", "--demo"});
    QCOMPARE(run.exitCode, CommandLine::ExitFailure);
    QVERIFY(run.output.isEmpty());
    QVERIFY2(run.errors.contains("only on Scalingo accounts") && run.errors.contains("Demo SkySQL"),
             run.errors.constData());
}

void TestInvoiceExportCli::exportsScalingoOperationsWithinDates()
{
    auto composition = demoComposition();
    composition->accounts()->setShownAccountId(QStringLiteral("demo-scalingo"));
    const CommandRun all = runExport(*composition, {"export", "operations", "--demo"});
    QCOMPARE(all.exitCode, CommandLine::ExitSuccess);
    const QList<QStringList> allRows = readCsv(all.output);
    QCOMPARE(allRows.first(), InvoiceExport::operationsCsvHeader());
    QVERIFY(allRows.size() > 3);
    QDateTime previous;
    for (int i = 1; i < allRows.size(); ++i) {
        const QStringList &row = allRows.at(i);
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(0), QStringLiteral("Demo Scalingo"));
        const QDateTime created = QDateTime::fromString(row.at(2), Qt::ISODate);
        QVERIFY2(created.isValid() && row.at(2).endsWith(QLatin1Char('Z')), qPrintable(row.at(2)));
        QVERIFY(!previous.isValid() || created <= previous);  // newest first
        previous = created;
        Money amount;
        QVERIFY2(Money::parseDecimal(row.at(5), row.at(6), &amount), qPrintable(row.at(5)));
    }

    // A range holding some operations, but not all of them.
    const QDate newest = QDateTime::fromString(allRows.at(1).at(2), Qt::ISODate).date();
    const QDate from = newest.addMonths(-3);
    const CommandRun ranged = runExport(*composition, {"export", "operations", "--demo", "--format", "json", "--from",
                                                       from.toString(Qt::ISODate)});
    QCOMPARE(ranged.exitCode, CommandLine::ExitSuccess);
    const QJsonArray array = QJsonDocument::fromJson(ranged.output).array();
    QVERIFY(!array.isEmpty());
    QVERIFY(array.size() < allRows.size() - 1);
    for (const QJsonValue &value : array) {
        const QDateTime created = QDateTime::fromString(value.toObject().value(QStringLiteral("created_at")).toString(),
                                                        Qt::ISODate);
        QVERIFY(created.toUTC().date() >= from);
    }
}

void TestInvoiceExportCli::csvSumsEqualThePagesTotals_data()
{
    QTest::addColumn<QString>("shownAccount");
    QTest::newRow("demo default (SkySQL, USD)") << QStringLiteral("demo");
    QTest::newRow("every account (USD and EUR)") << QString();
}

void TestInvoiceExportCli::csvSumsEqualThePagesTotals()
{
    QFETCH(QString, shownAccount);
    auto composition = demoComposition();
    composition->accounts()->setShownAccountId(shownAccount);
    const CommandRun run = runExport(*composition, {"export", "invoices", "--demo", "--format", "csv"});
    QCOMPARE(run.exitCode, CommandLine::ExitSuccess);

    // The script's view: parse the CSV, sum each currency in minor units.
    QMap<QString, qint64> csvSums;
    const QList<QStringList> rows = readCsv(run.output);
    const int amountColumn = static_cast<int>(InvoiceExport::csvHeader().indexOf(QStringLiteral("amount")));
    const int currencyColumn = static_cast<int>(InvoiceExport::csvHeader().indexOf(QStringLiteral("currency")));
    for (int i = 1; i < rows.size(); ++i) {
        Money amount;
        QVERIFY(Money::parseDecimal(rows.at(i).at(amountColumn), rows.at(i).at(currencyColumn), &amount));
        csvSums[amount.currency()] += amount.minorUnits();
    }
    QVERIFY(!csvSums.isEmpty());
    if (shownAccount.isEmpty())
        QCOMPARE(csvSums.keys(), (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));

    // The window's view: the Invoices page over the same repository, no filter.
    InvoicesPage page(composition->repository());
    QCOMPARE(page.totals()->invoiceCount(), rows.size() - 1);
    QCOMPARE(page.totals()->pendingCount(), 0);
    QMap<QString, qint64> pageSums;
    for (const Money &total : page.totals()->totals())
        pageSums[total.currency()] = total.minorUnits();
    QCOMPARE(pageSums, csvSums);
    // And the line people read says each of those totals.
    const QString line = page.totalsText();
    for (auto it = csvSums.cbegin(); it != csvSums.cend(); ++it)
        QVERIFY2(line.contains(Money(it.value(), it.key()).format(page.locale())), qPrintable(line));
}

QTEST_MAIN(TestInvoiceExportCli)
#include "tst_invoiceexportcli.moc"
