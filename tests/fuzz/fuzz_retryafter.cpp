// Retry-After as a server sends it: delta-seconds or an HTTP-date. Whatever the header holds,
// parseRetryAfter answers -1 (unreadable) or a number of seconds to wait, never less; plain
// digits are those seconds (capped at the largest int), and a date is read against a fixed
// "now" as the time until it.

#include "api/apiclient.h"
#include "fuzzcheck.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = Fuzz::bytes(data, size);
    static const QDateTime now(QDate(2026, 11, 28), QTime(1, 0), QTimeZone::utc());
    const int seconds = parseRetryAfter(value, now);
    Fuzz::check(seconds >= -1, "Retry-After is -1 or a wait", QString::fromLatin1(value) + QStringLiteral(" → ") + QString::number(seconds));

    const QByteArray trimmed = value.trimmed();
    const bool digitsOnly = !trimmed.isEmpty()
        && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; });
    bool fits = false;
    const int number = trimmed.toInt(&fits);
    // Past what an int holds, the wait is that longest one: reported, not read as "not said".
    if (digitsOnly)
        Fuzz::check(seconds == (fits ? number : std::numeric_limits<int>::max()), "delta-seconds are the wait",
                    QString::fromLatin1(value) + QStringLiteral(" → ") + QString::number(seconds));
    return 0;
}
