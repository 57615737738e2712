#include "api/jsonreader.h"

#include "dates.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

JsonReader::JsonReader(const QJsonObject &object, const QString &endpoint, ApiError *error, const QString &path)
    : m_object(object)
    , m_endpoint(endpoint)
    , m_error(error)
    , m_path(path)
{
    Q_ASSERT(m_error);
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QString();
}

QString JsonReader::fieldPath(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.isEmpty())
        return m_path;
    return key.startsWith(QLatin1Char('[')) ? m_path + key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    if (m_error->isError())
        return;
    *m_error = ApiError::decode(m_endpoint, fieldPath(key), problem);
}

bool JsonReader::ok() const
{
    return !m_error->isError();
}

QString JsonReader::endpoint() const
{
    return m_endpoint;
}

const QJsonObject &JsonReader::json() const
{
    return m_object;
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonReader::required(const QString &key, QJsonValue::Type type, const char *expected) const
{
    if (!ok())
        return QJsonValue();
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, QStringLiteral("missing"));
        return QJsonValue();
    }
    if (value.type() != type) {
        fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(value)));
        return QJsonValue();
    }
    return value;
}

QJsonValue JsonReader::optional(const QString &key, QJsonValue::Type type, const char *expected) const
{
    if (!ok())
        return QJsonValue();
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonValue();
    if (value.type() != type) {
        fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(value)));
        return QJsonValue();
    }
    return value;
}

JsonReader JsonReader::object(const QString &key) const
{
    return JsonReader(required(key, QJsonValue::Object, "an object").toObject(), m_endpoint, m_error, fieldPath(key));
}

std::optional<JsonReader> JsonReader::optionalObject(const QString &key) const
{
    const QJsonValue value = optional(key, QJsonValue::Object, "an object");
    if (!value.isObject())
        return std::nullopt;
    return JsonReader(value.toObject(), m_endpoint, m_error, fieldPath(key));
}

QJsonArray JsonReader::array(const QString &key) const
{
    return required(key, QJsonValue::Array, "an array").toArray();
}

QJsonArray JsonReader::optionalArray(const QString &key) const
{
    return optional(key, QJsonValue::Array, "an array").toArray();
}

JsonReader JsonReader::element(const QJsonArray &array, int index, const QString &arrayKey) const
{
    const QString path = fieldPath(arrayKey) + QStringLiteral("[%1]").arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject() && ok())
        *m_error = ApiError::decode(m_endpoint, path, QStringLiteral("expected an object, got %1").arg(typeName(value)));
    return JsonReader(value.toObject(), m_endpoint, m_error, path);
}

QString JsonReader::string(const QString &key) const
{
    return required(key, QJsonValue::String, "a string").toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback) const
{
    const QJsonValue value = optional(key, QJsonValue::String, "a string");
    return value.isString() ? value.toString() : fallback;
}

double JsonReader::number(const QString &key) const
{
    return required(key, QJsonValue::Double, "a number").toDouble();
}

double JsonReader::optionalNumber(const QString &key, double fallback) const
{
    const QJsonValue value = optional(key, QJsonValue::Double, "a number");
    return value.isDouble() ? value.toDouble() : fallback;
}

qint64 JsonReader::integer(const QString &key) const
{
    const QJsonValue value = required(key, QJsonValue::Double, "an integer");
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    if (number != std::floor(number) || std::fabs(number) > 9007199254740992.0) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(number));
        return 0;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(const QString &key) const
{
    return required(key, QJsonValue::Bool, "a boolean").toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback) const
{
    const QJsonValue value = optional(key, QJsonValue::Bool, "a boolean");
    return value.isBool() ? value.toBool() : fallback;
}

Money JsonReader::money(const QString &key, const QString &currency) const
{
    const QJsonValue value = required(key, QJsonValue::Double, "a number");
    return value.isDouble() ? moneyOf(key, value.toDouble(), currency) : Money(0, currency);
}

Money JsonReader::optionalMoney(const QString &key, const QString &currency) const
{
    const QJsonValue value = optional(key, QJsonValue::Double, "a number");
    return value.isDouble() ? moneyOf(key, value.toDouble(), currency) : Money(0, currency);
}

Money JsonReader::moneyOf(const QString &key, double amount, const QString &currency) const
{
    // A wrong amount exported without a word is worse than a decode error naming the field.
    if (!Money::fitsDecimal(amount, currency)) {
        fail(key, QStringLiteral("the amount %1 %2 is out of range").arg(amount, 0, 'g', 17).arg(currency));
        return Money(0, currency);
    }
    return Money::fromDecimal(amount, currency);
}

Money JsonReader::cents(const QString &key, const QString &currency) const
{
    return Money(integer(key), currency);
}

QDate JsonReader::date(const QString &key) const
{
    const QString text = string(key);
    if (!ok())
        return QDate();
    const QDate date = Dates::parseDate(text);
    if (!date.isValid())
        fail(key, QStringLiteral("expected a date, got \"%1\"").arg(text.left(40)));
    return date;
}

QDate JsonReader::optionalDate(const QString &key) const
{
    return Dates::parseDate(optionalString(key));
}

QDate JsonReader::lenientDate(const QString &key, QString *rawText) const
{
    const QString text = string(key);
    if (rawText)
        *rawText = text;
    return Dates::parseDate(text);
}

QDateTime JsonReader::dateTime(const QString &key) const
{
    const QString text = string(key);
    if (!ok())
        return QDateTime();
    const QDateTime dateTime = Dates::parseDateTime(text);
    if (!dateTime.isValid())
        fail(key, QStringLiteral("expected a date and time, got \"%1\"").arg(text.left(40)));
    return dateTime;
}

namespace
{
bool parseDocument(const QByteArray &body, const QString &endpoint, QJsonDocument *document, ApiError *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError(ApiError::Kind::Decode,
                          QStringLiteral("%1: malformed JSON at byte %2: %3")
                              .arg(endpoint)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        error->setEndpoint(endpoint);
        return false;
    }
    return true;
}
}

bool parseJsonObject(const QByteArray &body, const QString &endpoint, QJsonObject *out, ApiError *error)
{
    QJsonDocument document;
    if (!parseDocument(body, endpoint, &document, error))
        return false;
    if (!document.isObject()) {
        *error = ApiError::decode(endpoint, QString(), QStringLiteral("expected a JSON object, got an array"));
        return false;
    }
    *out = document.object();
    return true;
}

bool parseJsonArray(const QByteArray &body, const QString &endpoint, QJsonArray *out, ApiError *error)
{
    QJsonDocument document;
    if (!parseDocument(body, endpoint, &document, error))
        return false;
    if (!document.isArray()) {
        *error = ApiError::decode(endpoint, QString(), QStringLiteral("expected a JSON array, got an object"));
        return false;
    }
    *out = document.array();
    return true;
}
