#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class AdaptiveColumns;
class ErrorBanner;
class InvoiceDetailView;
class InvoiceFilterModel;
class InvoiceSortModel;
class InvoiceTableModel;
class InvoiceTotals;
class PdfPreview;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class InvoiceRepository;
struct Invoice;

// Every invoice of the accounts shown, newest first, with the selected one's charges beside
// the table. Failures go to a banner above the table; nothing here waits on the network.
class InvoicesPage final : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save a PDF; an empty answer means the user cancelled.
    using SaveFileChooser = std::function<QString(const QString &suggestedFileName)>;

    enum class ExportFormat { Csv, Json };

    explicit InvoicesPage(InvoiceRepository *repository, QWidget *parent = nullptr);
    // Remembers the table's column widths, order and sort for the next run.
    ~InvoicesPage() override;

    // Replaces the file dialog (tests, scripted use).
    void setSaveFileChooser(const SaveFileChooser &chooser);
    void setExportFileChooser(const SaveFileChooser &chooser);

    // Selects a row of the sorted view.
    void selectRow(int row);
    // Selects this invoice (Billing operations' "Open invoice"). Before the list has loaded, the
    // next load selects it. False when it is not in the table now (not loaded, or filtered out).
    bool selectInvoice(const QString &accountId, const QString &invoiceId);
    // Downloads the selected invoice's PDF, then asks where to save it.
    void saveSelectedDocument();

    // Shows the PDF tab beside the table; it follows the selected invoice from then on.
    void showPdfPreview();
    bool isPdfPreviewShown() const;

    // The invoices the filter shows, in the table's order.
    QList<Invoice> shownInvoices() const;
    QByteArray exportShown(ExportFormat format) const;
    // Asks where to write, then writes what the filter shows. False when cancelled or failed.
    bool exportShownToFile(ExportFormat format);
    // The line under the table: "12 invoices · $48,210.33 · €3,402.10".
    QString totalsText() const;

    QTableView *tableView() const;
    InvoiceTableModel *tableModel() const;
    InvoiceSortModel *sortModel() const;
    InvoiceFilterModel *filterModel() const;
    InvoiceTotals *totals() const;
    PdfPreview *pdfPreview() const;
    QLineEdit *searchEdit() const;
    QDateEdit *fromDateEdit() const;
    QDateEdit *toDateEdit() const;
    QToolButton *statusButton() const;
    QLineEdit *minimumAmountEdit() const;
    QLineEdit *maximumAmountEdit() const;
    QComboBox *accountCombo() const;
    InvoiceDetailView *detailView() const;
    ErrorBanner *errorBanner() const;
    QPushButton *refreshButton() const;
    // Which columns a narrow window hides first, and the header's menu to choose them.
    AdaptiveColumns *columns() const;
    // The window names a failing account in its own banner, above every page: this page's
    // banner then keeps to what concerns it (a detail, a PDF, a file).
    void setAccountFailuresShownElsewhere(bool elsewhere);

Q_SIGNALS:
    // The detail pane now shows this invoice's charges.
    void detailsShown(const QString &invoiceId);
    void documentSaved(const QString &filePath);
    void exported(const QString &filePath);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rememberSelection();
    void restoreSelection();
    void showCurrentInvoice();
    void updateCommandButtons();
    void onInvoicesChanged(const QList<int> &rows);
    void onLoaded();
    void updateSummary();
    void writeDocument(const QString &suggestedName, const QString &filePath);
    int currentSourceRow() const;
    void fitColumns();
    // Gives the table the width its columns need and the detail pane the rest, until the user
    // moves the splitter.
    void splitTableAndDetail();
    void updateOptionalColumns();
    QWidget *createFilterBar();
    void applyDateFilter();
    void applyStatusFilter();
    void applyAmountFilter();
    void applyAccountFilter();
    void updateAccountChoices();
    void onFilterChanged();
    void loadPdfPreview();
    void restoreHeaderState();
    void saveHeaderState() const;

    InvoiceRepository *m_repository;
    InvoiceTableModel *m_tableModel;
    InvoiceFilterModel *m_sortModel;
    InvoiceTotals *m_totals;
    ErrorBanner *m_banner;
    QLabel *m_summaryLabel;
    QPushButton *m_refreshButton;
    QTableView *m_table;
    AdaptiveColumns *m_columns;
    QSplitter *m_splitter;
    InvoiceDetailView *m_detailView;
    PdfPreview *m_pdfPreview;
    QTabWidget *m_detailTabs;
    QLabel *m_totalsLabel;
    QLineEdit *m_searchEdit;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QToolButton *m_statusButton;
    QLineEdit *m_minimumAmountEdit;
    QLineEdit *m_maximumAmountEdit;
    QComboBox *m_accountCombo;
    QPushButton *m_clearFiltersButton;
    QToolButton *m_exportButton;
    QPushButton *m_previewButton;
    QString m_previewAccountId;
    QString m_previewInvoiceId;
    bool m_headerRestored = false;
    SaveFileChooser m_saveFileChooser;
    SaveFileChooser m_exportFileChooser;
    QString m_selectedAccountId;
    QString m_selectedInvoiceId;
    bool m_documentBusy = false;
    bool m_splitterMovedByUser = false;
    bool m_accountFailuresShownElsewhere = false;
};
