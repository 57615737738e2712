#include "costs/monthaxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace
{
int widestLabel(const QStringList &labels, const QFontMetrics &metrics)
{
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest;
}
}

QStringList MonthAxis::thinned(const QStringList &labels, int plotWidth, const QFontMetrics &metrics)
{
    const int count = static_cast<int>(labels.size());
    const double room = double(plotWidth) / std::max(count, 1);
    const int widest = widestLabel(labels, metrics);
    // The label's own margins and the axis' padding on either side.
    const int needed = widest + 3 * metrics.averageCharWidth();
    // Each label gets plotWidth / (labels + 1).
    int step = 1;
    while (step < count && plotWidth / ((count + step - 1) / step + 1) < needed)
        ++step;
    QStringList shown(count, QString());
    for (int row = count > 0 ? (count - 1) % step : 0; row < count; row += step) {
        // A first label that would reach left of the plot, over the amount axis, is left out.
        if ((row + 0.5) * room < widest / 2.0 && row + step < count)
            continue;
        shown[row] = labels.at(row);
    }
    return shown;
}

bool MonthAxis::apply(QCategoryAxis *axis, const QStringList &shown, const QStringList &previous)
{
    const int count = static_cast<int>(shown.size());
    axis->setRange(-0.5, std::max(count, 1) - 0.5);
    if (shown == previous && axis->count() > 0)
        return false;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(-0.5);
    for (int row = 0; row < count; ++row) {
        if (!shown.at(row).isEmpty())
            axis->append(shown.at(row), row);
    }
    return true;
}

void MonthAxis::fitRightMargin(QChart *chart, const QStringList &labels, int plotWidth, const QFontMetrics &metrics,
                               int baseMargin)
{
    const double room = double(plotWidth) / std::max(static_cast<int>(labels.size()), 1);
    const int widest = widestLabel(labels, metrics);
    // Within a few pixels, so the layout settles.
    const int overhang = std::max(0, int(std::ceil(widest / 2.0 - room / 2.0)) + 2);
    const QMargins margins = chart->margins();
    if (std::abs(margins.right() - baseMargin - overhang) > 2)
        chart->setMargins(QMargins(margins.left(), margins.top(), baseMargin + overhang, margins.bottom()));
}
