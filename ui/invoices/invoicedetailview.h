#pragma once

#include "api/apierror.h"
#include "domain/invoice.h"

#include <QLocale>
#include <QWidget>

class AccountRegistry;
class AdaptiveColumns;
class QToolButton;
class QFormLayout;
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
    // Lets SkySQL invoices be shown by resource as well as by service: the toggle appears for
    // them and loads `as=resource` through the account's backend. Without it, no toggle.
    void setAccountRegistry(AccountRegistry *accounts);

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
    QToolButton *byServiceButton() const;
    QToolButton *byResourceButton() const;
    bool isShowingResources() const;

Q_SIGNALS:
    void savePdfRequested();
    // The by-resource view could not be loaded (shown in the page's banner).
    void resourceViewFailed(const ApiError &error);
    // The by-resource charges are on screen.
    void resourceViewShown();

private:
    void fillServices(const Invoice &invoice);
    // Scalingo: the invoice-wide items (plans, per-app totals, credits) above the per-app lines.
    void fillInvoiceItems(const Invoice &invoice);
    // Total excl. VAT, VAT and total incl. VAT, when the provider states the total before VAT.
    void fillVatTotals(const Invoice &invoice);
    void showPlaceholder(const QString &text);
    void showByResource(bool byResource);
    bool canShowByResource(const Invoice &invoice) const;

    QLocale m_locale;
    QString m_invoiceId;
    QString m_accountId;
    bool m_showingDetails = false;
    AccountRegistry *m_accounts = nullptr;
    Invoice m_invoice;  // as the page gave it (by service)
    bool m_byResource = false;
    int m_resourceRequest = 0;

    QWidget *m_header;
    QLabel *m_numberLabel;
    QLabel *m_statusLabel;
    QLabel *m_totalLabel;
    QLabel *m_periodLabel;
    QLabel *m_dateLabel;
    QLabel *m_dueDateLabel;
    QFormLayout *m_facts;
    AdaptiveColumns *m_columns = nullptr;
    QLabel *m_accountLabel;
    QPushButton *m_savePdfButton;
    QWidget *m_viewToggle;
    QToolButton *m_byServiceButton;
    QToolButton *m_byResourceButton;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeWidget *m_tree;
};
