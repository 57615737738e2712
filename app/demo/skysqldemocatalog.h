#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// SkySQL's price catalogue as the demo serves it: offerings, the meters they bill and a
// price per meter and dimension combination (provider, product, topology, tier, and the
// node size or volume type). The demo's bills and invoices take their rates from here, so
// a client can explain any bill line with a catalogue price.

struct SkySqlDemoOffering final
{
    QString id;
    QString name;
    QString description;
    QString productMapping;  // the "product" dimension value of the offering's prices
};

struct SkySqlDemoMeter final
{
    QString id;
    QString name;  // key of the meter in bills v2 line_items
    QString label;
    QString description;
    QString meterClass;  // "compute", "storage"
    QString unit;
    QString offeringId;
    QStringList priceDimensions;
};

struct SkySqlDemoPrice final
{
    enum class Basis { PerHour, PerMonth };

    QString id;
    QString meterId;
    QMap<QString, QString> dimensions;
    // Graduated prices apply to the quantity in [startRange, endRange]; endRange 0 means
    // no upper bound.
    qint64 startRange = 0;
    qint64 endRange = 0;
    QString type;  // "flat" or "graduated"
    Basis basis = Basis::PerHour;
    qint64 rateE4 = 0;  // USD per unit and basis period, times 10 000
    qint64 scaleFabricRateE4 = 0;  // per hour, Galera's extra MaxScale fabric

    bool covers(qint64 quantity) const;
};

class SkySqlDemoCatalog final
{
public:
    // The hours SkySQL counts in a month when it turns hourly prices into monthly ones.
    static constexpr int HoursPerMonth = 730;

    SkySqlDemoCatalog();

    const QList<SkySqlDemoOffering> &offerings() const;
    const QList<SkySqlDemoMeter> &meters() const;
    const QList<SkySqlDemoPrice> &prices() const;

    // nullptr when unknown.
    const SkySqlDemoOffering *offering(const QString &offeringId) const;
    const SkySqlDemoMeter *meter(const QString &meterId) const;
    const SkySqlDemoMeter *meterByName(const QString &offeringId, const QString &name) const;
    // The price charging `quantity` of a meter for a resource with these dimensions (every
    // dimension of the price must match); nullptr when the catalogue has none.
    const SkySqlDemoPrice *priceFor(const QString &meterId,
                                    const QMap<QString, QString> &dimensions,
                                    qint64 quantity) const;

private:
    void addPrice(const QString &meterId, const QMap<QString, QString> &dimensions,
                  SkySqlDemoPrice::Basis basis, qint64 rateE4, qint64 startRange = 0,
                  qint64 endRange = 0, bool graduated = false);

    QList<SkySqlDemoOffering> m_offerings;
    QList<SkySqlDemoMeter> m_meters;
    QList<SkySqlDemoPrice> m_prices;
};
