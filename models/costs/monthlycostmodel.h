#pragma once

#include "costs/monthrange.h"
#include "money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class InvoiceRepository;

// Monthly costs in one currency: one row per month of the range (months without an invoice
// included, so the axis has no gaps), one column per series (a cost category, or a service).
// Computed from the repository's invoices, the ones the Invoices table shows; it keeps only
// the totals it derives and recomputes them when the repository changes. Invoices in other
// currencies are left out, never converted or added.
class MonthlyCostModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class StackBy { Category, Service };

    enum Role {
        RawValueRole = Qt::UserRole + 1,  // qint64 minor units
        MonthRole,                         // QDate, first day of the row's month
        SeriesKeyRole,                     // "compute"… or the service name; "other" for the rest
        CurrencyRole,
        ChartValueRole,                    // double in major units, for drawing only
    };

    explicit MonthlyCostModel(InvoiceRepository *repository, QObject *parent = nullptr);

    // "Today", for the range and the month in progress; invalid = the system date.
    void setReferenceDate(const QDate &date);
    QDate currentMonth() const;

    // The currencies of the repository's invoices, most invoices first.
    QStringList currencies() const;
    // Empty, or one no invoice uses: the first of currencies().
    void setCurrency(const QString &currency);
    QString currency() const;

    void setStackBy(StackBy stackBy);
    StackBy stackBy() const;
    void setRange(const MonthRange &range);
    MonthRange range() const;
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate monthAt(int row) const;
    int rowOfMonth(const QDate &month) const;  // -1 when outside the range
    Money amount(int row, int column) const;
    Money monthTotal(int row) const;
    QList<Money> monthTotals() const;
    QString seriesKey(int column) const;
    QString seriesTitle(int column) const;

Q_SIGNALS:
    void currenciesChanged();

private:
    void recompute();
    void rebuild();

    InvoiceRepository *m_repository;
    QDate m_referenceDate;
    QString m_requestedCurrency;
    QString m_currency;
    QStringList m_currencies;
    StackBy m_stackBy = StackBy::Category;
    MonthRange m_range;
    QLocale m_locale;
    QList<QDate> m_months;
    QStringList m_seriesKeys;
    QStringList m_seriesTitles;
    QList<QList<qint64>> m_values;  // [row][column]
};
