// The Costs page against the in-process demo server: the chart reads MonthlyCostModel, a
// clicked month fills the breakdown, budgets warn, exports write real files; and
// `billdeck export costs` adds up to the invoices.

#include "accounts/accountregistry.h"
#include "api/skysql/skysqlbackend.h"
#include "commandline.h"
#include "composition.h"
#include "costs/costforecast.h"
#include "costs/costspage.h"
#include "demoserver.h"
#include "costs/costtrend.h"
#include "costs/monthbreakdownmodel.h"
#include "costs/othercurrencycharts.h"
#include "format/displayformat.h"
#include "exportcommand.h"
#include "invoices/invoicerepository.h"
#include "store/budgetstore.h"
#include "widgets/errorbanner.h"
#include "widgets/pagecommands.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <memory>

namespace
{
constexpr int LoadTimeoutMs = 60000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Invoice amounts per account and month ("demo/2025-10" → cents), straight from the repository.
QHash<QString, qint64> invoicedPerMonth(const InvoiceRepository &repository)
{
    QHash<QString, qint64> sums;
    for (const Invoice &invoice : repository.invoices())
        sums[invoice.accountId + u'/' + invoice.periodStart.toString(QStringLiteral("yyyy-MM"))] += invoice.amount.minorUnits();
    return sums;
}
}

class TestCostsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chartHasOneSetPerCategoryAndOneValuePerMonth();
    void forecastComesFromTheMonthToDateBill();
    void aFailedForecastSaysWhatFailed();
    void stackByServiceAndRange();
    void clickingAMonthFillsTheBreakdown();
    void hoveringShowsAnInChartTooltip();
    void focusMonthSelectsAndShowsItsTooltip();
    void commandLineOptions();
    void budgetUnderForecastWarns();
    void budgetEditorSavesAndRefusesBadInput();
    void currencyChoiceOnlyWhenAccountsDiffer();
    void everyCurrencyHasAChartOverTheSameMonths();
    void otherCurrencyChartsReadAloneAndLeaveTheBreakdownInView();
    void emptySeriesAreLeftOutOfTheLegend();
    void noInvoicesGiveASentenceNotAnEmptyGrid();
    void amountAxisReadsAsMoney();
    void focusMonthOutsideTheRangeWidensIt();
    void focusMonthWithoutInvoicesSaysSo();
    void exportsWriteValidFiles();
    void exportCostsCommandAddsUpToInvoices();

private:
    void waitReady();

    QTemporaryDir m_dir;
    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BudgetStore> m_budgets;
    std::unique_ptr<CostsPage> m_page;
};

void TestCostsPage::init()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_composition = std::make_unique<Composition>();
    QString problem;
    QVERIFY2(m_composition->addDemoAccount(&problem), qPrintable(problem));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_budgets = std::make_unique<BudgetStore>(m_settings.get());
    m_page = std::make_unique<CostsPage>(m_composition->accounts(), m_composition->repository(), m_budgets.get());
    m_page->resize(1300, 900);
    m_page->show();
    m_composition->repository()->refreshInvoices();
    waitReady();
}

void TestCostsPage::cleanup()
{
    m_page.reset();
    m_budgets.reset();
    m_settings.reset();
    m_composition.reset();
}

void TestCostsPage::waitReady()
{
    // Ready means the invoices and the month-to-date bill are both in.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady() && !m_composition->repository()->isLoading(), LoadTimeoutMs);
}

void TestCostsPage::chartHasOneSetPerCategoryAndOneValuePerMonth()
{
    const MonthlyCostModel *model = m_page->model();
    QCOMPARE(model->currency(), QStringLiteral("USD"));
    QCOMPARE(model->rowCount(), 12);
    const QList<QBarSet *> sets = m_page->barSeries()->barSets();
    QCOMPARE(sets.size(), 5);
    const QStringList labels {QStringLiteral("Compute"), QStringLiteral("Storage"), QStringLiteral("Data transfer"),
                              QStringLiteral("Support"), QStringLiteral("Other")};
    const QHash<QString, qint64> invoiced = invoicedPerMonth(*m_composition->repository());
    for (int i = 0; i < sets.size(); ++i) {
        QCOMPARE(sets.at(i)->label(), labels.at(i));
        QCOMPARE(sets.at(i)->count(), 12);
    }
    int monthsWithInvoices = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        qint64 chartCents = 0;
        for (int i = 0; i < sets.size(); ++i) {
            // The bars carry the model's numbers: what the table shows, in major units.
            QCOMPARE(sets.at(i)->at(row), model->index(row, i).data(MonthlyCostModel::ChartValueRole).toDouble());
            chartCents += qRound64(sets.at(i)->at(row) * 100);
        }
        const QString key = QStringLiteral("demo/") + model->monthAt(row).toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(chartCents, invoiced.value(key));
        if (invoiced.contains(key))
            ++monthsWithInvoices;
    }
    // The demo invoices every past month; the month in progress has no invoice yet.
    QCOMPARE(monthsWithInvoices, 11);
    QVERIFY(model->monthTotal(10).minorUnits() > 0);
    QCOMPARE(model->monthTotal(11).minorUnits(), 0);
    // Compute dominates a database bill.
    QVERIFY(model->amount(10, 0).minorUnits() > model->amount(10, 1).minorUnits());
    QVERIFY(m_page->chart()->axes(Qt::Vertical).constFirst()->titleText().contains(QStringLiteral("USD")));
    // The moving average starts at the third month and skips the month in progress.
    QCOMPARE(m_page->movingAverageSeries()->count(), 12 - 2 - 1);
}

void TestCostsPage::forecastComesFromTheMonthToDateBill()
{
    // Ask the demo for the bill the page used, and redo the arithmetic here.
    AccountConnection *connection = m_composition->accounts()->connection(QStringLiteral("demo"));
    QVERIFY(connection && connection->skySql());
    const QDate today = QDate::currentDate();
    ApiResult<Bill> bill;
    bool answered = false;
    connection->skySql()->bill(today.year(), today.month(), this, [&](const ApiResult<Bill> &result) {
        bill = result;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, LoadTimeoutMs);
    QVERIFY2(bill.ok(), qPrintable(bill.error.message()));
    const auto expected = CostTrend::forecastFromBill(bill.value);
    QVERIFY(expected);
    QVERIFY(expected->minorUnits() >= bill.value.total.minorUnits());
    const auto forecast = m_page->forecaster()->forecast(QStringLiteral("demo"));
    QVERIFY(forecast);
    QCOMPARE(forecast->method, CostTrend::ForecastMethod::MonthToDate);
    QCOMPARE(forecast->amount, *expected);
    // Drawn on the month in progress only, hatched, and labelled as a forecast.
    QCOMPARE(m_page->forecastAmount(), *expected);
    const QAreaSeries *area = m_page->forecastSeries();
    const QList<QPointF> top = area->upperSeries()->points();
    QCOMPARE(top.size(), 2);
    QVERIFY(top.at(0).x() > 10.5 && top.at(1).x() < 11.5);
    QCOMPARE(qRound64(top.at(0).y() * 100), expected->minorUnits());
    QCOMPARE(area->brush().style(), Qt::BDiagPattern);
    QCOMPARE(area->pen().style(), Qt::DashLine);
    QVERIFY(area->name().startsWith(QStringLiteral("Forecast")));
    QVERIFY(m_page->forecastText().contains(expected->format(QLocale())));
}

void TestCostsPage::aFailedForecastSaysWhatFailed()
{
    // The window's banner may already say the account is offline: the page's own banner says
    // which part of the page is missing, not a bare "Could not reach ...".
    DemoFault fault;
    fault.status = 403;
    fault.times = 1;
    m_composition->demoServer()->injectFault(QStringLiteral("/billing/v2/bills"), fault);
    m_page->forecaster()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->forecaster()->isLoading(), LoadTimeoutMs);
    QCOMPARE(m_page->forecaster()->errors().size(), 1);
    const auto *banner = m_page->findChild<ErrorBanner *>();
    QVERIFY(banner && banner->isVisibleTo(m_page.get()));
    const QString month = DisplayFormat().month(m_page->model()->currentMonth());
    QVERIFY2(banner->message().startsWith(QStringLiteral("The forecast for %1 could not be loaded. ").arg(month)),
             qPrintable(banner->message()));
    QVERIFY(banner->message().endsWith(m_page->forecaster()->errors().first().message()));
    // Retry reads it again; the banner goes once it works.
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->forecaster()->isLoading() && m_page->forecaster()->errors().isEmpty(), LoadTimeoutMs);
    QVERIFY(!banner->isVisibleTo(m_page.get()));
}

void TestCostsPage::stackByServiceAndRange()
{
    m_page->setStackBy(MonthlyCostModel::StackBy::Service);
    const MonthlyCostModel *model = m_page->model();
    QVERIFY(model->columnCount() >= 2);
    const QList<QBarSet *> sets = m_page->barSeries()->barSets();
    QCOMPARE(sets.size(), model->columnCount());
    for (int i = 0; i < sets.size(); ++i)
        QCOMPARE(sets.at(i)->label(), model->seriesTitle(i));
    m_page->setRange(MonthRange::last(6));
    QCOMPARE(model->rowCount(), 6);
    for (QBarSet *set : m_page->barSeries()->barSets())
        QCOMPARE(set->count(), 6);
    QCOMPARE(m_page->forecastSeries()->upperSeries()->count(), 2);
    m_page->setRange(MonthRange::all());
    QCOMPARE(model->rowCount(), 37);  // 36 invoiced months and the month in progress
}

void TestCostsPage::clickingAMonthFillsTheBreakdown()
{
    const MonthlyCostModel *model = m_page->model();
    // Opened on the latest invoiced month.
    QCOMPARE(m_page->selectedMonth(), model->monthAt(model->rowCount() - 2));
    QVERIFY(m_page->breakdownTable()->isVisible());
    const int row = model->rowCount() - 3;
    m_page->selectMonth(row);
    QCOMPARE(m_page->selectedMonth(), model->monthAt(row));
    const MonthBreakdownModel *breakdown = m_page->breakdownModel();
    QVERIFY(breakdown->rowCount() >= 2);
    QVERIFY(m_page->breakdownTable()->isVisible());
    QCOMPARE(breakdown->total(), model->monthTotal(row));
    QPieSeries *donut = m_page->donutSeries();
    QCOMPARE(donut->count(), breakdown->rowCount());
    QVERIFY(donut->holeSize() > 0);
    QCOMPARE(qRound64(donut->sum() * 100), model->monthTotal(row).minorUnits());
    // The table is the donut's key: each service's row shows its slice's colour, and the donut
    // has no legend of its own to cut names in.
    QVERIFY(!donut->chart()->legend()->isVisible());
    const QAbstractItemModel *table = m_page->breakdownTable()->model();
    QCOMPARE(table->rowCount(), breakdown->rowCount());
    for (int i = 0; i < breakdown->rowCount(); ++i) {
        const QModelIndex service = table->index(i, MonthBreakdownModel::ServiceColumn);
        QCOMPARE(service.data().toString(), breakdown->index(i, MonthBreakdownModel::ServiceColumn).data().toString());
        QCOMPARE(service.data(Qt::DecorationRole).value<QColor>(), donut->slices().at(i)->color());
    }
    QCOMPARE(QSet<QRgb>({donut->slices().at(0)->color().rgb(), donut->slices().at(1)->color().rgb()}).size(), 2);
    const QString title = m_page->breakdownTitle();
    QVERIFY2(title.contains(QLocale().toString(model->monthAt(row), QStringLiteral("MMMM yyyy"))), qPrintable(title));
    QVERIFY2(title.contains(model->monthTotal(row).format(QLocale())), qPrintable(title));
    const auto change = CostTrend::monthOverMonthPercent(model->monthTotal(row - 1), model->monthTotal(row));
    QVERIFY(change);
    QVERIFY2(title.contains(CostTrend::formatPercent(*change)), qPrintable(title));
    // Out of range: the breakdown closes.
    m_page->selectMonth(-1);
    QCOMPARE(breakdown->rowCount(), 0);
    QVERIFY(!m_page->breakdownTable()->isVisible());
}

void TestCostsPage::hoveringShowsAnInChartTooltip()
{
    const MonthlyCostModel *model = m_page->model();
    const int row = model->rowCount() - 2;
    QVERIFY(m_page->tooltipText().isEmpty());
    // What QBarSeries::hovered does.
    Q_EMIT m_page->barSeries()->hovered(true, row, m_page->barSeries()->barSets().at(0));
    const QString text = m_page->tooltipText();
    QVERIFY2(text.contains(QLocale().toString(model->monthAt(row), QStringLiteral("MMMM yyyy"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Compute")), qPrintable(text));
    QVERIFY2(text.contains(model->amount(row, 0).format(QLocale())), qPrintable(text));
    Q_EMIT m_page->barSeries()->hovered(false, row, m_page->barSeries()->barSets().at(0));
    QVERIFY(m_page->tooltipText().isEmpty());
}

void TestCostsPage::focusMonthSelectsAndShowsItsTooltip()
{
    // `billdeck --screenshot --page costs --costs-month YYYY-MM`.
    const MonthlyCostModel *model = m_page->model();
    const QDate month = model->monthAt(model->rowCount() - 4);
    m_page->focusMonthWhenReady(month);
    QCOMPARE(m_page->selectedMonth(), month);
    QTRY_VERIFY(!m_page->tooltipText().isEmpty());
    // Over the month's largest segment: compute, for a database bill.
    QVERIFY(m_page->tooltipText().contains(QStringLiteral("Compute")));
    QVERIFY(m_page->tooltipText().contains(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
}

void TestCostsPage::commandLineOptions()
{
    QCommandLineParser parser;
    CommandLine::setUp(parser);
    CommandLineOptions options;
    QString error;
    QVERIFY2(CommandLine::parse(parser, {QStringLiteral("billdeck"), QStringLiteral("--demo"), QStringLiteral("--page"),
                                         QStringLiteral("costs"), QStringLiteral("--costs-month"), QStringLiteral("2026-09")},
                                &options, &error),
             qPrintable(error));
    QCOMPARE(options.costsMonth, QDate(2026, 9, 1));
    QCOMPARE(options.page, QStringLiteral("costs"));

    QCommandLineParser badMonth;
    CommandLine::setUp(badMonth);
    QVERIFY(!CommandLine::parse(badMonth, {QStringLiteral("billdeck"), QStringLiteral("--costs-month"), QStringLiteral("2026-9")},
                                &options, &error));
    QVERIFY2(error.contains(QStringLiteral("YYYY-MM")), qPrintable(error));

    QCommandLineParser exportCosts;
    CommandLine::setUp(exportCosts);
    QVERIFY2(CommandLine::parse(exportCosts, {QStringLiteral("billdeck"), QStringLiteral("export"), QStringLiteral("costs")},
                                &options, &error),
             qPrintable(error));
    QCOMPARE(options.mode, CommandLineOptions::Mode::Export);
    QCOMPARE(options.exportKind, QStringLiteral("costs"));
}

void TestCostsPage::budgetUnderForecastWarns()
{
    QVERIFY(m_page->budgetWarning().isEmpty());
    QCOMPARE(m_page->budgetSeries()->count(), 0);
    const Money forecast = m_page->forecaster()->forecast(QStringLiteral("demo"))->amount;
    const Money budget(forecast.minorUnits() - 1, forecast.currency());
    QVERIFY(m_budgets->setBudget(QStringLiteral("demo"), budget));
    const QString warning = m_page->budgetWarning();
    QCOMPARE(warning, QStringLiteral("Forecast %1 is over the budget %2 for Demo SkySQL")
                          .arg(forecast.format(QLocale()), budget.format(QLocale())));
    // The budget line spans the chart at the budget's height.
    QCOMPARE(m_page->budgetSeries()->count(), 2);
    QCOMPARE(qRound64(m_page->budgetSeries()->at(0).y() * 100), budget.minorUnits());
    // A budget at the forecast is not exceeded.
    QVERIFY(m_budgets->setBudget(QStringLiteral("demo"), forecast));
    QVERIFY(m_page->budgetWarning().isEmpty());
}

void TestCostsPage::budgetEditorSavesAndRefusesBadInput()
{
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("budget-demo"));
    QVERIFY(edit);
    edit->setText(QStringLiteral("2,500.50"));
    Q_EMIT edit->editingFinished();
    QCOMPARE(*m_budgets->budget(QStringLiteral("demo")), Money(250050, QStringLiteral("USD")));
    edit->setText(QStringLiteral("a lot"));
    Q_EMIT edit->editingFinished();
    // Refused: the saved budget stays, the typed text stays for correcting.
    QCOMPARE(*m_budgets->budget(QStringLiteral("demo")), Money(250050, QStringLiteral("USD")));
    QCOMPARE(edit->text(), QStringLiteral("a lot"));
    edit->clear();
    Q_EMIT edit->editingFinished();
    QVERIFY(!m_budgets->budget(QStringLiteral("demo")));
}

void TestCostsPage::currencyChoiceOnlyWhenAccountsDiffer()
{
    QVERIFY(!m_page->currencyCombo()->isVisibleTo(m_page.get()));
    // Both demo accounts: USD (SkySQL) and EUR (Scalingo) are never added together.
    m_composition->accounts()->setShownAccountId(QString());
    m_composition->repository()->refreshInvoices();
    waitReady();
    QTRY_COMPARE(m_page->model()->currencies().size(), 2);
    QVERIFY(m_page->currencyCombo()->isVisibleTo(m_page.get()));
    QCOMPARE(m_page->currencyCombo()->count(), 2);
    const QHash<QString, qint64> invoiced = invoicedPerMonth(*m_composition->repository());
    m_page->setCurrency(QStringLiteral("EUR"));
    const MonthlyCostModel *model = m_page->model();
    QCOMPARE(model->currency(), QStringLiteral("EUR"));
    QVERIFY(m_page->chart()->axes(Qt::Vertical).constFirst()->titleText().contains(QStringLiteral("EUR")));
    const int row = model->rowCount() - 2;
    const QString key = QStringLiteral("demo-scalingo/") + model->monthAt(row).toString(QStringLiteral("yyyy-MM"));
    QCOMPARE(model->monthTotal(row).minorUnits(), invoiced.value(key));
    // Scalingo has no month-to-date figures: its forecast is the trend, and says so.
    const auto forecast = m_page->forecaster()->forecast(QStringLiteral("demo-scalingo"));
    QVERIFY(forecast);
    QCOMPARE(forecast->method, CostTrend::ForecastMethod::Trend);
    QCOMPARE(forecast->amount, *CostTrend::movingAverage({model->monthTotal(row - 2), model->monthTotal(row - 1),
                                                          model->monthTotal(row)}).constLast());
}

void TestCostsPage::everyCurrencyHasAChartOverTheSameMonths()
{
    // One account: one currency, no other chart.
    QVERIFY(!m_page->otherCurrencyCharts()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->otherCurrencyCharts()->currencies().isEmpty());

    // SkySQL in USD and Scalingo in EUR: the main chart draws one, a small chart the other.
    m_composition->accounts()->setShownAccountId(QString());
    m_composition->repository()->refreshInvoices();
    waitReady();
    QTRY_COMPARE(m_page->model()->currencies().size(), 2);
    const QHash<QString, qint64> invoiced = invoicedPerMonth(*m_composition->repository());
    for (const QString &main : {QStringLiteral("USD"), QStringLiteral("EUR")}) {
        m_page->setCurrency(main);
        const MonthlyCostModel *model = m_page->model();
        QCOMPARE(model->currency(), main);
        const QString other = main == u"USD" ? QStringLiteral("EUR") : QStringLiteral("USD");
        const QString otherAccount = other == u"USD" ? QStringLiteral("demo") : QStringLiteral("demo-scalingo");
        OtherCurrencyCharts *charts = m_page->otherCurrencyCharts();
        QVERIFY(charts->isVisibleTo(m_page.get()));
        QCOMPARE(charts->currencies(), QStringList{other});
        const MonthlyCostModel *small = charts->model(0);
        QCOMPARE(small->currency(), other);
        // The same months as the main chart, each the other account's invoiced total.
        QCOMPARE(small->rowCount(), model->rowCount());
        for (int row = 0; row < small->rowCount(); ++row) {
            QCOMPARE(small->monthAt(row), model->monthAt(row));
            QCOMPARE(small->monthTotal(row).minorUnits(),
                     invoiced.value(otherAccount + u'/' + small->monthAt(row).toString(QStringLiteral("yyyy-MM"))));
        }
        QVERIFY2(charts->chart(0)->title().startsWith(other), qPrintable(charts->chart(0)->title()));
    }
    // Clicking the small chart makes its currency the main one.
    Q_EMIT m_page->otherCurrencyCharts()->currencyChosen(QStringLiteral("USD"));
    QCOMPARE(m_page->model()->currency(), QStringLiteral("USD"));
    QCOMPARE(m_page->currencyCombo()->currentText(), QStringLiteral("USD"));
    QCOMPARE(m_page->otherCurrencyCharts()->currencies(), QStringList{QStringLiteral("EUR")});
}

void TestCostsPage::otherCurrencyChartsReadAloneAndLeaveTheBreakdownInView()
{
    m_composition->accounts()->setShownAccountId(QString());
    m_composition->repository()->refreshInvoices();
    waitReady();
    QTRY_COMPARE(m_page->otherCurrencyCharts()->currencies().size(), 1);
    m_page->setCurrency(QStringLiteral("USD"));
    OtherCurrencyCharts *charts = m_page->otherCurrencyCharts();
    const MonthlyCostModel *small = charts->model(0);
    // The Costs page of a 1440×900 window, then of a 1024×640 one (sidebar folded to icons).
    for (const QSize size : {QSize(1250, 800), QSize(960, 570)}) {
        m_page->resize(size);
        QTest::qWait(50);
        QApplication::processEvents();
        // The EUR chart labels its own months, as many as its width holds, the newest always.
        const QStringList labels = charts->monthLabels(0);
        QCOMPARE(labels.size(), small->rowCount());
        QVERIFY(!labels.constLast().isEmpty());
        int labelled = 0;
        for (int row = 0; row < labels.size(); ++row) {
            if (labels.at(row).isEmpty())
                continue;
            ++labelled;
            QCOMPARE(labels.at(row), DisplayFormat().shortMonth(small->monthAt(row)));
        }
        QVERIFY2(labelled >= 2, qPrintable(labels.join(QLatin1Char('|'))));
        // Short: the breakdown sits beside the other currency's chart, whole in the page.
        const bool shortPage = size.height() < 700;
        QCOMPARE(m_page->isBreakdownBeside(), shortPage);
        QCOMPARE(charts->isStacked(), shortPage);
        if (shortPage) {
            QWidget *table = m_page->breakdownTable();
            QVERIFY(table->isVisible());
            const QRect inPage(table->mapTo(m_page.get(), QPoint(0, 0)), table->size());
            QVERIFY2(inPage.bottom() <= m_page->height() && inPage.height() >= 80,
                     qPrintable(QStringLiteral("table %1..%2 in a page %3 high").arg(inPage.top()).arg(inPage.bottom()).arg(m_page->height())));
            // And its service names whole: "orders-prod", not "orde…".
            QTableView *view = m_page->breakdownTable();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, MonthBreakdownModel::ServiceColumn);
                const int needed = view->fontMetrics().horizontalAdvance(index.data().toString()) + 2 * view->iconSize().width();
                QVERIFY2(view->columnWidth(MonthBreakdownModel::ServiceColumn) >= needed, qPrintable(index.data().toString()));
            }
        }
    }
    // Back to a tall page: the charts above the breakdown again.
    m_page->resize(1250, 800);
    QTRY_VERIFY(!m_page->isBreakdownBeside());
}

void TestCostsPage::emptySeriesAreLeftOutOfTheLegend()
{
    const auto checkLegend = [this](int *hidden) {
        const MonthlyCostModel *model = m_page->model();
        const QList<QLegendMarker *> markers = m_page->chart()->legend()->markers(m_page->barSeries());
        QCOMPARE(markers.size(), model->columnCount());
        for (int column = 0; column < model->columnCount(); ++column) {
            bool hasData = false;
            for (int row = 0; row < model->rowCount(); ++row)
                hasData = hasData || !model->amount(row, column).isZero();
            QCOMPARE(markers.at(column)->isVisible(), hasData);
            if (!hasData)
                ++*hidden;
        }
    };
    int hidden = 0;
    checkLegend(&hidden);
    // Scalingo bills apps, not data transfer or support: those categories are left out.
    m_composition->accounts()->setShownAccountId(QString());
    m_composition->repository()->refreshInvoices();
    waitReady();
    QTRY_COMPARE(m_page->model()->currencies().size(), 2);
    m_page->setCurrency(QStringLiteral("EUR"));
    int hiddenForScalingo = 0;
    checkLegend(&hiddenForScalingo);
    QVERIFY(hiddenForScalingo > 0);
    // By service, every series has data.
    m_page->setStackBy(MonthlyCostModel::StackBy::Service);
    int hiddenServices = 0;
    checkLegend(&hiddenServices);
    QCOMPARE(hiddenServices, 0);
}

void TestCostsPage::noInvoicesGiveASentenceNotAnEmptyGrid()
{
    // The demo page has months: axes, no title, the average in the legend.
    const auto averageInLegend = [](const CostsPage &page) {
        const QList<QLegendMarker *> markers = page.chart()->legend()->markers(page.movingAverageSeries());
        return !markers.isEmpty() && markers.first()->isVisible();
    };
    QVERIFY(m_page->model()->rowCount() > 0);
    QVERIFY(m_page->chart()->title().isEmpty());
    QVERIFY(averageInLegend(*m_page));
    for (const QAbstractAxis *axis : m_page->chart()->axes())
        QVERIFY(axis->isVisible());

    // No account has an invoice (a new or failing one): a grid from 0 to 100 and a legend
    // entry for an average that is not drawn would say nothing true.
    Composition empty;
    CostsPage page(empty.accounts(), empty.repository(), m_budgets.get());
    page.resize(1024, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.chart()->title(), QStringLiteral("No invoiced month to show yet."));
    QVERIFY(!averageInLegend(page));
    for (const QAbstractAxis *axis : page.chart()->axes())
        QVERIFY(!axis->isVisible());
    // Nothing to export, and no month to click.
    QVERIFY(!PageCommands::target(&page, PageCommands::Command::Export));
    QVERIFY(PageCommands::target(m_page.get(), PageCommands::Command::Export));
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [&page](const QLabel *label) {
        return label->isVisibleTo(&page) && label->text().contains(QStringLiteral("Click a month"));
    }));
}

void TestCostsPage::amountAxisReadsAsMoney()
{
    auto *axis = qobject_cast<QCategoryAxis *>(m_page->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY(labels.size() >= 3);
    double top = 0;
    for (const Money &total : m_page->model()->monthTotals())
        top = std::max(top, total.minorUnits() / 100.0);
    // "$0", "$2,000", … up to a round value over the largest month, in the locale's form.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(labels.first(), QStringLiteral("$0"));
    for (const QString &label : labels) {
        QVERIFY2(label.startsWith(u'$') && !label.contains(u'.'), qPrintable(label));
        const double value = axis->endValue(label);
        QCOMPARE(label, english.toCurrencyString(value, QStringLiteral("$"), 0));
    }
    QVERIFY(axis->max() >= top);
    QVERIFY2(top < 1000 || labels.last().contains(u','), qPrintable(labels.last()));
}

void TestCostsPage::focusMonthOutsideTheRangeWidensIt()
{
    // "Last 12 months" is shown; `--costs-month` 18 months back widens it to the last 24.
    QCOMPARE(m_page->model()->rowCount(), 12);
    const QDate month = m_page->model()->currentMonth().addMonths(-18);
    m_page->focusMonthWhenReady(month);
    QCOMPARE(m_page->rangeCombo()->currentData().toInt(), 24);
    QCOMPARE(m_page->model()->rowCount(), 24);
    QCOMPARE(m_page->selectedMonth(), month);
    QVERIFY(m_page->breakdownModel()->rowCount() > 0);
    // Older than 24 months: all months.
    const QDate older = m_page->model()->currentMonth().addMonths(-30);
    m_page->focusMonthWhenReady(older);
    QCOMPARE(m_page->rangeCombo()->currentData().toInt(), 0);
    QCOMPARE(m_page->selectedMonth(), older);
}

void TestCostsPage::focusMonthWithoutInvoicesSaysSo()
{
    QSignalSpy unavailable(m_page.get(), &CostsPage::focusMonthUnavailable);
    const QDate beforeAll = m_page->model()->currentMonth().addYears(-20);
    m_page->focusMonthWhenReady(beforeAll);
    QCOMPARE(unavailable.size(), 1);
    const QString message = unavailable.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLocale().toString(beforeAll, QStringLiteral("MMMM yyyy"))), qPrintable(message));
    QVERIFY(m_page->selectedMonth() != beforeAll);
}

void TestCostsPage::exportsWriteValidFiles()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("costs.png"));
    QVERIFY2(m_page->exportPng(png, &error), qPrintable(error));
    QVERIFY(readAll(png).startsWith("\x89PNG\r\n"));
    QImage image(png);
    QVERIFY(image.width() > 400 && image.height() > 200);

    const QString svg = m_dir.filePath(QStringLiteral("costs.svg"));
    QVERIFY2(m_page->exportSvg(svg, &error), qPrintable(error));
    const QByteArray svgData = readAll(svg);
    QVERIFY(svgData.startsWith("<?xml"));
    QVERIFY(svgData.contains("<svg"));
    QVERIFY(svgData.contains("</svg>"));

    const QString csv = m_dir.filePath(QStringLiteral("costs.csv"));
    QVERIFY2(m_page->exportCsv(csv, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(csv).split('\n');
    QCOMPARE(lines.first(), QByteArray("month,series,amount,currency\r"));
    const MonthlyCostModel *model = m_page->model();
    QCOMPARE(lines.size() - 2, model->rowCount() * model->columnCount());
    const QByteArray expected = model->monthAt(10).toString(QStringLiteral("yyyy-MM")).toUtf8() + ",compute,"
        + model->amount(10, 0).toDecimalString().toUtf8() + ",USD\r";
    QVERIFY2(lines.contains(expected), expected.constData());

    // An unwritable place is a sentence, not a crash.
    QVERIFY(!m_page->exportCsv(m_dir.filePath(QStringLiteral("missing/dir/costs.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("Could not write")));
}

void TestCostsPage::exportCostsCommandAddsUpToInvoices()
{
    m_composition->accounts()->setShownAccountId(QString());
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Export;
    options.exportKind = QStringLiteral("costs");
    QByteArray out;
    QByteArray errors;
    QBuffer output(&out);
    QBuffer errorOutput(&errors);
    output.open(QIODevice::WriteOnly);
    errorOutput.open(QIODevice::WriteOnly);
    ExportCommand command(m_composition->accounts(), m_composition->repository(), options, &output, &errorOutput);
    QSignalSpy finished(&command, &ExportCommand::finished);
    command.start();
    QVERIFY(finished.wait(LoadTimeoutMs));
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY2(errors.isEmpty(), errors.constData());

    QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("account,month,category,amount,currency\r"));
    QCOMPARE(lines.takeLast(), QByteArray());
    // Names to ids, to compare with the repository's invoices.
    const QHash<QString, QString> ids {{QStringLiteral("Demo SkySQL"), QStringLiteral("demo")},
                                       {QStringLiteral("Demo Scalingo"), QStringLiteral("demo-scalingo")}};
    QHash<QString, qint64> exported;
    QHash<QString, int> categories;
    for (const QByteArray &line : std::as_const(lines)) {
        const QStringList fields = QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
        QCOMPARE(fields.size(), 5);
        Money amount;
        QVERIFY(Money::parseDecimal(fields.at(3), fields.at(4), &amount));
        const QString key = ids.value(fields.at(0)) + u'/' + fields.at(1);
        exported[key] += amount.minorUnits();
        ++categories[key];
        QCOMPARE(fields.at(4), fields.at(0) == QLatin1String("Demo SkySQL") ? QStringLiteral("USD") : QStringLiteral("EUR"));
    }
    const QHash<QString, qint64> invoiced = invoicedPerMonth(*m_composition->repository());
    QCOMPARE(exported.size(), invoiced.size());
    QCOMPARE(exported.size(), 36 + 30);  // the demo's SkySQL and Scalingo invoice histories
    for (auto it = invoiced.cbegin(); it != invoiced.cend(); ++it) {
        QCOMPARE(exported.value(it.key()), it.value());
        QCOMPARE(categories.value(it.key()), 5);
    }
}

QTEST_MAIN(TestCostsPage)
#include "tst_costspage.moc"
