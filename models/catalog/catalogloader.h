#pragma once

#include "api/apierror.h"
#include "domain/catalog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class PriceModel;
class SkySqlBackend;

// Loads SkySQL's price catalogue: the offerings, then each offering's meters and all its
// prices (unfiltered: the page filters locally, so its combos can offer every value there is).
class CatalogLoader final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogLoader(SkySqlBackend *backend, QObject *parent = nullptr);

    // Starts (or restarts) loading; answers of an earlier load are dropped.
    void load();
    bool isLoading() const;
    QList<ApiError> errors() const;

    QList<Offering> offerings() const;
    QList<Meter> meters(const QString &offeringId) const;
    // Every offering's prices, set once all of them answered.
    PriceModel *prices() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void offeringsLoaded();
    void failed(const ApiError &error);
    void loaded();

private:
    void partDone(int generation, const ApiError &error);

    SkySqlBackend *m_backend;
    PriceModel *m_prices;
    QList<Offering> m_offerings;
    QHash<QString, QList<Meter>> m_meters;
    QHash<QString, QList<Price>> m_pricesByOffering;
    QList<ApiError> m_errors;
    int m_generation = 0;
    int m_pending = 0;
};
