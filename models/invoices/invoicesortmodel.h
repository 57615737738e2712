#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QHash>
#include <QList>

#include <functional>

class InvoiceTableModel;
struct Invoice;

// Sorts invoices on raw values (dates as dates, money as minor units; across currencies by
// currency first), never on the displayed text. Not final: InvoiceFilterModel adds the page's
// filters to the same proxy, so one proxy sorts and filters and the view maps rows once.
//
// A flat proxy over InvoiceTableModel, written for 100,000 rows: it keeps every source row in
// sort order and sorts only when asked, or moves the one row whose details changed. Filtering
// walks that order once and, when the rows shown change, says so with one layout change rather
// than a signal per run of rows (which QSortFilterProxyModel answers by rebuilding its mapping
// each time: quadratic in the rows).
class InvoiceSortModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceSortModel(QObject *parent = nullptr);

    // The source must be an InvoiceTableModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    // A column below 0 shows the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // The role sorting reads: InvoiceTableModel::RawValueRole.
    int sortRole() const;

    // The invoice shown at this row; the row must exist.
    const Invoice &invoiceAt(int row) const;

protected:
    // Whether a source row is shown; every row is, here.
    virtual bool filterAcceptsRow(int sourceRow) const;
    // The source's rows first..last changed, or every row did after a reset: called before they are
    // sorted and filtered again, so a subclass can bring what it derives from them up to date.
    virtual void sourceRowsChanged(int first, int last);
    // Filters every row again, keeping the order; nothing is signalled if the same rows remain.
    void refilter();
    const InvoiceTableModel *invoiceTable() const;

private:
    // How the sort column compares, decided from its raw values when sorting.
    enum class SortMode { Text, Integer, Date, Money };
    // One row's raw value in the sort column.
    struct SortKey {
        bool valid = true;  // no VAT or no date sorts first; no text sorts last
        QString text;       // the text of a text column; the currency of an amount
        qint64 number = 0;  // julian day, minor units or integer value
    };
    SortMode sortModeOf(int column) const;
    SortKey sortKeyOf(int sourceRow) const;
    bool keyLess(const SortKey &a, const SortKey &b) const;
    // Whether a row with key a goes above one with key b in the current order.
    bool before(const SortKey &a, const SortKey &b) const;
    void sortOrderedRows();
    // The rows the filter keeps, in m_ordered's order.
    QList<int> acceptedRows() const;
    // The rows shown now, in m_ordered's order (after a sort).
    QList<int> shownRowsInOrder() const;
    void rebuildProxyRows();
    // Replaces the rows shown in one layout change, keeping persistent indexes on their rows.
    void changeLayout(const std::function<void()> &change, LayoutChangeHint hint);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void updateRow(int sourceRow, const QList<int> &roles);

    const InvoiceTableModel *m_table = nullptr;
    QCollator m_collator;
    SortMode m_sortMode = SortMode::Text;
    // Per text column, each source row's rank by collation: collating 100,000 invoice numbers
    // is most of a sort, and they only change with the source.
    QHash<int, QList<int>> m_textRanks;
    QList<int> m_ordered;      // every source row, in sort order
    QList<int> m_shown;        // proxy row -> source row
    QList<int> m_proxyRowOf;   // source row -> proxy row, -1 when filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
