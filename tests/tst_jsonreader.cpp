// JsonReader and Dates: every decode problem names the endpoint and the field's full path.

#include "api/jsonreader.h"
#include "dates.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

namespace
{
const QString Endpoint = QStringLiteral("GET /billing/v1/invoices");

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test fixture is not a JSON object: %s", json);
    return document.object();
}
}

class TestJsonReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRequiredFields();
    void missingFieldNamesEndpointAndField();
    void wrongTypeNamesBothTypes_data();
    void wrongTypeNamesBothTypes();
    void nullIsNotANumber();
    void arrayElementPath();
    void nestedPath();
    void elementThatIsNotAnObject();
    void firstErrorWins();
    void optionalFields();
    void optionalFieldOfWrongTypeIsStillAnError();
    void integersAndCents();
    void moneyFields();
    void moneyOutOfRangeIsADecodeError_data();
    void moneyOutOfRangeIsADecodeError();
    void dateFields();
    void parseDate_data();
    void parseDate();
    void parseDateTime();
    void parseDateTimeAgreesWithQt_data();
    void parseDateTimeAgreesWithQt();
    void parseMonth_data();
    void parseMonth();
    void toIsoDate();
    void malformedJsonIsDecodeError();
    void objectWhereArrayExpected();
};

void TestJsonReader::readsRequiredFields()
{
    ApiError error;
    const JsonReader json(object(R"({"id": "inv_1", "amount": 12.5, "paid": true})"), Endpoint, &error);
    QCOMPARE(json.string(QStringLiteral("id")), QStringLiteral("inv_1"));
    QCOMPARE(json.number(QStringLiteral("amount")), 12.5);
    QCOMPARE(json.boolean(QStringLiteral("paid")), true);
    QVERIFY(json.ok());
    QVERIFY(!error.isError());
    QVERIFY(json.has(QStringLiteral("id")));
    QVERIFY(!json.has(QStringLiteral("nope")));
}

void TestJsonReader::missingFieldNamesEndpointAndField()
{
    ApiError error;
    const JsonReader json(object(R"({"invoice_id": "inv_1"})"), Endpoint, &error);
    QCOMPARE(json.number(QStringLiteral("invoice_amount")), 0.0);
    QVERIFY(!json.ok());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.endpoint(), Endpoint);
    QVERIFY2(error.detail().contains(Endpoint), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(QStringLiteral("\"invoice_amount\"")), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(QStringLiteral("missing")), qPrintable(error.detail()));
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("invoice_amount")});
    QVERIFY2(error.message().contains(QStringLiteral("invoice_amount")), qPrintable(error.message()));
}

void TestJsonReader::wrongTypeNamesBothTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("got");

    QTest::newRow("string for number") << QByteArray(R"({"v": "12.5"})") << QStringLiteral("a number") << QStringLiteral("a string");
    QTest::newRow("bool for number") << QByteArray(R"({"v": true})") << QStringLiteral("a number") << QStringLiteral("a boolean");
    QTest::newRow("array for number") << QByteArray(R"({"v": [1]})") << QStringLiteral("a number") << QStringLiteral("an array");
    QTest::newRow("object for number") << QByteArray(R"({"v": {}})") << QStringLiteral("a number") << QStringLiteral("an object");
}

void TestJsonReader::wrongTypeNamesBothTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QString, got);
    ApiError error;
    const JsonReader reader(object(json.constData()), Endpoint, &error);
    reader.number(QStringLiteral("v"));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.detail(), QStringLiteral("%1: field \"v\": expected %2, got %3").arg(Endpoint, expected, got));
}

void TestJsonReader::nullIsNotANumber()
{
    ApiError error;
    const JsonReader json(object(R"({"cost": null})"), Endpoint, &error);
    json.money(QStringLiteral("cost"), QStringLiteral("USD"));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY2(error.detail().contains(QStringLiteral("got null")), qPrintable(error.detail()));
}

void TestJsonReader::arrayElementPath()
{
    const QJsonArray array = QJsonDocument::fromJson(
        R"([{"invoice_amount": 1}, {"invoice_amount": 2}, {"invoice_amount": 3}, {"invoice_amount": "4"}])").array();
    ApiError error;
    const JsonReader root(QJsonObject(), Endpoint, &error);
    double sum = 0;
    for (int i = 0; i < array.size() && root.ok(); ++i)
        sum += root.element(array, i, QString()).number(QStringLiteral("invoice_amount"));
    QCOMPARE(sum, 6.0);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("[3].invoice_amount")});
    QCOMPARE(error.detail(),
             QStringLiteral("GET /billing/v1/invoices: field \"[3].invoice_amount\": expected a number, got a string"));
}

void TestJsonReader::nestedPath()
{
    ApiError error;
    const JsonReader json(object(R"({"services": [{"nodes": [{"cost": 1}]},
                                                  {"nodes": [{"cost": 2}, {"cost": "x"}]}]})"),
                          QStringLiteral("GET /billing/v1/invoices/{invoice_id}"), &error);
    const QJsonArray services = json.array(QStringLiteral("services"));
    QCOMPARE(services.size(), 2);
    const JsonReader first = json.element(services, 0, QStringLiteral("services"));
    const QJsonArray firstNodes = first.array(QStringLiteral("nodes"));
    QCOMPARE(first.element(firstNodes, 0, QStringLiteral("nodes")).number(QStringLiteral("cost")), 1.0);
    QVERIFY(json.ok());

    const JsonReader second = json.element(services, 1, QStringLiteral("services"));
    const QJsonArray nodes = second.array(QStringLiteral("nodes"));
    QCOMPARE(second.element(nodes, 0, QStringLiteral("nodes")).number(QStringLiteral("cost")), 2.0);
    second.element(nodes, 1, QStringLiteral("nodes")).number(QStringLiteral("cost"));
    QVERIFY(!json.ok());
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("services[1].nodes[1].cost")});
    QVERIFY(error.detail().startsWith(QStringLiteral("GET /billing/v1/invoices/{invoice_id}: ")));

    // Nested objects extend the path with a dot.
    ApiError storageError;
    const JsonReader detail(object(R"({"storage": {"iops": {"cost": false}}})"), Endpoint, &storageError);
    detail.object(QStringLiteral("storage")).object(QStringLiteral("iops")).money(QStringLiteral("cost"), QStringLiteral("USD"));
    QCOMPARE(storageError.fieldErrors().keys(), QStringList{QStringLiteral("storage.iops.cost")});
}

void TestJsonReader::elementThatIsNotAnObject()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([{"a": 1}, 42])").array();
    ApiError error;
    const JsonReader root(QJsonObject(), Endpoint, &error);
    root.element(array, 1, QString()).number(QStringLiteral("a"));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("[1]")});
    QVERIFY2(error.detail().contains(QStringLiteral("expected an object, got a number")), qPrintable(error.detail()));
}

void TestJsonReader::firstErrorWins()
{
    ApiError error;
    const JsonReader json(object(R"({"b": "x"})"), Endpoint, &error);
    json.string(QStringLiteral("a"));
    json.number(QStringLiteral("b"));
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("a")});
    // Reads after an error return empty values rather than garbage.
    QCOMPARE(json.optionalString(QStringLiteral("b"), QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void TestJsonReader::optionalFields()
{
    ApiError error;
    const JsonReader json(object(R"({"name": "db1", "gone": null})"), Endpoint, &error);
    QCOMPARE(json.optionalString(QStringLiteral("name")), QStringLiteral("db1"));
    QCOMPARE(json.optionalString(QStringLiteral("absent"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    QCOMPARE(json.optionalString(QStringLiteral("gone"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    QCOMPARE(json.optionalNumber(QStringLiteral("absent"), 7.5), 7.5);
    QCOMPARE(json.optionalBoolean(QStringLiteral("absent"), true), true);
    QVERIFY(!json.optionalObject(QStringLiteral("absent")).has_value());
    QVERIFY(!json.optionalObject(QStringLiteral("gone")).has_value());
    QVERIFY(json.optionalArray(QStringLiteral("absent")).isEmpty());
    QVERIFY(!json.optionalDate(QStringLiteral("absent")).isValid());
    const Money none = json.optionalMoney(QStringLiteral("absent"), QStringLiteral("EUR"));
    QCOMPARE(none.minorUnits(), qint64(0));
    QCOMPARE(none.currency(), QStringLiteral("EUR"));
    QVERIFY(json.ok());
}

void TestJsonReader::optionalFieldOfWrongTypeIsStillAnError()
{
    ApiError error;
    const JsonReader json(object(R"({"service": {"name": 5}})"), Endpoint, &error);
    const auto service = json.optionalObject(QStringLiteral("service"));
    QVERIFY(service.has_value());
    service->optionalString(QStringLiteral("name"));
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("service.name")});
    QVERIFY(error.detail().contains(QStringLiteral("expected a string, got a number")));
}

void TestJsonReader::integersAndCents()
{
    ApiError error;
    const JsonReader json(object(R"({"total_price": 12345, "negative": -250})"), Endpoint, &error);
    QCOMPARE(json.integer(QStringLiteral("total_price")), qint64(12345));
    QCOMPARE(json.cents(QStringLiteral("negative"), QStringLiteral("EUR")), Money(-250, QStringLiteral("EUR")));
    QVERIFY(json.ok());

    ApiError fractionError;
    const JsonReader fractional(object(R"({"total_price": 12.5})"), Endpoint, &fractionError);
    fractional.integer(QStringLiteral("total_price"));
    QCOMPARE(fractionError.kind(), ApiError::Kind::Decode);
    QCOMPARE(fractionError.fieldErrors().keys(), QStringList{QStringLiteral("total_price")});
    QVERIFY2(fractionError.detail().contains(QStringLiteral("expected an integer")), qPrintable(fractionError.detail()));
}

void TestJsonReader::moneyFields()
{
    ApiError error;
    const JsonReader json(object(R"({"invoice_amount": 1234.5, "cost": 12.345, "zero": 0})"), Endpoint, &error);
    QCOMPARE(json.money(QStringLiteral("invoice_amount"), QStringLiteral("USD")), Money(123450, QStringLiteral("USD")));
    QCOMPARE(json.money(QStringLiteral("cost"), QStringLiteral("USD")), Money(1235, QStringLiteral("USD")));
    QCOMPARE(json.money(QStringLiteral("zero"), QStringLiteral("JPY")), Money(0, QStringLiteral("JPY")));
    QVERIFY(json.ok());

    ApiError stringError;
    const JsonReader text(object(R"({"invoice_amount": "12.5"})"), Endpoint, &stringError);
    text.money(QStringLiteral("invoice_amount"), QStringLiteral("USD"));
    QCOMPARE(stringError.kind(), ApiError::Kind::Decode);
    QVERIFY(stringError.detail().contains(QStringLiteral("expected a number, got a string")));
}

void TestJsonReader::moneyOutOfRangeIsADecodeError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("currency");
    // Seen exported as "--92233720368547758.-8" and as 0.00 with exit 0.
    QTest::newRow("twenty digits") << QByteArray(R"({"amount": 12345678901234567890})") << QStringLiteral("USD");
    QTest::newRow("negative twenty digits") << QByteArray(R"({"amount": -12345678901234567890})") << QStringLiteral("EUR");
    QTest::newRow("1e308") << QByteArray(R"({"amount": 1e308})") << QStringLiteral("USD");
    QTest::newRow("just past 2^53 cents") << QByteArray(R"({"amount": 90071992547409.93})") << QStringLiteral("USD");
}

void TestJsonReader::moneyOutOfRangeIsADecodeError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, currency);
    for (bool optional : {false, true}) {
        ApiError error;
        const JsonReader reader(object(json.constData()), Endpoint, &error);
        const Money money = optional ? reader.optionalMoney(QStringLiteral("amount"), currency)
                                     : reader.money(QStringLiteral("amount"), currency);
        QVERIFY(!reader.ok());
        QCOMPARE(error.kind(), ApiError::Kind::Decode);
        QCOMPARE(error.endpoint(), Endpoint);
        QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("amount")});
        QVERIFY2(error.detail().contains(QStringLiteral("out of range")), qPrintable(error.detail()));
        QCOMPARE(money, Money(0, currency));
    }
    // The largest amount that still fits is read to the cent.
    ApiError error;
    const JsonReader edge(object(R"({"amount": 90071992547409.92})"), Endpoint, &error);
    QCOMPARE(edge.money(QStringLiteral("amount"), QStringLiteral("USD")), Money(9007199254740992, QStringLiteral("USD")));
    QVERIFY(edge.ok());
}

void TestJsonReader::dateFields()
{
    ApiError error;
    const JsonReader json(object(R"({"d": "2025-10-01", "dt": "2025-10-01T12:30:00Z", "bad": "text", "num": 20251001})"),
                          Endpoint, &error);
    QCOMPARE(json.date(QStringLiteral("d")), QDate(2025, 10, 1));
    QCOMPARE(json.date(QStringLiteral("dt")), QDate(2025, 10, 1));
    QCOMPARE(json.dateTime(QStringLiteral("dt")), QDateTime(QDate(2025, 10, 1), QTime(12, 30), QTimeZone::utc()));
    QVERIFY(json.ok());
    QVERIFY(!json.date(QStringLiteral("bad")).isValid());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("bad")});
    QVERIFY2(error.detail().contains(QStringLiteral("expected a date, got \"text\"")), qPrintable(error.detail()));

    ApiError numberError;
    const JsonReader numbers(object(R"({"num": 20251001})"), Endpoint, &numberError);
    numbers.date(QStringLiteral("num"));
    QVERIFY2(numberError.detail().contains(QStringLiteral("expected a string, got a number")), qPrintable(numberError.detail()));

    // An optional date that is not a date is "no date" (the reference's "text" placeholders),
    // but a value of the wrong JSON type is still an error.
    ApiError optionalError;
    const JsonReader optional(object(R"({"due": "soon", "none": null, "typed": 5})"), Endpoint, &optionalError);
    QVERIFY(!optional.optionalDate(QStringLiteral("due")).isValid());
    QVERIFY(!optional.optionalDate(QStringLiteral("none")).isValid());
    QVERIFY(!optional.optionalDate(QStringLiteral("absent")).isValid());
    QVERIFY(optional.ok());
    optional.optionalDate(QStringLiteral("typed"));
    QCOMPARE(optionalError.fieldErrors().keys(), QStringList{QStringLiteral("typed")});

    // Lenient dates keep the raw text for display.
    ApiError lenientError;
    const JsonReader lenient(object(R"({"invoice_date": "text", "real": "2025-10-01", "n": 1})"), Endpoint, &lenientError);
    QString raw;
    QVERIFY(!lenient.lenientDate(QStringLiteral("invoice_date"), &raw).isValid());
    QCOMPARE(raw, QStringLiteral("text"));
    QCOMPARE(lenient.lenientDate(QStringLiteral("real")), QDate(2025, 10, 1));
    QVERIFY(lenient.ok());
    lenient.lenientDate(QStringLiteral("missing"));
    QCOMPARE(lenientError.fieldErrors().keys(), QStringList{QStringLiteral("missing")});
}

void TestJsonReader::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("date") << QStringLiteral("2025-10-01") << QDate(2025, 10, 1);
    QTest::newRow("padded") << QStringLiteral(" 2025-10-01 ") << QDate(2025, 10, 1);
    QTest::newRow("utc") << QStringLiteral("2025-10-01T00:00:00Z") << QDate(2025, 10, 1);
    QTest::newRow("millis and offset") << QStringLiteral("2016-09-01T15:02:09.013+02:00") << QDate(2016, 9, 1);
    // The date as the provider wrote it, not converted to another zone.
    QTest::newRow("late with offset") << QStringLiteral("2016-09-01T23:30:00-05:00") << QDate(2016, 9, 1);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("not a leap day") << QStringLiteral("2025-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2025-13-01") << QDate();
    QTest::newRow("placeholder") << QStringLiteral("text") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("us order") << QStringLiteral("10/01/2025") << QDate();
}

void TestJsonReader::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(Dates::parseDate(text), date);
}

void TestJsonReader::parseDateTime()
{
    QCOMPARE(Dates::parseDateTime(QStringLiteral("2025-10-01T00:00:00Z")),
             QDateTime(QDate(2025, 10, 1), QTime(0, 0), QTimeZone::utc()));
    const QDateTime withOffset = Dates::parseDateTime(QStringLiteral("2016-09-01T15:02:09.013+02:00"));
    QVERIFY(withOffset.isValid());
    QCOMPARE(withOffset.toUTC(), QDateTime(QDate(2016, 9, 1), QTime(13, 2, 9, 13), QTimeZone::utc()));
    const QDateTime dateOnly = Dates::parseDateTime(QStringLiteral("2025-10-01"));
    QVERIFY(dateOnly.isValid());
    QCOMPARE(dateOnly.date(), QDate(2025, 10, 1));
    QCOMPARE(dateOnly.time(), QTime(0, 0));
    QVERIFY(!Dates::parseDateTime(QStringLiteral("text")).isValid());
    QVERIFY(!Dates::parseDateTime(QStringLiteral("2025-10-01T25:00:00Z")).isValid());
}

void TestJsonReader::parseDateTimeAgreesWithQt_data()
{
    QTest::addColumn<QString>("text");
    // The shapes read by hand, next to ones left to Qt's parser.
    for (const char *text : {"2025-10-01T12:30:00Z", "2016-09-01T15:02:09.013+02:00", "2016-09-01T23:30:00-05:00",
                             "2024-02-29T00:00:00+00:00", "2025-02-29T10:00:00Z", "2025-10-01T25:00:00Z",
                             "2025-10-01T24:00:00Z", "2025-10-01T12:60:00Z", "2025-10-01T12:30:00.5Z",
                             "2025-10-01T12:30:00.123456Z", "2025-10-01T12:30:00+0200", "2025-10-01T12:30:00+24:00",
                             "2025-10-01t12:30:00z", "2025-10-01 12:30:00Z", "2025-10-01T12:30Z", "0000-10-01T12:30:00Z",
                             "2025-1a-01T12:30:00Z", "2025/10/01T12:30:00Z", "2025-10-01T12:30:00"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestJsonReader::parseDateTimeAgreesWithQt()
{
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
    const QDateTime ours = Dates::parseDateTime(text);
    QCOMPARE(ours.isValid(), qt.isValid());
    if (!qt.isValid())
        return;
    QCOMPARE(ours, qt);
    QCOMPARE(ours.timeSpec(), qt.timeSpec());
    QCOMPARE(ours.offsetFromUtc(), qt.offsetFromUtc());
    QCOMPARE(Dates::parseDate(text), qt.date());
}

void TestJsonReader::parseMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("month");

    QTest::newRow("year-month") << QStringLiteral("2025-10") << QDate(2025, 10, 1);
    QTest::newRow("first day") << QStringLiteral("2025-10-01") << QDate(2025, 10, 1);
    QTest::newRow("mid month") << QStringLiteral("2025-10-17") << QDate(2025, 10, 1);
    QTest::newRow("date time") << QStringLiteral("2020-08-01T00:00:00Z") << QDate(2020, 8, 1);
    QTest::newRow("month 13") << QStringLiteral("2025-13") << QDate();
    QTest::newRow("placeholder") << QStringLiteral("text") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestJsonReader::parseMonth()
{
    QFETCH(QString, text);
    QFETCH(QDate, month);
    QCOMPARE(Dates::parseMonth(text), month);
}

void TestJsonReader::toIsoDate()
{
    QCOMPARE(Dates::toIsoDate(QDate(2025, 1, 5)), QStringLiteral("2025-01-05"));
    QCOMPARE(Dates::toIsoDate(QDate(987, 12, 31)), QStringLiteral("0987-12-31"));
    QCOMPARE(Dates::toIsoDate(QDate(-44, 3, 15)), QDate(-44, 3, 15).toString(Qt::ISODate));
    QCOMPARE(Dates::toIsoDate(QDate()), QString());
}

void TestJsonReader::malformedJsonIsDecodeError()
{
    QJsonObject out;
    ApiError error;
    QVERIFY(!parseJsonObject(QByteArrayLiteral("{\"invoice_id\": "), Endpoint, &out, &error));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.endpoint(), Endpoint);
    QVERIFY2(error.detail().contains(QStringLiteral("malformed JSON")), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(Endpoint), qPrintable(error.detail()));

    QJsonArray array;
    ApiError emptyError;
    QVERIFY(!parseJsonArray(QByteArray(), Endpoint, &array, &emptyError));
    QCOMPARE(emptyError.kind(), ApiError::Kind::Decode);

    ApiError htmlError;
    QVERIFY(!parseJsonArray(QByteArrayLiteral("<html><body>Bad Gateway</body></html>"), Endpoint, &array, &htmlError));
    QCOMPARE(htmlError.kind(), ApiError::Kind::Decode);

    ApiError fine;
    QVERIFY(parseJsonArray(QByteArrayLiteral("[1, 2]"), Endpoint, &array, &fine));
    QCOMPARE(array.size(), 2);
    QVERIFY(!fine.isError());
}

void TestJsonReader::objectWhereArrayExpected()
{
    QJsonArray array;
    ApiError error;
    QVERIFY(!parseJsonArray(QByteArrayLiteral("{\"invoices\": []}"), Endpoint, &array, &error));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY2(error.detail().contains(QStringLiteral("expected a JSON array, got an object")), qPrintable(error.detail()));

    QJsonObject object;
    ApiError objectError;
    QVERIFY(!parseJsonObject(QByteArrayLiteral("[]"), Endpoint, &object, &objectError));
    QVERIFY2(objectError.detail().contains(QStringLiteral("expected a JSON object, got an array")), qPrintable(objectError.detail()));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
