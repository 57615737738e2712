#include "costs/chartvalueproxy.h"

ChartValueProxy::ChartValueProxy(int chartRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_chartRole(chartRole)
{
}

QVariant ChartValueProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole) {
        const QVariant value = QIdentityProxyModel::data(index, m_chartRole);
        if (value.isValid())
            return value;
    }
    return QIdentityProxyModel::data(index, role);
}
