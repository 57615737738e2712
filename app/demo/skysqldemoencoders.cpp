#include "skysqldemoencoders.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QPair>

#include <cmath>

namespace SkySqlDemoEncoders
{
// JSON numbers with (at most) two decimals; the client turns them back into cents.
double centsToJson(qint64 cents)
{
    return double(cents) / 100.0;
}

static double rateToJson(qint64 rateE4)
{
    return double(rateE4) / 10000.0;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

static QJsonObject chargeJson(const SkySqlDemoCharge &charge)
{
    return QJsonObject {
        {QStringLiteral("cost"), centsToJson(charge.costCents)},
        {QStringLiteral("quantity"), double(charge.quantity)},
        {QStringLiteral("rate"), rateToJson(charge.rateE4)},
        {QStringLiteral("rate_unit"), charge.rateUnit},
        {QStringLiteral("unit"), charge.unit},
    };
}

QJsonObject serviceChargeJson(const SkySqlDemoServiceCharge &charge)
{
    QJsonArray nodes;
    for (const SkySqlDemoNodeLine &line : charge.nodes) {
        QJsonObject node = chargeJson(line.usage);
        node.insert(QStringLiteral("active_nodes"), line.activeNodes);
        node.insert(QStringLiteral("size"), line.size);
        nodes.append(node);
    }

    const SkySqlDemoService &info = charge.service;
    const QJsonObject service {
        {QStringLiteral("arch"), info.arch},
        {QStringLiteral("instance"), info.instance},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("provider"), info.provider},
        {QStringLiteral("region"), info.region},
        {QStringLiteral("service_id"), info.serviceId},
        {QStringLiteral("tier"), info.tier},
        {QStringLiteral("topology"), info.topology},
    };

    QJsonObject storage = chargeJson(charge.storage.capacity);
    storage.insert(QStringLiteral("iops"), chargeJson(charge.storage.iops));
    storage.insert(QStringLiteral("throughput"), chargeJson(charge.storage.throughput));
    storage.insert(QStringLiteral("total_cost"), centsToJson(charge.storage.totalCostCents()));
    storage.insert(QStringLiteral("type"), charge.storage.type);

    return QJsonObject {
        {QStringLiteral("cost"), centsToJson(charge.costCents())},
        {QStringLiteral("node_cost"), centsToJson(charge.nodeCostCents())},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("service"), service},
        {QStringLiteral("storage"), storage},
    };
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODate);
}

// Derived prices (per minute, per hour from a monthly price) keep six decimals.
static double roundedMicros(double value)
{
    return std::round(value * 1e6) / 1e6;
}

static QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject meterJson(const SkySqlDemoMeter &meter)
{
    QJsonObject dimensions;
    for (const QString &dimension : meter.priceDimensions)
        dimensions.insert(dimension, true);
    return QJsonObject {
        {QStringLiteral("class"), meter.meterClass},
        {QStringLiteral("description"), meter.description},
        {QStringLiteral("label"), meter.label},
        {QStringLiteral("meter_id"), meter.id},
        {QStringLiteral("name"), meter.name},
        {QStringLiteral("offering_id"), meter.offeringId},
        {QStringLiteral("price_dimensions"), dimensions},
        {QStringLiteral("unit"), meter.unit},
    };
}

QJsonObject priceJson(const SkySqlDemoPrice &price, const SkySqlDemoMeter &meter,
                      const QString &currency)
{
    const double rate = rateToJson(price.rateE4);
    const bool hourly = price.basis == SkySqlDemoPrice::Basis::PerHour;
    const double perHour = hourly ? rate : roundedMicros(rate / SkySqlDemoCatalog::HoursPerMonth);
    const double perMonth = hourly ? roundedMicros(rate * SkySqlDemoCatalog::HoursPerMonth) : rate;
    const double fabricPerHour = rateToJson(price.scaleFabricRateE4);
    const QJsonObject amounts {
        {QStringLiteral("currency"), currency},
        {QStringLiteral("monthly_commit"), 0},
        {QStringLiteral("multiplier"), 1},
        {QStringLiteral("price_per_hour"), perHour},
        {QStringLiteral("price_per_min"), roundedMicros(perHour / 60)},
        {QStringLiteral("price_per_month"), perMonth},
        {QStringLiteral("scale_fabric_price_per_hour"), fabricPerHour},
        {QStringLiteral("scale_fabric_price_per_min"), roundedMicros(fabricPerHour / 60)},
        {QStringLiteral("scale_fabric_price_per_month"),
         roundedMicros(fabricPerHour * SkySqlDemoCatalog::HoursPerMonth)},
    };
    return QJsonObject {
        {QStringLiteral("dimensions"), stringMap(price.dimensions)},
        {QStringLiteral("end_range"), double(price.endRange)},
        {QStringLiteral("id"), price.id},
        {QStringLiteral("meter"), meterJson(meter)},
        {QStringLiteral("price"), amounts},
        {QStringLiteral("start_range"), double(price.startRange)},
        {QStringLiteral("type"), price.type},
    };
}

// The fields bills v1 and v2 share.
static QJsonObject billCommonJson(const SkySqlDemoBill &bill, const SkySqlDemoData &data)
{
    const double compute = centsToJson(bill.computeCostCents());
    return QJsonObject {
        {QStringLiteral("additional_compute_discount"), 0},
        {QStringLiteral("billing_mode"), bill.billingMode},
        {QStringLiteral("currency"), data.currency()},
        {QStringLiteral("currency_symbol"), data.currencySymbol()},
        {QStringLiteral("data_transfer_cost"), 0},
        {QStringLiteral("discount"), 0},
        {QStringLiteral("discounted_compute_cost"), compute},
        {QStringLiteral("id"), bill.id},
        {QStringLiteral("min_compute_cost"), centsToJson(bill.minComputeCommitCents)},
        {QStringLiteral("org_id"), data.organizationId()},
        {QStringLiteral("period"), bill.period},
        {QStringLiteral("remaining_credit"), centsToJson(bill.remainingCreditCents)},
        // Enterprise support comes with the Power tier: listed, not charged.
        {QStringLiteral("support_cost"), 0},
        {QStringLiteral("support_type"), QStringLiteral("enterprise")},
        {QStringLiteral("tier"), data.account().tier},
        {QStringLiteral("total"), centsToJson(bill.totalCents())},
        {QStringLiteral("total_compute_cost"), compute},
        {QStringLiteral("total_storage_cost"), centsToJson(bill.storageCostCents())},
        {QStringLiteral("undiscounted_compute_cost"), compute},
        {QStringLiteral("unused_compute_commit"), centsToJson(bill.unusedComputeCommitCents)},
        {QStringLiteral("usage_days"), bill.usageDays},
    };
}

static QString billLineId(const SkySqlDemoBill &bill, const SkySqlDemoServiceCharge &charge)
{
    return QStringLiteral("%1_%2").arg(bill.id, charge.service.serviceId);
}

QJsonObject billV1Json(const SkySqlDemoBill &bill, const SkySqlDemoData &data)
{
    const qint64 hours = qint64(bill.usageDays) * 24;
    QJsonArray lineItems;
    for (const SkySqlDemoServiceCharge &charge : bill.services) {
        QJsonArray compute;
        for (const SkySqlDemoNodeLine &line : charge.nodes) {
            compute.append(QJsonObject {
                {QStringLiteral("active_nodes"), line.activeNodes},
                {QStringLiteral("instance"), line.size},
                {QStringLiteral("name"), charge.service.name},
                {QStringLiteral("price_per_hour"), rateToJson(line.usage.rateE4)},
                {QStringLiteral("total_cost"), centsToJson(line.usage.costCents)},
                {QStringLiteral("total_hours"), double(line.usage.quantity)},
            });
        }
        // v1 has no quantity for storage: its hourly price is what the volume cost per hour
        // of the period.
        QJsonArray storage;
        const int nodes = charge.nodes.isEmpty() ? 0 : charge.nodes.first().activeNodes;
        const QList<QPair<QString, const SkySqlDemoCharge *>> parts {
            {QStringLiteral("storage"), &charge.storage.capacity},
            {QStringLiteral("iops"), &charge.storage.iops},
            {QStringLiteral("throughput"), &charge.storage.throughput},
        };
        for (const auto &[name, part] : parts) {
            if (part->quantity == 0)
                continue;
            storage.append(QJsonObject {
                {QStringLiteral("active_nodes"), nodes},
                {QStringLiteral("instance"), charge.storage.type},
                {QStringLiteral("name"), name},
                {QStringLiteral("price_per_hour"),
                 roundedMicros(centsToJson(part->costCents) / double(hours))},
                {QStringLiteral("total_cost"), centsToJson(part->costCents)},
                {QStringLiteral("total_hours"), double(hours)},
            });
        }
        const SkySqlDemoService &info = charge.service;
        lineItems.append(QJsonObject {
            {QStringLiteral("bill_id"), bill.id},
            {QStringLiteral("cost"), QJsonObject {{QStringLiteral("compute"), compute},
                                                  {QStringLiteral("storage"), storage}}},
            {QStringLiteral("id"), billLineId(bill, charge)},
            {QStringLiteral("service"), QJsonObject {
                 {QStringLiteral("name"), info.name},
                 {QStringLiteral("provider"), info.provider},
                 {QStringLiteral("region"), info.region},
                 {QStringLiteral("service_id"), info.serviceId},
                 {QStringLiteral("topology"), info.topology},
             }},
        });
    }

    QJsonObject json = billCommonJson(bill, data);
    json.insert(QStringLiteral("line_items"), lineItems);
    json.insert(QStringLiteral("unused_compute_commit_ledger"),
                centsToJson(bill.unusedComputeCommitLedgerCents));
    return json;
}

static QJsonObject usageLineJson(const SkySqlDemoCatalog &catalog, const QString &meterId,
                                 const QMap<QString, QString> &dimensions,
                                 const SkySqlDemoCharge &charge)
{
    const SkySqlDemoPrice *price = catalog.priceFor(meterId, dimensions, charge.quantity);
    // A graduated price starting at zero and costing nothing is the volume's allowance.
    qint64 includedLimit = 0;
    qint64 paidRateE4 = 0;
    if (price && price->type == u"graduated" && price->rateE4 == 0) {
        includedLimit = price->endRange;
        if (const SkySqlDemoPrice *next = catalog.priceFor(meterId, dimensions, includedLimit + 1))
            paidRateE4 = next->rateE4;
    }
    const qint64 included = qMin(charge.quantity, includedLimit);
    return QJsonObject {
        {QStringLiteral("billable_usage"), double(charge.quantity - included)},
        {QStringLiteral("dimensions"), stringMap(dimensions)},
        {QStringLiteral("included_usage"), double(included)},
        // What the included usage would have cost at the paid rate.
        {QStringLiteral("included_usage_amount"), centsToJson((included * paidRateE4 + 50) / 100)},
        {QStringLiteral("included_usage_limit"), double(includedLimit)},
        {QStringLiteral("meter"), meterId},
        {QStringLiteral("price_id"), price ? price->id : QString()},
        {QStringLiteral("quantity"), double(charge.quantity)},
        {QStringLiteral("rate"), rateToJson(charge.rateE4)},
        {QStringLiteral("rate_unit"), charge.rateUnit},
        {QStringLiteral("total"), centsToJson(charge.costCents)},
        {QStringLiteral("unit"), charge.unit},
    };
}

QJsonObject billV2Json(const SkySqlDemoBill &bill, const SkySqlDemoData &data)
{
    const SkySqlDemoCatalog &catalog = data.catalog();
    QJsonArray items;
    for (const SkySqlDemoServiceCharge &charge : bill.services) {
        QJsonObject lineItems;
        const QMap<QString, QString> base = charge.priceDimensions();

        QJsonArray compute;
        for (const SkySqlDemoNodeLine &line : charge.nodes) {
            QMap<QString, QString> dimensions = base;
            dimensions.insert(QStringLiteral("size"), line.size);
            compute.append(usageLineJson(catalog, QStringLiteral("mtr-prov-compute"), dimensions,
                                         line.usage));
        }
        lineItems.insert(QStringLiteral("compute"), compute);

        QMap<QString, QString> volume = base;
        volume.insert(QStringLiteral("volume_type"), charge.storage.type);
        const QList<QPair<QString, const SkySqlDemoCharge *>> parts {
            {QStringLiteral("mtr-prov-storage"), &charge.storage.capacity},
            {QStringLiteral("mtr-prov-storage-iops"), &charge.storage.iops},
            {QStringLiteral("mtr-prov-storage-throughput"), &charge.storage.throughput},
        };
        for (const auto &[meterId, part] : parts) {
            if (part->quantity == 0)
                continue;
            const SkySqlDemoMeter *meter = catalog.meter(meterId);
            lineItems.insert(meter->name,
                             QJsonArray {usageLineJson(catalog, meterId, volume, *part)});
        }

        QMap<QString, QString> resourceDimensions = base;
        resourceDimensions.insert(QStringLiteral("region"), charge.service.region);
        items.append(QJsonObject {
            {QStringLiteral("id"), billLineId(bill, charge)},
            {QStringLiteral("line_items"), lineItems},
            {QStringLiteral("resource"), QJsonObject {
                 {QStringLiteral("dimensions"), stringMap(resourceDimensions)},
                 {QStringLiteral("name"), charge.service.name},
                 {QStringLiteral("resource_id"), charge.service.serviceId},
             }},
            {QStringLiteral("total"), centsToJson(charge.costCents())},
        });
    }

    QJsonObject json = billCommonJson(bill, data);
    json.insert(QStringLiteral("items"), items);
    json.insert(QStringLiteral("other_cost"), 0);
    return json;
}

static QJsonObject entitlementJson(const SkySqlDemoEntitlement &entitlement)
{
    return QJsonObject {
        {QStringLiteral("contract_id"), entitlement.contractId},
        {QStringLiteral("created_at"), isoDateTime(entitlement.createdAt)},
        {QStringLiteral("end_date"), isoDate(entitlement.endDate)},
        {QStringLiteral("entitlement_id"), entitlement.entitlementId},
        {QStringLiteral("id"), entitlement.id},
        {QStringLiteral("spec"), entitlement.spec},
        {QStringLiteral("start_date"), isoDate(entitlement.startDate)},
    };
}

QJsonObject contractJson(const SkySqlDemoContract &contract, const SkySqlDemoData &data)
{
    QJsonArray entitlements;
    for (const SkySqlDemoEntitlement &entitlement : contract.entitlements)
        entitlements.append(entitlementJson(entitlement));
    return QJsonObject {
        {QStringLiteral("billing_mode"), contract.billingMode},
        {QStringLiteral("created_at"), isoDateTime(contract.createdAt)},
        {QStringLiteral("created_by"), contract.createdBy},
        {QStringLiteral("currency"), data.currency()},
        {QStringLiteral("end_date"), isoDate(contract.endDate)},
        {QStringLiteral("entitlements"), entitlements},
        {QStringLiteral("estimated_contract_commit"), centsToJson(contract.estimatedCommitCents)},
        {QStringLiteral("estimated_contract_value"), centsToJson(contract.estimatedValueCents)},
        {QStringLiteral("execution_date"), isoDate(contract.executionDate)},
        {QStringLiteral("id"), contract.id},
        {QStringLiteral("integration_id"), contract.integrationId},
        {QStringLiteral("marketing_collaboration_discount"), contract.marketingCollaborationDiscount},
        {QStringLiteral("org_id"), data.organizationId()},
        {QStringLiteral("renewal_date"), isoDate(contract.renewalDate)},
        {QStringLiteral("renewal_id"), contract.renewalId},
        {QStringLiteral("start_date"), isoDate(contract.startDate)},
        {QStringLiteral("state"), contract.state},
        {QStringLiteral("updated_at"), isoDateTime(contract.updatedAt)},
        {QStringLiteral("updated_by"), contract.updatedBy},
    };
}
}
