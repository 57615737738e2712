#pragma once

#include <QString>

class QCategoryAxis;

// A chart's amount axis labelled as money in the locale ("$6,000", "6 000 €"): QValueAxis's
// printf-style label format has neither thousands separators nor a currency sign. The labels
// sit on round values (1, 2 or 5 × a power of ten), about five of them.
namespace MoneyAxis
{
// Ranges `axis` from 0 to a round value at or above `maximum` (major units) and labels it.
void fit(QCategoryAxis *axis, double maximum, const QString &currency);
// The step between two labels for a range of 0 to `maximum`: 1, 2 or 5 × a power of ten.
double step(double maximum);
}
