#pragma once

#include <QString>

class MonthlyCostModel;
class QChartView;
class QDate;

// The Costs page's exports: the chart as a picture, or the numbers it draws as CSV. Each
// writes its file whole or not at all, and says why in a sentence for people when it cannot.
namespace CostChartExport
{
// "costs-2025-10.png": the name offered for saving `format` (png, svg, csv) in `month`.
QString suggestedFileName(const QDate &month, const QString &format);

bool writePng(QChartView *view, const QString &filePath, QString *error);
// `title` names the picture inside the SVG.
bool writeSvg(QChartView *view, const QString &title, const QString &filePath, QString *error);
// One row per month and series: month, series, amount, currency.
bool writeCsv(const MonthlyCostModel &model, const QString &filePath, QString *error);
}
