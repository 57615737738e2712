#include "invoices/invoicedetailview.h"

#include "format/displayformat.h"
#include "invoices/invoiceitems.h"
#include "accounts/accountregistry.h"
#include "domain/invoice.h"
#include "invoices/invoicestatusdelegate.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/themecolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_facts(new QFormLayout)
    , m_accountLabel(valueLabel(m_header))
    , m_savePdfButton(new QPushButton(tr("Save PDF…"), m_header))
    , m_viewToggle(new QWidget(m_header))
    , m_byServiceButton(new QToolButton(m_viewToggle))
    , m_byResourceButton(new QToolButton(m_viewToggle))
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

    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setHorizontalSpacing(16);
    m_facts->setVerticalSpacing(4);
    m_facts->addRow(tr("Period"), m_periodLabel);
    m_facts->addRow(tr("Invoice date"), m_dateLabel);
    m_facts->addRow(tr("Due date"), m_dueDateLabel);
    m_facts->addRow(tr("Account"), m_accountLabel);

    // The actions get a row of their own, under the facts, so the pane stays narrow enough to
    // leave the invoice table its columns.
    auto *actionsRow = new QHBoxLayout;
    // SkySQL bills the same usage grouped by service or by resource (as=service|resource).
    m_byServiceButton->setText(tr("By service"));
    m_byResourceButton->setText(tr("By resource"));
    auto *toggleLayout = new QHBoxLayout(m_viewToggle);
    toggleLayout->setContentsMargins(0, 0, 0, 0);
    toggleLayout->setSpacing(0);
    for (QToolButton *button : {m_byServiceButton, m_byResourceButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toggleLayout->addWidget(button);
    }
    m_byServiceButton->setChecked(true);
    ThemeColors::emphasizeWhenChecked(m_byServiceButton);
    ThemeColors::emphasizeWhenChecked(m_byResourceButton);
    m_viewToggle->hide();
    actionsRow->addWidget(m_viewToggle);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_savePdfButton);

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addLayout(titleRow);
    headerLayout->addLayout(m_facts);
    headerLayout->addLayout(actionsRow);

    m_tree->setAccessibleName(tr("Invoice items"));
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
    // In a narrow pane the charge names keep their room: the rate goes first (the tooltip
    // keeps it), then the quantity; the cost always stays.
    m_columns = new AdaptiveColumns(m_tree, header, QStringLiteral("InvoiceDetailView/hiddenColumns"), this);
    m_columns->setDropOrder({RateColumn, QuantityColumn});
    m_columns->capNeededWidth(ItemColumn, 170);
    m_columns->followModel(6);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    ThemeColors::setMutedText(m_placeholder);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_savePdfButton, &QPushButton::clicked, this, &InvoiceDetailView::savePdfRequested);
    connect(m_byResourceButton, &QToolButton::toggled, this, &InvoiceDetailView::showByResource);
    clear();
}

void InvoiceDetailView::setAccountRegistry(AccountRegistry *accounts)
{
    m_accounts = accounts;
}

bool InvoiceDetailView::canShowByResource(const Invoice &invoice) const
{
    if (!m_accounts)
        return false;
    const AccountConnection *connection = m_accounts->connection(invoice.accountId);
    return connection && connection->offers(Capability::InvoicesByResource);
}

void InvoiceDetailView::showByResource(bool byResource)
{
    if (byResource == m_byResource)
        return;
    m_byResource = byResource;
    const int request = ++m_resourceRequest;
    if (!byResource) {
        if (m_invoice.hasDetails) {
            fillServices(m_invoice);
            m_showingDetails = true;
            m_stack->setCurrentWidget(m_tree);
        } else {
            showPlaceholder(tr("Loading details…"));
        }
        return;
    }
    AccountConnection *connection = m_accounts ? m_accounts->connection(m_invoice.accountId) : nullptr;
    if (!connection || !connection->offers(Capability::InvoicesByResource))
        return;
    m_tree->clear();
    showPlaceholder(tr("Loading the charges by resource…"));
    const QString invoiceId = m_invoice.id;
    connection->fetchInvoiceByResource(invoiceId, this, [this, request, invoiceId](const ApiResult<Invoice> &result) {
        if (request != m_resourceRequest || invoiceId != m_invoiceId || !m_byResource)
            return;
        if (!result.ok()) {
            showPlaceholder(tr("The charges by resource could not be loaded. Choose By resource again to retry."));
            Q_EMIT resourceViewFailed(result.error);
            return;
        }
        fillServices(result.value);
        m_showingDetails = true;
        m_stack->setCurrentWidget(m_tree);
        Q_EMIT resourceViewShown();
    });
}

void InvoiceDetailView::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

void InvoiceDetailView::showInvoice(const Invoice &invoice, const QString &accountName)
{
    const bool sameInvoice = invoice.id == m_invoiceId && invoice.accountId == m_accountId;
    m_invoice = invoice;
    m_viewToggle->setVisible(canShowByResource(invoice));
    if (!sameInvoice || !m_viewToggle->isVisible()) {
        // A new invoice opens by service, as the list loads it.
        m_byServiceButton->setChecked(true);
    }
    m_invoiceId = invoice.id;
    m_accountId = invoice.accountId;
    m_header->show();
    m_numberLabel->setText(invoice.number.isEmpty() ? invoice.id : invoice.number);
    const int status = static_cast<int>(invoice.status);
    m_statusLabel->setText(statusText(invoice.status));
    ThemeColors::setPillStyle(m_statusLabel, InvoiceStatusDelegate::statusTone(status));
    m_totalLabel->setText(invoice.amount.currency().isEmpty() ? invoice.amount.toDecimalString()
                                                              : invoice.amount.format(m_locale));
    QString period = invoice.period;
    if (invoice.periodStart.isValid() && invoice.periodEnd.isValid()) {
        period = tr("%1 (%2 – %3)")
                     .arg(DisplayFormat(m_locale).month(invoice.periodStart),
                          DisplayFormat(m_locale).shortDate(invoice.periodStart),
                          DisplayFormat(m_locale).shortDate(invoice.periodEnd));
    }
    m_periodLabel->setText(period);
    m_dateLabel->setText(DisplayFormat(m_locale).longDate(invoice.date));
    // Scalingo's API has no due date field: the line is left out rather than filled.
    m_dueDateLabel->setText(DisplayFormat(m_locale).longDate(invoice.dueDate));
    m_facts->setRowVisible(m_dueDateLabel, invoice.dueDate.isValid());
    m_accountLabel->setText(accountName);
    m_savePdfButton->setEnabled(true);

    if (m_byResource)
        return;  // the by-resource charges stay; the header above is refreshed
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
    const QColor muted = ThemeColors::mutedText(palette());
    fillInvoiceItems(invoice);
    // Scalingo states no rates: an always-empty Rate column would take the charge names' room.
    const bool anyRate = std::any_of(invoice.services.cbegin(), invoice.services.cend(), [](const InvoiceService &service) {
        return std::any_of(service.lines.cbegin(), service.lines.cend(),
                           [](const InvoiceLine &line) { return line.rate != 0 || !line.rateUnit.isEmpty(); });
    });
    m_columns->setApplicable(RateColumn, anyRate);
    for (const InvoiceService &service : invoice.services) {
        auto *serviceItem = new QTreeWidgetItem(m_tree);
        const QString name = service.name.isEmpty() ? service.serviceId : service.name;
        serviceItem->setText(ItemColumn, name);
        serviceItem->setData(ItemColumn, Qt::UserRole, name);
        serviceItem->setText(CostColumn, service.cost.format(m_locale));
        serviceItem->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Where and how a service runs tells two databases of the same name apart.
        if (service.provider == u"scalingo")
            serviceItem->setToolTip(ItemColumn, tr("What the app %1 ran during the month").arg(name));
        else
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
            // Scalingo bills containers and add-ons by the second they ran.
            if (service.provider == u"scalingo" && line.quantity > 0 && line.unit.isEmpty())
                lineItem->setText(QuantityColumn, DisplayFormat(m_locale).duration(line.quantity));
            else if (line.quantity != 0 || !line.unit.isEmpty())
                lineItem->setText(QuantityColumn, DisplayFormat(m_locale).quantity(line.quantity, line.unit));
            // Rates keep the provider's precision: 0.0125 USD/GB is not 0.01.
            if (line.rate != 0 || !line.rateUnit.isEmpty())
                lineItem->setText(RateColumn, line.rateUnit.isEmpty()
                                      ? tr("%1 %2").arg(DisplayFormat(m_locale).number(line.rate), line.cost.currency())
                                      : tr("%1 %2/%3").arg(DisplayFormat(m_locale).number(line.rate), line.cost.currency(),
                                                           DisplayFormat::unitSymbol(line.rateUnit)));
            lineItem->setText(CostColumn, line.cost.format(m_locale));
            // The whole line, for a name cut short or a column a narrow pane hides.
            const QString amounts = QStringList({lineItem->text(QuantityColumn), lineItem->text(RateColumn)})
                                        .filter(QRegularExpression(QStringLiteral("\\S")))
                                        .join(QStringLiteral(" × "));
            lineItem->setToolTip(ItemColumn, amounts.isEmpty() ? description : QStringLiteral("%1\n%2").arg(description, amounts));
            for (int column : {QuantityColumn, RateColumn, CostColumn})
                lineItem->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (invoice.services.isEmpty() && invoice.lines.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(ItemColumn, tr("No charges on this invoice"));
        none->setForeground(ItemColumn, muted);
    }
    fillVatTotals(invoice);
    m_tree->expandAll();
}

void InvoiceDetailView::fillInvoiceItems(const Invoice &invoice)
{
    // An app's subtotal is its group below: listed here too, each app would appear twice.
    const QList<InvoiceLine> lines = InvoiceItems::besideServices(invoice);
    if (lines.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_tree);
    group->setText(ItemColumn, tr("Invoice items"));
    group->setData(ItemColumn, Qt::UserRole, QStringLiteral("invoice-items"));
    group->setToolTip(ItemColumn, tr("What the invoice charges, before VAT; credits and vouchers are negative"));
    QFont bold = group->font(ItemColumn);
    bold.setBold(true);
    group->setFont(ItemColumn, bold);
    group->setFont(CostColumn, bold);
    for (int column = 0; column < ColumnCount; ++column)
        group->setBackground(column, palette().color(QPalette::AlternateBase));
    // All of one invoice's items share its currency, so their sum is meaningful.
    Money sum(0, lines.constFirst().cost.currency());
    for (const InvoiceLine &line : lines) {
        auto *item = new QTreeWidgetItem(group);
        item->setText(ItemColumn, line.description);
        item->setText(CostColumn, line.cost.format(m_locale));
        item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (line.cost.minorUnits() < 0)
            item->setForeground(CostColumn, ThemeColors::positiveAmount(palette()));
        if (line.cost.currency() == sum.currency())
            sum += line.cost;
    }
    group->setText(CostColumn, sum.format(m_locale));
    group->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
}

void InvoiceDetailView::fillVatTotals(const Invoice &invoice)
{
    if (!invoice.amountExcludingVat || invoice.amountExcludingVat->currency() != invoice.amount.currency())
        return;
    const Money excluding = *invoice.amountExcludingVat;
    // The VAT is what the provider charged on top, in cents, never recomputed from the rate.
    const Money vat = invoice.amount - excluding;
    const QString rate = invoice.vatRatePerMille >= 0
        ? tr("VAT (%1 %)").arg(DisplayFormat(m_locale).number(invoice.vatRatePerMille / 10.0))
        : tr("VAT");
    const QList<std::pair<QString, Money>> rows {
        {tr("Total excl. VAT"), excluding},
        {rate, vat},
        {tr("Total incl. VAT"), invoice.amount},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_tree);
        // In the charge column, which a narrow pane never hides (it hides the rate first).
        item->setText(ItemColumn, rows.at(i).first);
        item->setText(CostColumn, rows.at(i).second.format(m_locale));
        item->setData(ItemColumn, Qt::UserRole, QStringLiteral("total"));
        item->setTextAlignment(ItemColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (i == rows.size() - 1) {
            QFont bold = item->font(CostColumn);
            bold.setBold(true);
            item->setFont(ItemColumn, bold);
            item->setFont(CostColumn, bold);
        }
    }
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
    m_invoice = Invoice();
    m_byServiceButton->setChecked(true);
    ThemeColors::emphasizeWhenChecked(m_byServiceButton);
    ThemeColors::emphasizeWhenChecked(m_byResourceButton);
    m_viewToggle->hide();
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

QToolButton *InvoiceDetailView::byServiceButton() const
{
    return m_byServiceButton;
}

QToolButton *InvoiceDetailView::byResourceButton() const
{
    return m_byResourceButton;
}

bool InvoiceDetailView::isShowingResources() const
{
    return m_byResource && m_showingDetails;
}
