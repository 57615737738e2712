#pragma once

#include "domain/invoice.h"
#include "invoices/invoicesortmodel.h"

#include <QDate>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

// The invoices the Invoices page shows: sorted on raw values (InvoiceSortModel) and narrowed by
// the filter bar. Every setter refilters at once; an empty criterion lets every row through.
// Searches what the table shows (InvoiceTableModel's roles), and filters on the invoice's own
// status, account, date and amount.
//
// Built for 100,000 rows filtered as the user types: each row's search text is made once, when
// the row arrives or changes, lower-cased into one buffer that a search scans from end to end;
// the other criteria read the invoice directly, never through QVariant. After a reset the texts
// are made in slices of a few milliseconds while the event loop is idle, so the table paints
// first; a search (or a changed row) before they are all made finishes them at once.
class InvoiceFilterModel final : public InvoiceSortModel
{
    Q_OBJECT

public:
    explicit InvoiceFilterModel(QObject *parent = nullptr);

    // Words that must all appear (case-insensitive) in the invoice's number, id, period, account,
    // status or amount ("1,234.50", "1234.50", "USD"...).
    void setSearchText(const QString &text);
    QString searchText() const;
    // Whether every row's search text is made (they are made in idle slices, starting a moment
    // after a reset so that the rows paint first; a search makes the rest at once).
    bool searchTextsReady() const;

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

protected:
    bool filterAcceptsRow(int sourceRow) const override;
    void sourceRowsChanged(int first, int last) override;

private:
    struct Bounds {
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
        bool valid = true;
    };
    const Bounds &boundsFor(const QString &currency) const;
    QString searchTextOf(int sourceRow) const;
    void storeSearchText(int sourceRow);
    // Makes the search texts of the rows not made yet: up to `rows` rows, the rest on the next
    // idle slice.
    void makeSearchTexts(int rows);
    void makeSearchTextsForAWhile();
    void finishSearchTexts();
    void compactSearchTexts();
    // Which rows every search word appears in, into m_searchMatches.
    void matchSearchWords();

    QList<QByteArray> m_searchWords;  // case-folded, UTF-8
    QString m_searchText;
    QDate m_from;
    QDate m_to;
    QSet<InvoiceStatus> m_statuses;
    QString m_minimumAmount;
    QString m_maximumAmount;
    // The bounds in minor units, per currency, computed the first time a currency is met.
    mutable QHash<QString, Bounds> m_boundsByCurrency;
    QSet<QString> m_accountIds;
    // Every source row's search text, case-folded UTF-8, each ended by a '\0' no word holds, so
    // one scan of the buffer finds a word in every row at once. A row whose text changes gets
    // a new copy at the end; the old one is left until compactSearchTexts().
    QByteArray m_searchBuffer;
    QList<quint32> m_searchStart;  // source row -> where its text starts
    // (start, source row) in buffer order, old copies included: tells which row a hit is in.
    QList<std::pair<quint32, int>> m_searchSegments;
    // Per source row: every search word appears in it.
    QList<bool> m_searchMatches;
    quint32 m_staleBytes = 0;
    // Rows 0..m_searchTextsMade-1 have their text in the buffer; the timer makes the rest.
    int m_searchTextsMade = 0;
    QTimer m_searchTextTimer;
};
