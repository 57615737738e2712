#include "costs/moneyaxis.h"

#include "format/displayformat.h"

#include <QCategoryAxis>

#include <cmath>

namespace MoneyAxis
{
double step(double maximum)
{
    if (!(maximum > 0))
        return 1;
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double residual = rough / magnitude;
    const double factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
    return std::max(1.0, factor * magnitude);
}

void fit(QCategoryAxis *axis, double maximum, const QString &currency)
{
    const double tick = step(maximum);
    const double top = std::max(tick, std::ceil(maximum / tick) * tick);
    const QStringList previous = axis->categoriesLabels();
    for (const QString &label : previous)
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    const DisplayFormat format;
    for (double value = 0; value <= top + tick / 2; value += tick)
        axis->append(currency.isEmpty() ? format.number(value) : format.wholeMoney(value, currency), value);
    axis->setRange(0, top);
}
}
