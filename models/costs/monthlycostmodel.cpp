#include "costs/monthlycostmodel.h"

#include "domain/invoice.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicerepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace
{
const QString OtherKey = QStringLiteral("other");

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QDate invoiceMonth(const Invoice &invoice)
{
    return firstOfMonth(invoice.periodStart);
}

int categoryIndex(BillCostCategory category)
{
    return static_cast<int>(category);
}

const BillCostCategory Categories[CostAggregation::CategoryCount] = {
    BillCostCategory::Compute, BillCostCategory::Storage, BillCostCategory::DataTransfer,
    BillCostCategory::Support, BillCostCategory::Other,
};

double majorUnits(qint64 minorUnits, const QString &currency)
{
    double divisor = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        divisor *= 10;
    return double(minorUnits) / divisor;
}
}

namespace CostAggregation
{
BillCostCategory lineCategory(const InvoiceLine &line)
{
    switch (line.kind) {
    case InvoiceLine::Kind::Nodes:
        return BillCostCategory::Compute;
    case InvoiceLine::Kind::Storage:
    case InvoiceLine::Kind::Iops:
    case InvoiceLine::Kind::Throughput:
        return BillCostCategory::Storage;
    case InvoiceLine::Kind::Item:
        break;
    }
    if (line.cost.minorUnits() < 0)
        return BillCostCategory::Other;
    // Scalingo's detailed items: "web: 2 × M containers", "one-off: M container",
    // "Addon PostgreSQL Business 1G".
    if (line.description.startsWith(QLatin1String("Addon "), Qt::CaseInsensitive))
        return BillCostCategory::Storage;
    if (line.description.contains(QLatin1String("container"), Qt::CaseInsensitive))
        return BillCostCategory::Compute;
    return BillCostCategory::Other;
}

CategoryAmounts categoryAmounts(const Invoice &invoice)
{
    CategoryAmounts amounts {};
    qint64 explained = 0;
    for (const InvoiceService &service : invoice.services) {
        qint64 lines = 0;
        for (const InvoiceLine &line : service.lines) {
            amounts[categoryIndex(lineCategory(line))] += line.cost.minorUnits();
            lines += line.cost.minorUnits();
        }
        // A service whose lines do not add up to its cost: the difference is not a compute
        // or storage charge anyone can name.
        amounts[categoryIndex(BillCostCategory::Other)] += service.cost.minorUnits() - lines;
        explained += service.cost.minorUnits();
    }
    // Invoice-wide lines (Scalingo's per-app items) repeat the services; what the services do
    // not explain (VAT, credits, an invoice listed without details) is other.
    amounts[categoryIndex(BillCostCategory::Other)] += invoice.amount.minorUnits() - explained;
    return amounts;
}

QList<ServiceAmount> serviceAmounts(const Invoice &invoice)
{
    QList<ServiceAmount> result;
    qint64 explained = 0;
    for (const InvoiceService &service : invoice.services) {
        const QString name = service.name.isEmpty() ? service.serviceId : service.name;
        auto it = std::find_if(result.begin(), result.end(), [&](const ServiceAmount &entry) {
            return entry.name == name;
        });
        if (it == result.end())
            result.append({name, service.cost.minorUnits()});
        else
            it->minorUnits += service.cost.minorUnits();
        explained += service.cost.minorUnits();
    }
    const qint64 rest = invoice.amount.minorUnits() - explained;
    if (rest != 0)
        result.append({QString(), rest});
    return result;
}

QString categoryTitle(BillCostCategory category)
{
    switch (category) {
    case BillCostCategory::Compute:
        return MonthlyCostModel::tr("Compute");
    case BillCostCategory::Storage:
        return MonthlyCostModel::tr("Storage");
    case BillCostCategory::DataTransfer:
        return MonthlyCostModel::tr("Data transfer");
    case BillCostCategory::Support:
        return MonthlyCostModel::tr("Support");
    case BillCostCategory::Other:
        break;
    }
    return MonthlyCostModel::tr("Other");
}

QString otherServiceTitle()
{
    return MonthlyCostModel::tr("Other (taxes, credits)");
}

struct CostRow {
    QString account;
    QString month;
    QString category;
    Money amount;
};

static QList<CostRow> costRows(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    // account → month → currency → amounts; QMap keeps months ascending.
    QMap<QString, QMap<QDate, QMap<QString, CategoryAmounts>>> totals;
    for (const Invoice &invoice : invoices) {
        const QDate month = invoiceMonth(invoice);
        if (!month.isValid() || !invoice.amount.isValid())
            continue;
        CategoryAmounts &sum = totals[invoice.accountId][month][invoice.amount.currency()];
        const CategoryAmounts amounts = categoryAmounts(invoice);
        for (int i = 0; i < CategoryCount; ++i)
            sum[i] += amounts[i];
    }
    QList<CostRow> rows;
    for (auto account = totals.cbegin(); account != totals.cend(); ++account) {
        const QString name = accountName(account.key());
        for (auto month = account->cbegin(); month != account->cend(); ++month) {
            for (auto currency = month->cbegin(); currency != month->cend(); ++currency) {
                for (int i = 0; i < CategoryCount; ++i) {
                    rows.append({name, month.key().toString(QStringLiteral("yyyy-MM")), billCostCategoryKey(Categories[i]),
                                 Money(currency.value()[i], currency.key())});
                }
            }
        }
    }
    return rows;
}

QByteArray costsCsv(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QByteArray out = InvoiceExport::csvRow({QStringLiteral("account"), QStringLiteral("month"), QStringLiteral("category"),
                                            QStringLiteral("amount"), QStringLiteral("currency")});
    const QList<CostRow> rows = costRows(invoices, accountName);
    for (const CostRow &row : rows)
        out += InvoiceExport::csvRow({row.account, row.month, row.category, row.amount.toDecimalString(), row.amount.currency()});
    return out;
}

QByteArray costsJson(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QJsonArray array;
    const QList<CostRow> rows = costRows(invoices, accountName);
    for (const CostRow &row : rows) {
        array.append(QJsonObject {{QStringLiteral("account"), row.account},
                                  {QStringLiteral("month"), row.month},
                                  {QStringLiteral("category"), row.category},
                                  {QStringLiteral("amount"), row.amount.toDecimalString()},
                                  {QStringLiteral("currency"), row.amount.currency()}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
}

MonthRange MonthRange::last(int months)
{
    MonthRange range;
    range.kind = Kind::LastMonths;
    range.months = std::max(1, months);
    return range;
}

MonthRange MonthRange::all()
{
    MonthRange range;
    range.kind = Kind::All;
    return range;
}

MonthRange MonthRange::custom(const QDate &from, const QDate &to)
{
    MonthRange range;
    range.kind = Kind::Custom;
    // Either order means the same months.
    range.from = firstOfMonth(std::min(from, to));
    range.to = firstOfMonth(std::max(from, to));
    return range;
}

bool MonthRange::operator==(const MonthRange &other) const
{
    return kind == other.kind && months == other.months && from == other.from && to == other.to;
}

MonthlyCostModel::MonthlyCostModel(InvoiceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    // Any change to the invoices changes sums; recomputing ~100 invoices is cheaper than
    // tracking which month each one touched.
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &MonthlyCostModel::recompute);
    connect(m_repository, &InvoiceRepository::invoiceChanged, this, &MonthlyCostModel::recompute);
    rebuild();
}

void MonthlyCostModel::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    recompute();
}

QDate MonthlyCostModel::currentMonth() const
{
    return firstOfMonth(m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate());
}

QStringList MonthlyCostModel::currencies() const
{
    return m_currencies;
}

void MonthlyCostModel::setCurrency(const QString &currency)
{
    m_requestedCurrency = currency;
    recompute();
}

QString MonthlyCostModel::currency() const
{
    return m_currency;
}

void MonthlyCostModel::setStackBy(StackBy stackBy)
{
    if (m_stackBy == stackBy)
        return;
    m_stackBy = stackBy;
    recompute();
}

MonthlyCostModel::StackBy MonthlyCostModel::stackBy() const
{
    return m_stackBy;
}

void MonthlyCostModel::setRange(const MonthRange &range)
{
    m_range = range;
    recompute();
}

MonthRange MonthlyCostModel::range() const
{
    return m_range;
}

void MonthlyCostModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MonthlyCostModel::recompute()
{
    const QStringList previousCurrencies = m_currencies;
    beginResetModel();
    rebuild();
    endResetModel();
    if (previousCurrencies != m_currencies)
        Q_EMIT currenciesChanged();
}

void MonthlyCostModel::rebuild()
{
    const QList<Invoice> &invoices = m_repository->invoices();

    QHash<QString, int> currencyCounts;
    for (const Invoice &invoice : invoices) {
        if (invoice.amount.isValid())
            ++currencyCounts[invoice.amount.currency()];
    }
    m_currencies = currencyCounts.keys();
    std::sort(m_currencies.begin(), m_currencies.end(), [&](const QString &a, const QString &b) {
        const int countA = currencyCounts.value(a);
        const int countB = currencyCounts.value(b);
        return countA != countB ? countA > countB : a < b;
    });
    m_currency = m_currencies.contains(m_requestedCurrency) ? m_requestedCurrency : m_currencies.value(0);

    m_months.clear();
    m_seriesKeys.clear();
    m_seriesTitles.clear();
    m_values.clear();

    const QDate current = currentMonth();
    QDate first;
    QDate last;
    switch (m_range.kind) {
    case MonthRange::Kind::LastMonths:
        first = current.addMonths(-(std::max(1, m_range.months) - 1));
        last = current;
        break;
    case MonthRange::Kind::Custom:
        first = firstOfMonth(m_range.from);
        last = firstOfMonth(m_range.to);
        break;
    case MonthRange::Kind::All:
        for (const Invoice &invoice : invoices) {
            const QDate month = invoiceMonth(invoice);
            if (month.isValid() && invoice.amount.currency() == m_currency && (!first.isValid() || month < first))
                first = month;
        }
        last = current;
        break;
    }
    if (m_currency.isEmpty() || !first.isValid() || !last.isValid() || first > last)
        return;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        m_months.append(month);

    QList<const Invoice *> inRange;
    for (const Invoice &invoice : invoices) {
        const QDate month = invoiceMonth(invoice);
        if (invoice.amount.currency() == m_currency && month.isValid() && month >= first && month <= last)
            inRange.append(&invoice);
    }

    if (m_stackBy == StackBy::Category) {
        for (BillCostCategory category : Categories) {
            m_seriesKeys << billCostCategoryKey(category);
            m_seriesTitles << CostAggregation::categoryTitle(category);
        }
        m_values = QList<QList<qint64>>(m_months.size(), QList<qint64>(CostAggregation::CategoryCount, 0));
        for (const Invoice *invoice : std::as_const(inRange)) {
            const CostAggregation::CategoryAmounts amounts = CostAggregation::categoryAmounts(*invoice);
            QList<qint64> &row = m_values[m_months.indexOf(invoiceMonth(*invoice))];
            for (int i = 0; i < CostAggregation::CategoryCount; ++i)
                row[i] += amounts[i];
        }
        return;
    }

    // By service: the biggest spenders first, so the bottom of each stack is the steady part.
    QHash<QString, qint64> serviceTotals;
    bool hasRest = false;
    for (const Invoice *invoice : std::as_const(inRange)) {
        for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(*invoice)) {
            if (entry.name.isEmpty())
                hasRest = true;
            else
                serviceTotals[entry.name] += entry.minorUnits;
        }
    }
    QStringList names = serviceTotals.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qint64 totalA = serviceTotals.value(a);
        const qint64 totalB = serviceTotals.value(b);
        return totalA != totalB ? totalA > totalB : a < b;
    });
    m_seriesKeys = names;
    m_seriesTitles = names;
    if (hasRest) {
        m_seriesKeys << OtherKey;
        m_seriesTitles << CostAggregation::otherServiceTitle();
    }
    m_values = QList<QList<qint64>>(m_months.size(), QList<qint64>(m_seriesKeys.size(), 0));
    for (const Invoice *invoice : std::as_const(inRange)) {
        QList<qint64> &row = m_values[m_months.indexOf(invoiceMonth(*invoice))];
        for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(*invoice)) {
            const int column = entry.name.isEmpty() ? static_cast<int>(m_seriesKeys.size()) - 1
                                                    : static_cast<int>(names.indexOf(entry.name));
            row[column] += entry.minorUnits;
        }
    }
}

int MonthlyCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int MonthlyCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_seriesKeys.size());
}

QVariant MonthlyCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 value = m_values.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return Money(value, m_currency).format(m_locale);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    case MonthRole:
        return m_months.at(index.row());
    case SeriesKeyRole:
        return m_seriesKeys.at(index.column());
    case CurrencyRole:
        return m_currency;
    case ChartValueRole:
        return majorUnits(value, m_currency);
    default:
        return {};
    }
}

QVariant MonthlyCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return m_seriesTitles.value(section);
    if (section >= m_months.size())
        return {};
    return m_locale.toString(m_months.at(section), QStringLiteral("MMM yyyy"));
}

QDate MonthlyCostModel::monthAt(int row) const
{
    return m_months.value(row);
}

int MonthlyCostModel::rowOfMonth(const QDate &month) const
{
    return static_cast<int>(m_months.indexOf(firstOfMonth(month)));
}

Money MonthlyCostModel::amount(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 0 || column >= m_seriesKeys.size())
        return Money(0, m_currency);
    return Money(m_values.at(row).at(column), m_currency);
}

Money MonthlyCostModel::monthTotal(int row) const
{
    qint64 total = 0;
    if (row >= 0 && row < m_values.size()) {
        for (qint64 value : m_values.at(row))
            total += value;
    }
    return Money(total, m_currency);
}

QList<Money> MonthlyCostModel::monthTotals() const
{
    QList<Money> totals;
    for (int row = 0; row < m_months.size(); ++row)
        totals.append(monthTotal(row));
    return totals;
}

QString MonthlyCostModel::seriesKey(int column) const
{
    return m_seriesKeys.value(column);
}

QString MonthlyCostModel::seriesTitle(int column) const
{
    return m_seriesTitles.value(column);
}

MonthBreakdownModel::MonthBreakdownModel(InvoiceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &MonthBreakdownModel::recompute);
    connect(m_repository, &InvoiceRepository::invoiceChanged, this, &MonthBreakdownModel::recompute);
}

void MonthBreakdownModel::setMonth(const QDate &month, const QString &currency)
{
    m_month = firstOfMonth(month);
    m_currency = currency;
    recompute();
}

QDate MonthBreakdownModel::month() const
{
    return m_month;
}

QString MonthBreakdownModel::currency() const
{
    return m_currency;
}

Money MonthBreakdownModel::total() const
{
    return Money(m_total, m_currency);
}

void MonthBreakdownModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MonthBreakdownModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_month.isValid()) {
        for (const Invoice &invoice : m_repository->invoices()) {
            if (invoiceMonth(invoice) != m_month || invoice.amount.currency() != m_currency)
                continue;
            const QString accountName = m_repository->account(invoice.accountId).displayName;
            for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(invoice)) {
                const QString service = entry.name.isEmpty() ? CostAggregation::otherServiceTitle() : entry.name;
                auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
                    return row.service == service && row.accountId == invoice.accountId;
                });
                if (it == m_rows.end())
                    m_rows.append({service, invoice.accountId, accountName, entry.minorUnits});
                else
                    it->minorUnits += entry.minorUnits;
                m_total += entry.minorUnits;
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.minorUnits > b.minorUnits;
        });
    }
    endResetModel();
}

int MonthBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MonthBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    // Per mille of the month, rounded half up; only meaningful while the month is positive.
    const qint64 shareMille = m_total > 0 ? (row.minorUnits * 2000 + m_total) / (2 * m_total) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return row.service;
        case AccountColumn:
            return row.accountName;
        case AmountColumn:
            return Money(row.minorUnits, m_currency).format(m_locale);
        case ShareColumn:
            return m_total > 0 ? m_locale.toString(double(shareMille) / 10.0, 'f', 1) + QStringLiteral(" %") : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == ShareColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case ServiceColumn:
            return row.service;
        case AccountColumn:
            return row.accountName;
        case AmountColumn:
            return row.minorUnits;
        case ShareColumn:
            return shareMille;
        }
        return {};
    case ChartValueRole:
        return index.column() == AmountColumn ? QVariant(majorUnits(row.minorUnits, m_currency)) : QVariant();
    default:
        return {};
    }
}

QVariant MonthBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}
