#pragma once

#include "money.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// SkySQL's price catalogue: offerings (products), the meters that measure their usage, and the
// prices per meter. Served without a key in the reference; the key is sent anyway.

struct Offering {
    QString id;
    QString name;
    QString description;
    QString productMapping;
};

struct Meter {
    QString id;
    QString offeringId;
    QString name;
    QString label;
    QString description;
    QString meterClass;  // "class": compute, storage...
    QString unit;
    // Which dimensions (provider, region, topology...) the meter's prices vary by.
    QMap<QString, bool> priceDimensions;
};

// Per-unit rates have sub-cent precision ($0.0042 an hour) and are only shown, never summed,
// so they stay the provider's doubles; the monthly commitment is an amount and is Money.
struct PriceValues {
    QString currency;
    Money monthlyCommit;
    double multiplier = 1;
    double pricePerHour = 0;
    double pricePerMinute = 0;
    double pricePerMonth = 0;
    double scaleFabricPricePerHour = 0;
    double scaleFabricPricePerMinute = 0;
    double scaleFabricPricePerMonth = 0;
};

// One price of a meter for one combination of dimensions, valid for usage within
// [startRange, endRange) of the meter's unit (tiered pricing).
struct Price {
    QString id;
    QString type;
    QMap<QString, QString> dimensions;
    double startRange = 0;
    double endRange = 0;
    Meter meter;
    PriceValues price;
};

Q_DECLARE_METATYPE(Offering)
Q_DECLARE_METATYPE(Meter)
Q_DECLARE_METATYPE(Price)
