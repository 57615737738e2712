#pragma once

#include <QStringList>

class QCategoryAxis;
class QChart;
class QFontMetrics;

// A chart's month axis with bars at 0, 1, … count-1: a value axis, not a bar category one. Qt
// Charts cuts a bar category's label to its one month's width, which no month name with a
// four-digit year fits in a narrow chart, whereas a category here spans from one labelled month
// to the next, so a label has the room of every month it stands for. The Costs chart and each
// currency's small chart label their months alike, so each one reads alone.
namespace MonthAxis
{
// `labels` (one per month, oldest first) with every step-th one kept, counted back from the
// newest, which always keeps its label: as many as fit `plotWidth` pixels whole. The others
// are empty strings.
QStringList thinned(const QStringList &labels, int plotWidth, const QFontMetrics &metrics);
// Ranges `axis` over `count` bars and labels it with `shown` (from thinned()) when that changed
// from `previous`; returns whether it did.
bool apply(QCategoryAxis *axis, const QStringList &shown, const QStringList &previous);
// Widens `chart`'s right margin (beyond `baseMargin`) to hold the half of the newest month's
// label that passes the plot's edge.
void fitRightMargin(QChart *chart, const QStringList &labels, int plotWidth, const QFontMetrics &metrics, int baseMargin);
}
