#include "invoicedetailview.h"

#include "domain/invoice.h"
#include "invoicestatusdelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QString statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid: return InvoiceDetailView::tr("Paid");
    case InvoiceStatus::Open: return InvoiceDetailView::tr("Open");
    case InvoiceStatus::Overdue: return InvoiceDetailView::tr("Overdue");
    case InvoiceStatus::Failed: return InvoiceDetailView::tr("Payment failed");
    case InvoiceStatus::Unknown: break;
    }
    return InvoiceDetailView::tr("Unknown");
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}

InvoiceDetailView::InvoiceDetailView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QWidget(this))
    , m_numberLabel(valueLabel(m_header))
    , m_statusLabel(new QLabel(m_header))
    , m_totalLabel(valueLabel(m_header))
    , m_periodLabel(valueLabel(m_header))
    , m_dateLabel(valueLabel(m_header))
    , m_dueDateLabel(valueLabel(m_header))
    , m_accountLabel(valueLabel(m_header))
    , m_savePdfButton(new QPushButton(tr("Save PDF…"), m_header))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    QFont numberFont = m_numberLabel->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.35);
    numberFont.setBold(true);
    m_numberLabel->setFont(numberFont);
    m_totalLabel->setFont(numberFont);
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_savePdfButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_savePdfButton->setToolTip(tr("Download the provider's PDF of this invoice"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_numberLabel);
    titleRow->addWidget(m_statusLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_totalLabel);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(4);
    facts->addRow(tr("Period"), m_periodLabel);
    facts->addRow(tr("Invoice date"), m_dateLabel);
    facts->addRow(tr("Due date"), m_dueDateLabel);
    facts->addRow(tr("Account"), m_accountLabel);

    auto *factsRow = new QHBoxLayout;
    factsRow->addLayout(facts);
    factsRow->addStretch(1);
    factsRow->addWidget(m_savePdfButton, 0, Qt::AlignBottom);

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addLayout(titleRow);
    headerLayout->addLayout(factsRow);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Charge"), tr("Quantity"), tr("Rate"), tr("Cost")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->headerItem()->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->headerItem()->setTextAlignment(QuantityColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->headerItem()->setTextAlignment(RateColumn, Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuantityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CostColumn, QHeaderView::ResizeToContents);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_savePdfButton, &QPushButton::clicked, this, &InvoiceDetailView::savePdfRequested);
    clear();
}

void InvoiceDetailView::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

void InvoiceDetailView::showInvoice(const Invoice &invoice, const QString &accountName)
{
    m_invoiceId = invoice.id;
    m_accountId = invoice.accountId;
    m_header->show();
    m_numberLabel->setText(invoice.number.isEmpty() ? invoice.id : invoice.number);
    const int status = static_cast<int>(invoice.status);
    m_statusLabel->setText(statusText(invoice.status));
    m_statusLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 1px 9px; }")
                                     .arg(InvoiceStatusDelegate::statusColor(status).name(),
                                          InvoiceStatusDelegate::statusBackground(status).name()));
    m_totalLabel->setText(invoice.amount.currency().isEmpty() ? invoice.amount.toDecimalString()
                                                              : invoice.amount.format(m_locale));
    QString period = invoice.period;
    if (invoice.periodStart.isValid() && invoice.periodEnd.isValid()) {
        period = tr("%1 (%2 – %3)")
                     .arg(m_locale.toString(invoice.periodStart, QStringLiteral("MMMM yyyy")),
                          m_locale.toString(invoice.periodStart, QLocale::ShortFormat),
                          m_locale.toString(invoice.periodEnd, QLocale::ShortFormat));
    }
    m_periodLabel->setText(period);
    m_dateLabel->setText(m_locale.toString(invoice.date, QLocale::LongFormat));
    m_dueDateLabel->setText(invoice.dueDate.isValid() ? m_locale.toString(invoice.dueDate, QLocale::LongFormat)
                                                      : tr("Not given"));
    m_accountLabel->setText(accountName);
    m_savePdfButton->setEnabled(true);

    if (invoice.hasDetails) {
        fillServices(invoice);
        m_showingDetails = true;
        m_stack->setCurrentWidget(m_tree);
    } else {
        m_tree->clear();
        showPlaceholder(tr("Loading details…"));
    }
}

void InvoiceDetailView::fillServices(const Invoice &invoice)
{
    m_tree->clear();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const InvoiceService &service : invoice.services) {
        auto *serviceItem = new QTreeWidgetItem(m_tree);
        const QString name = service.name.isEmpty() ? service.serviceId : service.name;
        serviceItem->setText(ItemColumn, name);
        serviceItem->setData(ItemColumn, Qt::UserRole, name);
        serviceItem->setText(CostColumn, service.cost.format(m_locale));
        serviceItem->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Where and how a service runs tells two databases of the same name apart.
        serviceItem->setToolTip(ItemColumn, tr("Service %1\n%2 %3, %4 (%5, %6, %7)")
                                                .arg(service.serviceId, service.provider.toUpper(), service.region,
                                                     service.topology, service.tier, service.instance, service.arch));
        QFont bold = serviceItem->font(ItemColumn);
        bold.setBold(true);
        serviceItem->setFont(ItemColumn, bold);
        serviceItem->setFont(CostColumn, bold);
        for (int column = 0; column < ColumnCount; ++column)
            serviceItem->setBackground(column, palette().color(QPalette::AlternateBase));

        for (const InvoiceLine &line : service.lines) {
            auto *lineItem = new QTreeWidgetItem(serviceItem);
            QString description = line.description;
            if (line.kind == InvoiceLine::Kind::Nodes) {
                description = line.activeNodes > 0
                    ? tr("%1 × %2").arg(m_locale.toString(line.activeNodes), line.size)
                    : line.size;
            }
            lineItem->setText(ItemColumn, description);
            if (line.quantity != 0 || !line.unit.isEmpty())
                lineItem->setText(QuantityColumn, QStringLiteral("%1 %2").arg(formatNumber(line.quantity), line.unit).trimmed());
            if (line.rate != 0 || !line.rateUnit.isEmpty())
                lineItem->setText(RateColumn, line.rateUnit.isEmpty()
                                      ? tr("%1 %2").arg(formatNumber(line.rate), line.cost.currency())
                                      : tr("%1 %2/%3").arg(formatNumber(line.rate), line.cost.currency(), line.rateUnit));
            lineItem->setText(CostColumn, line.cost.format(m_locale));
            for (int column : {QuantityColumn, RateColumn, CostColumn})
                lineItem->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (invoice.services.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(ItemColumn, tr("No charges on this invoice"));
        none->setForeground(ItemColumn, muted);
    }
    m_tree->expandAll();
}

QString InvoiceDetailView::formatNumber(double value) const
{
    // Rates keep the provider's precision: 0.0125 USD/GB is not 0.01.
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

void InvoiceDetailView::showDetailsUnavailable()
{
    m_tree->clear();
    showPlaceholder(tr("The charges of this invoice could not be loaded. Use Retry above to try again."));
}

void InvoiceDetailView::clear()
{
    m_invoiceId.clear();
    m_accountId.clear();
    m_header->hide();
    m_tree->clear();
    showPlaceholder(tr("Select an invoice to see its charges."));
}

void InvoiceDetailView::setDocumentBusy(bool busy)
{
    m_savePdfButton->setEnabled(!busy);
    m_savePdfButton->setText(busy ? tr("Downloading PDF…") : tr("Save PDF…"));
}

void InvoiceDetailView::showPlaceholder(const QString &text)
{
    m_showingDetails = false;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

QString InvoiceDetailView::invoiceId() const
{
    return m_invoiceId;
}

QString InvoiceDetailView::accountId() const
{
    return m_accountId;
}

bool InvoiceDetailView::isShowingDetails() const
{
    return m_showingDetails;
}

QString InvoiceDetailView::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QTreeWidget *InvoiceDetailView::serviceTree() const
{
    return m_tree;
}

QPushButton *InvoiceDetailView::savePdfButton() const
{
    return m_savePdfButton;
}
