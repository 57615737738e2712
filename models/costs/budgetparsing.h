#pragma once

#include "money.h"

#include <QString>

// What people type as a monthly budget: "1500", "1500.00" or "2,500.50" (thousands commas are
// dropped), or nothing for no budget. Reading only; BudgetStore keeps what is read.
namespace BudgetParsing
{
struct Result {
    enum class Kind {
        NoBudget,  // empty: the budget is to be cleared
        Amount,
        Invalid,   // not an amount, or a negative one: budgets are spending ceilings
    };
    Kind kind = Kind::Invalid;
    Money amount;  // Kind::Amount only
};

Result parse(const QString &text, const QString &currency);
}
