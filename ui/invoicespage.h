#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class ErrorBanner;
class InvoiceDetailView;
class InvoiceSortModel;
class InvoiceTableModel;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class Repository;

// Every invoice of the accounts shown, newest first, with the selected one's charges beside
// the table. Failures go to a banner above the table; nothing here waits on the network.
class InvoicesPage final : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save a PDF; an empty answer means the user cancelled.
    using SaveFileChooser = std::function<QString(const QString &suggestedFileName)>;

    explicit InvoicesPage(Repository *repository, QWidget *parent = nullptr);

    // Replaces the file dialog (tests, scripted use).
    void setSaveFileChooser(const SaveFileChooser &chooser);

    // Selects a row of the sorted view.
    void selectRow(int row);
    // Downloads the selected invoice's PDF, then asks where to save it.
    void saveSelectedDocument();

    QTableView *tableView() const;
    InvoiceTableModel *tableModel() const;
    InvoiceSortModel *sortModel() const;
    InvoiceDetailView *detailView() const;
    ErrorBanner *errorBanner() const;
    QPushButton *refreshButton() const;

Q_SIGNALS:
    // The detail pane now shows this invoice's charges.
    void detailsShown(const QString &invoiceId);
    void documentSaved(const QString &filePath);

private:
    void rememberSelection();
    void restoreSelection();
    void showCurrentInvoice();
    void onInvoiceChanged(int index);
    void onLoaded();
    void updateSummary();
    void writeDocument(const QString &suggestedName, const QByteArray &pdf);
    int currentSourceRow() const;
    void fitColumns();

    Repository *m_repository;
    InvoiceTableModel *m_tableModel;
    InvoiceSortModel *m_sortModel;
    ErrorBanner *m_banner;
    QLabel *m_summaryLabel;
    QPushButton *m_refreshButton;
    QTableView *m_table;
    QSplitter *m_splitter;
    InvoiceDetailView *m_detailView;
    SaveFileChooser m_saveFileChooser;
    QString m_selectedAccountId;
    QString m_selectedInvoiceId;
    bool m_documentBusy = false;
    bool m_splitterMovedByUser = false;
};
