#pragma once

#include "domain/ledger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// The postpaid commitment month by month: what the contract promised to spend on compute,
// what was invoiced, and what of the promise went unused. Newest month first.
class CommitLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        MinimumCommitColumn,
        UsedColumn,
        UnusedColumn,
        ColumnCount
    };

    enum Role {
        // QDate (first of the month) for the period, qint64 minor units for money.
        RawValueRole = Qt::UserRole + 1,
        CurrencyRole,
    };

    explicit CommitLedgerModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setEntries(const QList<PostpaidCommitEntry> &entries);

    const PostpaidCommitEntry &entryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QLocale m_locale;
    QList<PostpaidCommitEntry> m_entries;
};
