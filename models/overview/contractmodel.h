#pragma once

#include "domain/contract.h"

#include <QAbstractItemModel>
#include <QList>
#include <QLocale>

// Contracts as top-level rows with their entitlements as children: what was signed, when it
// runs, what it is expected to be worth, and what it grants.
class ContractModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,     // contract id / entitlement id
        DetailColumn,   // billing mode / the entitlement's terms
        StateColumn,
        StartColumn,
        EndColumn,
        CommitColumn,   // estimated contract commit
        ValueColumn,    // estimated contract value
        ColumnCount
    };

    enum Role {
        // QDate for dates, qint64 minor units for money, text otherwise.
        RawValueRole = Qt::UserRole + 1,
        IsEntitlementRole,
    };

    explicit ContractModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setContracts(const QList<Contract> &contracts);
    const QList<Contract> &contracts() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Contract rows have internal id 0; an entitlement row has its contract's row + 1.
    QVariant contractData(const Contract &contract, int column, int role) const;
    QVariant entitlementData(const Entitlement &entitlement, int column, int role) const;
    QString dateText(const QDate &date, const QString &text) const;

    QLocale m_locale;
    QList<Contract> m_contracts;
};
