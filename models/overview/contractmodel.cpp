#include "overview/contractmodel.h"

#include "format/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

ContractModel::ContractModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ContractModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

void ContractModel::setContracts(const QList<Contract> &contracts)
{
    beginResetModel();
    m_contracts = contracts;
    endResetModel();
}

const QList<Contract> &ContractModel::contracts() const
{
    return m_contracts;
}

QModelIndex ContractModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ContractModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ContractModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_contracts.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_contracts.at(parent.row()).entitlements.size());
}

int ContractModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ContractModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsEntitlementRole)
        return index.internalId() != 0;
    if (index.internalId() == 0)
        return contractData(m_contracts.at(index.row()), index.column(), role);
    const Contract &contract = m_contracts.at(int(index.internalId() - 1));
    return entitlementData(contract.entitlements.at(index.row()), index.column(), role);
}

QString ContractModel::dateText(const QDate &date, const QString &text) const
{
    return date.isValid() ? DisplayFormat(m_locale).shortDate(date) : text;
}

QVariant ContractModel::contractData(const Contract &contract, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return contract.id;
        case DetailColumn:
            return contract.billingMode.isEmpty() ? QString()
                                                  : contract.billingMode.at(0).toUpper() + contract.billingMode.mid(1);
        case StateColumn: return contract.state;
        case StartColumn: return dateText(contract.startDate, contract.startDateText);
        case EndColumn: return dateText(contract.endDate, contract.endDateText);
        case CommitColumn: return contract.estimatedContractCommit.format(m_locale);
        case ValueColumn: return contract.estimatedContractValue.format(m_locale);
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NameColumn: return contract.id;
        case DetailColumn: return contract.billingMode;
        case StateColumn: return contract.state;
        case StartColumn: return contract.startDate;
        case EndColumn: return contract.endDate;
        case CommitColumn: return contract.estimatedContractCommit.minorUnits();
        case ValueColumn: return contract.estimatedContractValue.minorUnits();
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (column == CommitColumn || column == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return tr("Contract %1 (CRM %2), executed %3, renews %4")
            .arg(contract.id, contract.integrationId, DisplayFormat(m_locale).shortDate(contract.executionDate),
                 DisplayFormat(m_locale).shortDate(contract.renewalDate));
    }
    return {};
}

QVariant ContractModel::entitlementData(const Entitlement &entitlement, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return entitlement.entitlementId.isEmpty() ? entitlement.id : entitlement.entitlementId;
        case DetailColumn: return DisplayFormat(m_locale).contractTerms(entitlement.spec);
        case StartColumn: return dateText(entitlement.startDate, entitlement.startDateText);
        case EndColumn: return dateText(entitlement.endDate, entitlement.endDateText);
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NameColumn: return entitlement.entitlementId;
        case DetailColumn: return DisplayFormat(m_locale).contractTerms(entitlement.spec);
        case StartColumn: return entitlement.startDate;
        case EndColumn: return entitlement.endDate;
        }
    } else if (role == Qt::ToolTipRole) {
        return QString::fromUtf8(QJsonDocument(entitlement.spec.toObject()).toJson(QJsonDocument::Indented));
    }
    return {};
}

QVariant ContractModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && (section == CommitColumn || section == ValueColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Contract / entitlement");
    case DetailColumn: return tr("Terms");
    case StateColumn: return tr("State");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case CommitColumn: return tr("Est. commit");
    case ValueColumn: return tr("Est. value");
    }
    return {};
}
