#pragma once

#include "costs/monthlycostmodel.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QWidget>

class AccountRegistry;
class BudgetStore;
class ChartCallout;
class CostForecaster;
class ErrorBanner;
class PageReadiness;
class QAreaSeries;
class QBoxLayout;
class QBarSet;
class QButtonGroup;
class QChart;
class QChartView;
class SliceSwatchProxy;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QIdentityProxyModel;
class QLabel;
class QLayout;
class QLineEdit;
class QLineSeries;
class QPieSeries;
class QStackedBarSeries;
class QTableView;
class QToolButton;
class QVBarModelMapper;
class QVPieModelMapper;
class QVBoxLayout;
class QHBoxLayout;
class QCategoryAxis;
class InvoiceRepository;
class MonthBreakdownModel;
class OtherCurrencyCharts;

// Monthly costs as stacked bars (by cost category or by service) over a chosen range, in one
// currency, with the 3-month moving average, the current month's forecast (hatched), the
// budget line and a warning when the forecast goes over it. Clicking a month shows its bill
// broken down by service below. The chart reads MonthlyCostModel through model mappers: it
// draws the same numbers the tables show.
class CostsPage final : public QWidget
{
    Q_OBJECT

public:
    CostsPage(AccountRegistry *accounts, InvoiceRepository *repository, BudgetStore *budgets, QWidget *parent = nullptr);
    ~CostsPage() override;

    // "Today" for the range and the forecast; invalid = the system date.
    void setReferenceDate(const QDate &date);

    MonthlyCostModel *model() const;
    MonthBreakdownModel *breakdownModel() const;
    CostForecaster *forecaster() const;
    QChart *chart() const;
    QStackedBarSeries *barSeries() const;
    // The month in progress' forecast: a hatched, dash-outlined box over its month.
    QAreaSeries *forecastSeries() const;
    // Invalid when there is none for the chart's currency and range.
    Money forecastAmount() const;
    QLineSeries *movingAverageSeries() const;
    QLineSeries *budgetSeries() const;
    QPieSeries *donutSeries() const;
    QTableView *breakdownTable() const;
    QComboBox *currencyCombo() const;
    // The currencies the main chart does not draw, one small chart each.
    OtherCurrencyCharts *otherCurrencyCharts() const;
    QComboBox *rangeCombo() const;

    void setRange(const MonthRange &range);
    void setStackBy(MonthlyCostModel::StackBy stackBy);
    void setCurrency(const QString &currency);

    // Loaded (or failed) for the accounts shown.
    bool isReady() const;
    // Empty when no forecast is over its budget.
    QString budgetWarning() const;
    QString forecastText() const;
    // The chart's hover callout, empty when hidden.
    QString tooltipText() const;
    QString breakdownTitle() const;
    // The month whose breakdown is shown; invalid when none.
    QDate selectedMonth() const;

    // Writes the chart as a picture, or its data as CSV (month, series, amount, currency).
    // False with a sentence for people in `error`.
    bool exportPng(const QString &filePath, QString *error) const;
    bool exportSvg(const QString &filePath, QString *error) const;
    bool exportCsv(const QString &filePath, QString *error) const;

    // Once loaded, selects `month`, shows its breakdown and the callout over its largest
    // segment, as hovering and clicking would (`billdeck --screenshot --costs-month`). A month
    // outside the range widens it (the shortest "Last N months" that holds it, else all);
    // one with no invoice at all emits focusMonthUnavailable().
    void focusMonthWhenReady(const QDate &month);

    // The month axis' labels as drawn, one per month: every month, or every second, third… one
    // when the chart is too narrow for them all (the others empty).
    QStringList monthLabels() const;
    // In a short window with other currencies' charts, those charts sit beside the month
    // breakdown instead of above it, so the breakdown is in view without scrolling.
    bool isBreakdownBeside() const;

public Q_SLOTS:
    void selectMonth(int row);
    // The callout for one segment: month, series, amount. Hidden for an invalid pair.
    void showSegmentTooltip(int row, int column);
    void hideTooltip();

Q_SIGNALS:
    void readyChanged(bool ready);
    // The month given to focusMonthWhenReady() has no invoice in any range; `message` says why.
    void focusMonthUnavailable(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The page heights and widths (pixels) between which the breakdown sits beside the other
    // currencies' charts: a 1024×640 or 1366×768 window does, 1440×900 does not.
    static constexpr int BesideBelowHeight = 760;
    static constexpr int BesideFromWidth = 760;
    void updateMonthLabels();
    void fitLowerRow();
    // The constructor's parts, in the page's order; those with a layout return it for placing.
    QLayout *buildTitleRow();
    QLayout *buildControls();
    void buildNotices();
    void buildChart();
    void buildBreakdown();
    void connectDataSources();

    void onModelReset();
    // Colours from the palette, again after each palette change.
    void applyChartTheme();
    void colourBarSets();
    void colourSlices();
    void onRangeChosen();
    void updateCurrencyChoice();
    void updateTrend();
    void updateAxes();
    void updateBudgets();
    void rebuildBudgetEditors();
    void commitBudget(const QString &accountId, QLineEdit *edit);
    void updateReadiness();
    void applyFocusMonth();
    void chooseExport(const QString &format);
    QString accountCurrency(const QString &accountId) const;
    QString money(const Money &amount) const;

    AccountRegistry *m_accounts;
    InvoiceRepository *m_repository;
    BudgetStore *m_budgets;
    MonthlyCostModel *m_model;
    MonthBreakdownModel *m_breakdown;
    CostForecaster *m_forecaster;
    QIdentityProxyModel *m_chartModel;
    QIdentityProxyModel *m_donutModel;
    SliceSwatchProxy *m_breakdownSwatches;
    PageReadiness *m_readiness;

    QLabel *m_summaryLabel;
    QComboBox *m_rangeCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QButtonGroup *m_stackGroup;
    QLabel *m_currencyLabel;
    QComboBox *m_currencyCombo;
    QToolButton *m_exportButton;
    QWidget *m_budgetRow;
    QGridLayout *m_budgetLayout;
    QLabel *m_budgetError;
    ErrorBanner *m_errorBanner;
    QLabel *m_warningLabel;
    QLabel *m_trendLabel;

    QChart *m_chart;
    QChartView *m_chartView;
    OtherCurrencyCharts *m_otherCharts;
    QStackedBarSeries *m_barSeries;
    QVBarModelMapper *m_mapper;
    QAreaSeries *m_forecastSeries;
    QLineSeries *m_forecastTop;
    QLineSeries *m_forecastBottom;
    QLineSeries *m_averageSeries;
    QLineSeries *m_budgetSeries;
    QCategoryAxis *m_monthAxis;
    QStringList m_monthLabels;
    QCategoryAxis *m_amountAxis;  // labelled as money: "$6,000"
    ChartCallout *m_callout;

    QWidget *m_breakdownPanel;
    QLabel *m_breakdownTitle;
    QLabel *m_breakdownHint;
    QTableView *m_breakdownTable;
    QChart *m_donutChart;
    QChartView *m_donutView;
    QPieSeries *m_donutSeries;
    QVPieModelMapper *m_pieMapper;
    QBoxLayout *m_lowerRow;           // the other currencies' charts and the breakdown
    QVBoxLayout *m_contentLayout = nullptr;
    QHBoxLayout *m_breakdownBody = nullptr;  // the breakdown's table and donut

    bool m_forecastPending = false;  // invoices are loading; the bill is read after them
    bool m_invoicesLoaded = false;   // once: before, a month to focus on may yet arrive
    QDate m_selectedMonth;
    QDate m_focusMonth;
    Money m_chartForecast;
    QString m_budgetWarning;
    QHash<QString, QLineEdit *> m_budgetEdits;
};
