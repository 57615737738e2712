#include "api/jsonreader.h"

#include "dates.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace
{
// "storage" + "iops" → "storage.iops"; an element index ("[3]") joins without a dot; an empty
// side is left out.
QString joinPath(const QString &path, const QString &key)
{
    if (path.isEmpty())
        return key;
    if (key.isEmpty())
        return path;
    return key.startsWith(QLatin1Char('[')) ? path + key : path + QLatin1Char('.') + key;
}
}

JsonReader::JsonReader(const QJsonObject &object, const QString &endpoint, ApiError *error, const QString &path)
    : m_object(object)
    , m_endpoint(endpoint)
    , m_error(error)
    , m_root(path)
{
    Q_ASSERT(m_error);
}

JsonReader::JsonReader(const QJsonObject &object, const JsonReader &parent, const QString &key, qsizetype index)
    : m_object(object)
    , m_endpoint(parent.m_endpoint)
    , m_error(parent.m_error)
    , m_root(parent.m_root)
    , m_steps(parent.m_steps)
{
    m_steps.append(Step{key, index});
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

QString JsonReader::path() const
{
    QString path = m_root;
    for (const Step &step : m_steps) {
        path = joinPath(path, step.key);
        if (step.index >= 0)
            path += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
    }
    return path;
}

QString JsonReader::fieldPath(const QString &key) const
{
    return joinPath(path(), key);
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    if (m_error->isError())
        return;
    *m_error = ApiError::decode(m_endpoint, fieldPath(key), problem);
}

void JsonReader::failType(const QString &key, const char *expected, const QJsonValue &value) const
{
    fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(value)));
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
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && it->type() != QJsonValue::Null;
}

JsonReader::Found JsonReader::find(const QString &key, QJsonValue::Type type, const char *expected, bool required) const
{
    const auto end = m_object.constEnd();
    if (!ok())
        return end;
    const auto it = m_object.constFind(key);
    if (it == end) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return end;
    }
    const QJsonValue::Type actual = it->type();
    if (actual == type)
        return it;
    if (required || actual != QJsonValue::Null)
        failType(key, expected, *it);
    return end;
}

bool JsonReader::found(const Found &it) const
{
    return it != m_object.constEnd();
}

JsonReader JsonReader::object(const QString &key) const
{
    const Found it = find(key, QJsonValue::Object, "an object", true);
    return JsonReader(found(it) ? it->toObject() : QJsonObject(), *this, key, -1);
}

std::optional<JsonReader> JsonReader::optionalObject(const QString &key) const
{
    const Found it = find(key, QJsonValue::Object, "an object", false);
    if (!found(it))
        return std::nullopt;
    return JsonReader(it->toObject(), *this, key, -1);
}

QJsonArray JsonReader::array(const QString &key) const
{
    const Found it = find(key, QJsonValue::Array, "an array", true);
    return found(it) ? it->toArray() : QJsonArray();
}

QJsonArray JsonReader::optionalArray(const QString &key) const
{
    const Found it = find(key, QJsonValue::Array, "an array", false);
    return found(it) ? it->toArray() : QJsonArray();
}

JsonReader JsonReader::element(const QJsonArray &array, int index, const QString &arrayKey) const
{
    const QJsonValueConstRef value = *(array.constBegin() + index);
    const bool isObject = value.type() == QJsonValue::Object;
    JsonReader element(isObject ? value.toObject() : QJsonObject(), *this, arrayKey, index);
    if (!isObject && ok())
        *m_error = ApiError::decode(m_endpoint, element.path(), QStringLiteral("expected an object, got %1").arg(typeName(value)));
    return element;
}

QString JsonReader::string(const QString &key) const
{
    const Found it = find(key, QJsonValue::String, "a string", true);
    return found(it) ? it->toString() : QString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback) const
{
    const Found it = find(key, QJsonValue::String, "a string", false);
    return found(it) ? it->toString() : fallback;
}

double JsonReader::number(const QString &key) const
{
    const Found it = find(key, QJsonValue::Double, "a number", true);
    return found(it) ? it->toDouble() : 0;
}

double JsonReader::optionalNumber(const QString &key, double fallback) const
{
    const Found it = find(key, QJsonValue::Double, "a number", false);
    return found(it) ? it->toDouble() : fallback;
}

qint64 JsonReader::integer(const QString &key) const
{
    const Found it = find(key, QJsonValue::Double, "an integer", true);
    if (!found(it))
        return 0;
    const double number = it->toDouble();
    if (number != std::floor(number) || std::fabs(number) > 9007199254740992.0) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(number));
        return 0;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(const QString &key) const
{
    const Found it = find(key, QJsonValue::Bool, "a boolean", true);
    return found(it) && it->toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback) const
{
    const Found it = find(key, QJsonValue::Bool, "a boolean", false);
    return found(it) ? it->toBool() : fallback;
}

Money JsonReader::money(const QString &key, const QString &currency) const
{
    const Found it = find(key, QJsonValue::Double, "a number", true);
    return found(it) ? moneyOf(key, it->toDouble(), currency) : Money(0, currency);
}

Money JsonReader::optionalMoney(const QString &key, const QString &currency) const
{
    const Found it = find(key, QJsonValue::Double, "a number", false);
    return found(it) ? moneyOf(key, it->toDouble(), currency) : Money(0, currency);
}

Money JsonReader::moneyOf(const QString &key, double amount, const QString &currency) const
{
    // fromDecimal gives zero for an amount out of range: only then is the range asked again
    // (this runs for every amount a decoder reads).
    Money money = Money::fromDecimal(amount, currency);
    // A wrong amount exported without a word is worse than a decode error naming the field.
    if (money.minorUnits() == 0 && amount != 0 && !Money::fitsDecimal(amount, currency)) {
        fail(key, QStringLiteral("the amount %1 %2 is out of range").arg(amount, 0, 'g', 17).arg(currency));
        return Money(0, currency);
    }
    return money;
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
