// The JSON reader every decoder is built on, and the date parsing it does. The input is parsed as
// a body; every member of every object, at every depth, is then read as each type a decoder may
// ask for. A read gives the value or one Decode error naming the endpoint and the member's path;
// an amount is refused unless a double holds it exactly. Every string is also parsed as a date,
// a date-time and a month: the hand-written fast paths in dates.cpp must agree with Qt's ISO 8601
// parser they stand in for.

#include "api/jsonreader.h"
#include "dates.h"
#include "fuzzcheck.h"

#include <QTimeZone>

#include <cmath>

namespace
{
const QString Endpoint = QStringLiteral("GET /fuzz");

// What Dates::parseDateTime is documented to return: Qt's ISO parse of the trimmed text, a bare
// date read as midnight UTC.
QDateTime qtDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime result = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!result.isValid() && trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            result = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    return result;
}

void checkDates(const QString &text)
{
    const QDateTime ours = Dates::parseDateTime(text);
    const QDateTime qt = qtDateTime(text);
    Fuzz::check(ours.isValid() == qt.isValid(), "parseDateTime accepts what Qt accepts", text);
    if (qt.isValid()) {
        Fuzz::check(ours == qt && ours.offsetFromUtc() == qt.offsetFromUtc(), "parseDateTime reads what Qt reads",
                    text + QStringLiteral(" → ") + ours.toString(Qt::ISODateWithMs) + QStringLiteral(" / ")
                        + qt.toString(Qt::ISODateWithMs));
    }

    const QString trimmed = text.trimmed();
    const QDate date = Dates::parseDate(text);
    const QDate qtDate = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : qt.date();
    Fuzz::check(date == qtDate, "parseDate reads what Qt reads",
                text + QStringLiteral(" → ") + date.toString(Qt::ISODate) + QStringLiteral(" / ") + qtDate.toString(Qt::ISODate));
    if (date.isValid() && date.year() >= 1 && date.year() <= 9999)
        Fuzz::check(Dates::parseDate(Dates::toIsoDate(date)) == date, "toIsoDate reads back", text);

    const QDate month = Dates::parseMonth(text);
    Fuzz::check(!month.isValid() || month.day() == 1, "parseMonth gives a first of the month", text);
}

// The reader over one object at some depth, and the error slot it and its parent share.
struct Reader {
    const JsonReader &json;
    ApiError *slot;
};

// One read of `key`; afterwards the error, if any, names the endpoint and the member's whole
// path ("a.b[2].c"). The slot is cleared again, since the first error wins.
template<typename Read>
void readAs(const Reader &reader, const QString &key, Read read)
{
    read(reader.json);
    const ApiError error = *reader.slot;
    *reader.slot = ApiError();
    Fuzz::checkDecodeError(error);
    if (error.isError()) {
        Fuzz::check(error.endpoint() == Endpoint, "the error names the endpoint", error.detail());
        Fuzz::check(error.detail().contains(reader.json.fieldPath(key)), "the error names the field", error.detail());
    }
}

void readObject(const Reader &reader, int depth);

void readMember(const Reader &reader, const QString &key, int depth)
{
    const QJsonValue value = reader.json.json().value(key);
    readAs(reader, key, [&](const JsonReader &json) { json.string(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalString(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.boolean(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalBoolean(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalNumber(key); });
    readAs(reader, key, [&](const JsonReader &json) {
        const double number = json.number(key);
        Fuzz::check(!json.ok() || number == value.toDouble(), "a number reads as itself");
    });
    readAs(reader, key, [&](const JsonReader &json) {
        const qint64 integer = json.integer(key);
        Fuzz::check(!json.ok() || static_cast<double>(integer) == value.toDouble(), "an integer reads as itself");
    });
    for (const QString &currency : {QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("BHD")}) {
        readAs(reader, key, [&](const JsonReader &json) {
            const Money money = json.money(key, currency);
            if (!json.ok())
                return;
            Fuzz::checkAmount(money);
            Fuzz::check(money == Money::fromDecimal(value.toDouble(), currency), "money is fromDecimal");
            // Rounded to the currency's minor unit: never more than half a unit away.
            const double scaled = value.toDouble() * std::pow(10.0, Money::minorDigits(currency));
            Fuzz::check(std::fabs(static_cast<double>(money.minorUnits()) - scaled) <= 0.5 + 1e-9 * std::fabs(scaled),
                        "money rounds to the nearest minor unit", QString::number(value.toDouble(), 'g', 17));
        });
        readAs(reader, key, [&](const JsonReader &json) { Fuzz::checkAmount(json.optionalMoney(key, currency)); });
        readAs(reader, key, [&](const JsonReader &json) { Fuzz::checkAmount(json.cents(key, currency)); });
    }
    readAs(reader, key, [&](const JsonReader &json) {
        const QDate date = json.date(key);
        Fuzz::check(!json.ok() || date.isValid(), "a date that reads is valid");
    });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalDate(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.dateTime(key); });
    readAs(reader, key, [&](const JsonReader &json) {
        QString raw;
        json.lenientDate(key, &raw);
        Fuzz::check(!json.ok() || raw == value.toString(), "lenientDate keeps the text");
    });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalArray(key); });
    readAs(reader, key, [&](const JsonReader &json) { json.optionalObject(key); });

    if (value.isString())
        checkDates(value.toString());

    // Deeper, through the reader's own steps, so that the paths reported above are nested ones.
    constexpr int MaxDepth = 16;
    if (depth >= MaxDepth)
        return;
    if (value.isObject()) {
        readObject({reader.json.object(key), reader.slot}, depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = reader.json.array(key);
        for (int i = 0; i < array.size(); ++i) {
            const JsonReader element = reader.json.element(array, i, key);
            const QString path = reader.json.fieldPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (element.ok()) {
                readObject({element, reader.slot}, depth + 1);
            } else {
                Fuzz::check(reader.slot->detail().contains(path), "a wrong element names its index", reader.slot->detail());
                *reader.slot = ApiError();
            }
        }
    }
}

void readObject(const Reader &reader, int depth)
{
    const QStringList keys = reader.json.json().keys();
    for (const QString &key : keys)
        readMember(reader, key, depth);
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    ApiError objectError;
    QJsonObject object;
    if (parseJsonObject(body, Endpoint, &object, &objectError)) {
        ApiError error;
        const JsonReader root(object, Endpoint, &error);
        readObject({root, &error}, 0);
    }
    Fuzz::checkDecodeError(objectError);

    ApiError arrayError;
    QJsonArray array;
    if (parseJsonArray(body, Endpoint, &array, &arrayError)) {
        ApiError error;
        const JsonReader root(QJsonObject(), Endpoint, &error);
        for (int i = 0; i < array.size(); ++i) {
            const JsonReader element = root.element(array, i, QString());
            if (element.ok())
                readObject({element, &error}, 0);
            error = ApiError();
        }
    }
    Fuzz::checkDecodeError(arrayError);
    Fuzz::check(objectError.isError() || arrayError.isError(), "a body is an object or an array, not both");
    return 0;
}
