#pragma once

#include <QLocale>
#include <QWidget>

struct Invoice;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// The selected invoice: its header (number, period, dates, status, total) and what each
// service cost, line by line. Shows only what it is given; the page decides when to load.
class InvoiceDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        QuantityColumn,
        RateColumn,
        CostColumn,
        ColumnCount
    };

    explicit InvoiceDetailView(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);

    // Fills the header; fills the charges when the invoice has its details, otherwise says
    // they are loading.
    void showInvoice(const Invoice &invoice, const QString &accountName);
    // The details request failed: the header stays, the charges say why they are missing.
    void showDetailsUnavailable();
    void clear();
    void setDocumentBusy(bool busy);

    QString invoiceId() const;
    QString accountId() const;
    bool isShowingDetails() const;
    QString placeholderText() const;
    QTreeWidget *serviceTree() const;
    QPushButton *savePdfButton() const;

Q_SIGNALS:
    void savePdfRequested();

private:
    void fillServices(const Invoice &invoice);
    void showPlaceholder(const QString &text);
    QString formatNumber(double value) const;

    QLocale m_locale;
    QString m_invoiceId;
    QString m_accountId;
    bool m_showingDetails = false;

    QWidget *m_header;
    QLabel *m_numberLabel;
    QLabel *m_statusLabel;
    QLabel *m_totalLabel;
    QLabel *m_periodLabel;
    QLabel *m_dateLabel;
    QLabel *m_dueDateLabel;
    QLabel *m_accountLabel;
    QPushButton *m_savePdfButton;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeWidget *m_tree;
};
