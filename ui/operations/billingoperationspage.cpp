#include "operations/billingoperationspage.h"

#include "operations/billingoperationmodel.h"
#include "operations/billingoperationsloader.h"
#include "widgets/errorbanner.h"
#include "widgets/pagecommands.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
constexpr int ColumnPadding = 18;

// Payments and credits are in the customer's favour: green, like the "paid" badge.
class OperationsSortModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == BillingOperationModel::AmountColumn) {
            const qint64 amount = QSortFilterProxyModel::data(index, BillingOperationModel::RawValueRole).toLongLong();
            if (amount < 0)
                return ThemeColors::positiveAmount(QGuiApplication::palette());
        }
        if (role == Qt::ForegroundRole && index.column() == BillingOperationModel::InvoiceColumn)
            return ThemeColors::linkText(QGuiApplication::palette());
        return QSortFilterProxyModel::data(index, role);
    }
};
}

BillingOperationsPage::BillingOperationsPage(BillingOperationModel *model, BillingOperationsLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_loader(loader)
    , m_readiness(new PageReadiness(QStringLiteral("operations"), this))
    , m_sortModel(new OperationsSortModel(this))
    , m_banner(new ErrorBanner(this))
    , m_summaryLabel(new QLabel(this))
    , m_openInvoiceButton(new QPushButton(tr("Open invoice"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_legend(new QLabel(this))
{
    auto *title = new QLabel(tr("Billing operations"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    ThemeColors::setMutedText(m_summaryLabel);
    m_openInvoiceButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_openInvoiceButton->setToolTip(tr("Show the invoice of the selected operation on the Invoices page"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolTip(tr("Load the billing operations again"));
    PageCommands::mark(m_refreshButton, PageCommands::Command::Refresh);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_summaryLabel, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_openInvoiceButton);
    titleRow->addWidget(m_refreshButton);

    m_sortModel->setSourceModel(m_model);
    m_sortModel->setSortRole(BillingOperationModel::RawValueRole);
    m_table->setModel(m_sortModel);
    m_table->setAccessibleName(tr("Billing operations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(BillingOperationModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BillingOperationModel::DateColumn, Qt::DescendingOrder);

    // The page stays in the sidebar whatever is shown: a page that comes and goes with the
    // account switcher looks like a bug, and saying why it is empty answers the question.
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    ThemeColors::setMutedText(m_emptyLabel);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    m_legend->setText(tr("Amounts are signed by what they do to what you owe: invoices and refunds add to it, "
                         "payments and credits (shown in green, negative) take it down."));
    m_legend->setWordWrap(true);
    ThemeColors::setMutedText(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(titleRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    connect(m_loader, &BillingOperationsLoader::loadingChanged, this, &BillingOperationsPage::onLoadingChanged);
    connect(m_loader, &BillingOperationsLoader::loaded, this, &BillingOperationsPage::onLoaded);
    connect(m_loader, &BillingOperationsLoader::errorOccurred, this, [this](const ApiError &error) {
        m_banner->showError(error, true);
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_loader, &BillingOperationsLoader::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_banner->dismiss();
        m_loader->refresh();
    });
    connect(m_openInvoiceButton, &QPushButton::clicked, this, &BillingOperationsPage::openSelectedInvoice);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) {
        openSelectedInvoice();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == BillingOperationModel::InvoiceColumn)
            openSelectedInvoice();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BillingOperationsPage::updateOpenButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BillingOperationsPage::updateState);

    updateState();
    if (m_loader->isLoading())
        m_readiness->setLoading();
    else
        m_readiness->setReady();
}

bool BillingOperationsPage::isReady() const
{
    return !m_loader->isLoading();
}

bool BillingOperationsPage::isShowingNoScalingoState() const
{
    return m_stack->currentWidget() == m_emptyLabel && !m_loader->hasScalingoAccount();
}

bool BillingOperationsPage::openSelectedInvoice()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return false;
    const QString invoiceId = current.data(BillingOperationModel::InvoiceIdRole).toString();
    if (invoiceId.isEmpty())
        return false;
    Q_EMIT openInvoiceRequested(current.data(BillingOperationModel::AccountIdRole).toString(), invoiceId);
    return true;
}

void BillingOperationsPage::selectRow(int row)
{
    const QModelIndex index = m_sortModel->index(row, BillingOperationModel::DateColumn);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void BillingOperationsPage::onLoadingChanged(bool loading)
{
    if (loading)
        m_readiness->setLoading();
    m_refreshButton->setEnabled(!loading);
    updateState();
}

void BillingOperationsPage::onLoaded()
{
    updateState();
    fitColumns();
    if (!m_table->selectionModel()->currentIndex().isValid() && m_sortModel->rowCount() > 0)
        selectRow(0);
    const QList<ApiError> errors = m_loader->errors();
    if (errors.isEmpty())
        m_readiness->setReady();
    else
        m_readiness->setFailed(errors.constFirst().message());
    Q_EMIT ready();
}

void BillingOperationsPage::updateState()
{
    const int count = m_model->rowCount();
    const bool scalingo = m_loader->hasScalingoAccount();
    const bool severalAccounts = [this] {
        QString first;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString accountId = m_model->rowAt(row).accountId;
            if (first.isEmpty())
                first = accountId;
            else if (accountId != first)
                return true;
        }
        return false;
    }();
    m_table->setColumnHidden(BillingOperationModel::AccountColumn, !severalAccounts);

    if (!scalingo) {
        m_emptyLabel->setText(tr("Billing operations are a Scalingo feature: SkySQL has no billing operations.\n"
                                 "Show a Scalingo account to see its invoices, payments, credits and refunds here."));
        m_stack->setCurrentWidget(m_emptyLabel);
        m_summaryLabel->clear();
    } else if (count == 0) {
        m_emptyLabel->setText(m_loader->isLoading() ? tr("Loading billing operations…")
                                                    : tr("No billing operations yet."));
        m_stack->setCurrentWidget(m_emptyLabel);
        m_summaryLabel->setText(m_loader->isLoading() ? tr("Loading…") : QString());
    } else {
        m_stack->setCurrentWidget(m_table);
        m_summaryLabel->setText(count == 1 ? tr("1 operation") : tr("%1 operations").arg(count));
    }
    m_openInvoiceButton->setVisible(scalingo);
    m_legend->setVisible(scalingo);
    m_refreshButton->setVisible(scalingo);
    updateOpenButton();
}

void BillingOperationsPage::updateOpenButton()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_openInvoiceButton->setEnabled(current.isValid()
                                    && !current.data(BillingOperationModel::InvoiceIdRole).toString().isEmpty());
}

void BillingOperationsPage::fitColumns()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < BillingOperationModel::ColumnCount; ++column) {
        if (column != BillingOperationModel::DescriptionColumn)
            m_table->setColumnWidth(column, m_table->columnWidth(column) + ColumnPadding);
    }
}

QTableView *BillingOperationsPage::tableView() const
{
    return m_table;
}

QSortFilterProxyModel *BillingOperationsPage::sortModel() const
{
    return m_sortModel;
}

ErrorBanner *BillingOperationsPage::errorBanner() const
{
    return m_banner;
}

QPushButton *BillingOperationsPage::openInvoiceButton() const
{
    return m_openInvoiceButton;
}

QPushButton *BillingOperationsPage::refreshButton() const
{
    return m_refreshButton;
}

QString BillingOperationsPage::summaryText() const
{
    return m_summaryLabel->text();
}

PageReadiness *BillingOperationsPage::readiness() const
{
    return m_readiness;
}
