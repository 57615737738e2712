// SkySQL invoice decoders against the reference's own examples (tests/data/skysql/invoices.json
// and invoice.json, copied byte for byte), realistic payloads in the same shape, and broken ones.

#include "api/skysql/skysqldecoders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace
{
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BILLDECK_TEST_DATA_DIR "/skysql/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonArray fixtureArray(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).array();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray toJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Money usd(qint64 cents)
{
    return Money(cents, QStringLiteral("USD"));
}

// The single field a decode error names.
QString failedField(const ApiError &error)
{
    const QStringList fields = error.fieldErrors().keys();
    return fields.size() == 1 ? fields.first() : QStringLiteral("<%1 fields>").arg(fields.size());
}
}

char *toString(const Money &money)
{
    return QTest::toString(money.toDecimalString() + QLatin1Char(' ') + money.currency());
}

class TestSkySqlDecoders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceListExample();
    void referenceDetailExample();
    void referenceExamplesWithRealDates();
    void realisticList();
    void realisticListInAccountCurrency();
    void realisticDetail();
    void realisticDetailAddsUp();
    void truncatedJson();
    void arrayWhereObjectExpected();
    void objectWhereArrayExpected();
    void amountAsString();
    void missingInvoiceId();
    void dateOfWrongType();
    void servicesNotAnArray();
    void nodeCostNull();
    void storageCostMissing();
    void detailWithoutCurrency();
    void pdf();
};

void TestSkySqlDecoders::referenceListExample()
{
    // The reference's example uses the placeholder "text" for every string. The JSON types are
    // right, so the list decodes; the placeholder is not taken for a date.
    ApiError error;
    const QList<Invoice> invoices = SkySqlDecoders::invoices(fixture(QStringLiteral("invoices.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(invoices.size(), 1);
    const Invoice &invoice = invoices.first();
    QCOMPARE(invoice.id, QStringLiteral("text"));
    QCOMPARE(invoice.amount.minorUnits(), qint64(100));
    QVERIFY(!invoice.date.isValid());
    QVERIFY(!invoice.dueDate.isValid());
    QVERIFY(!invoice.periodStart.isValid());
    QCOMPARE(invoice.organizationId, QStringLiteral("text"));
    QCOMPARE(invoice.period, QStringLiteral("text"));
    QCOMPARE(invoice.pdfUrl, QStringLiteral("text"));
    QVERIFY(!invoice.hasDetails);
}

void TestSkySqlDecoders::referenceDetailExample()
{
    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(fixture(QStringLiteral("invoice.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(invoice.id, QStringLiteral("text"));
    QCOMPARE(invoice.amount.minorUnits(), qint64(100));
    QVERIFY(!invoice.date.isValid());
    QVERIFY(invoice.hasDetails);
    QCOMPARE(invoice.services.size(), 1);
    const InvoiceService &service = invoice.services.first();
    QCOMPARE(service.cost.minorUnits(), qint64(100));
    QCOMPARE(service.nodeCost.minorUnits(), qint64(100));
    QCOMPARE(service.storageCost.minorUnits(), qint64(100));
    QCOMPARE(service.name, QStringLiteral("text"));
    QCOMPARE(service.serviceId, QStringLiteral("text"));
    // One node line, then storage, its IOPS and its throughput.
    QCOMPARE(service.lines.size(), 4);
    QCOMPARE(service.lines.at(0).kind, InvoiceLine::Kind::Nodes);
    QCOMPARE(service.lines.at(1).kind, InvoiceLine::Kind::Storage);
    QCOMPARE(service.lines.at(2).kind, InvoiceLine::Kind::Iops);
    QCOMPARE(service.lines.at(3).kind, InvoiceLine::Kind::Throughput);
    for (const InvoiceLine &line : service.lines)
        QCOMPARE(line.cost.minorUnits(), qint64(100));
}

void TestSkySqlDecoders::referenceExamplesWithRealDates()
{
    // The same examples with every date placeholder replaced by a date: they then decode to
    // real dates, which shows the placeholders were the only thing keeping dates invalid.
    QJsonArray list = fixtureArray(QStringLiteral("invoices.json"));
    QJsonObject entry = list.first().toObject();
    entry[QStringLiteral("invoice_date")] = QStringLiteral("2025-10-01");
    entry[QStringLiteral("invoice_due_date")] = QStringLiteral("2025-10-31");
    entry[QStringLiteral("period")] = QStringLiteral("2025-09");
    list[0] = entry;
    ApiError listError;
    const QList<Invoice> invoices = SkySqlDecoders::invoices(toJson(list), &listError);
    QVERIFY2(!listError.isError(), qPrintable(listError.detail()));
    QCOMPARE(invoices.first().date, QDate(2025, 10, 1));
    QCOMPARE(invoices.first().dueDate, QDate(2025, 10, 31));
    QCOMPARE(invoices.first().periodStart, QDate(2025, 9, 1));
    QCOMPARE(invoices.first().periodEnd, QDate(2025, 9, 30));

    QJsonObject detail = fixtureObject(QStringLiteral("invoice.json"));
    detail[QStringLiteral("currency")] = QStringLiteral("USD");
    detail[QStringLiteral("invoice_date")] = QStringLiteral("2025-10-01");
    detail[QStringLiteral("usage_start_date")] = QStringLiteral("2025-09-01");
    detail[QStringLiteral("usage_end_date")] = QStringLiteral("2025-09-30");
    ApiError detailError;
    const Invoice invoice = SkySqlDecoders::invoice(toJson(detail), &detailError);
    QVERIFY2(!detailError.isError(), qPrintable(detailError.detail()));
    QCOMPARE(invoice.date, QDate(2025, 10, 1));
    QCOMPARE(invoice.periodStart, QDate(2025, 9, 1));
    QCOMPARE(invoice.periodEnd, QDate(2025, 9, 30));
    QCOMPARE(invoice.amount, usd(100));
}

void TestSkySqlDecoders::realisticList()
{
    ApiError error;
    const QList<Invoice> invoices = SkySqlDecoders::invoices(fixture(QStringLiteral("invoices_realistic.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(invoices.size(), 3);

    const Invoice &october = invoices.at(0);
    QCOMPARE(october.id, QStringLiteral("inv_2025_10_0001"));
    QCOMPARE(october.number, QStringLiteral("inv_2025_10_0001"));
    QCOMPARE(october.amount.minorUnits(), qint64(170696));
    QCOMPARE(october.date, QDate(2025, 10, 1));
    QCOMPARE(october.dueDate, QDate(2025, 10, 31));
    QCOMPARE(october.organizationId, QStringLiteral("org-7f3a9c"));
    QCOMPARE(october.period, QStringLiteral("2025-09"));
    QCOMPARE(october.periodStart, QDate(2025, 9, 1));
    QCOMPARE(october.periodEnd, QDate(2025, 9, 30));
    QCOMPARE(october.pdfUrl, QStringLiteral("https://api.skysql.com/public/services/bcs/invoices/inv_2025_10_0001/pdf"));
    QCOMPARE(october.status, InvoiceStatus::Unknown);
    QVERIFY(!october.hasDetails);

    // Dates with a time and zone, as some providers' endpoints write them.
    QCOMPARE(invoices.at(1).amount.minorUnits(), qint64(152340));
    QCOMPARE(invoices.at(1).date, QDate(2025, 9, 1));
    QCOMPARE(invoices.at(1).dueDate, QDate(2025, 9, 30));
    QCOMPARE(invoices.at(1).periodEnd, QDate(2025, 8, 31));

    // 0.3 is not exactly representable as a double; it is still exactly 30 cents.
    QCOMPARE(invoices.at(2).amount.minorUnits(), qint64(30));
    QVERIFY(!invoices.at(2).dueDate.isValid());
}

void TestSkySqlDecoders::realisticListInAccountCurrency()
{
    // The documented list carries no currency: without one the amounts are "currency not
    // known yet", never a guessed one.
    ApiError error;
    const QList<Invoice> invoices = SkySqlDecoders::invoices(fixture(QStringLiteral("invoices_realistic.json")), &error);
    QVERIFY(!error.isError());
    for (const Invoice &invoice : invoices)
        QVERIFY(invoice.amount.currency().isEmpty());

    // An entry that names its currency is read in it.
    QJsonArray list = fixtureArray(QStringLiteral("invoices_realistic.json"));
    QJsonObject entry = list.at(0).toObject();
    entry[QStringLiteral("currency")] = QStringLiteral("eur");
    entry[QStringLiteral("status")] = QStringLiteral("PAID");
    list[0] = entry;
    ApiError currencyError;
    const QList<Invoice> withCurrency = SkySqlDecoders::invoices(toJson(list), &currencyError);
    QVERIFY(!currencyError.isError());
    QCOMPARE(withCurrency.at(0).amount, Money(170696, QStringLiteral("EUR")));
    QCOMPARE(withCurrency.at(0).status, InvoiceStatus::Paid);
    QVERIFY(withCurrency.at(1).amount.currency().isEmpty());
}

void TestSkySqlDecoders::realisticDetail()
{
    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(fixture(QStringLiteral("invoice_realistic.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(invoice.id, QStringLiteral("inv_2025_10_0001"));
    QCOMPARE(invoice.amount, usd(170696));
    QCOMPARE(invoice.date, QDate(2025, 10, 1));
    QCOMPARE(invoice.dueDate, QDate(2025, 10, 31));
    QCOMPARE(invoice.periodStart, QDate(2025, 9, 1));
    QCOMPARE(invoice.periodEnd, QDate(2025, 9, 30));
    QCOMPARE(invoice.status, InvoiceStatus::Paid);
    QVERIFY(invoice.hasDetails);
    QCOMPARE(invoice.services.size(), 2);

    const InvoiceService &orders = invoice.services.at(0);
    QCOMPARE(orders.serviceId, QStringLiteral("dbpgf17108414"));
    QCOMPARE(orders.name, QStringLiteral("orders-prod"));
    QCOMPARE(orders.provider, QStringLiteral("aws"));
    QCOMPARE(orders.region, QStringLiteral("us-east-1"));
    QCOMPARE(orders.topology, QStringLiteral("es-replica"));
    QCOMPARE(orders.tier, QStringLiteral("power"));
    QCOMPARE(orders.instance, QStringLiteral("sky-4x16"));
    QCOMPARE(orders.arch, QStringLiteral("amd64"));
    QCOMPARE(orders.cost, usd(114900));
    QCOMPARE(orders.nodeCost, usd(108000));
    QCOMPARE(orders.storageCost, usd(6900));
    QCOMPARE(orders.lines.size(), 4);

    const InvoiceLine &nodes = orders.lines.at(0);
    QCOMPARE(nodes.kind, InvoiceLine::Kind::Nodes);
    QCOMPARE(nodes.size, QStringLiteral("sky-4x16"));
    QCOMPARE(nodes.activeNodes, 3);
    QCOMPARE(nodes.quantity, 2160.0);
    QCOMPARE(nodes.unit, QStringLiteral("hours"));
    QCOMPARE(nodes.rate, 0.5);
    QCOMPARE(nodes.rateUnit, QStringLiteral("USD/hour"));
    QCOMPARE(nodes.cost, usd(108000));
    QVERIFY2(nodes.description.contains(QStringLiteral("sky-4x16")), qPrintable(nodes.description));
    QVERIFY2(nodes.description.contains(QLatin1Char('3')), qPrintable(nodes.description));

    const InvoiceLine &storage = orders.lines.at(1);
    QCOMPARE(storage.kind, InvoiceLine::Kind::Storage);
    QCOMPARE(storage.size, QStringLiteral("gp3"));
    QCOMPARE(storage.quantity, 300.0);
    QCOMPARE(storage.unit, QStringLiteral("GB"));
    QCOMPARE(storage.rate, 0.125);
    QCOMPARE(storage.cost, usd(3750));
    QVERIFY(storage.description.contains(QStringLiteral("gp3")));

    const InvoiceLine &iops = orders.lines.at(2);
    QCOMPARE(iops.kind, InvoiceLine::Kind::Iops);
    QCOMPARE(iops.quantity, 3000.0);
    QCOMPARE(iops.unit, QStringLiteral("IOPS"));
    QCOMPARE(iops.rate, 0.008);
    QCOMPARE(iops.rateUnit, QStringLiteral("USD/IOPS-month"));
    QCOMPARE(iops.cost, usd(2400));

    const InvoiceLine &throughput = orders.lines.at(3);
    QCOMPARE(throughput.kind, InvoiceLine::Kind::Throughput);
    QCOMPARE(throughput.quantity, 125.0);
    QCOMPARE(throughput.unit, QStringLiteral("MB/s"));
    QCOMPARE(throughput.cost, usd(750));

    const InvoiceService &analytics = invoice.services.at(1);
    QCOMPARE(analytics.name, QStringLiteral("analytics"));
    QCOMPARE(analytics.provider, QStringLiteral("gcp"));
    QCOMPARE(analytics.cost, usd(55796));
    QCOMPARE(analytics.nodeCost, usd(54096));
    // Without total_cost, the storage line's cost is the storage cost.
    QCOMPARE(analytics.storageCost, usd(1700));
    QCOMPARE(analytics.lines.size(), 3);
    QCOMPARE(analytics.lines.at(0).size, QStringLiteral("sky-2x8"));
    QCOMPARE(analytics.lines.at(0).cost, usd(17640));
    QCOMPARE(analytics.lines.at(1).size, QStringLiteral("sky-8x32"));
    QCOMPARE(analytics.lines.at(1).activeNodes, 2);
    QCOMPARE(analytics.lines.at(1).cost, usd(36456));
    QCOMPARE(analytics.lines.at(2).kind, InvoiceLine::Kind::Storage);
    QCOMPARE(analytics.lines.at(2).size, QStringLiteral("pd-ssd"));
}

void TestSkySqlDecoders::realisticDetailAddsUp()
{
    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(fixture(QStringLiteral("invoice_realistic.json")), &error);
    QVERIFY(!error.isError());
    Money services;
    for (const InvoiceService &service : invoice.services) {
        services += service.cost;
        QCOMPARE(service.nodeCost + service.storageCost, service.cost);
        Money lines;
        for (const InvoiceLine &line : service.lines)
            lines += line.cost;
        QCOMPARE(lines, service.cost);
    }
    QCOMPARE(services, invoice.amount);
}

void TestSkySqlDecoders::truncatedJson()
{
    const QByteArray list = fixture(QStringLiteral("invoices_realistic.json"));
    ApiError error;
    QVERIFY(SkySqlDecoders::invoices(list.left(list.size() / 2), &error).isEmpty());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.endpoint(), QStringLiteral("GET /billing/v1/invoices"));
    QVERIFY2(error.detail().contains(QStringLiteral("malformed JSON")), qPrintable(error.detail()));

    const QByteArray detail = fixture(QStringLiteral("invoice_realistic.json"));
    ApiError detailError;
    const Invoice invoice = SkySqlDecoders::invoice(detail.left(detail.size() - 3), &detailError);
    QCOMPARE(detailError.kind(), ApiError::Kind::Decode);
    QVERIFY(invoice.id.isEmpty());
    QVERIFY(invoice.services.isEmpty());

    ApiError emptyError;
    QVERIFY(SkySqlDecoders::invoices(QByteArray(), &emptyError).isEmpty());
    QCOMPARE(emptyError.kind(), ApiError::Kind::Decode);
}

void TestSkySqlDecoders::arrayWhereObjectExpected()
{
    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(fixture(QStringLiteral("invoices_realistic.json")), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY(invoice.id.isEmpty());
    QVERIFY2(error.detail().contains(QStringLiteral("GET /billing/v1/invoices/{invoice_id}")), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(QStringLiteral("expected a JSON object")), qPrintable(error.detail()));

    // An entry of the list that is not an object.
    QJsonArray list = fixtureArray(QStringLiteral("invoices_realistic.json"));
    list.append(QStringLiteral("inv_2025_07_0001"));
    ApiError entryError;
    QVERIFY(SkySqlDecoders::invoices(toJson(list), &entryError).isEmpty());
    QCOMPARE(failedField(entryError), QStringLiteral("[3]"));
}

void TestSkySqlDecoders::objectWhereArrayExpected()
{
    ApiError error;
    QVERIFY(SkySqlDecoders::invoices(fixture(QStringLiteral("invoice_realistic.json")), &error).isEmpty());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY2(error.detail().contains(QStringLiteral("expected a JSON array")), qPrintable(error.detail()));
}

void TestSkySqlDecoders::amountAsString()
{
    QJsonArray list = fixtureArray(QStringLiteral("invoices_realistic.json"));
    QJsonObject first = list.at(0).toObject();
    first[QStringLiteral("invoice_amount")] = QStringLiteral("12.5");
    list[0] = first;
    ApiError error;
    // Nothing half-decoded comes back: the whole answer is refused.
    QVERIFY(SkySqlDecoders::invoices(toJson(list), &error).isEmpty());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(failedField(error), QStringLiteral("[0].invoice_amount"));
    QCOMPARE(error.detail(), QStringLiteral("GET /billing/v1/invoices: field \"[0].invoice_amount\": expected a number, got a string"));

    // The index is the entry's own, not the first one's.
    QJsonArray later = fixtureArray(QStringLiteral("invoices_realistic.json"));
    QJsonObject third = later.at(2).toObject();
    third[QStringLiteral("invoice_amount")] = QStringLiteral("0.30");
    later[2] = third;
    ApiError laterError;
    QVERIFY(SkySqlDecoders::invoices(toJson(later), &laterError).isEmpty());
    QCOMPARE(failedField(laterError), QStringLiteral("[2].invoice_amount"));

    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    detail[QStringLiteral("invoice_amount")] = QStringLiteral("1706.96");
    ApiError detailError;
    SkySqlDecoders::invoice(toJson(detail), &detailError);
    QCOMPARE(failedField(detailError), QStringLiteral("invoice_amount"));
}

void TestSkySqlDecoders::missingInvoiceId()
{
    QJsonArray list = fixtureArray(QStringLiteral("invoices_realistic.json"));
    QJsonObject second = list.at(1).toObject();
    second.remove(QStringLiteral("invoice_id"));
    list[1] = second;
    ApiError error;
    QVERIFY(SkySqlDecoders::invoices(toJson(list), &error).isEmpty());
    QCOMPARE(failedField(error), QStringLiteral("[1].invoice_id"));
    QVERIFY2(error.detail().contains(QStringLiteral("missing")), qPrintable(error.detail()));
    QVERIFY2(error.message().contains(QStringLiteral("[1].invoice_id")), qPrintable(error.message()));

    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    detail.remove(QStringLiteral("invoice_id"));
    ApiError detailError;
    QVERIFY(SkySqlDecoders::invoice(toJson(detail), &detailError).id.isEmpty());
    QCOMPARE(failedField(detailError), QStringLiteral("invoice_id"));
}

void TestSkySqlDecoders::dateOfWrongType()
{
    // "text" is a string and so a placeholder; a number where a date belongs is a wrong type.
    QJsonArray list = fixtureArray(QStringLiteral("invoices.json"));
    QJsonObject entry = list.at(0).toObject();
    entry[QStringLiteral("invoice_date")] = 20251001;
    list[0] = entry;
    ApiError error;
    QVERIFY(SkySqlDecoders::invoices(toJson(list), &error).isEmpty());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(failedField(error), QStringLiteral("[0].invoice_date"));
    QVERIFY2(error.detail().contains(QStringLiteral("got a number")), qPrintable(error.detail()));

    QJsonArray missing = fixtureArray(QStringLiteral("invoices_realistic.json"));
    QJsonObject first = missing.at(0).toObject();
    first.remove(QStringLiteral("invoice_date"));
    missing[0] = first;
    ApiError missingError;
    QVERIFY(SkySqlDecoders::invoices(toJson(missing), &missingError).isEmpty());
    QCOMPARE(failedField(missingError), QStringLiteral("[0].invoice_date"));
}

void TestSkySqlDecoders::servicesNotAnArray()
{
    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    detail[QStringLiteral("services")] = detail.value(QStringLiteral("services")).toArray().at(0).toObject();
    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(toJson(detail), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(failedField(error), QStringLiteral("services"));
    QVERIFY2(error.detail().contains(QStringLiteral("expected an array, got an object")), qPrintable(error.detail()));
    QVERIFY(!invoice.hasDetails);

    QJsonObject missing = fixtureObject(QStringLiteral("invoice_realistic.json"));
    missing.remove(QStringLiteral("services"));
    ApiError missingError;
    SkySqlDecoders::invoice(toJson(missing), &missingError);
    QCOMPARE(failedField(missingError), QStringLiteral("services"));
}

void TestSkySqlDecoders::nodeCostNull()
{
    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    QJsonArray services = detail.value(QStringLiteral("services")).toArray();
    QJsonObject analytics = services.at(1).toObject();
    QJsonArray nodes = analytics.value(QStringLiteral("nodes")).toArray();
    QJsonObject node = nodes.at(1).toObject();
    node[QStringLiteral("cost")] = QJsonValue::Null;
    nodes[1] = node;
    analytics[QStringLiteral("nodes")] = nodes;
    services[1] = analytics;
    detail[QStringLiteral("services")] = services;

    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(toJson(detail), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(failedField(error), QStringLiteral("services[1].nodes[1].cost"));
    QCOMPARE(error.detail(),
             QStringLiteral("GET /billing/v1/invoices/{invoice_id}: field \"services[1].nodes[1].cost\": expected a number, got null"));
    QVERIFY(invoice.services.isEmpty());
}

void TestSkySqlDecoders::storageCostMissing()
{
    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    QJsonArray services = detail.value(QStringLiteral("services")).toArray();
    QJsonObject orders = services.at(0).toObject();
    QJsonObject storage = orders.value(QStringLiteral("storage")).toObject();
    QJsonObject iops = storage.value(QStringLiteral("iops")).toObject();
    iops.remove(QStringLiteral("cost"));
    storage[QStringLiteral("iops")] = iops;
    orders[QStringLiteral("storage")] = storage;
    services[0] = orders;
    detail[QStringLiteral("services")] = services;
    ApiError error;
    SkySqlDecoders::invoice(toJson(detail), &error);
    QCOMPARE(failedField(error), QStringLiteral("services[0].storage.iops.cost"));
}

void TestSkySqlDecoders::detailWithoutCurrency()
{
    // The detail is where the currency comes from; without it amounts cannot be read.
    QJsonObject detail = fixtureObject(QStringLiteral("invoice_realistic.json"));
    detail.remove(QStringLiteral("currency"));
    ApiError error;
    SkySqlDecoders::invoice(toJson(detail), &error);
    QCOMPARE(failedField(error), QStringLiteral("currency"));
}

void TestSkySqlDecoders::pdf()
{
    const QByteArray document = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    ApiError error;
    QCOMPARE(SkySqlDecoders::invoicePdf(document, &error), document);
    QVERIFY(!error.isError());

    for (const QByteArray &notPdf : {QByteArrayLiteral("<html><body>Sign in</body></html>"),
                                     QByteArrayLiteral("{\"code\": 404, \"message\": \"not found\"}"),
                                     QByteArrayLiteral("PDF-1.4"), QByteArray()}) {
        ApiError notPdfError;
        QVERIFY(SkySqlDecoders::invoicePdf(notPdf, &notPdfError).isEmpty());
        QCOMPARE(notPdfError.kind(), ApiError::Kind::Decode);
        QVERIFY2(notPdfError.detail().contains(QStringLiteral("not a PDF")), qPrintable(notPdfError.detail()));
        QCOMPARE(notPdfError.endpoint(), QStringLiteral("GET /public/services/bcs/invoices/{invoice_id}/pdf"));
    }

    // The reference describes the answer as "integer[]": bytes as a JSON array.
    ApiError arrayError;
    QCOMPARE(SkySqlDecoders::invoicePdf(QByteArrayLiteral("[37, 80, 68, 70, 45, 49]"), &arrayError), QByteArrayLiteral("%PDF-1"));
    QVERIFY(!arrayError.isError());
    // ...but the reference's own example, [1], is not a PDF.
    ApiError exampleError;
    QVERIFY(SkySqlDecoders::invoicePdf(QByteArrayLiteral("[\n  1\n]"), &exampleError).isEmpty());
    QCOMPARE(exampleError.kind(), ApiError::Kind::Decode);
    ApiError byteError;
    QVERIFY(SkySqlDecoders::invoicePdf(QByteArrayLiteral("[37, 80, 300]"), &byteError).isEmpty());
    QCOMPARE(failedField(byteError), QStringLiteral("[2]"));
}

QTEST_GUILESS_MAIN(TestSkySqlDecoders)
#include "tst_skysqldecoders.moc"
