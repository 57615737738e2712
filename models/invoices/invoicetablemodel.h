#pragma once

#include <QAbstractTableModel>
#include <QLocale>

class InvoiceRepository;
struct Invoice;

// The invoices of every account the repository shows, one row each. Reads the repository's
// list directly; it keeps no copy.
class InvoiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The order people read an invoice in: whose, which, when, how much, settled or not.
    enum Column {
        AccountColumn,
        NumberColumn,
        DateColumn,
        PeriodColumn,
        DueDateColumn,
        AmountColumn,
        VatColumn,     // empty where the provider does not state it (SkySQL)
        StatusColumn,
        ColumnCount
    };

    enum Role {
        // The value sorting and filtering use: QDate for dates, qint64 minor units for money,
        // an int severity for status, text otherwise.
        RawValueRole = Qt::UserRole + 1,
        InvoiceIdRole,
        AccountIdRole,
        CurrencyRole,
        StatusRole,     // InvoiceStatus as int
    };

    explicit InvoiceTableModel(InvoiceRepository *repository, QObject *parent = nullptr);

    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Invoice &invoiceAt(int row) const;
    // What DisplayRole shows for `invoice` in `column`, without a QVariant: the filter model
    // builds its search text from it for every row.
    QString displayText(const Invoice &invoice, int column) const;

private:
    QVariant rawData(const Invoice &invoice, int column) const;

    InvoiceRepository *m_repository;
    QLocale m_locale;
};
