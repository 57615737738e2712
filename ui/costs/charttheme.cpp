#include "costs/charttheme.h"

#include "widgets/themecolors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace ChartTheme
{
void apply(QChart *chart, QChartView *view, const QPalette &palette)
{
    const QColor background = ThemeColors::chartBackground(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor labels = ThemeColors::chartLabelText(palette);
    const QColor grid = ThemeColors::chartGrid(palette);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(labels);
        axis->setTitleBrush(labels);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(ThemeColors::mix(background, text, 0.3));
    }
    // Around the chart, where it does not fill its view.
    view->setBackgroundBrush(background);
}

QColor categoryColor(const QPalette &palette, const QString &key)
{
    if (key == QLatin1String("compute"))
        return seriesColor(palette, 0);
    if (key == QLatin1String("storage"))
        return seriesColor(palette, 1);
    if (key == QLatin1String("data_transfer"))
        return seriesColor(palette, 2);
    if (key == QLatin1String("support"))
        return seriesColor(palette, 4);
    // "Other": grey, a stack that says "the rest" rather than one more category.
    return ThemeColors::withContrast(ThemeColors::mix(palette.color(QPalette::Text), ThemeColors::chartBackground(palette), 0.55),
                                     {ThemeColors::chartBackground(palette)}, 3.0);
}

QColor seriesColor(const QPalette &palette, int index)
{
    return ThemeColors::chartSeries(palette, index);
}

QColor forecastColor(const QPalette &palette)
{
    return seriesColor(palette, 7);
}

QColor budgetColor(const QPalette &palette)
{
    return ThemeColors::negativeAmount(palette);
}

QColor averageColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}
}
