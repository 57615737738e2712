#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QChart;
class QChartView;

// Qt Charts draw with their own light theme; this gives a chart the application's palette
// instead (background, title, legend, axes, grid), so it reads in a dark theme too.
namespace ChartTheme
{
void apply(QChart *chart, QChartView *view, const QPalette &palette);
// A cost category keeps its colour whatever the month ("compute" is always the first series).
QColor categoryColor(const QPalette &palette, const QString &key);
QColor seriesColor(const QPalette &palette, int index);
QColor forecastColor(const QPalette &palette);
QColor budgetColor(const QPalette &palette);
QColor averageColor(const QPalette &palette);
}
