#pragma once

#include "api/apierror.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

// Reads one JSON object for a decoder. The first problem (missing required field, wrong type,
// unreadable date) is recorded as a Decode ApiError naming the endpoint and the field's path,
// e.g. "GET /billing/v1/invoices: field \"[3].invoice_amount\": expected a number, got a string".
// Later reads after an error return empty values; decoders check ok() once at the end.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, const QString &endpoint, ApiError *error,
               const QString &path = QString());

    // A reader for a nested object or array element, sharing the error slot.
    JsonReader object(const QString &key) const;
    std::optional<JsonReader> optionalObject(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QJsonArray optionalArray(const QString &key) const;
    JsonReader element(const QJsonArray &array, int index, const QString &arrayKey) const;

    QString string(const QString &key) const;
    QString optionalString(const QString &key, const QString &fallback = QString()) const;
    double number(const QString &key) const;
    double optionalNumber(const QString &key, double fallback = 0) const;
    qint64 integer(const QString &key) const;
    bool boolean(const QString &key) const;
    bool optionalBoolean(const QString &key, bool fallback = false) const;
    Money money(const QString &key, const QString &currency) const;
    Money optionalMoney(const QString &key, const QString &currency) const;
    // Money given as integer minor units (Scalingo's cents).
    Money cents(const QString &key, const QString &currency) const;
    QDate date(const QString &key) const;
    // Absent, null or not a date: an invalid QDate. A non-string is still a type error.
    QDate optionalDate(const QString &key) const;
    QDateTime dateTime(const QString &key) const;
    // A required string that should hold a date; text that is not a date (the reference's
    // "text" placeholders) gives an invalid QDate rather than an error, since the JSON type is
    // right. Callers keep the raw text for display.
    QDate lenientDate(const QString &key, QString *rawText = nullptr) const;

    bool has(const QString &key) const;
    bool ok() const;
    QString endpoint() const;
    QString fieldPath(const QString &key) const;
    const QJsonObject &json() const;

    void fail(const QString &key, const QString &problem) const;
    Money moneyOf(const QString &key, double amount, const QString &currency) const;

    static QString typeName(const QJsonValue &value);

private:
    // One step from the reader a decoder started with down to this one: into the object under
    // `key`, then (index >= 0) into that array's element. Kept as parts and joined into
    // "services[1].nodes" only when a problem is reported: nearly every read succeeds, and
    // formatting a path for each of them cost more than the reads themselves.
    struct Step {
        QString key;
        qsizetype index = -1;
    };
    using Steps = QVarLengthArray<Step, 4>;

    JsonReader(const QJsonObject &object, const JsonReader &parent, const QString &key, qsizetype index);

    // The member under `key` when it has the expected type. Otherwise the end iterator, after
    // recording a problem: a required member that is absent, or one of another type (null
    // included, unless the member is optional).
    using Found = QJsonObject::const_iterator;
    Found find(const QString &key, QJsonValue::Type type, const char *expected, bool required) const;
    bool found(const Found &it) const;
    void failType(const QString &key, const char *expected, const QJsonValue &value) const;
    QString path() const;

    QJsonObject m_object;
    QString m_endpoint;
    ApiError *m_error;
    QString m_root;
    Steps m_steps;
};

// Parses a whole body as a JSON object or array, or records a Decode error.
bool parseJsonObject(const QByteArray &body, const QString &endpoint, QJsonObject *out, ApiError *error);
bool parseJsonArray(const QByteArray &body, const QString &endpoint, QJsonArray *out, ApiError *error);
