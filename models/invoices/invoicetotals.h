#pragma once

#include "money.h"

#include <QList>
#include <QMap>
#include <QLocale>
#include <QObject>
#include <QPointer>

class InvoiceSortModel;
class QAbstractItemModel;

// What the rows of an invoice model add up to, one total per currency (never one sum across
// currencies), kept current as the model filters, sorts, resets or fills in details.
// Reads InvoiceTableModel's roles, so it works over the table model or any proxy of it.
class InvoiceTotals final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceTotals(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);

    int invoiceCount() const;
    // One entry per currency, by currency code.
    QList<Money> totals() const;
    Money total(const QString &currency) const;
    // Rows whose currency is not known yet (details still loading): counted, not summed.
    int pendingCount() const;

    // "12 invoices · $48,210.33 · €3,402.10" (plus "· 2 amounts loading" when some are not known).
    QString summary(const QLocale &locale) const;

Q_SIGNALS:
    void changed();

private:
    void recompute();
    // Rows come and go in many small ranges while a proxy refilters: adjusting by those rows
    // keeps a refilter linear instead of summing every row once per range.
    void addRows(int first, int last, int sign);
    Money amountAt(int row) const;
    void publish();

    struct CurrencySum {
        qint64 minorUnits = 0;
        int rows = 0;  // a currency leaves the line when its last row leaves the filter
    };

    QPointer<QAbstractItemModel> m_model;
    const InvoiceSortModel *m_invoices = nullptr;  // m_model, when it is the page's proxy
    QMap<QString, CurrencySum> m_sums;  // by currency code, so the line reads the same every time
    int m_rows = 0;
    int m_pendingRows = 0;
    // What changed() last announced.
    QList<Money> m_totals;
    int m_count = 0;
    int m_pending = 0;
};
