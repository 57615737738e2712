#include "format/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <deque>

namespace
{
// The locale's long date without its weekday: "dddd, MMMM d, yyyy" → "MMMM d, yyyy",
// "dddd d MMMM yyyy" → "d MMMM yyyy"; a weekday at the end goes with what leads to it.
QString longDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression leading(QStringLiteral("d{3,4}[,\\s]*"));
    static const QRegularExpression trailing(QStringLiteral("[,\\s]*d{3,4}$"));
    if (format.contains(trailing))
        format.remove(trailing);
    else
        format.replace(leading, QString());
    return format.trimmed();
}

// A billing month in the locale's order, from its long date without the day: "MMMM yyyy"
// (en, fr, de), "MMMM 'de' yyyy" (es), "yyyy. MMMM" (hu), "yyyy年M月" (ja). The day goes with
// what follows it up to the next field ("d, ", "d 'de' ", "d日"); a locale whose long form has
// no month or year falls back to "MMMM yyyy". `abbreviated` gives "MMM" for a month name.
QString monthFormat(const QLocale &locale, bool abbreviated)
{
    // A quoted literal is matched whole, so a "d" inside one ('de') is never taken for the day.
    static const QRegularExpression day(QStringLiteral("'[^']*'|(?<!d)d{1,2}(?!d)(?:'[^']*'|[^A-Za-z'])*"));
    static const QRegularExpression fullYear(QStringLiteral("(?<!y)y{1,4}(?!y)"));
    static const QRegularExpression monthName(QStringLiteral("(?<!M)M{3,4}(?!M)"));
    const QString longFormat = longDateFormat(locale);
    QString format;
    qsizetype kept = 0;
    for (auto it = day.globalMatch(longFormat); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured().startsWith(u'\''))
            continue;
        format += longFormat.mid(kept, match.capturedStart() - kept);
        kept = match.capturedEnd();
    }
    format += longFormat.mid(kept);
    while (!format.isEmpty() && (format.back().isSpace() || format.back() == u','))
        format.chop(1);
    if (!format.contains(u'M') || !format.contains(u'y'))
        format = QStringLiteral("MMMM yyyy");
    format.replace(fullYear, QStringLiteral("yyyy"));
    if (abbreviated)
        format.replace(monthName, QStringLiteral("MMM"));
    return format.trimmed();
}

// The locale's short date with a four-digit year: "M/d/yy" → "M/d/yyyy".
QString shortDateFormat(const QLocale &locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return locale.dateFormat(QLocale::ShortFormat).replace(twoDigitYear, QStringLiteral("yyyy"));
}

// The four date forms of a locale, worked out once: each takes a few regular expressions, and a
// table asks for them in every cell it paints, measures or searches.
struct DateFormats {
    QLocale locale;
    QString shortDate;
    QString longDate;
    QString month;
    QString shortMonth;
};

const DateFormats &dateFormats(const QLocale &locale)
{
    // Per thread (decoders and exports run off the GUI thread); a handful of locales at most.
    thread_local std::deque<DateFormats> known;
    for (const DateFormats &formats : known) {
        if (formats.locale == locale)
            return formats;
    }
    if (known.size() == 8)
        known.pop_front();
    known.push_back({locale, shortDateFormat(locale), longDateFormat(locale), monthFormat(locale, false),
                     monthFormat(locale, true)});
    return known.back();
}

QString humanKey(QString key)
{
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!key.isEmpty())
        key[0] = key.at(0).toUpper();
    return key;
}
}

DisplayFormat::DisplayFormat(const QLocale &locale)
    : m_locale(locale)
{
}

const QLocale &DisplayFormat::locale() const
{
    return m_locale;
}

QString DisplayFormat::shortDate(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, dateFormats(m_locale).shortDate) : QString();
}

QString DisplayFormat::longDate(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, dateFormats(m_locale).longDate) : QString();
}

QString DisplayFormat::month(const QDate &month) const
{
    return month.isValid() ? m_locale.toString(month, dateFormats(m_locale).month) : QString();
}

QString DisplayFormat::shortMonth(const QDate &month) const
{
    return month.isValid() ? m_locale.toString(month, shortMonthFormat()) : QString();
}

QString DisplayFormat::shortMonthFormat() const
{
    return dateFormats(m_locale).shortMonth;
}

QString DisplayFormat::dateTime(const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return tr("%1 %2", "date, then time").arg(shortDate(local.date()), m_locale.toString(local.time(), QLocale::ShortFormat));
}

QString DisplayFormat::money(const Money &amount) const
{
    return amount.format(m_locale);
}

QString DisplayFormat::wholeMoney(double majorUnits, const QString &currency) const
{
    return m_locale.toCurrencyString(majorUnits, currencySymbol(currency), 0);
}

QString DisplayFormat::currencySymbol(const QString &currency)
{
    // QLocale knows symbols only for its own country's currency; these are the ones the two
    // providers bill in. Anything else is shown by its code, which is never ambiguous.
    const auto is = [&currency](QLatin1String code) { return currency.compare(code, Qt::CaseInsensitive) == 0; };
    if (is(QLatin1String("USD")))
        return QStringLiteral("$");
    if (is(QLatin1String("EUR")))
        return QStringLiteral("€");
    if (is(QLatin1String("GBP")))
        return QStringLiteral("£");
    if (is(QLatin1String("JPY")))
        return QStringLiteral("¥");
    return currency.trimmed().toUpper();
}

QString DisplayFormat::number(double value) const
{
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString DisplayFormat::unitSymbol(const QString &unit)
{
    // A rate's unit: "USD/hour" → "USD/h".
    const qsizetype slash = unit.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        return unit.left(slash + 1).trimmed() + unitSymbol(unit.mid(slash + 1));
    const QString lower = unit.trimmed().toLower();
    if (lower == u"hours" || lower == u"hour" || lower == u"hr" || lower == u"hrs")
        return tr("h", "unit: hours");
    if (lower == u"minutes" || lower == u"minute")
        return tr("min", "unit: minutes");
    if (lower == u"seconds" || lower == u"second")
        return tr("s", "unit: seconds");
    return unit.trimmed();
}

QString DisplayFormat::quantity(double value, const QString &unit) const
{
    const QString symbol = unitSymbol(unit);
    if (symbol.isEmpty())
        return number(value);
    return tr("%1 %2", "quantity, then unit").arg(number(value), symbol);
}

QString DisplayFormat::duration(double seconds) const
{
    const qint64 minutes = qRound64(seconds / 60.0);
    const qint64 hours = minutes / 60;
    if (hours > 0 && minutes % 60 == 0)
        return quantity(double(hours), QStringLiteral("hours"));
    if (hours > 0)
        return tr("%1 %2 min", "hours, then minutes").arg(quantity(double(hours), QStringLiteral("hours"))).arg(minutes % 60);
    if (minutes > 0)
        return quantity(double(minutes), QStringLiteral("minutes"));
    return quantity(double(qRound64(seconds)), QStringLiteral("seconds"));
}

QString DisplayFormat::cardNumber(const QString &brand, const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return brand.trimmed();
    const QString masked = QStringLiteral("•••• ") + digits.right(4);
    return brand.trimmed().isEmpty() ? masked : tr("%1 %2", "card brand, then masked number").arg(brand.trimmed(), masked);
}

QString DisplayFormat::termValue(const QJsonValue &value) const
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString DisplayFormat::contractTerms(const QJsonValue &spec) const
{
    if (!spec.isObject())
        return termValue(spec);
    QJsonObject terms = spec.toObject();
    const QString currency = terms.take(QStringLiteral("currency")).toString();
    const QString period = terms.take(QStringLiteral("period")).toString();
    const auto amount = [this, &currency](const QJsonValue &value) {
        const double major = value.toDouble();
        if (currency.isEmpty())
            return number(major);
        // "$3,200", but "$3,200.50" keeps its cents.
        return std::floor(major) == major ? wholeMoney(major, currency) : money(Money::fromDecimal(major, currency));
    };
    QString perPeriod;
    if (period == u"month")
        perPeriod = tr(" per month");
    else if (period == u"year")
        perPeriod = tr(" per year");
    else if (!period.isEmpty())
        perPeriod = tr(" per %1").arg(period);

    QStringList sentences;
    if (terms.contains(QStringLiteral("min_compute_commit")))
        sentences << tr("Minimum compute commitment of %1%2").arg(amount(terms.take(QStringLiteral("min_compute_commit"))), perPeriod);
    else if (!period.isEmpty())
        sentences << tr("Period: %1").arg(period);
    if (terms.contains(QStringLiteral("credit_amount"))) {
        const QString credit = amount(terms.take(QStringLiteral("credit_amount")));
        const QJsonValue purchases = terms.take(QStringLiteral("purchases"));
        sentences << (purchases.isDouble()
                          ? tr("Prepaid credit of %1 (purchases: %2)").arg(credit, number(purchases.toDouble()))
                          : tr("Prepaid credit of %1").arg(credit));
    }
    if (terms.contains(QStringLiteral("scu_hours_per_month")))
        sentences << tr("%1 of SkySQL compute units per month")
                         .arg(quantity(terms.take(QStringLiteral("scu_hours_per_month")).toDouble(), QStringLiteral("hours")));
    if (terms.contains(QStringLiteral("support_type"))) {
        QString level = terms.take(QStringLiteral("support_type")).toString();
        if (!level.isEmpty())
            level[0] = level.at(0).toUpper();
        sentences << tr("%1 support").arg(level);
    }
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it)
        sentences << tr("%1: %2", "term, then value").arg(humanKey(it.key()), termValue(it.value()));
    // A period or currency with nothing to qualify still says what it is.
    if (sentences.isEmpty() && !currency.isEmpty())
        sentences << tr("Currency: %1").arg(currency);
    return sentences.join(QStringLiteral("; "));
}
