#pragma once

#include "domain/invoice.h"
#include "invoices/invoicesortmodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The invoices the Invoices page shows: sorted on raw values (InvoiceSortModel) and narrowed by
// the filter bar. Every setter refilters at once; an empty criterion lets every row through.
// Reads the source through InvoiceTableModel's roles, so it filters what the table shows.
class InvoiceFilterModel final : public InvoiceSortModel
{
    Q_OBJECT

public:
    explicit InvoiceFilterModel(QObject *parent = nullptr);

    // Words that must all appear (case-insensitive) in the invoice's number, id, period, account,
    // status or amount ("1,234.50", "1234.50", "USD"...).
    void setSearchText(const QString &text);
    QString searchText() const;

    // Invoice dates from..to, both included; an invalid date leaves that side open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate fromDate() const;
    QDate toDate() const;

    // Empty means every status.
    void setStatuses(const QSet<InvoiceStatus> &statuses);
    QSet<InvoiceStatus> statuses() const;

    // Decimal bounds ("100", "2500.5"), compared in each invoice's own currency's minor units: a
    // bound of 100 keeps $100.00 and ¥100 alike, and never converts between currencies. Empty
    // text leaves that side open. False (and nothing changes) when a bound is not a number.
    bool setAmountRange(const QString &minimum, const QString &maximum);
    QString minimumAmount() const;
    QString maximumAmount() const;

    // Account ids; empty means every account.
    void setAccountIds(const QSet<QString> &accountIds);
    QSet<QString> accountIds() const;

    void clearFilters();
    bool isFiltering() const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Bounds {
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
        bool valid = true;
    };
    const Bounds &boundsFor(const QString &currency) const;
    bool matchesSearch(int sourceRow) const;
    QString searchTextOf(int sourceRow) const;
    void refilter();

    QStringList m_searchWords;
    QString m_searchText;
    QDate m_from;
    QDate m_to;
    QSet<InvoiceStatus> m_statuses;
    QString m_minimumAmount;
    QString m_maximumAmount;
    // The bounds in minor units, per currency, computed the first time a currency is met.
    mutable QHash<QString, Bounds> m_boundsByCurrency;
    QSet<QString> m_accountIds;
    // Each source row's searchable text, built on first use: typing refilters every row per
    // key, and formatting dates and money for each would make that noticeably slow.
    mutable QList<QString> m_searchTexts;
};
