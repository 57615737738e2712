#include "costs/sliceswatchproxy.h"

#include "costs/charttheme.h"

SliceSwatchProxy::SliceSwatchProxy(int column, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_column(column)
{
}

void SliceSwatchProxy::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, m_column), index(rowCount() - 1, m_column), {Qt::DecorationRole});
}

QVariant SliceSwatchProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid() && index.column() == m_column)
        return ChartTheme::seriesColor(m_palette, index.row());
    return QIdentityProxyModel::data(index, role);
}
