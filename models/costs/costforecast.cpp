#include "costs/costforecast.h"

#include "accounts/accountregistry.h"
#include "api/skysql/skysqlbackend.h"
#include "invoices/invoicerepository.h"

CostForecaster::CostForecaster(AccountRegistry *accounts, InvoiceRepository *repository, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_repository(repository)
{
    // Trend forecasts follow the invoices; month-to-date ones follow the accounts shown.
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &CostForecaster::changed);
    connect(m_repository, &InvoiceRepository::invoicesChanged, this, &CostForecaster::changed);
    connect(m_accounts, &AccountRegistry::shownAccountsChanged, this, &CostForecaster::refresh);
}

void CostForecaster::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    refresh();
}

QDate CostForecaster::currentMonth() const
{
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

std::optional<CostTrend::Forecast> CostForecaster::forecast(const QString &accountId) const
{
    const AccountConnection *connection = m_accounts->connection(accountId);
    if (!connection)
        return std::nullopt;
    if (connection->skySql()) {
        const auto it = m_monthToDate.constFind(accountId);
        if (it == m_monthToDate.cend())
            return std::nullopt;
        return CostTrend::Forecast {*it, CostTrend::ForecastMethod::MonthToDate};
    }
    // The account's own currency: the one its latest invoice is in.
    QString currency;
    QDate latest;
    for (const Invoice &invoice : m_repository->invoices()) {
        if (invoice.accountId == accountId && invoice.amount.isValid()
            && (!latest.isValid() || invoice.periodStart > latest)) {
            latest = invoice.periodStart;
            currency = invoice.amount.currency();
        }
    }
    if (currency.isEmpty())
        return std::nullopt;
    const auto amount = CostTrend::forecastFromTrend(CostTrend::monthlyTotals(m_repository->invoices(), accountId, currency),
                                                     currentMonth());
    if (!amount)
        return std::nullopt;
    return CostTrend::Forecast {*amount, CostTrend::ForecastMethod::Trend};
}

bool CostForecaster::isLoading() const
{
    return m_pending > 0;
}

QList<ApiError> CostForecaster::errors() const
{
    return m_errors.values();
}

void CostForecaster::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_monthToDate.clear();
    m_errors.clear();
    m_pending = 0;
    const QDate month = currentMonth();
    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    for (AccountConnection *connection : connections) {
        SkySqlBackend *backend = connection->skySql();
        if (!backend)
            continue;
        ++m_pending;
        const QString accountId = connection->account().id;
        backend->bill(month.year(), month.month(), this, [this, accountId, generation](const ApiResult<Bill> &result) {
            billFinished(accountId, generation, result.ok() ? CostTrend::forecastFromBill(result.value) : std::nullopt,
                         result.error);
        });
    }
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
    Q_EMIT changed();
}

void CostForecaster::billFinished(const QString &accountId, quint64 generation, const std::optional<Money> &forecast,
                                  const ApiError &error)
{
    // An answer to a refresh that has been replaced says nothing about the accounts shown now.
    if (generation != m_generation)
        return;
    if (error.isError())
        m_errors.insert(accountId, error);
    else if (forecast)
        m_monthToDate.insert(accountId, *forecast);
    --m_pending;
    if (m_pending == 0)
        Q_EMIT loadingChanged(false);
    Q_EMIT changed();
}
