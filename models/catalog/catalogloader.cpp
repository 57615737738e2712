#include "catalog/catalogloader.h"

#include "api/skysql/skysqlbackend.h"
#include "catalog/pricemodel.h"

CatalogLoader::CatalogLoader(SkySqlBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_prices(new PriceModel(this))
{
}

void CatalogLoader::load()
{
    const int generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_errors.clear();
    m_pending = 1;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);

    m_backend->offerings(this, [this, generation](const ApiResult<QList<Offering>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_offerings = result.value;
            m_meters.clear();
            m_pricesByOffering.clear();
            m_prices->setOfferings(m_offerings);
            Q_EMIT offeringsLoaded();
            m_pending += int(m_offerings.size()) * 2;
            for (const Offering &offering : std::as_const(m_offerings)) {
                const QString id = offering.id;
                m_backend->offeringMeters(id, this, [this, generation, id](const ApiResult<QList<Meter>> &meters) {
                    if (generation != m_generation)
                        return;
                    if (meters.ok())
                        m_meters.insert(id, meters.value);
                    partDone(generation, meters.error);
                });
                m_backend->prices(id, {}, this, [this, generation, id](const ApiResult<QList<Price>> &prices) {
                    if (generation != m_generation)
                        return;
                    if (prices.ok())
                        m_pricesByOffering.insert(id, prices.value);
                    partDone(generation, prices.error);
                });
            }
        }
        partDone(generation, result.error);
    });
}

void CatalogLoader::partDone(int generation, const ApiError &error)
{
    if (generation != m_generation || m_pending <= 0)
        return;
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled) {
        m_errors.append(error);
        Q_EMIT failed(error);
    }
    if (--m_pending > 0)
        return;
    // In the offerings' order, so the table reads offering by offering.
    QList<Price> all;
    for (const Offering &offering : std::as_const(m_offerings))
        all += m_pricesByOffering.value(offering.id);
    m_prices->setPrices(all);
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

bool CatalogLoader::isLoading() const
{
    return m_pending > 0;
}

QList<ApiError> CatalogLoader::errors() const
{
    return m_errors;
}

QList<Offering> CatalogLoader::offerings() const
{
    return m_offerings;
}

QList<Meter> CatalogLoader::meters(const QString &offeringId) const
{
    return m_meters.value(offeringId);
}

PriceModel *CatalogLoader::prices() const
{
    return m_prices;
}
