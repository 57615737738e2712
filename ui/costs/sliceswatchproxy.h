#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

// A table beside a pie chart: each row's `column` shows a swatch in its slice's colour
// (ChartTheme::seriesColor of the row), so the table serves as the chart's legend.
class SliceSwatchProxy final : public QIdentityProxyModel
{
public:
    SliceSwatchProxy(int column, QObject *parent);

    // The palette the chart's colours derive from; the swatches follow a change.
    void setPalette(const QPalette &palette);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_column;
    QPalette m_palette;
};
