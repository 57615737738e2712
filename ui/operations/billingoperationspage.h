#pragma once

#include <QString>
#include <QWidget>

class BillingOperationModel;
class BillingOperationsLoader;
class ErrorBanner;
class PageReadiness;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The history of charges, payments, credits and refunds of the Scalingo accounts shown, newest
// first. Each operation tied to an invoice can open it on the Invoices page.
class BillingOperationsPage final : public QWidget
{
    Q_OBJECT

public:
    BillingOperationsPage(BillingOperationModel *model, BillingOperationsLoader *loader, QWidget *parent = nullptr);

    // Loaded (or failed) for the accounts shown: nothing more will arrive without a refresh.
    bool isReady() const;
    // True when the page explains that the accounts shown have no billing operations.
    bool isShowingNoScalingoState() const;

    // Opens the selected operation's invoice (emits openInvoiceRequested); false without one.
    bool openSelectedInvoice();
    void selectRow(int row);

    QTableView *tableView() const;
    QSortFilterProxyModel *sortModel() const;
    ErrorBanner *errorBanner() const;
    QPushButton *openInvoiceButton() const;
    QPushButton *refreshButton() const;
    QString summaryText() const;
    // Page key "operations": the screenshot command waits for it.
    PageReadiness *readiness() const;

Q_SIGNALS:
    void openInvoiceRequested(const QString &accountId, const QString &invoiceId);
    void ready();

private:
    void onLoadingChanged(bool loading);
    void onLoaded();
    void updateState();
    void updateOpenButton();
    void fitColumns();

    BillingOperationModel *m_model;
    BillingOperationsLoader *m_loader;
    PageReadiness *m_readiness;
    QSortFilterProxyModel *m_sortModel;
    ErrorBanner *m_banner;
    QLabel *m_summaryLabel;
    QPushButton *m_openInvoiceButton;
    QPushButton *m_refreshButton;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_legend;
};
