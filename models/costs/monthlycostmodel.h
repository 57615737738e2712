#pragma once

#include "domain/bill.h"
#include "money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

class InvoiceRepository;
struct Invoice;
struct InvoiceLine;

// How an invoice's amount splits into cost categories and services. Every split adds up to the
// invoice's amount exactly: what no line explains (taxes, credits, discounts, an invoice whose
// details are not loaded yet) is "other".
//
// Categories: SkySQL node lines are compute; storage, IOPS and throughput lines are storage.
// Scalingo container lines (web, worker, clock, one-off) are compute; addon lines (PostgreSQL,
// Redis… plans) are storage: they are the data an app keeps, as the database disk is for
// SkySQL, so the two providers' compute/storage split compares. Any other line, and credits
// (negative items, which only appear invoice-wide), are other.
namespace CostAggregation
{
constexpr int CategoryCount = 5;
using CategoryAmounts = std::array<qint64, CategoryCount>;  // minor units, by BillCostCategory

BillCostCategory lineCategory(const InvoiceLine &line);
CategoryAmounts categoryAmounts(const Invoice &invoice);

struct ServiceAmount {
    QString name;   // empty: the part no service explains (taxes, credits…)
    qint64 minorUnits = 0;
};
// One entry per service name in the invoice's order, then the unexplained part when non-zero.
QList<ServiceAmount> serviceAmounts(const Invoice &invoice);

QString categoryTitle(BillCostCategory category);  // "Compute", "Data transfer"…
QString otherServiceTitle();                        // "Other (taxes, credits)"

// `billdeck export costs`: one row per account, month and category (all five, zeros included,
// so every month sums visibly to its invoices), months ascending. RFC 4180, ISO months
// ("2025-10"), C-locale decimals.
using AccountNamer = std::function<QString(const QString &accountId)>;
QByteArray costsCsv(const QList<Invoice> &invoices, const AccountNamer &accountName);
// The same rows as a JSON array of {account, month, category, amount, currency}; amount is a
// decimal string so no reader turns cents into a binary fraction.
QByteArray costsJson(const QList<Invoice> &invoices, const AccountNamer &accountName);
}

// Which months the Costs page shows.
struct MonthRange {
    enum class Kind { LastMonths, All, Custom };
    Kind kind = Kind::LastMonths;
    int months = 12;  // LastMonths: how many, the month in progress included
    QDate from;       // Custom: first and last month (any day of them), inclusive
    QDate to;

    static MonthRange last(int months);
    static MonthRange all();
    static MonthRange custom(const QDate &from, const QDate &to);
    bool operator==(const MonthRange &other) const;
};

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

// One month's bill, broken down by service: the table and the donut below the chart.
class MonthBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, AccountColumn, AmountColumn, ShareColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,  // qint64 minor units (Amount), per mille (Share)
        ChartValueRole,                    // double in major units, for drawing only
    };

    explicit MonthBreakdownModel(InvoiceRepository *repository, QObject *parent = nullptr);

    void setMonth(const QDate &month, const QString &currency);
    QDate month() const;
    QString currency() const;
    Money total() const;
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    struct Row {
        QString service;
        QString accountId;
        QString accountName;
        qint64 minorUnits = 0;
    };

    InvoiceRepository *m_repository;
    QDate m_month;
    QString m_currency;
    QLocale m_locale;
    QList<Row> m_rows;
    qint64 m_total = 0;
};
