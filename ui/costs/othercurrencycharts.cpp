#include "costs/othercurrencycharts.h"

#include "costs/charttheme.h"

#include "costs/moneyaxis.h"
#include "costs/monthaxis.h"
#include "costs/monthlycostmodel.h"
#include "format/displayformat.h"
#include "invoices/invoicerepository.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QBoxLayout>
#include <QLegend>

#include <algorithm>
#include <cmath>

OtherCurrencyCharts::OtherCurrencyCharts(InvoiceRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void OtherCurrencyCharts::setCurrencies(const QStringList &currencies, const QString &mainCurrency, const QDate &first,
                               const QDate &last, const QDate &referenceDate)
{
    QStringList others = currencies;
    others.removeAll(mainCurrency);
    if (others != this->currencies()) {
        for (const Panel &panel : std::as_const(m_panels)) {
            delete panel.view;  // owns the chart
            delete panel.model;
        }
        m_panels.clear();
        for (const QString &currency : std::as_const(others)) {
            Panel panel;
            panel.currency = currency;
            panel.model = new MonthlyCostModel(m_repository, this);
            panel.model->setCurrency(currency);
            panel.chart = new QChart;
            panel.chart->setAnimationOptions(QChart::NoAnimation);
            panel.chart->legend()->hide();
            panel.chart->setMargins(QMargins(4, 4, 4, 4));
            panel.chart->setBackgroundRoundness(0);
            panel.view = new QChartView(panel.chart, this);
            panel.view->setRenderHint(QPainter::Antialiasing);
            panel.view->setMinimumHeight(150);
            panel.view->setToolTip(tr("Click a bar to chart %1 in detail above").arg(currency));
            m_layout->addWidget(panel.view, 1);
            // Each chart labels its months itself, as many as its own width holds.
            connect(panel.chart, &QChart::plotAreaChanged, this, [this, chart = panel.chart] {
                for (Panel &each : m_panels) {
                    if (each.chart == chart)
                        updateMonthLabels(each);
                }
            });
            // The invoices arrive and change: each chart follows its own model.
            connect(panel.model, &QAbstractItemModel::modelReset, this, [this, model = panel.model] {
                for (Panel &each : m_panels) {
                    if (each.model == model)
                        fill(each);
                }
            });
            m_panels.append(panel);
        }
    }
    for (const Panel &panel : std::as_const(m_panels)) {
        panel.model->setReferenceDate(referenceDate);
        // The main chart's months, so the charts read side by side.
        panel.model->setRange(first.isValid() && last.isValid() ? MonthRange::custom(first, last) : MonthRange::last(12));
    }
    setVisible(!m_panels.isEmpty());
}

void OtherCurrencyCharts::fill(Panel &panel)
{
    panel.chart->removeAllSeries();  // and deletes them
    const QList<QAbstractAxis *> axes = panel.chart->axes();
    for (QAbstractAxis *axis : axes) {
        panel.chart->removeAxis(axis);
        delete axis;
    }
    const MonthlyCostModel *model = panel.model;
    const DisplayFormat format;
    const double scale = std::pow(10.0, Money::minorDigits(panel.currency));
    auto *set = new QBarSet(tr("Total"));
    set->setColor(ChartTheme::seriesColor(palette(), 0));
    set->setBorderColor(ChartTheme::seriesColor(palette(), 0));
    QStringList months;
    QStringList perMonth;
    panel.months.clear();
    double top = 0;
    Money sum;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Money total = model->monthTotal(row);
        const double value = total.minorUnits() / scale;
        *set << value;
        top = std::max(top, value);
        months << format.shortMonth(model->monthAt(row));
        panel.months << months.constLast();
        perMonth << tr("%1: %2").arg(format.month(model->monthAt(row)), format.money(total));
        sum += total;
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.62);
    panel.chart->addSeries(series);
    auto *monthAxis = new QCategoryAxis;
    monthAxis->setGridLineVisible(false);
    monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    panel.monthAxis = monthAxis;
    panel.shown.clear();
    auto *amountAxis = new QCategoryAxis;
    MoneyAxis::fit(amountAxis, top, panel.currency);
    panel.chart->addAxis(monthAxis, Qt::AlignBottom);
    panel.chart->addAxis(amountAxis, Qt::AlignLeft);
    series->attachAxis(monthAxis);
    series->attachAxis(amountAxis);
    updateMonthLabels(panel);
    QStringList accounts;
    for (const Account &account : m_repository->accounts()) {
        const QList<Invoice> &invoices = m_repository->invoices();
        const bool bills = std::any_of(invoices.cbegin(), invoices.cend(), [&](const Invoice &invoice) {
            return invoice.accountId == account.id && invoice.amount.currency() == panel.currency;
        });
        if (bills)
            accounts << account.displayName;
    }
    panel.chart->setTitle(months.isEmpty()
                              ? tr("%1 · %2 · no invoice in these months").arg(panel.currency, accounts.join(QStringLiteral(", ")))
                              // The months are on the axis now: the title stays short enough for a
                              // chart in a column beside the breakdown.
                              : tr("%1 · %2: %3").arg(panel.currency, accounts.join(QStringLiteral(", ")), format.money(sum)));
    panel.view->setAccessibleName(tr("Monthly costs in %1").arg(panel.currency));
    panel.view->setAccessibleDescription(perMonth.isEmpty() ? tr("No invoiced month to show.")
                                                            : perMonth.join(QStringLiteral("; ")));
    connect(series, &QBarSeries::clicked, this, [this, currency = panel.currency] { Q_EMIT currencyChosen(currency); });
    ChartTheme::apply(panel.chart, panel.view, palette());
}

void OtherCurrencyCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch while running: the charts take the new palette like the main one.
    if (event->type() == QEvent::PaletteChange) {
        for (Panel &panel : m_panels)
            fill(panel);
    }
}

void OtherCurrencyCharts::updateMonthLabels(Panel &panel)
{
    if (!panel.monthAxis)
        return;
    const QFontMetrics metrics(panel.monthAxis->labelsFont());
    // Before the chart's first layout, an estimate of the plot: the view less the amount axis.
    const int plotWidth = panel.chart->plotArea().width() > 0 ? int(panel.chart->plotArea().width())
                                                              : std::max(panel.view->width() - 8 * metrics.averageCharWidth(), 1);
    const QStringList shown = MonthAxis::thinned(panel.months, plotWidth, metrics);
    if (MonthAxis::apply(panel.monthAxis, shown, panel.shown))
        panel.shown = shown;
    MonthAxis::fitRightMargin(panel.chart, panel.months, plotWidth, metrics, 4);
}

void OtherCurrencyCharts::setStacked(bool stacked)
{
    m_layout->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool OtherCurrencyCharts::isStacked() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

QStringList OtherCurrencyCharts::monthLabels(int index) const
{
    return m_panels.value(index).shown;
}

QStringList OtherCurrencyCharts::currencies() const
{
    QStringList result;
    for (const Panel &panel : m_panels)
        result << panel.currency;
    return result;
}

QChart *OtherCurrencyCharts::chart(int index) const
{
    return m_panels.value(index).chart;
}

MonthlyCostModel *OtherCurrencyCharts::model(int index) const
{
    return m_panels.value(index).model;
}
