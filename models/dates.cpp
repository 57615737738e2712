#include "dates.h"

namespace
{
// The value of `count` ASCII digits at `text[from]`, or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2025-10-01" as the providers write it, read by hand: QDate::fromString costs more than the
// rest of an invoice's decoding. False for any other shape, which then takes Qt's parser.
bool readPlainDate(QStringView text, QDate *date)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year <= 0 || month < 0 || day < 0)
        return false;
    *date = QDate(year, month, day);
    return true;
}

// "2025-10-01T12:30:00Z" and "2016-09-01T15:02:09.013+02:00": seconds, optional milliseconds,
// then Z or an offset with a colon. What Qt::ISODate reads the same way; anything else
// (no zone, 24:00, other fractions) takes Qt's parser.
bool readPlainDateTime(QStringView text, QDateTime *dateTime)
{
    QDate date;
    if (text.size() < 20 || text[10] != u'T' || text[13] != u':' || text[16] != u':' || !readPlainDate(text.first(10), &date))
        return false;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    qsizetype zone = 19;
    int millisecond = 0;
    if (text[zone] == u'.') {
        millisecond = text.size() > 23 ? digits(text, 20, 3) : -1;
        if (millisecond < 0)
            return false;
        zone = 23;
    }
    const QStringView suffix = text.sliced(zone);
    if (!date.isValid()) {
        *dateTime = QDateTime();
        return true;
    }
    const QTime time(hour, minute, second, millisecond);
    if (suffix == u"Z") {
        *dateTime = QDateTime(date, time, Qt::UTC);
        return true;
    }
    if (suffix.size() != 6 || (suffix[0] != u'+' && suffix[0] != u'-') || suffix[3] != u':')
        return false;
    const int offsetHours = digits(suffix, 1, 2);
    const int offsetMinutes = digits(suffix, 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
        return false;
    const int offset = (offsetHours * 60 + offsetMinutes) * 60;
    *dateTime = QDateTime(date, time, Qt::OffsetFromUTC, suffix[0] == u'-' ? -offset : offset);
    return true;
}
}

namespace Dates
{
QDate parseDate(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    QDate date;
    if (trimmed.size() == 10 && readPlainDate(trimmed, &date))
        return date;
    QDateTime dateTime;
    if (readPlainDateTime(trimmed, &dateTime))
        return dateTime.isValid() ? dateTime.date() : QDate();
    if (trimmed.size() == 10)
        return QDate::fromString(trimmed.toString(), Qt::ISODate);
    dateTime = parseDateTime(trimmed.toString());
    return dateTime.isValid() ? dateTime.date() : QDate();
}

QDateTime parseDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime result;
    if (readPlainDateTime(trimmed, &result))
        return result;
    result = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
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
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.size() == 7) {
        const int year = trimmed[4] == u'-' ? digits(trimmed, 0, 4) : -1;
        const int month = year > 0 ? digits(trimmed, 5, 2) : -1;
        if (month >= 1 && month <= 12)
            return QDate(year, month, 1);
        const QDate date = QDate::fromString(trimmed.toString() + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return firstOfMonth(parseDate(trimmed.toString()));
}

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QString toIsoDate(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    // By hand: decoders format a month for every Scalingo invoice, and QDate::toString goes
    // through printf.
    char16_t text[10];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
}
