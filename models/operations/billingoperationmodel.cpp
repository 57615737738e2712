#include "operations/billingoperationmodel.h"

#include "format/displayformat.h"

BillingOperationModel::BillingOperationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BillingOperationModel::Source BillingOperationModel::sourceFromString(const QString &source)
{
    const QString key = source.trimmed().toLower();
    if (key == u"invoicing" || key == u"invoice")
        return Source::Invoicing;
    if (key == u"payment")
        return Source::Payment;
    if (key == u"credit" || key == u"voucher" || key == u"referral")
        return Source::Credit;
    if (key == u"refund")
        return Source::Refund;
    return Source::Other;
}

QString BillingOperationModel::sourceText(const QString &source)
{
    switch (sourceFromString(source)) {
    case Source::Invoicing: return tr("Invoicing");
    case Source::Payment: return tr("Payment");
    case Source::Credit: return tr("Credit");
    case Source::Refund: return tr("Refund");
    case Source::Other: break;
    }
    const QString word = source.trimmed();
    // No source sent: an empty cell, not a "Not given" filler in every such row.
    if (word.isEmpty())
        return QString();
    // Unknown words stay readable ("adjustment" → "Adjustment") but are not translated away.
    return word.at(0).toUpper() + word.mid(1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

Money BillingOperationModel::signedAmount(const BillingOperation &operation)
{
    switch (sourceFromString(operation.source)) {
    case Source::Payment:
    case Source::Credit:
        return operation.amount.minorUnits() > 0 ? -operation.amount : operation.amount;
    case Source::Invoicing:
    case Source::Refund:
    case Source::Other:
        break;
    }
    return operation.amount;
}

void BillingOperationModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void BillingOperationModel::setOperations(const QList<BillingOperationRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BillingOperationModel::setAccountOperations(const QString &accountId, const QString &accountName,
                                                 const QList<BillingOperation> &operations)
{
    QList<BillingOperationRow> rows;
    rows.reserve(m_rows.size() + operations.size());
    for (const BillingOperationRow &row : std::as_const(m_rows)) {
        if (row.accountId != accountId)
            rows.append(row);
    }
    for (const BillingOperation &operation : operations)
        rows.append(BillingOperationRow {accountId, accountName, operation});
    setOperations(rows);
}

void BillingOperationModel::clear()
{
    setOperations({});
}

const BillingOperationRow &BillingOperationModel::rowAt(int row) const
{
    return m_rows.at(row);
}

int BillingOperationModel::indexOf(const QString &accountId, const QString &operationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).accountId == accountId && m_rows.at(row).operation.id == operationId)
            return row;
    }
    return -1;
}

int BillingOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BillingOperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingOperationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingOperationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return row.operation.description;
        if (index.column() == InvoiceColumn && !row.operation.invoiceId.isEmpty())
            return tr("Open invoice %1 on the Invoices page").arg(row.operation.invoiceId);
        if (index.column() == DateColumn)
            return DisplayFormat(m_locale).dateTime(row.operation.createdAt);
        return {};
    case AccountIdRole:
        return row.accountId;
    case InvoiceIdRole:
        return row.operation.invoiceId;
    case SourceKeyRole:
        return row.operation.source;
    case CurrencyRole:
        return row.operation.amount.currency();
    default:
        return {};
    }
}

QVariant BillingOperationModel::displayValue(const BillingOperationRow &row, int column) const
{
    const BillingOperation &operation = row.operation;
    switch (column) {
    case DateColumn:
        return DisplayFormat(m_locale).shortDate(operation.createdAt.toLocalTime().date());
    case DescriptionColumn:
        return operation.description;
    case AmountColumn: {
        // A minus sign, not the locale's accounting brackets: the legend speaks of signs.
        const Money amount = signedAmount(operation);
        return amount.minorUnits() < 0 ? m_locale.negativeSign() + (-amount).format(m_locale) : amount.format(m_locale);
    }
    case SourceColumn:
        return sourceText(operation.source);
    case InvoiceColumn:
        return operation.invoiceId.isEmpty() ? QString() : tr("Open invoice");
    case AccountColumn:
        return row.accountName;
    default:
        return {};
    }
}

QVariant BillingOperationModel::rawValue(const BillingOperationRow &row, int column) const
{
    const BillingOperation &operation = row.operation;
    switch (column) {
    case DateColumn:
        return operation.createdAt;
    case DescriptionColumn:
        return operation.description;
    case AmountColumn:
        return signedAmount(operation).minorUnits();
    case SourceColumn:
        return sourceText(operation.source);
    case InvoiceColumn:
        return operation.invoiceId;
    case AccountColumn:
        return row.accountName;
    default:
        return {};
    }
}

QVariant BillingOperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case DescriptionColumn: return tr("Description");
    case AmountColumn: return tr("Amount");
    case SourceColumn: return tr("Source");
    case InvoiceColumn: return tr("Invoice");
    case AccountColumn: return tr("Account");
    default: return {};
    }
}
