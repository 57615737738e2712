#pragma once

#include "skysqldemodata.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

class QDate;
class QDateTime;

// The demo's SkySQL data in the API's JSON: amounts and rates as plain numbers, ISO dates, and
// the objects the invoice, bills, contracts and catalogue routes answer with. Written from
// SkySQL's reference, never from the client's decoders, so the integration tests compare two
// independent readings of the wire format.
namespace SkySqlDemoEncoders
{
// Amounts and dates as SkySQL writes them: cents as a number with (at most) two decimals,
// dates as ISO 8601 text.
double centsToJson(qint64 cents);
QString isoDate(const QDate &date);
QString isoDateTime(const QDateTime &dateTime);

// One service's charges on an invoice: its nodes, storage, IOPS and throughput.
QJsonObject serviceChargeJson(const SkySqlDemoServiceCharge &charge);
QJsonObject meterJson(const SkySqlDemoMeter &meter);
// A price with its meter and amounts per hour, minute and month in `currency`.
QJsonObject priceJson(const SkySqlDemoPrice &price, const SkySqlDemoMeter &meter,
                      const QString &currency);
// GET /billing/v1/bills: line items by service and cost kind.
QJsonObject billV1Json(const SkySqlDemoBill &bill, const SkySqlDemoData &data);
// GET /billing/v2/bills: items by resource and meter, with included usage.
QJsonObject billV2Json(const SkySqlDemoBill &bill, const SkySqlDemoData &data);
QJsonObject contractJson(const SkySqlDemoContract &contract, const SkySqlDemoData &data);
}
