#pragma once

#include <QDate>

// Which months the Costs page shows.
struct MonthRange {
    enum class Kind { LastMonths, All, Custom };
    Kind kind = Kind::LastMonths;
    int months = 12;  // LastMonths: how many, the month in progress included
    QDate from;       // Custom: first and last month (any day of them), inclusive
    QDate to;

    static MonthRange last(int months);
    static MonthRange all();
    static MonthRange custom(const QDate &from, const QDate &to);
    bool operator==(const MonthRange &other) const;
};
