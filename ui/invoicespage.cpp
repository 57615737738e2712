#include "invoicespage.h"

#include "errorbanner.h"
#include "invoicedetailview.h"
#include "invoicesortmodel.h"
#include "invoicestatusdelegate.h"
#include "invoicetablemodel.h"
#include "repository.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
// Room around the text the style's own size hints leave out.
constexpr int ColumnPadding = 14;
}

InvoicesPage::InvoicesPage(Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_tableModel(new InvoiceTableModel(repository, this))
    , m_sortModel(new InvoiceSortModel(this))
    , m_banner(new ErrorBanner(this))
    , m_summaryLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailView(new InvoiceDetailView(this))
{
    m_saveFileChooser = [this](const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save invoice PDF"), QDir(folder).filePath(suggestedName),
                                            tr("PDF documents (*.pdf)"));
    };

    auto *title = new QLabel(tr("Invoices"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summaryLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolTip(tr("Load the invoices again from every account"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_summaryLabel, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_refreshButton);

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

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    auto *detailFrame = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailFrame);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_detailView);
    m_splitter->addWidget(detailFrame);
    // A wider window gives the room to the charges; the table keeps the width its columns need.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(titleRow);
    layout->addWidget(m_splitter, 1);

    // The table model connected to the repository first, so it has reset before these run.
    connect(m_repository, &Repository::invoicesAboutToBeReset, this, &InvoicesPage::rememberSelection);
    connect(m_repository, &Repository::invoicesReset, this, &InvoicesPage::restoreSelection);
    connect(m_repository, &Repository::invoiceChanged, this, &InvoicesPage::onInvoiceChanged);
    connect(m_repository, &Repository::loaded, this, &InvoicesPage::onLoaded);
    connect(m_repository, &Repository::errorOccurred, this, [this](const ApiError &error) {
        m_banner->showError(error, true);
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_repository, &Repository::refreshInvoices);
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

void InvoicesPage::setSaveFileChooser(const SaveFileChooser &chooser)
{
    m_saveFileChooser = chooser;
}

void InvoicesPage::selectRow(int row)
{
    const QModelIndex index = m_sortModel->index(row, InvoiceTableModel::DateColumn);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
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
    const bool severalAccounts = m_repository->accounts().size() > 1;
    m_table->setColumnHidden(InvoiceTableModel::AccountColumn, !severalAccounts);
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
}

void InvoicesPage::fitColumns()
{
    if (m_tableModel->rowCount() == 0)
        return;
    m_table->resizeColumnsToContents();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
        m_table->setColumnWidth(column, m_table->columnWidth(column) + ColumnPadding);
        if (!m_table->isColumnHidden(column))
            width += m_table->columnWidth(column);
    }
    // Once the user has moved the splitter, its place is theirs.
    if (!m_splitterMovedByUser) {
        const int total = std::max(m_splitter->width(), width * 2);
        m_splitter->setSizes({width, total - width});
    }
}

void InvoicesPage::showCurrentInvoice()
{
    const int row = currentSourceRow();
    if (row < 0) {
        m_detailView->clear();
        return;
    }
    const Invoice &invoice = m_tableModel->invoiceAt(row);
    m_selectedAccountId = invoice.accountId;
    m_selectedInvoiceId = invoice.id;
    m_detailView->showInvoice(invoice, m_repository->account(invoice.accountId).displayName);
    if (invoice.hasDetails)
        Q_EMIT detailsShown(invoice.id);
    else
        m_repository->requestInvoiceDetails(invoice.accountId, invoice.id);
}

void InvoicesPage::onInvoiceChanged(int index)
{
    if (index == currentSourceRow())
        showCurrentInvoice();
}

void InvoicesPage::onLoaded()
{
    // Currencies and statuses arrive with the details, so columns may have grown wider.
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
    const QString suggestedName = (invoice.number.isEmpty() ? invoice.id : invoice.number) + QStringLiteral(".pdf");
    m_documentBusy = true;
    m_detailView->setDocumentBusy(true);
    m_repository->fetchInvoiceDocument(invoice.accountId, invoice.id, this,
                                       [this, suggestedName](const QByteArray &pdf, const ApiError &error) {
                                           m_documentBusy = false;
                                           m_detailView->setDocumentBusy(false);
                                           if (error.isError()) {
                                               // Refreshing the list would not bring the PDF back.
                                               m_banner->showError(error, false);
                                               return;
                                           }
                                           writeDocument(suggestedName, pdf);
                                       });
}

void InvoicesPage::writeDocument(const QString &suggestedName, const QByteArray &pdf)
{
    const QString path = m_saveFileChooser(suggestedName);
    if (path.isEmpty())
        return;
    // QSaveFile: a failed write never leaves half a PDF where a good file used to be.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        m_banner->showMessage(tr("The invoice could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                              file.errorString());
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
