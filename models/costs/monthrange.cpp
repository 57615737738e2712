#include "costs/monthrange.h"

#include "dates.h"

#include <algorithm>

MonthRange MonthRange::last(int months)
{
    MonthRange range;
    range.kind = Kind::LastMonths;
    range.months = std::max(1, months);
    return range;
}

MonthRange MonthRange::all()
{
    MonthRange range;
    range.kind = Kind::All;
    return range;
}

MonthRange MonthRange::custom(const QDate &from, const QDate &to)
{
    MonthRange range;
    range.kind = Kind::Custom;
    // Either order means the same months.
    range.from = Dates::firstOfMonth(std::min(from, to));
    range.to = Dates::firstOfMonth(std::max(from, to));
    return range;
}

bool MonthRange::operator==(const MonthRange &other) const
{
    return kind == other.kind && months == other.months && from == other.from && to == other.to;
}
