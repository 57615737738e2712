#include "dates.h"

namespace Dates
{
QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10)
        return QDate::fromString(trimmed, Qt::ISODate);
    const QDateTime dateTime = parseDateTime(trimmed);
    return dateTime.isValid() ? dateTime.date() : QDate();
}

QDateTime parseDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime result = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!result.isValid() && trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            result = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return result;
}

QDate parseMonth(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 7) {
        const QDate date = QDate::fromString(trimmed + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return firstOfMonth(parseDate(trimmed));
}

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QString toIsoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
}
