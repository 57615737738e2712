#include "invoices/invoicespage.h"

#include "invoices/documentfile.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicefiltermodel.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicesortmodel.h"
#include "invoices/invoicestatusdelegate.h"
#include "invoices/invoicetablemodel.h"
#include "invoices/invoicetotals.h"
#include "invoices/pdfpreview.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/errorbanner.h"
#include "widgets/flowlayout.h"
#include "widgets/menubutton.h"
#include "widgets/pagecommands.h"
#include "widgets/themecolors.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QResizeEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
// Room around the text the style's own size hints leave out.
constexpr int ColumnPadding = 14;
// A date edit at its minimum shows "Any": the range is open on that side.
const QDate AnyDate(2000, 1, 1);
const QString HeaderStateKey = QStringLiteral("InvoicesPage/header");
const QString HiddenColumnsKey = QStringLiteral("InvoicesPage/hiddenColumns");
// The detail pane's width when there is room for it, and what it gives way to in a narrow
// window: the table keeps its amounts and statuses in view first.
constexpr int DetailPreferredWidth = 420;
constexpr int DetailMinimumWidth = 280;
// Bumped when the columns change, so an old saved layout is not applied to new columns
// (3: dates have four-digit years, a saved Date column would cut them).
constexpr int HeaderStateVersion = 3;

QDate dateOrAny(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QString documentFileName(const Invoice &invoice)
{
    return (invoice.number.isEmpty() ? invoice.id : invoice.number) + QStringLiteral(".pdf");
}
}

InvoicesPage::InvoicesPage(InvoiceRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_tableModel(new InvoiceTableModel(repository, this))
    , m_sortModel(new InvoiceFilterModel(this))
    , m_totals(new InvoiceTotals(this))
    , m_banner(new ErrorBanner(this))
    , m_summaryLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_table(new QTableView(this))
    , m_columns(new AdaptiveColumns(m_table, m_table->horizontalHeader(), HiddenColumnsKey, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailView(new InvoiceDetailView(this))
    , m_pdfPreview(new PdfPreview(this))
    , m_detailTabs(new QTabWidget(this))
    , m_totalsLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_statusButton(new MenuButton(this))
    , m_minimumAmountEdit(new QLineEdit(this))
    , m_maximumAmountEdit(new QLineEdit(this))
    , m_accountCombo(new QComboBox(this))
    , m_clearFiltersButton(new QPushButton(tr("Clear filters"), this))
    , m_exportButton(new MenuButton(this))
    , m_previewButton(new QPushButton(tr("Preview PDF"), this))
{
    m_saveFileChooser = [this](const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save invoice PDF"), QDir(folder).filePath(suggestedName),
                                            tr("PDF documents (*.pdf)"));
    };
    m_exportFileChooser = [this](const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString filter = suggestedName.endsWith(QLatin1String(".json")) ? tr("JSON files (*.json)")
                                                                               : tr("CSV files (*.csv)");
        return QFileDialog::getSaveFileName(this, tr("Export invoices"), QDir(folder).filePath(suggestedName), filter);
    };

    auto *title = new QLabel(tr("Invoices"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    ThemeColors::setMutedText(m_summaryLabel);
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolTip(tr("Load the invoices again from every account"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_summaryLabel, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_previewButton);
    titleRow->addWidget(m_exportButton);
    titleRow->addWidget(m_refreshButton);
    m_previewButton->setToolTip(tr("Show the selected invoice's PDF beside the table"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the invoices the filter shows as CSV or JSON"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("CSV (spreadsheets)…"), this, [this] {
        exportShownToFile(ExportFormat::Csv);
    });
    exportMenu->addAction(tr("JSON…"), this, [this] {
        exportShownToFile(ExportFormat::Json);
    });
    m_exportButton->setMenu(exportMenu);
    PageCommands::mark(m_searchEdit, PageCommands::Command::Find);
    PageCommands::mark(m_refreshButton, PageCommands::Command::Refresh);
    PageCommands::mark(m_exportButton, PageCommands::Command::Export);
    PageCommands::mark(m_previewButton, PageCommands::Command::OpenPdf);
    PageCommands::mark(m_detailView->savePdfButton(), PageCommands::Command::SavePdf);
    // Same height as the push buttons beside it.
    m_exportButton->setMinimumHeight(m_refreshButton->sizeHint().height());

    m_sortModel->setSourceModel(m_tableModel);
    m_table->setModel(m_sortModel);
    m_table->setItemDelegateForColumn(InvoiceTableModel::StatusColumn, new InvoiceStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceTableModel::DateColumn, Qt::DescendingOrder);
    // The number, amount and status always stay; the rest give way, least useful first.
    m_columns->setDropOrder({InvoiceTableModel::DueDateColumn, InvoiceTableModel::PeriodColumn,
                             InvoiceTableModel::VatColumn, InvoiceTableModel::AccountColumn,
                             InvoiceTableModel::DateColumn});

    m_splitter->setChildrenCollapsible(false);
    auto *tableFrame = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tableFrame);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_totalsLabel);
    QFont totalsFont = m_totalsLabel->font();
    totalsFont.setBold(true);
    m_totalsLabel->setFont(totalsFont);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLabel->setToolTip(tr("What the invoices the filter shows add up to, per currency"));
    m_splitter->addWidget(tableFrame);
    auto *detailFrame = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailFrame);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_detailView, tr("Charges"));
    m_detailTabs->addTab(m_pdfPreview, tr("PDF"));
    // The PDF toolbar's width must not decide how narrow the pane can be, or it takes the width
    // the table's columns need, even while the tab is hidden; the preview lays out in whatever
    // the pane gives it (the split keeps the pane at least DetailMinimumWidth wide).
    m_pdfPreview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    detailLayout->addWidget(m_detailTabs);
    m_splitter->addWidget(detailFrame);
    // A wider window gives the room to the charges; the table keeps the width its columns need.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(titleRow);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);

    m_totals->setModel(m_sortModel);
    connect(m_totals, &InvoiceTotals::changed, this, [this] {
        m_totalsLabel->setText(totalsText());
        updateCommandButtons();
    });
    m_totalsLabel->setText(totalsText());
    connect(m_previewButton, &QPushButton::clicked, this, &InvoicesPage::showPdfPreview);
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &InvoicesPage::loadPdfPreview);
    connect(m_pdfPreview, &PdfPreview::saved, this, &InvoicesPage::documentSaved);
    connect(m_pdfPreview, &PdfPreview::actionFailed, m_banner, &ErrorBanner::showMessage);
    restoreHeaderState();

    // The table model connected to the repository first, so it has reset before these run.
    connect(m_repository, &InvoiceRepository::invoicesAboutToBeReset, this, &InvoicesPage::rememberSelection);
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &InvoicesPage::restoreSelection);
    connect(m_repository, &InvoiceRepository::invoicesChanged, this, &InvoicesPage::onInvoicesChanged);
    connect(m_repository, &InvoiceRepository::loaded, this, &InvoicesPage::onLoaded);
    connect(m_repository, &InvoiceRepository::errorOccurred, this,
            [this](const ApiError &error, const QString &, bool wholeList) {
                if (!wholeList || !m_accountFailuresShownElsewhere)
                    m_banner->showError(error, true);
            });
    connect(m_banner, &ErrorBanner::retryRequested, m_repository, &InvoiceRepository::refreshInvoices);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_banner->dismiss();
        m_repository->refreshInvoices();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesPage::showCurrentInvoice);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_splitterMovedByUser = true;
    });
    connect(m_detailView, &InvoiceDetailView::savePdfRequested, this, &InvoicesPage::saveSelectedDocument);

    restoreSelection();
}

InvoicesPage::~InvoicesPage()
{
    saveHeaderState();
}

void InvoicesPage::setSaveFileChooser(const SaveFileChooser &chooser)
{
    m_saveFileChooser = chooser;
    m_pdfPreview->setSaveFileChooser(chooser);
}

void InvoicesPage::setExportFileChooser(const SaveFileChooser &chooser)
{
    m_exportFileChooser = chooser;
}

void InvoicesPage::selectRow(int row)
{
    const QModelIndex index = m_sortModel->index(row, InvoiceTableModel::DateColumn);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool InvoicesPage::selectInvoice(const QString &accountId, const QString &invoiceId)
{
    m_selectedAccountId = accountId;
    m_selectedInvoiceId = invoiceId;
    const int sourceRow = m_repository->indexOfInvoice(accountId, invoiceId);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_sortModel->mapFromSource(m_tableModel->index(sourceRow, InvoiceTableModel::DateColumn));
    if (!proxyIndex.isValid())
        return false;
    selectRow(proxyIndex.row());
    return true;
}

int InvoicesPage::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_sortModel->mapToSource(current).row() : -1;
}

void InvoicesPage::rememberSelection()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Invoice &invoice = m_tableModel->invoiceAt(row);
    m_selectedAccountId = invoice.accountId;
    m_selectedInvoiceId = invoice.id;
}

void InvoicesPage::restoreSelection()
{
    m_columns->setApplicable(InvoiceTableModel::AccountColumn, m_repository->accounts().size() > 1);
    updateOptionalColumns();
    updateAccountChoices();
    fitColumns();
    updateSummary();

    // A refresh keeps the invoice the user was reading; a first load opens the newest one.
    const int sourceRow = m_repository->indexOfInvoice(m_selectedAccountId, m_selectedInvoiceId);
    const QModelIndex proxyIndex = sourceRow >= 0
        ? m_sortModel->mapFromSource(m_tableModel->index(sourceRow, InvoiceTableModel::DateColumn))
        : QModelIndex();
    if (proxyIndex.isValid())
        selectRow(proxyIndex.row());
    else if (m_sortModel->rowCount() > 0)
        selectRow(0);
    else
        m_detailView->clear();
    updateCommandButtons();
}

void InvoicesPage::fitColumns()
{
    // Without a single invoice (an account that failed, or has none yet) there is nothing to
    // open: the empty table takes the page, not a strip beside a pane asking to pick one.
    const bool empty = m_tableModel->rowCount() == 0;
    m_splitter->widget(1)->setVisible(!empty);
    if (empty)
        return;
    // Widths the user set in an earlier run are theirs.
    m_columns->measure(ColumnPadding, !m_headerRestored);
    splitTableAndDetail();
}

void InvoicesPage::splitTableAndDetail()
{
    // Once the user has moved the splitter, its place is theirs (the columns fit what it left).
    if (m_splitterMovedByUser || m_tableModel->rowCount() == 0)
        return;
    const int chrome = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    // The table gets what its columns need, as long as the detail pane keeps room to read a PDF
    // or the charges; a narrower window first hides the table's least useful columns, then
    // narrows the pane down to its minimum.
    const int available = m_splitter->width() - m_splitter->handleWidth();
    if (available <= 0) {
        m_columns->fit(QWIDGETSIZE_MAX);
        return;
    }
    const int detailWidth = std::clamp(available * 2 / 5, DetailMinimumWidth, DetailPreferredWidth);
    const int tableRoom = std::max(available / 2, available - detailWidth);
    const int tableWidth = std::min(m_columns->fit(tableRoom - chrome) + chrome, tableRoom);
    m_splitter->setSizes({tableWidth, available - tableWidth});
}

void InvoicesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The window may be resized after the data arrived (a window manager, a restored
    // geometry); the split follows until the user takes it over.
    splitTableAndDetail();
}

void InvoicesPage::updateCommandButtons()
{
    // Nothing to preview without an open invoice, nothing to export when the table is empty
    // (no invoice yet, a failing account, or a filter that leaves none).
    m_previewButton->setEnabled(currentSourceRow() >= 0);
    m_exportButton->setEnabled(m_sortModel->rowCount() > 0);
}

void InvoicesPage::showCurrentInvoice()
{
    updateCommandButtons();
    const int row = currentSourceRow();
    if (row < 0) {
        m_detailView->clear();
        return;
    }
    const Invoice &invoice = m_tableModel->invoiceAt(row);
    m_selectedAccountId = invoice.accountId;
    m_selectedInvoiceId = invoice.id;
    m_detailView->showInvoice(invoice, m_repository->account(invoice.accountId).displayName);
    loadPdfPreview();
    if (invoice.hasDetails)
        Q_EMIT detailsShown(invoice.id);
    else
        m_repository->requestInvoiceDetails(invoice.accountId, invoice.id);
}

void InvoicesPage::onInvoicesChanged(const QList<int> &rows)
{
    if (std::binary_search(rows.cbegin(), rows.cend(), currentSourceRow()))
        showCurrentInvoice();
}

void InvoicesPage::onLoaded()
{
    // Currencies and statuses arrive with the details, so columns may have grown wider.
    updateOptionalColumns();
    fitColumns();
    updateSummary();
    // Nothing is pending any more: if the selected invoice still has no charges, its request failed.
    const int row = currentSourceRow();
    if (row >= 0 && !m_tableModel->invoiceAt(row).hasDetails)
        m_detailView->showDetailsUnavailable();
}

void InvoicesPage::updateSummary()
{
    const int count = m_tableModel->rowCount();
    if (count == 0)
        m_summaryLabel->setText(tr("No invoices"));
    else
        m_summaryLabel->setText(count == 1 ? tr("1 invoice") : tr("%1 invoices").arg(count));
}

void InvoicesPage::saveSelectedDocument()
{
    const int row = currentSourceRow();
    if (row < 0 || m_documentBusy)
        return;
    const Invoice &invoice = m_tableModel->invoiceAt(row);
    const QString suggestedName = documentFileName(invoice);
    m_documentBusy = true;
    m_detailView->setDocumentBusy(true);
    m_repository->fetchInvoiceDocument(invoice.accountId, invoice.id, this,
                                       [this, suggestedName](const QString &filePath, const ApiError &error) {
                                           m_documentBusy = false;
                                           m_detailView->setDocumentBusy(false);
                                           if (error.isError()) {
                                               // Refreshing the list would not bring the PDF back.
                                               m_banner->showError(error, false);
                                               return;
                                           }
                                           writeDocument(suggestedName, filePath);
                                       });
}

void InvoicesPage::writeDocument(const QString &suggestedName, const QString &filePath)
{
    const QString path = m_saveFileChooser(suggestedName);
    if (path.isEmpty())
        return;
    QString problem;
    if (!DocumentFile::copy(filePath, path, &problem)) {
        m_banner->showMessage(tr("The invoice could not be saved to %1.").arg(QDir::toNativeSeparators(path)), problem);
        return;
    }
    Q_EMIT documentSaved(path);
}

QTableView *InvoicesPage::tableView() const
{
    return m_table;
}

InvoiceTableModel *InvoicesPage::tableModel() const
{
    return m_tableModel;
}

InvoiceSortModel *InvoicesPage::sortModel() const
{
    return m_sortModel;
}

InvoiceFilterModel *InvoicesPage::filterModel() const
{
    return m_sortModel;
}

InvoiceTotals *InvoicesPage::totals() const
{
    return m_totals;
}

PdfPreview *InvoicesPage::pdfPreview() const
{
    return m_pdfPreview;
}

QLineEdit *InvoicesPage::searchEdit() const
{
    return m_searchEdit;
}

QDateEdit *InvoicesPage::fromDateEdit() const
{
    return m_fromEdit;
}

QDateEdit *InvoicesPage::toDateEdit() const
{
    return m_toEdit;
}

QToolButton *InvoicesPage::statusButton() const
{
    return m_statusButton;
}

QLineEdit *InvoicesPage::minimumAmountEdit() const
{
    return m_minimumAmountEdit;
}

QLineEdit *InvoicesPage::maximumAmountEdit() const
{
    return m_maximumAmountEdit;
}

QComboBox *InvoicesPage::accountCombo() const
{
    return m_accountCombo;
}

InvoiceDetailView *InvoicesPage::detailView() const
{
    return m_detailView;
}

ErrorBanner *InvoicesPage::errorBanner() const
{
    return m_banner;
}

QPushButton *InvoicesPage::refreshButton() const
{
    return m_refreshButton;
}

AdaptiveColumns *InvoicesPage::columns() const
{
    return m_columns;
}

void InvoicesPage::setAccountFailuresShownElsewhere(bool elsewhere)
{
    m_accountFailuresShownElsewhere = elsewhere;
}

QWidget *InvoicesPage::createFilterBar()
{
    // The filters wrap onto a second row in a narrow window instead of widening it.
    auto *bar = new QWidget(this);
    auto *row = new FlowLayout(bar);

    m_searchEdit->setPlaceholderText(tr("Search number, period, account, status, amount…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().horizontalAdvance(m_searchEdit->placeholderText()) + 40);
    row->addWidget(m_searchEdit);

    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(AnyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(AnyDate);
        edit->setToolTip(tr("Invoice dates; \"Any\" leaves this side open"));
        connect(edit, &QDateEdit::dateChanged, this, &InvoicesPage::applyDateFilter);
    }
    auto *fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&To"), bar);
    toLabel->setBuddy(m_toEdit);
    // The underlined mnemonic splits the word where QLabel measured it whole: "To" loses its
    // kerning, draws wider than its size hint and is clipped to "Tc". A space's width of slack.
    for (QLabel *label : {fromLabel, toLabel})
        label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    row->addWidget(flowGroup(bar, {fromLabel, m_fromEdit, toLabel, m_toEdit}, 6));

    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *statusMenu = new QMenu(m_statusButton);
    const QList<std::pair<InvoiceStatus, QString>> statuses{
        {InvoiceStatus::Paid, tr("Paid")},
        {InvoiceStatus::Open, tr("Open")},
        {InvoiceStatus::Overdue, tr("Overdue")},
        {InvoiceStatus::Failed, tr("Payment failed")},
    };
    for (const auto &[status, text] : statuses) {
        QAction *action = statusMenu->addAction(text);
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &InvoicesPage::applyStatusFilter);
    }
    m_statusButton->setMenu(statusMenu);
    m_statusButton->setText(tr("Status: all"));
    m_statusButton->setMinimumHeight(m_searchEdit->sizeHint().height());
    row->addWidget(m_statusButton);

    m_minimumAmountEdit->setPlaceholderText(tr("Min amount"));
    m_minimumAmountEdit->setAccessibleName(tr("Minimum amount"));
    m_maximumAmountEdit->setAccessibleName(tr("Maximum amount"));
    m_searchEdit->setAccessibleName(tr("Search invoices"));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_table->setAccessibleName(tr("Invoices"));
    m_maximumAmountEdit->setPlaceholderText(tr("Max amount"));
    for (QLineEdit *edit : {m_minimumAmountEdit, m_maximumAmountEdit}) {
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 48);
        edit->setToolTip(tr("In each invoice's own currency, e.g. 1500 or 1500.50"));
        connect(edit, &QLineEdit::textChanged, this, &InvoicesPage::applyAmountFilter);
    }
    row->addWidget(flowGroup(bar, {m_minimumAmountEdit, new QLabel(QStringLiteral("–"), bar), m_maximumAmountEdit}));

    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyAccountFilter);
    row->addWidget(m_accountCombo);

    m_clearFiltersButton->setEnabled(false);
    connect(m_clearFiltersButton, &QPushButton::clicked, this, [this] {
        m_searchEdit->clear();
        m_fromEdit->setDate(AnyDate);
        m_toEdit->setDate(AnyDate);
        const QList<QAction *> actions = m_statusButton->menu()->actions();
        for (QAction *action : actions)
            action->setChecked(false);
        m_minimumAmountEdit->clear();
        m_maximumAmountEdit->clear();
        m_accountCombo->setCurrentIndex(0);
    });
    row->addWidget(m_clearFiltersButton);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sortModel->setSearchText(text);
        onFilterChanged();
    });
    // Enter goes from the search to what it found: the list, on its first invoice.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_sortModel->rowCount() == 0)
            return;
        if (!m_table->currentIndex().isValid())
            selectRow(0);
        m_table->setFocus(Qt::TabFocusReason);
    });
    updateAccountChoices();
    return bar;
}

void InvoicesPage::applyDateFilter()
{
    m_sortModel->setDateRange(dateOrAny(m_fromEdit), dateOrAny(m_toEdit));
    onFilterChanged();
}

void InvoicesPage::applyStatusFilter()
{
    QSet<InvoiceStatus> statuses;
    QStringList names;
    const QList<QAction *> actions = m_statusButton->menu()->actions();
    for (const QAction *action : actions) {
        if (action->isChecked()) {
            statuses.insert(static_cast<InvoiceStatus>(action->data().toInt()));
            names << action->text();
        }
    }
    m_statusButton->setText(names.isEmpty() ? tr("Status: all") : tr("Status: %1").arg(names.join(QStringLiteral(", "))));
    m_sortModel->setStatuses(statuses);
    onFilterChanged();
}

void InvoicesPage::applyAmountFilter()
{
    const bool ok = m_sortModel->setAmountRange(m_minimumAmountEdit->text(), m_maximumAmountEdit->text());
    // A bound that is not a number keeps the previous filter and says so where it was typed.
    Money probe;
    for (QLineEdit *edit : {m_minimumAmountEdit, m_maximumAmountEdit}) {
        const bool valid = edit->text().trimmed().isEmpty()
            || Money::parseDecimal(edit->text().trimmed(), QStringLiteral("USD"), &probe);
        edit->setStyleSheet(valid ? QString() : ThemeColors::invalidFieldStyle(edit->palette()));
        edit->setToolTip(valid ? tr("In each invoice's own currency, e.g. 1500 or 1500.50")
                               : tr("Not an amount: use digits and a dot, e.g. 1500.50"));
    }
    if (ok)
        onFilterChanged();
}

void InvoicesPage::applyAccountFilter()
{
    const QString accountId = m_accountCombo->currentData().toString();
    m_sortModel->setAccountIds(accountId.isEmpty() ? QSet<QString>() : QSet<QString>{accountId});
    onFilterChanged();
}

void InvoicesPage::updateAccountChoices()
{
    const QList<Account> accounts = m_repository->accounts();
    const QString current = m_accountCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_accountCombo);
        m_accountCombo->clear();
        m_accountCombo->addItem(tr("All accounts"), QString());
        for (const Account &account : accounts)
            m_accountCombo->addItem(account.displayName, account.id);
        m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(current)));
    }
    m_accountCombo->setVisible(accounts.size() > 1);
    // An account that went away no longer filters.
    if (m_accountCombo->currentData().toString() != current)
        applyAccountFilter();
}

void InvoicesPage::onFilterChanged()
{
    m_clearFiltersButton->setEnabled(m_sortModel->isFiltering());
    // Keep something selected while the filter narrows, so the detail pane is never stale. The
    // filter model says a new filter with one layout change, which drops the current row without
    // a signal when its invoice is filtered out: with no row left, the pane empties here.
    if (!m_table->selectionModel()->currentIndex().isValid()) {
        if (m_sortModel->rowCount() > 0)
            selectRow(0);
        else
            showCurrentInvoice();
    }
    updateCommandButtons();
}

QString InvoicesPage::totalsText() const
{
    return m_totals->summary(locale());
}

QList<Invoice> InvoicesPage::shownInvoices() const
{
    QList<Invoice> invoices;
    invoices.reserve(m_sortModel->rowCount());
    for (int row = 0; row < m_sortModel->rowCount(); ++row)
        invoices << m_sortModel->invoiceAt(row);
    return invoices;
}

QByteArray InvoicesPage::exportShown(ExportFormat format) const
{
    const auto accountName = [this](const QString &accountId) {
        return m_repository->account(accountId).displayName;
    };
    return format == ExportFormat::Json ? InvoiceExport::toJson(shownInvoices(), accountName)
                                        : InvoiceExport::toCsv(shownInvoices(), accountName);
}

bool InvoicesPage::exportShownToFile(ExportFormat format)
{
    const QString suggested = format == ExportFormat::Json ? QStringLiteral("invoices.json") : QStringLiteral("invoices.csv");
    const QString path = m_exportFileChooser(suggested);
    if (path.isEmpty())
        return false;
    const QByteArray data = exportShown(format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_banner->showMessage(tr("The invoices could not be exported to %1.").arg(QDir::toNativeSeparators(path)),
                              file.errorString());
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void InvoicesPage::showPdfPreview()
{
    m_detailTabs->setCurrentWidget(m_pdfPreview);
    loadPdfPreview();
}

bool InvoicesPage::isPdfPreviewShown() const
{
    return m_detailTabs->currentWidget() == m_pdfPreview;
}

void InvoicesPage::loadPdfPreview()
{
    if (!isPdfPreviewShown())
        return;
    const int row = currentSourceRow();
    if (row < 0) {
        m_previewAccountId.clear();
        m_previewInvoiceId.clear();
        m_pdfPreview->clear();
        return;
    }
    const Invoice &invoice = m_tableModel->invoiceAt(row);
    if (invoice.accountId == m_previewAccountId && invoice.id == m_previewInvoiceId)
        return;
    m_previewAccountId = invoice.accountId;
    m_previewInvoiceId = invoice.id;
    const QString fileName = documentFileName(invoice);
    m_pdfPreview->showLoading(fileName);
    const QString accountId = invoice.accountId;
    const QString invoiceId = invoice.id;
    m_repository->fetchInvoiceDocument(
        accountId, invoiceId, m_pdfPreview, [this, accountId, invoiceId, fileName](const QString &filePath, const ApiError &error) {
            // The user may have moved on to another invoice while this one downloaded.
            if (accountId != m_previewAccountId || invoiceId != m_previewInvoiceId)
                return;
            if (error.isError()) {
                // Asking again later means choosing the invoice again.
                m_previewInvoiceId.clear();
                m_pdfPreview->showError(tr("The PDF could not be downloaded: %1").arg(error.message()));
                return;
            }
            m_pdfPreview->showDocument(filePath, fileName);
        });
}

void InvoicesPage::restoreHeaderState()
{
    const QSettings settings;
    if (settings.value(HeaderStateKey + QStringLiteral("Version")).toInt() != HeaderStateVersion)
        return;
    const QByteArray state = settings.value(HeaderStateKey).toByteArray();
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return;
    m_headerRestored = true;
    // restoreState brings the sort indicator back; the proxy sorts by it.
    m_sortModel->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
}

void InvoicesPage::saveHeaderState() const
{
    QSettings settings;
    settings.setValue(HeaderStateKey, m_table->horizontalHeader()->saveState());
    settings.setValue(HeaderStateKey + QStringLiteral("Version"), HeaderStateVersion);
}

void InvoicesPage::updateOptionalColumns()
{
    // SkySQL states no VAT and Scalingo no due date: an always-empty column would only take
    // room from the others.
    const QList<Invoice> &invoices = m_repository->invoices();
    const bool anyVat = std::any_of(invoices.cbegin(), invoices.cend(), [](const Invoice &invoice) {
        return invoice.amountExcludingVat.has_value();
    });
    const bool anyDueDate = std::any_of(invoices.cbegin(), invoices.cend(), [](const Invoice &invoice) {
        return invoice.dueDate.isValid();
    });
    m_columns->setApplicable(InvoiceTableModel::VatColumn, anyVat);
    m_columns->setApplicable(InvoiceTableModel::DueDateColumn, anyDueDate);
}
