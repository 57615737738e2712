#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The providers write dates as "2025-10-01", "2025-10-01T00:00:00Z" or
// "2016-09-01T15:02:09.013+02:00"; these read any of them. An invalid result means
// "not a date" and the decoder reports it.
namespace Dates
{
QDate parseDate(const QString &text);
QDateTime parseDateTime(const QString &text);
// "2025-10" or "2025-10-01" → the first day of that month.
QDate parseMonth(const QString &text);
// The first day of the date's month; invalid for an invalid date.
QDate firstOfMonth(const QDate &date);
// ISO 8601 for export: "2025-10-01".
QString toIsoDate(const QDate &date);
}
