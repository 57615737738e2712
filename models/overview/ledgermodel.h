#pragma once

#include "domain/ledger.h"
#include "money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QStringList>

// The prepaid credit ledger in the order it happened, with the balance after each movement.
// Entries carry signed amounts (purchases and grants positive, usage negative), so the running
// balance is their sum in time order, kept per currency: a ledger in two currencies has two.
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        ReasonColumn,
        BatchColumn,
        AmountColumn,
        BalanceColumn,
        ColumnCount
    };

    enum Role {
        // QDateTime for the date, qint64 minor units for money, numbers and text otherwise.
        RawValueRole = Qt::UserRole + 1,
        CurrencyRole,
    };

    explicit LedgerModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    // Sorts by date (entries of the same instant keep the provider's order) and recomputes
    // the balances.
    void setEntries(const QList<LedgerEntry> &entries);
    void clear();

    const LedgerEntry &entryAt(int row) const;
    Money balanceAt(int row) const;
    // The credit left: the balance after the last entry of that currency (zero when none).
    Money currentBalance(const QString &currency) const;
    QStringList currencies() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QLocale m_locale;
    QList<LedgerEntry> m_entries;
    QList<Money> m_balances;  // index: row
};
