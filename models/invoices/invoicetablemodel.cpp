#include "invoices/invoicetablemodel.h"

#include "format/displayformat.h"

#include "invoices/invoicerepository.h"


namespace
{
QString statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
        return InvoiceTableModel::tr("Paid");
    case InvoiceStatus::Open:
        return InvoiceTableModel::tr("Open");
    case InvoiceStatus::Overdue:
        return InvoiceTableModel::tr("Overdue");
    case InvoiceStatus::Failed:
        return InvoiceTableModel::tr("Payment failed");
    case InvoiceStatus::Unknown:
        break;
    }
    return InvoiceTableModel::tr("Unknown");
}

// Sorting by status puts what needs attention first when descending.
int statusSeverity(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid: return 0;
    case InvoiceStatus::Unknown: return 1;
    case InvoiceStatus::Open: return 2;
    case InvoiceStatus::Overdue: return 3;
    case InvoiceStatus::Failed: return 4;
    }
    return 1;
}

// Scalingo states the total before VAT; the VAT is the difference, in integer minor units.
std::optional<Money> vatOf(const Invoice &invoice)
{
    if (!invoice.amountExcludingVat || invoice.amountExcludingVat->currency() != invoice.amount.currency())
        return std::nullopt;
    return invoice.amount - *invoice.amountExcludingVat;
}
}

InvoiceTableModel::InvoiceTableModel(InvoiceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &InvoiceRepository::invoicesAboutToBeReset, this, &InvoiceTableModel::beginResetModel);
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &InvoiceTableModel::endResetModel);
    connect(m_repository, &InvoiceRepository::invoicesChanged, this, [this](const QList<int> &rows) {
        // One signal per run of adjacent rows: a batch of details is one update, not one per row.
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype end = i;
            while (end + 1 < rows.size() && rows.at(end + 1) == rows.at(end) + 1)
                ++end;
            Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(end), ColumnCount - 1));
            i = end + 1;
        }
    });
}

void InvoiceTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_repository->invoices().size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Invoice &InvoiceTableModel::invoiceAt(int row) const
{
    return m_repository->invoices().at(row);
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Invoice &invoice = invoiceAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < ColumnCount ? QVariant(displayText(invoice, index.column())) : QVariant();
    case RawValueRole:
        return rawData(invoice, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == VatColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == AmountColumn && invoice.amount.currency().isEmpty())
            return tr("Currency not known yet: loading the invoice's details");
        if (index.column() == VatColumn && invoice.vatRatePerMille >= 0)
            return tr("VAT rate %1 %").arg(m_locale.toString(invoice.vatRatePerMille / 10.0, 'g', 4));
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        // The table draws the status as a coloured pill; a screen reader says what it is.
        if (index.column() == StatusColumn)
            return tr("Invoice status: %1").arg(displayText(invoice, StatusColumn));
        return QVariant();
    case InvoiceIdRole:
        return invoice.id;
    case AccountIdRole:
        return invoice.accountId;
    case CurrencyRole:
        return invoice.amount.currency();
    case StatusRole:
        return static_cast<int>(invoice.status);
    default:
        return QVariant();
    }
}

QString InvoiceTableModel::displayText(const Invoice &invoice, int column) const
{
    switch (column) {
    case DateColumn:
        return DisplayFormat(m_locale).shortDate(invoice.date);
    case NumberColumn:
        return invoice.number;
    case PeriodColumn: {
        if (invoice.periodStart.isValid())
            return DisplayFormat(m_locale).month(invoice.periodStart);
        return invoice.period;
    }
    case AmountColumn:
        if (invoice.amount.currency().isEmpty())
            return invoice.amount.toDecimalString();
        return invoice.amount.format(m_locale);
    case VatColumn: {
        const std::optional<Money> vat = vatOf(invoice);
        return vat ? vat->format(m_locale) : QString();
    }
    case StatusColumn:
        return statusText(invoice.status);
    case DueDateColumn:
        return DisplayFormat(m_locale).shortDate(invoice.dueDate);
    case AccountColumn:
        return m_repository->account(invoice.accountId).displayName;
    default:
        return QString();
    }
}

QVariant InvoiceTableModel::rawData(const Invoice &invoice, int column) const
{
    switch (column) {
    case DateColumn:
        return invoice.date;
    case NumberColumn:
        return invoice.number;
    case PeriodColumn:
        return invoice.periodStart.isValid() ? QVariant(invoice.periodStart) : QVariant(invoice.period);
    case AmountColumn:
        return invoice.amount.minorUnits();
    case VatColumn: {
        // No VAT stated sorts below every stated amount, like a missing due date.
        const std::optional<Money> vat = vatOf(invoice);
        return vat ? QVariant(vat->minorUnits()) : QVariant();
    }
    case StatusColumn:
        return statusSeverity(invoice.status);
    case DueDateColumn:
        return invoice.dueDate;
    case AccountColumn:
        return m_repository->account(invoice.accountId).displayName;
    default:
        return QVariant();
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == AmountColumn || section == VatColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case NumberColumn: return tr("Invoice");
    case PeriodColumn: return tr("Period");
    case AmountColumn: return tr("Amount");
    case VatColumn: return tr("VAT");
    case StatusColumn: return tr("Status");
    case DueDateColumn: return tr("Due date");
    case AccountColumn: return tr("Account");
    default: return QVariant();
    }
}
