#include "skysqldemocatalog.h"

#include <utility>

namespace {

QString provisionedOffering()
{
    return QStringLiteral("skysql-provisioned");
}

QString serverlessOffering()
{
    return QStringLiteral("skysql-serverless");
}

QString provisionedProduct()
{
    return QStringLiteral("mariadb-enterprise-server");
}

QString serverlessProduct()
{
    return QStringLiteral("mariadb-serverless");
}

struct ProviderRates final
{
    QString provider;
    qint64 vcpuHourE4;  // compute: the per-hour price of one vCPU
    QString volumeType;
    qint64 gbMonthE4;
    bool billsIopsAndThroughput;  // only AWS gp3 volumes are billed per IOPS and MBps
};

int vcpusOfSize(const QString &size)
{
    return size.section(u'-', 1).section(u'x', 0, 0).toInt();
}

} // namespace

bool SkySqlDemoPrice::covers(qint64 quantity) const
{
    return quantity >= startRange && (endRange == 0 || quantity <= endRange);
}

SkySqlDemoCatalog::SkySqlDemoCatalog()
{
    m_offerings = {
        {provisionedOffering(), QStringLiteral("SkySQL Provisioned"),
         QStringLiteral("MariaDB Enterprise Server on dedicated nodes, billed per node-hour "
                        "and provisioned storage"),
         provisionedProduct()},
        {serverlessOffering(), QStringLiteral("SkySQL Serverless"),
         QStringLiteral("MariaDB that scales with the load, billed per SkySQL compute unit "
                        "hour and stored GB"),
         serverlessProduct()},
    };

    const QStringList provisionedDimensions {QStringLiteral("provider"), QStringLiteral("product"),
                                             QStringLiteral("topology"), QStringLiteral("tier")};
    m_meters = {
        {QStringLiteral("mtr-prov-compute"), QStringLiteral("compute"), QStringLiteral("Compute"),
         QStringLiteral("Database node time, per node size"), QStringLiteral("compute"),
         QStringLiteral("hour"), provisionedOffering(),
         provisionedDimensions + QStringList {QStringLiteral("size")}},
        {QStringLiteral("mtr-prov-storage"), QStringLiteral("storage"), QStringLiteral("Storage"),
         QStringLiteral("Provisioned volume capacity"), QStringLiteral("storage"),
         QStringLiteral("GB-month"), provisionedOffering(),
         provisionedDimensions + QStringList {QStringLiteral("volume_type")}},
        {QStringLiteral("mtr-prov-storage-iops"), QStringLiteral("storage-iops"),
         QStringLiteral("Storage IOPS"),
         QStringLiteral("Provisioned IOPS above the volume's baseline"), QStringLiteral("storage"),
         QStringLiteral("IOPS-month"), provisionedOffering(),
         provisionedDimensions + QStringList {QStringLiteral("volume_type")}},
        {QStringLiteral("mtr-prov-storage-throughput"), QStringLiteral("storage-throughput"),
         QStringLiteral("Storage throughput"),
         QStringLiteral("Provisioned throughput above the volume's baseline"),
         QStringLiteral("storage"), QStringLiteral("MBps-month"), provisionedOffering(),
         provisionedDimensions + QStringList {QStringLiteral("volume_type")}},
        {QStringLiteral("mtr-sls-compute"), QStringLiteral("compute"),
         QStringLiteral("Serverless compute"), QStringLiteral("SkySQL compute unit hours"),
         QStringLiteral("compute"), QStringLiteral("SCU-hour"), serverlessOffering(),
         provisionedDimensions},
        {QStringLiteral("mtr-sls-storage"), QStringLiteral("storage"),
         QStringLiteral("Serverless storage"), QStringLiteral("Stored data"),
         QStringLiteral("storage"), QStringLiteral("GB-month"), serverlessOffering(),
         provisionedDimensions},
    };

    using Basis = SkySqlDemoPrice::Basis;
    const QList<ProviderRates> providers {
        {QStringLiteral("aws"), 1370, QStringLiteral("gp3"), 1250, true},
        {QStringLiteral("gcp"), 1370, QStringLiteral("pd-ssd"), 1700, false},
        {QStringLiteral("azure"), 1440, QStringLiteral("premium-ssd"), 1500, false},
    };
    // Foundation is the entry tier: smaller nodes, no Galera clusters.
    const QList<QPair<QString, QStringList>> tierTopologies {
        {QStringLiteral("foundation"), {QStringLiteral("es-single"), QStringLiteral("es-replica")}},
        {QStringLiteral("power"),
         {QStringLiteral("es-single"), QStringLiteral("es-replica"), QStringLiteral("galera")}},
    };
    const QStringList foundationSizes {QStringLiteral("sky-2x8"), QStringLiteral("sky-4x16")};
    const QStringList powerSizes = foundationSizes
        + QStringList {QStringLiteral("sky-8x32"), QStringLiteral("sky-16x64")};
    // Galera nodes cost more per vCPU and add the MaxScale fabric.
    constexpr qint64 galeraVcpuSurchargeE4 = 140;
    constexpr qint64 galeraFabricPerHourE4 = 500;

    for (const ProviderRates &rates : providers) {
        for (const auto &[tier, topologies] : tierTopologies) {
            const QStringList &sizes = tier == u"foundation" ? foundationSizes : powerSizes;
            for (const QString &topology : topologies) {
                const QMap<QString, QString> base {{QStringLiteral("provider"), rates.provider},
                                                   {QStringLiteral("product"), provisionedProduct()},
                                                   {QStringLiteral("topology"), topology},
                                                   {QStringLiteral("tier"), tier}};
                const bool galera = topology == u"galera";
                for (const QString &size : sizes) {
                    QMap<QString, QString> dimensions = base;
                    dimensions.insert(QStringLiteral("size"), size);
                    const qint64 vcpuRate = rates.vcpuHourE4 + (galera ? galeraVcpuSurchargeE4 : 0);
                    addPrice(QStringLiteral("mtr-prov-compute"), dimensions, Basis::PerHour,
                             vcpuRate * vcpusOfSize(size));
                    if (galera)
                        m_prices.last().scaleFabricRateE4 = galeraFabricPerHourE4;
                }

                QMap<QString, QString> volume = base;
                volume.insert(QStringLiteral("volume_type"), rates.volumeType);
                addPrice(QStringLiteral("mtr-prov-storage"), volume, Basis::PerMonth,
                         rates.gbMonthE4);
                if (!rates.billsIopsAndThroughput)
                    continue;
                // A single node's gp3 volume includes AWS's baseline (3000 IOPS, 125 MBps);
                // replicated topologies pay for every provisioned unit.
                if (topology == u"es-single") {
                    addPrice(QStringLiteral("mtr-prov-storage-iops"), volume, Basis::PerMonth, 0,
                             0, 3000, true);
                    addPrice(QStringLiteral("mtr-prov-storage-iops"), volume, Basis::PerMonth, 65,
                             3000, 0, true);
                    addPrice(QStringLiteral("mtr-prov-storage-throughput"), volume,
                             Basis::PerMonth, 0, 0, 125, true);
                    addPrice(QStringLiteral("mtr-prov-storage-throughput"), volume,
                             Basis::PerMonth, 480, 125, 0, true);
                } else {
                    addPrice(QStringLiteral("mtr-prov-storage-iops"), volume, Basis::PerMonth, 65);
                    addPrice(QStringLiteral("mtr-prov-storage-throughput"), volume,
                             Basis::PerMonth, 480);
                }
            }
        }
    }

    for (const QString &provider : {QStringLiteral("aws"), QStringLiteral("gcp")}) {
        for (const QString &tier : {QStringLiteral("foundation"), QStringLiteral("power")}) {
            const QMap<QString, QString> dimensions {{QStringLiteral("provider"), provider},
                                                     {QStringLiteral("product"), serverlessProduct()},
                                                     {QStringLiteral("topology"),
                                                      QStringLiteral("serverless")},
                                                     {QStringLiteral("tier"), tier}};
            addPrice(QStringLiteral("mtr-sls-compute"), dimensions, Basis::PerHour,
                     tier == u"power" ? 1100 : 1250);
            addPrice(QStringLiteral("mtr-sls-storage"), dimensions, Basis::PerMonth, 1000);
        }
    }
}

void SkySqlDemoCatalog::addPrice(const QString &meterId, const QMap<QString, QString> &dimensions,
                                 SkySqlDemoPrice::Basis basis, qint64 rateE4, qint64 startRange,
                                 qint64 endRange, bool graduated)
{
    SkySqlDemoPrice price;
    price.meterId = meterId;
    price.dimensions = dimensions;
    price.basis = basis;
    price.rateE4 = rateE4;
    price.startRange = startRange;
    price.endRange = endRange;
    price.type = graduated ? QStringLiteral("graduated") : QStringLiteral("flat");

    // Readable and stable: "prc-prov-compute-aws-es-replica-power-sky-4x16".
    QStringList parts {QStringLiteral("prc"), meterId.mid(4)};
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it) {
        if (it.key() != u"product")
            parts.append(it.value());
    }
    if (graduated)
        parts.append(QStringLiteral("from%1").arg(startRange));
    price.id = parts.join(u'-');
    m_prices.append(std::move(price));
}

const QList<SkySqlDemoOffering> &SkySqlDemoCatalog::offerings() const
{
    return m_offerings;
}

const QList<SkySqlDemoMeter> &SkySqlDemoCatalog::meters() const
{
    return m_meters;
}

const QList<SkySqlDemoPrice> &SkySqlDemoCatalog::prices() const
{
    return m_prices;
}

const SkySqlDemoOffering *SkySqlDemoCatalog::offering(const QString &offeringId) const
{
    for (const SkySqlDemoOffering &offering : m_offerings) {
        if (offering.id == offeringId)
            return &offering;
    }
    return nullptr;
}

const SkySqlDemoMeter *SkySqlDemoCatalog::meter(const QString &meterId) const
{
    for (const SkySqlDemoMeter &meter : m_meters) {
        if (meter.id == meterId)
            return &meter;
    }
    return nullptr;
}

const SkySqlDemoMeter *SkySqlDemoCatalog::meterByName(const QString &offeringId,
                                                      const QString &name) const
{
    for (const SkySqlDemoMeter &meter : m_meters) {
        if (meter.offeringId == offeringId && meter.name == name)
            return &meter;
    }
    return nullptr;
}

const SkySqlDemoPrice *SkySqlDemoCatalog::priceFor(const QString &meterId,
                                                   const QMap<QString, QString> &dimensions,
                                                   qint64 quantity) const
{
    for (const SkySqlDemoPrice &price : m_prices) {
        if (price.meterId != meterId || !price.covers(quantity))
            continue;
        bool matches = true;
        for (auto it = price.dimensions.cbegin(); it != price.dimensions.cend() && matches; ++it)
            matches = dimensions.value(it.key()) == it.value();
        if (matches)
            return &price;
    }
    return nullptr;
}
