#include "costs/costspage.h"

#include "accounts/accountregistry.h"
#include "costs/budgetparsing.h"
#include "costs/chartcallout.h"
#include "costs/charttheme.h"
#include "costs/chartvalueproxy.h"
#include "costs/costchartexport.h"
#include "costs/costforecast.h"
#include "costs/costtrend.h"
#include "dates.h"
#include "format/displayformat.h"
#include "costs/moneyaxis.h"
#include "costs/monthaxis.h"
#include "costs/monthbreakdownmodel.h"
#include "costs/othercurrencycharts.h"
#include "costs/sliceswatchproxy.h"
#include "invoices/invoicerepository.h"
#include "store/budgetstore.h"
#include "widgets/errorbanner.h"
#include "widgets/fittingcontent.h"
#include "widgets/flowlayout.h"
#include "widgets/menubutton.h"
#include "widgets/pagecommands.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QBoxLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVPieModelMapper>

#include <algorithm>
#include <cmath>

namespace
{
constexpr double BarWidth = 0.62;
}

CostsPage::CostsPage(AccountRegistry *accounts, InvoiceRepository *repository, BudgetStore *budgets, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_repository(repository)
    , m_budgets(budgets)
    , m_model(new MonthlyCostModel(repository, this))
    , m_breakdown(new MonthBreakdownModel(repository, this))
    , m_forecaster(new CostForecaster(accounts, repository, this))
    , m_chartModel(new ChartValueProxy(MonthlyCostModel::ChartValueRole, this))
    , m_donutModel(new ChartValueProxy(MonthBreakdownModel::ChartValueRole, this))
    , m_breakdownSwatches(new SliceSwatchProxy(MonthBreakdownModel::ServiceColumn, this))
    , m_readiness(new PageReadiness(QStringLiteral("costs"), this))
    , m_summaryLabel(new QLabel(this))
    , m_rangeCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_stackGroup(new QButtonGroup(this))
    , m_currencyLabel(new QLabel(tr("Currency"), this))
    , m_currencyCombo(new QComboBox(this))
    , m_exportButton(new MenuButton(this))
    , m_budgetRow(new QWidget(this))
    , m_budgetLayout(new QGridLayout(m_budgetRow))
    , m_budgetError(new QLabel(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_warningLabel(new QLabel(this))
    , m_trendLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_otherCharts(new OtherCurrencyCharts(repository, this))
    , m_barSeries(new QStackedBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_forecastSeries(new QAreaSeries(this))
    , m_forecastTop(new QLineSeries(this))
    , m_forecastBottom(new QLineSeries(this))
    , m_averageSeries(new QLineSeries(this))
    , m_budgetSeries(new QLineSeries(this))
    , m_monthAxis(new QCategoryAxis(this))
    , m_amountAxis(new QCategoryAxis(this))
    , m_callout(new ChartCallout(m_chart))
    , m_breakdownPanel(new QFrame(this))
    , m_breakdownTitle(new QLabel(this))
    , m_breakdownHint(new QLabel(tr("Click a month in the chart to see its bill by service."), this))
    , m_breakdownTable(new QTableView(this))
    , m_donutChart(new QChart)
    , m_donutView(new QChartView(m_donutChart, this))
    , m_donutSeries(new QPieSeries(this))
    , m_pieMapper(new QVPieModelMapper(this))
    , m_lowerRow(new QBoxLayout(QBoxLayout::TopToBottom))
{
    const QLocale locale;
    m_model->setLocale(locale);
    m_breakdown->setLocale(locale);

    QLayout *titleRow = buildTitleRow();
    QLayout *controls = buildControls();
    buildNotices();
    buildChart();
    buildBreakdown();

    // A short window (under BesideBelowHeight, the other currencies' charts shown) puts those
    // charts beside the month breakdown rather than above it (fitLowerRow), so the breakdown is
    // in view without scrolling; still shorter, the page scrolls rather than squeezing the
    // breakdown to a sliver with a donut the size of an icon.
    auto *content = new FittingContent;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(titleRow);
    layout->addLayout(controls);
    layout->addWidget(m_budgetError);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_trendLabel);
    layout->addWidget(m_chartView, 3);
    m_lowerRow->addWidget(m_otherCharts, 1);
    m_lowerRow->addWidget(m_breakdownPanel, 2);
    layout->addLayout(m_lowerRow, 3);
    m_contentLayout = layout;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    connectDataSources();

    onRangeChosen();
    rebuildBudgetEditors();
    updateCurrencyChoice();
    onModelReset();
    updateReadiness();
}

QStringList CostsPage::monthLabels() const
{
    return m_monthLabels;
}

void CostsPage::updateMonthLabels()
{
    const int count = m_model->rowCount();
    // Before the chart's first layout, an estimate of the plot: the view less the amount axis.
    const QFontMetrics metrics(m_monthAxis->labelsFont());
    const int plotWidth = m_chart->plotArea().width() > 0 ? int(m_chart->plotArea().width())
                                                          : std::max(m_chartView->width() - 12 * metrics.averageCharWidth(), 1);
    const DisplayFormat format;
    QStringList labels;
    for (int row = 0; row < count; ++row)
        labels << format.shortMonth(m_model->monthAt(row));
    const QStringList shown = MonthAxis::thinned(labels, plotWidth, metrics);
    if (MonthAxis::apply(m_monthAxis, shown, m_monthLabels))
        m_monthLabels = shown;
    MonthAxis::fitRightMargin(m_chart, labels, plotWidth, metrics, 6);
}

void CostsPage::fitLowerRow()
{
    // Short and wide enough: the other currencies' charts one above the other in a column
    // beside the breakdown, which keeps the height the charts above it would have taken.
    const bool beside = !m_otherCharts->currencies().isEmpty() && height() < BesideBelowHeight && width() >= BesideFromWidth;
    if (beside == isBreakdownBeside())
        return;
    m_lowerRow->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_lowerRow->setStretchFactor(m_otherCharts, beside ? 2 : 1);
    m_lowerRow->setStretchFactor(m_breakdownPanel, beside ? 3 : 2);
    m_contentLayout->setStretchFactor(m_lowerRow, beside ? 2 : 3);
    m_otherCharts->setStacked(beside);
    // Beside the charts the panel is narrower: the table keeps the room for the service names
    // (the donut only repeats its shares).
    m_breakdownBody->setStretchFactor(m_donutView, beside ? 1 : 2);
    m_donutView->setMinimumWidth(beside ? 150 : 260);
}

bool CostsPage::isBreakdownBeside() const
{
    return m_lowerRow->direction() == QBoxLayout::LeftToRight;
}

void CostsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLowerRow();
}

CostsPage::~CostsPage()
{
    // The mappers watch both the series (owned by the charts) and the proxies (children of the
    // page, deleted first): let them go before either, or a series' last signal reaches a
    // mapper whose model is gone.
    delete m_pieMapper;
    delete m_mapper;
}

QLayout *CostsPage::buildTitleRow()
{
    auto *title = new QLabel(tr("Costs"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    ThemeColors::setMutedText(m_summaryLabel);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the chart as a picture or its numbers as CSV"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Chart as PNG…"), this, [this] { chooseExport(QStringLiteral("png")); });
    exportMenu->addAction(tr("Chart as SVG…"), this, [this] { chooseExport(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Data as CSV…"), this, [this] { chooseExport(QStringLiteral("csv")); });
    m_exportButton->setMenu(exportMenu);
    PageCommands::mark(m_exportButton, PageCommands::Command::Export);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_summaryLabel, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_exportButton);
    return titleRow;
}

QLayout *CostsPage::buildControls()
{
    m_rangeCombo->addItem(tr("Last 6 months"), 6);
    m_rangeCombo->addItem(tr("Last 12 months"), 12);
    m_rangeCombo->addItem(tr("Last 24 months"), 24);
    m_rangeCombo->addItem(tr("All months"), 0);
    m_rangeCombo->addItem(tr("Custom…"), -1);
    m_rangeCombo->setCurrentIndex(1);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(DisplayFormat().shortMonthFormat());
        edit->setCalendarPopup(true);
        edit->hide();
    }
    const QDate thisMonth = m_model->currentMonth();
    m_fromEdit->setDate(thisMonth.addMonths(-11));
    m_toEdit->setDate(thisMonth);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->hide();
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this, toLabel] {
        const bool custom = m_rangeCombo->currentData().toInt() < 0;
        m_fromEdit->setVisible(custom);
        toLabel->setVisible(custom);
        m_toEdit->setVisible(custom);
        onRangeChosen();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &CostsPage::onRangeChosen);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &CostsPage::onRangeChosen);

    auto *byCategory = new QToolButton(this);
    byCategory->setText(tr("Category"));
    auto *byService = new QToolButton(this);
    byService->setText(tr("Service"));
    for (QToolButton *button : {byCategory, byService}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumWidth(80);
    }
    byCategory->setChecked(true);
    ThemeColors::emphasizeWhenChecked(byCategory);
    ThemeColors::emphasizeWhenChecked(byService);
    m_stackGroup->addButton(byCategory, int(MonthlyCostModel::StackBy::Category));
    m_stackGroup->addButton(byService, int(MonthlyCostModel::StackBy::Service));
    m_stackGroup->setExclusive(true);
    connect(m_stackGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_model->setStackBy(static_cast<MonthlyCostModel::StackBy>(id));
    });
    connect(m_currencyCombo, &QComboBox::activated, this, [this] {
        m_model->setCurrency(m_currencyCombo->currentText());
    });
    connect(m_otherCharts, &OtherCurrencyCharts::currencyChosen, this, &CostsPage::setCurrency);

    // The controls wrap onto more rows in a narrow window (several budgets take room).
    auto *controls = new FlowLayout(nullptr, 20, 6);
    auto *rangeLabel = new QLabel(tr("&Range"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    m_fromEdit->setAccessibleName(tr("First month"));
    toLabel->setBuddy(m_toEdit);
    m_currencyLabel->setBuddy(m_currencyCombo);
    m_breakdownTable->setAccessibleName(tr("Month breakdown"));
    controls->addWidget(flowGroup(this, {rangeLabel, m_rangeCombo, m_fromEdit, toLabel, m_toEdit}, 6));
    controls->addWidget(flowGroup(this, {new QLabel(tr("Stack by"), this), byCategory, byService}, 6));
    controls->addWidget(flowGroup(this, {m_currencyLabel, m_currencyCombo}, 6));
    controls->addWidget(m_budgetRow);

    m_budgetRow->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_budgetLayout->setContentsMargins(0, 0, 0, 0);
    m_budgetLayout->setHorizontalSpacing(6);
    return controls;
}

void CostsPage::buildNotices()
{
    ThemeColors::setTextTone(m_budgetError, ThemeColors::Tone::Negative);
    m_budgetError->hide();

    m_warningLabel->setObjectName(QStringLiteral("budgetWarning"));
    m_warningLabel->setWordWrap(true);
    ThemeColors::setStyleSheet(m_warningLabel, [](const QPalette &palette) {
        return QStringLiteral("QLabel#budgetWarning { %1 border-radius: 4px; padding: 8px 10px; font-weight: bold; }")
            .arg(ThemeColors::toneStyle(palette, ThemeColors::Tone::Warning, true));
    });
    m_warningLabel->hide();
    m_trendLabel->setWordWrap(true);
    m_trendLabel->setTextFormat(Qt::RichText);
    connect(m_errorBanner, &ErrorBanner::retryRequested, m_forecaster, &CostForecaster::refresh);
}

void CostsPage::buildChart()
{
    // The chart: stacked bars from the model, the forecast and the trend on top.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Monthly costs chart"));
    // Low enough that a 640-pixel window leaves the month breakdown room for its legend.
    m_chartView->setMinimumHeight(200);
    m_chartModel->setSourceModel(m_model);
    m_mapper->setSeries(m_barSeries);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(m_model->columnCount() - 1);
    m_mapper->setFirstRow(0);
    m_mapper->setModel(m_chartModel);
    m_barSeries->setBarWidth(BarWidth);
    // Not a bar: bar series in one chart sit side by side, and the forecast belongs on top of
    // its month, drawn unlike any invoiced amount.
    m_forecastSeries->setUpperSeries(m_forecastTop);
    m_forecastSeries->setLowerSeries(m_forecastBottom);
    m_forecastSeries->setName(tr("Forecast"));
    m_averageSeries->setName(tr("3-month average"));
    m_averageSeries->setPointsVisible(true);
    m_budgetSeries->setName(tr("Budget"));
    m_chart->addSeries(m_barSeries);
    m_chart->addSeries(m_forecastSeries);
    m_chart->addSeries(m_averageSeries);
    m_chart->addSeries(m_budgetSeries);
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_barSeries), static_cast<QAbstractSeries *>(m_forecastSeries),
                                    static_cast<QAbstractSeries *>(m_averageSeries), static_cast<QAbstractSeries *>(m_budgetSeries)}) {
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_amountAxis);
    }
    // The month labels follow the plot's width: fewer of them in a narrow window.
    connect(m_chart, &QChart::plotAreaChanged, this, &CostsPage::updateMonthLabels);
    m_monthAxis->setGridLineVisible(false);
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    QFont axisTitleFont = m_amountAxis->titleFont();
    axisTitleFont.setBold(false);
    m_amountAxis->setTitleFont(axisTitleFont);

    connect(m_barSeries, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status) {
            hideTooltip();
            return;
        }
        showSegmentTooltip(index, static_cast<int>(m_barSeries->barSets().indexOf(set)));
    });
    connect(m_barSeries, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { selectMonth(index); });
    connect(m_forecastSeries, &QAreaSeries::hovered, this, [this](const QPointF &, bool state) {
        if (!state || m_forecastTop->count() < 2) {
            hideTooltip();
            return;
        }
        const QPointF top = m_forecastTop->at(0);
        m_callout->show(forecastText(), m_chart->mapToPosition(QPointF(top.x() + BarWidth / 2, top.y()), m_forecastSeries));
    });
}

void CostsPage::buildBreakdown()
{
    // The breakdown of the clicked month: a table and a donut, both from MonthBreakdownModel.
    auto *breakdownFrame = static_cast<QFrame *>(m_breakdownPanel);
    breakdownFrame->setFrameShape(QFrame::StyledPanel);
    QFont sectionFont = m_breakdownTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    m_breakdownTitle->setFont(sectionFont);
    ThemeColors::setMutedText(m_breakdownHint);
    // The table is the donut's legend: each service's row has its slice's colour, so the donut
    // keeps all its room and no service name is cut to fit a legend.
    m_breakdownSwatches->setSourceModel(m_breakdown);
    m_breakdownTable->setModel(m_breakdownSwatches);
    m_breakdownTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdownTable->setAlternatingRowColors(true);
    m_breakdownTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdownTable->verticalHeader()->hide();
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(MonthBreakdownModel::ServiceColumn, QHeaderView::Stretch);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(MonthBreakdownModel::AccountColumn, QHeaderView::ResizeToContents);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(MonthBreakdownModel::AmountColumn, QHeaderView::ResizeToContents);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(MonthBreakdownModel::ShareColumn, QHeaderView::ResizeToContents);
    m_breakdownTable->verticalHeader()->setDefaultSectionSize(m_breakdownTable->fontMetrics().height() + 10);
    m_donutModel->setSourceModel(m_breakdown);
    m_donutSeries->setHoleSize(0.5);
    m_donutSeries->setPieSize(0.85);
    m_pieMapper->setSeries(m_donutSeries);
    m_pieMapper->setLabelsColumn(MonthBreakdownModel::ServiceColumn);
    m_pieMapper->setValuesColumn(MonthBreakdownModel::AmountColumn);
    m_pieMapper->setModel(m_donutModel);
    m_donutChart->addSeries(m_donutSeries);
    m_donutChart->setAnimationOptions(QChart::NoAnimation);
    m_donutChart->legend()->hide();
    m_donutChart->setMargins(QMargins(0, 0, 0, 0));
    m_donutChart->setBackgroundRoundness(0);
    m_donutView->setRenderHint(QPainter::Antialiasing);
    m_donutView->setAccessibleName(tr("Month breakdown chart"));
    m_donutView->setMinimumWidth(260);
    // Room for the title and five services in the table, and a donut one can read beside it.
    m_breakdownPanel->setMinimumHeight(200);
    applyChartTheme();
    connect(m_donutSeries, &QPieSeries::added, this, [this] {
        colourSlices();
        const QList<QPieSlice *> slices = m_donutSeries->slices();
        for (int i = 0; i < slices.size(); ++i) {
            QPieSlice *slice = slices.at(i);
            // Named for accessibility and export; the table beside it is the legend.
            slice->setLabel(QStringLiteral("%1  %2").arg(m_breakdown->index(i, MonthBreakdownModel::ServiceColumn).data().toString(),
                                                         m_breakdown->index(i, MonthBreakdownModel::ShareColumn).data().toString()));
        }
    });

    auto *breakdownLayout = new QVBoxLayout(m_breakdownPanel);
    breakdownLayout->addWidget(m_breakdownTitle);
    breakdownLayout->addWidget(m_breakdownHint);
    auto *breakdownBody = new QHBoxLayout;
    m_breakdownBody = breakdownBody;
    breakdownBody->addWidget(m_breakdownTable, 3);
    breakdownBody->addWidget(m_donutView, 2);
    breakdownLayout->addLayout(breakdownBody, 1);
    m_breakdownTable->hide();
    m_donutView->hide();
}

void CostsPage::connectDataSources()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &CostsPage::onModelReset);
    connect(m_model, &MonthlyCostModel::currenciesChanged, this, &CostsPage::updateCurrencyChoice);
    connect(m_forecaster, &CostForecaster::changed, this, &CostsPage::updateTrend);
    connect(m_forecaster, &CostForecaster::loadingChanged, this, &CostsPage::updateReadiness);
    connect(m_repository, &InvoiceRepository::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_forecastPending = true;
        updateReadiness();
    });
    connect(m_repository, &InvoiceRepository::loaded, this, [this] {
        // The month-to-date bill is read once the invoices are, so a screenshot or a test
        // sees one consistent moment.
        m_forecastPending = false;
        m_invoicesLoaded = true;
        m_forecaster->refresh();
        updateReadiness();
    });
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &CostsPage::rebuildBudgetEditors);
    connect(m_accounts, &AccountRegistry::shownAccountsChanged, this, &CostsPage::rebuildBudgetEditors);
    connect(m_budgets, &BudgetStore::budgetChanged, this, &CostsPage::updateBudgets);
    connect(m_readiness, &PageReadiness::readyChanged, this, &CostsPage::readyChanged);
    connect(this, &CostsPage::readyChanged, this, &CostsPage::applyFocusMonth);
}

void CostsPage::setReferenceDate(const QDate &date)
{
    m_model->setReferenceDate(date);
    m_forecaster->setReferenceDate(date);
    const QDate thisMonth = m_model->currentMonth();
    m_fromEdit->setDate(thisMonth.addMonths(-11));
    m_toEdit->setDate(thisMonth);
}

MonthlyCostModel *CostsPage::model() const { return m_model; }
MonthBreakdownModel *CostsPage::breakdownModel() const { return m_breakdown; }
CostForecaster *CostsPage::forecaster() const { return m_forecaster; }
QChart *CostsPage::chart() const { return m_chart; }

void CostsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch while running (light to dark) reaches the page as a palette change.
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
}

void CostsPage::applyChartTheme()
{
    const QPalette colours = palette();
    ChartTheme::apply(m_chart, m_chartView, colours);
    ChartTheme::apply(m_donutChart, m_donutView, colours);
    m_breakdownSwatches->setPalette(colours);
    const QColor forecast = ChartTheme::forecastColor(colours);
    m_forecastSeries->setBrush(QBrush(forecast, Qt::BDiagPattern));
    m_forecastSeries->setPen(QPen(forecast, 1.5, Qt::DashLine));
    m_averageSeries->setPen(QPen(ChartTheme::averageColor(colours), 2));
    m_budgetSeries->setPen(QPen(ChartTheme::budgetColor(colours), 2, Qt::DashLine));
    colourBarSets();
    colourSlices();
}

void CostsPage::colourSlices()
{
    const QList<QPieSlice *> slices = m_donutSeries->slices();
    for (int i = 0; i < slices.size(); ++i) {
        slices.at(i)->setColor(ChartTheme::seriesColor(palette(), i));
        slices.at(i)->setBorderColor(ThemeColors::chartBackground(palette()));
    }
}

void CostsPage::colourBarSets()
{
    const QList<QBarSet *> sets = m_barSeries->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QString key = m_model->seriesKey(i);
        const QColor color = m_model->stackBy() == MonthlyCostModel::StackBy::Category || key == QLatin1String("other")
            ? ChartTheme::categoryColor(palette(), m_model->stackBy() == MonthlyCostModel::StackBy::Category ? key : QStringLiteral("other"))
            : ChartTheme::seriesColor(palette(), i);
        sets.at(i)->setColor(color);
        sets.at(i)->setBorderColor(ThemeColors::mix(color, palette().color(QPalette::Text), 0.15));
    }
}
QStackedBarSeries *CostsPage::barSeries() const { return m_barSeries; }
QAreaSeries *CostsPage::forecastSeries() const { return m_forecastSeries; }
Money CostsPage::forecastAmount() const { return m_chartForecast; }
QLineSeries *CostsPage::movingAverageSeries() const { return m_averageSeries; }
QLineSeries *CostsPage::budgetSeries() const { return m_budgetSeries; }
QPieSeries *CostsPage::donutSeries() const { return m_donutSeries; }
QTableView *CostsPage::breakdownTable() const { return m_breakdownTable; }
QComboBox *CostsPage::currencyCombo() const { return m_currencyCombo; }
OtherCurrencyCharts *CostsPage::otherCurrencyCharts() const { return m_otherCharts; }
QComboBox *CostsPage::rangeCombo() const { return m_rangeCombo; }

void CostsPage::setRange(const MonthRange &range)
{
    const QSignalBlocker blocker(m_rangeCombo);
    switch (range.kind) {
    case MonthRange::Kind::LastMonths: {
        const int index = m_rangeCombo->findData(range.months);
        m_rangeCombo->setCurrentIndex(index >= 0 ? index : 1);
        break;
    }
    case MonthRange::Kind::All:
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(0));
        break;
    case MonthRange::Kind::Custom:
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(-1));
        break;
    }
    m_model->setRange(range);
}

void CostsPage::setStackBy(MonthlyCostModel::StackBy stackBy)
{
    if (QAbstractButton *button = m_stackGroup->button(int(stackBy)))
        button->setChecked(true);
    m_model->setStackBy(stackBy);
}

void CostsPage::setCurrency(const QString &currency)
{
    m_model->setCurrency(currency);
}

bool CostsPage::isReady() const
{
    return m_readiness->isReady();
}

QString CostsPage::budgetWarning() const
{
    return m_budgetWarning;
}

QString CostsPage::forecastText() const
{
    if (!m_chartForecast.isValid())
        return QString();
    const QDate month = m_model->currentMonth();
    return tr("Forecast for %1\n%2").arg(DisplayFormat().month(month), money(m_chartForecast));
}

QString CostsPage::tooltipText() const
{
    return m_callout->text();
}

QString CostsPage::breakdownTitle() const
{
    return m_breakdownTitle->text();
}

QDate CostsPage::selectedMonth() const
{
    return m_selectedMonth;
}

QString CostsPage::money(const Money &amount) const
{
    return DisplayFormat().money(amount);
}

void CostsPage::onRangeChosen()
{
    const int months = m_rangeCombo->currentData().toInt();
    if (months > 0)
        m_model->setRange(MonthRange::last(months));
    else if (months == 0)
        m_model->setRange(MonthRange::all());
    else
        m_model->setRange(MonthRange::custom(m_fromEdit->date(), m_toEdit->date()));
}

void CostsPage::updateCurrencyChoice()
{
    const QStringList currencies = m_model->currencies();
    {
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->clear();
        m_currencyCombo->addItems(currencies);
        m_currencyCombo->setCurrentText(m_model->currency());
    }
    // One currency per chart: the choice is offered only when the accounts shown differ.
    const bool several = currencies.size() > 1;
    m_currencyLabel->setVisible(several);
    m_currencyCombo->setVisible(several);
}

void CostsPage::onModelReset()
{
    hideTooltip();
    const int columns = m_model->columnCount();
    if (m_mapper->lastBarSetColumn() != columns - 1)
        m_mapper->setLastBarSetColumn(columns - 1);
    colourBarSets();
    // A category or service with nothing in these months has no place in the legend.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(m_barSeries);
    for (int i = 0; i < markers.size() && i < m_model->columnCount(); ++i) {
        bool hasData = false;
        for (int row = 0; row < m_model->rowCount() && !hasData; ++row)
            hasData = !m_model->amount(row, i).isZero();
        markers.at(i)->setVisible(hasData);
    }
    {
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->setCurrentText(m_model->currency());
    }

    updateMonthLabels();
    // A screen reader reads the chart as what it draws: each month and its total.
    QStringList perMonth;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        perMonth << tr("%1: %2").arg(DisplayFormat().month(m_model->monthAt(row)),
                                     money(m_model->monthTotal(row)));
    }
    m_chartView->setAccessibleDescription(perMonth.isEmpty() ? tr("No invoiced month to show.")
                                                             : tr("Total cost per month in %1: %2.")
                                                                   .arg(m_model->currency(), perMonth.join(QStringLiteral("; "))));
    m_amountAxis->setTitleText(m_model->currency().isEmpty() ? tr("Amount") : tr("Amount (%1)").arg(m_model->currency()));
    // Nothing invoiced yet (a new or failing account): a sentence, not an empty grid from 0 to 100.
    const bool nothingToChart = m_model->rowCount() == 0;
    m_amountAxis->setVisible(!nothingToChart);
    m_monthAxis->setVisible(!nothingToChart);
    m_chart->setTitle(nothingToChart ? tr("No invoiced month to show yet.") : QString());
    m_exportButton->setEnabled(!nothingToChart);

    QStringList shown;
    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    for (const AccountConnection *connection : connections)
        shown << connection->account().displayName;
    if (m_model->rowCount() > 0) {
        m_summaryLabel->setText(tr("%1 · %2 · %3 – %4")
                                    .arg(shown.join(QStringLiteral(", ")), m_model->currency(),
                                         DisplayFormat().shortMonth(m_model->monthAt(0)),
                                         DisplayFormat().shortMonth(m_model->monthAt(m_model->rowCount() - 1))));
    } else {
        m_summaryLabel->setText(shown.isEmpty() ? tr("No account shown") : tr("%1 · no invoices yet").arg(shown.join(QStringLiteral(", "))));
    }

    // The other currencies, over the same months: no account hides behind the currency choice.
    m_otherCharts->setCurrencies(m_model->currencies(), m_model->currency(), m_model->monthAt(0),
                                 m_model->monthAt(m_model->rowCount() - 1), m_model->currentMonth());
    fitLowerRow();

    // The breakdown follows the chart's currency; a month out of range closes it.
    if (m_selectedMonth.isValid()) {
        const int row = m_model->rowOfMonth(m_selectedMonth);
        if (row >= 0)
            selectMonth(row);
        else
            selectMonth(-1);
    } else {
        selectMonth(-1);
    }
    updateTrend();
}

void CostsPage::updateTrend()
{
    const QList<Money> totals = m_model->monthTotals();
    const int rows = static_cast<int>(totals.size());
    const QString currency = m_model->currency();
    const int currentRow = m_model->rowOfMonth(m_model->currentMonth());

    // The forecast of the month in progress: each shown account's, added up only within the
    // chart's currency.
    m_chartForecast = Money();
    QStringList methods;
    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    for (const AccountConnection *connection : connections) {
        const auto forecast = m_forecaster->forecast(connection->account().id);
        if (!forecast || forecast->amount.currency() != currency)
            continue;
        m_chartForecast = m_chartForecast.isValid() ? m_chartForecast + forecast->amount : forecast->amount;
        methods << (forecast->method == CostTrend::ForecastMethod::MonthToDate
                        ? tr("%1 from month-to-date usage").arg(connection->account().displayName)
                        : tr("%1 from the 3-month average (Scalingo has no month-to-date figures)")
                              .arg(connection->account().displayName));
    }
    const QList<ApiError> errors = m_forecaster->errors();
    m_errorBanner->dismiss();
    // Said as what failed: the window's own banner may already say the account is offline.
    for (const ApiError &error : errors)
        m_errorBanner->showFailure(tr("The forecast for %1 could not be loaded.").arg(DisplayFormat().month(m_model->currentMonth())),
                                   error);

    const bool hasForecast = currentRow >= 0 && m_chartForecast.isValid();
    if (hasForecast) {
        const double value = m_chartForecast.minorUnits() / std::pow(10.0, Money::minorDigits(currency));
        const double left = currentRow - BarWidth / 2;
        const double right = currentRow + BarWidth / 2;
        m_forecastTop->replace({QPointF(left, value), QPointF(right, value)});
        m_forecastBottom->replace({QPointF(left, 0), QPointF(right, 0)});
        m_forecastSeries->setName(tr("Forecast for %1").arg(DisplayFormat().shortMonth(m_model->currentMonth())));
    } else {
        m_forecastTop->clear();
        m_forecastBottom->clear();
        m_forecastSeries->setName(tr("Forecast"));
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_forecastSeries))
        marker->setVisible(hasForecast);

    // The moving average over complete months; the month in progress has its forecast instead.
    const QList<std::optional<Money>> averages = CostTrend::movingAverage(totals);
    QList<QPointF> points;
    for (int row = 0; row < rows; ++row) {
        if (row == currentRow || !averages.at(row))
            continue;
        points << QPointF(row, averages.at(row)->minorUnits() / std::pow(10.0, Money::minorDigits(currency)));
    }
    m_averageSeries->replace(points);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_averageSeries))
        marker->setVisible(!points.isEmpty());

    QStringList parts;
    if (hasForecast) {
        parts << tr("<b>Forecast for %1: %2</b> <span style='color:%4'>(%3)</span>")
                     .arg(DisplayFormat().month(m_model->currentMonth()), money(m_chartForecast).toHtmlEscaped(),
                          methods.join(QStringLiteral("; ")).toHtmlEscaped(), ThemeColors::mutedText(palette()).name());
    }
    const int lastComplete = currentRow >= 0 ? currentRow - 1 : rows - 1;
    if (lastComplete >= 1) {
        const auto change = CostTrend::monthOverMonthPercent(totals.at(lastComplete - 1), totals.at(lastComplete));
        if (change) {
            parts << tr("%1: %2 vs %3")
                         .arg(QLocale().toString(m_model->monthAt(lastComplete), QStringLiteral("MMMM")), CostTrend::formatPercent(*change),
                              QLocale().toString(m_model->monthAt(lastComplete - 1), QStringLiteral("MMMM")));
        }
    }
    if (lastComplete >= 0 && lastComplete < averages.size() && averages.at(lastComplete))
        parts << tr("3-month average: %1").arg(money(*averages.at(lastComplete)).toHtmlEscaped());
    m_trendLabel->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_trendLabel->setVisible(!parts.isEmpty());

    updateBudgets();
}

void CostsPage::updateBudgets()
{
    const QString currency = m_model->currency();
    QStringList warnings;
    qint64 budgetTotal = 0;
    bool hasBudget = false;
    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    for (const AccountConnection *connection : connections) {
        const QString accountId = connection->account().id;
        const auto budget = m_budgets->budget(accountId);
        if (QLineEdit *edit = m_budgetEdits.value(accountId)) {
            if (!edit->hasFocus())
                edit->setText(budget ? budget->toDecimalString() : QString());
        }
        if (!budget)
            continue;
        if (budget->currency() == currency) {
            budgetTotal += budget->minorUnits();
            hasBudget = true;
        }
        const auto forecast = m_forecaster->forecast(accountId);
        if (forecast && forecast->amount.currency() == budget->currency() && budget->minorUnits() < forecast->amount.minorUnits()) {
            warnings << tr("Forecast %1 is over the budget %2 for %3")
                            .arg(money(forecast->amount), money(*budget), connection->account().displayName);
        }
    }
    m_budgetWarning = warnings.join(QLatin1Char('\n'));
    m_warningLabel->setText(QStringLiteral("\u26a0 ") + warnings.join(QStringLiteral("\n\u26a0 ")));
    m_warningLabel->setVisible(!warnings.isEmpty());

    const int rows = m_model->rowCount();
    if (hasBudget && rows > 0) {
        const double value = budgetTotal / std::pow(10.0, Money::minorDigits(currency));
        m_budgetSeries->replace({QPointF(-0.5, value), QPointF(rows - 0.5, value)});
        m_budgetSeries->setName(tr("Budget %1").arg(money(Money(budgetTotal, currency))));
    } else {
        m_budgetSeries->clear();
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_budgetSeries))
        marker->setVisible(hasBudget);
    updateAxes();
}

void CostsPage::updateAxes()
{
    double top = 0;
    const QString currency = m_model->currency();
    const double scale = std::pow(10.0, Money::minorDigits(currency));
    for (const Money &total : m_model->monthTotals())
        top = std::max(top, total.minorUnits() / scale);
    for (const QPointF &point : m_forecastTop->points())
        top = std::max(top, point.y());
    const QList<QPointF> budget = m_budgetSeries->points();
    if (!budget.isEmpty())
        top = std::max(top, budget.first().y());
    MoneyAxis::fit(m_amountAxis, top > 0 ? top * 1.04 : 100, currency);
}

void CostsPage::rebuildBudgetEditors()
{
    while (QLayoutItem *item = m_budgetLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_budgetEdits.clear();
    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    int column = 0;
    for (const AccountConnection *connection : connections) {
        const QString accountId = connection->account().id;
        const QString currency = accountCurrency(accountId);
        auto *label = new QLabel(connections.size() > 1 ? tr("%1 monthly budget").arg(connection->account().displayName)
                                                        : tr("Monthly budget"),
                                 m_budgetRow);
        auto *edit = new QLineEdit(m_budgetRow);
        edit->setObjectName(QStringLiteral("budget-") + accountId);
        label->setBuddy(edit);
        edit->setPlaceholderText(tr("none"));
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(110);
        edit->setToolTip(tr("The most %1 should cost per month, in %2; empty for no budget.")
                             .arg(connection->account().displayName, currency));
        auto *unit = new QLabel(currency, m_budgetRow);
        m_budgetLayout->addWidget(label, 0, column++);
        m_budgetLayout->addWidget(edit, 0, column++);
        m_budgetLayout->addWidget(unit, 0, column++);
        m_budgetEdits.insert(accountId, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, accountId, edit] { commitBudget(accountId, edit); });
    }
    updateBudgets();
}

QString CostsPage::accountCurrency(const QString &accountId) const
{
    if (const auto budget = m_budgets->budget(accountId))
        return budget->currency();
    for (const Invoice &invoice : m_repository->invoices()) {
        if (invoice.accountId == accountId && invoice.amount.isValid())
            return invoice.amount.currency();
    }
    return m_model->currency().isEmpty() ? QStringLiteral("USD") : m_model->currency();
}

void CostsPage::commitBudget(const QString &accountId, QLineEdit *edit)
{
    const BudgetParsing::Result budget = BudgetParsing::parse(edit->text(), accountCurrency(accountId));
    const QString accountName = m_accounts->connection(accountId) ? m_accounts->connection(accountId)->account().displayName
                                                                  : accountId;
    if (budget.kind == BudgetParsing::Result::Kind::NoBudget) {
        m_budgetError->hide();
        if (m_budgets->budget(accountId))
            m_budgets->clearBudget(accountId);
        return;
    }
    if (budget.kind == BudgetParsing::Result::Kind::Invalid || !m_budgets->setBudget(accountId, budget.amount)) {
        // The text stays as typed so it can be corrected; the saved budget is unchanged.
        m_budgetError->setText(tr("The budget for %1 must be an amount such as 1500 or 1500.00.").arg(accountName));
        m_budgetError->show();
        return;
    }
    m_budgetError->hide();
}

void CostsPage::updateReadiness()
{
    if (m_repository->isLoading() || m_forecastPending || m_forecaster->isLoading()) {
        m_readiness->setLoading();
        return;
    }
    QStringList failures;
    for (const ApiError &error : m_repository->errors())
        failures << error.message();
    for (const ApiError &error : m_forecaster->errors())
        failures << error.message();
    if (failures.isEmpty())
        m_readiness->setReady();
    else
        m_readiness->setFailed(failures.join(QLatin1Char(' ')));
}

void CostsPage::selectMonth(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_selectedMonth = QDate();
        m_breakdown->setMonth(QDate(), m_model->currency());
        m_breakdownTitle->setText(tr("Month breakdown"));
        m_breakdownHint->setText(m_model->rowCount() > 0 ? tr("Click a month in the chart to see its bill by service.")
                                                         : tr("Each month's bill by service shows here once invoices have arrived."));
        m_breakdownHint->show();
        m_breakdownTable->hide();
        m_donutView->hide();
        return;
    }
    m_selectedMonth = m_model->monthAt(row);
    m_breakdown->setMonth(m_selectedMonth, m_model->currency());
    const Money total = m_model->monthTotal(row);
    QString title = tr("%1 · %2").arg(DisplayFormat().month(m_selectedMonth), money(total));
    if (row > 0) {
        if (const auto change = CostTrend::monthOverMonthPercent(m_model->monthTotal(row - 1), total)) {
            title += tr(" · %1 vs %2").arg(CostTrend::formatPercent(*change),
                                           DisplayFormat().month(m_model->monthAt(row - 1)));
        }
    }
    m_breakdownTitle->setText(title);
    const bool empty = m_breakdown->rowCount() == 0;
    m_breakdownHint->setText(m_selectedMonth == m_model->currentMonth()
                                 ? tr("This month is not invoiced yet; its forecast is drawn hatched in the chart.")
                                 : tr("No invoice in %1 for this month.").arg(m_model->currency()));
    m_breakdownHint->setVisible(empty);
    m_breakdownTable->setVisible(!empty);
    m_donutView->setVisible(!empty);
    // No title over the donut: the panel's title and the table's "Service" say what it shows,
    // and the donut gets the room.
    QStringList services;
    for (int row = 0; row < m_breakdown->rowCount(); ++row) {
        services << tr("%1: %2").arg(m_breakdown->index(row, MonthBreakdownModel::ServiceColumn).data().toString(),
                                     m_breakdown->index(row, MonthBreakdownModel::AmountColumn).data().toString());
    }
    m_donutView->setAccessibleDescription(tr("Costs of %1 by service: %2.")
                                              .arg(DisplayFormat().month(m_selectedMonth),
                                                   services.join(QStringLiteral("; "))));
}

void CostsPage::showSegmentTooltip(int row, int column)
{
    const QList<QBarSet *> sets = m_barSeries->barSets();
    if (row < 0 || row >= m_model->rowCount() || column < 0 || column >= sets.size()) {
        hideTooltip();
        return;
    }
    // The top of the segment: the stack below it plus itself.
    double top = 0;
    for (int i = 0; i <= column; ++i)
        top += std::max(0.0, sets.at(i)->at(row));
    const double middle = top - std::max(0.0, sets.at(column)->at(row)) / 2;
    const QString text = tr("%1\n%2: %3")
                             .arg(DisplayFormat().month(m_model->monthAt(row)), m_model->seriesTitle(column),
                                  money(m_model->amount(row, column)));
    m_callout->show(text, m_chart->mapToPosition(QPointF(row, middle), m_barSeries));
}

void CostsPage::hideTooltip()
{
    m_callout->hide();
}

void CostsPage::focusMonthWhenReady(const QDate &month)
{
    m_focusMonth = month;
    applyFocusMonth();
}

void CostsPage::applyFocusMonth()
{
    if (!isReady())
        return;
    if (!m_focusMonth.isValid()) {
        // Opened on the latest bill, so the page says something before the first click.
        if (!m_selectedMonth.isValid()) {
            for (int row = m_model->rowCount() - 1; row >= 0; --row) {
                if (!m_model->monthTotal(row).isZero()) {
                    selectMonth(row);
                    break;
                }
            }
        }
        return;
    }
    // Before the first load the range holds no month yet: nothing to widen or to refuse.
    if (!m_invoicesLoaded)
        return;
    int row = m_model->rowOfMonth(m_focusMonth);
    if (row < 0) {
        // Outside the range: the shortest "Last N months" that holds the month, else all.
        const QDate month = Dates::firstOfMonth(m_focusMonth);
        const QDate current = m_model->currentMonth();
        const int span = (current.year() - month.year()) * 12 + current.month() - month.month() + 1;
        MonthRange wider = MonthRange::all();
        for (int months : {6, 12, 24}) {
            if (span >= 1 && span <= months) {
                wider = MonthRange::last(months);
                break;
            }
        }
        setRange(wider);
        row = m_model->rowOfMonth(m_focusMonth);
    }
    if (row < 0) {
        const QDate month = m_focusMonth;
        m_focusMonth = QDate();
        Q_EMIT focusMonthUnavailable(m_model->rowCount() > 0
                                         ? tr("no invoice for %1: the invoices shown run from %2 to %3.")
                                               .arg(DisplayFormat().month(month), DisplayFormat().month(m_model->monthAt(0)),
                                                    DisplayFormat().month(m_model->monthAt(m_model->rowCount() - 1)))
                                         : tr("no invoice for %1: the accounts shown have no invoice.")
                                               .arg(DisplayFormat().month(month)));
        return;
    }
    selectMonth(row);
    int largest = -1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (largest < 0 || m_model->amount(row, column).minorUnits() > m_model->amount(row, largest).minorUnits())
            largest = column;
    }
    // The chart lays out on its next paint; place the callout once positions are final.
    QTimer::singleShot(0, this, [this, row, largest] { showSegmentTooltip(row, largest); });
}

void CostsPage::chooseExport(const QString &format)
{
    const QString base = CostChartExport::suggestedFileName(m_model->currentMonth(), format);
    const QString filter = format == QLatin1String("png") ? tr("PNG image (*.png)")
        : format == QLatin1String("svg")                   ? tr("SVG image (*.svg)")
                                                           : tr("CSV file (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export costs"), base, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("png") ? exportPng(path, &error)
        : format == QLatin1String("svg")           ? exportSvg(path, &error)
                                                   : exportCsv(path, &error);
    if (!ok)
        m_errorBanner->showMessage(tr("The export was not saved."), error);
}

bool CostsPage::exportPng(const QString &filePath, QString *error) const
{
    return CostChartExport::writePng(m_chartView, filePath, error);
}

bool CostsPage::exportSvg(const QString &filePath, QString *error) const
{
    return CostChartExport::writeSvg(m_chartView, tr("Monthly costs (%1)").arg(m_model->currency()), filePath, error);
}

bool CostsPage::exportCsv(const QString &filePath, QString *error) const
{
    return CostChartExport::writeCsv(*m_model, filePath, error);
}
