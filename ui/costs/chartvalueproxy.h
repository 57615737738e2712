#pragma once

#include <QIdentityProxyModel>

// Qt Charts' model mappers read Qt::DisplayRole as a number; the table models show text there.
// The chart reads the same model, only asking for the drawing value instead.
class ChartValueProxy final : public QIdentityProxyModel
{
public:
    // `chartRole`: the source model's role holding the value to draw (a double).
    ChartValueProxy(int chartRole, QObject *parent);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_chartRole;
};
