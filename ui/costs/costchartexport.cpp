#include "costs/costchartexport.h"

#include "costs/monthlycostmodel.h"
#include "invoices/invoiceexport.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace CostChartExport
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("CostChartExport", text);
}

QString isoMonth(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

bool writeFile(const QString &filePath, const QByteArray &data, QString *error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    return true;
}
}

QString suggestedFileName(const QDate &month, const QString &format)
{
    return QStringLiteral("costs-%1.%2").arg(isoMonth(month), format);
}

bool writePng(QChartView *view, const QString &filePath, QString *error)
{
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!view->grab().save(&buffer, "PNG")) {
            *error = tr("Could not draw the chart as PNG.");
            return false;
        }
    }
    return writeFile(filePath, data, error);
}

bool writeSvg(QChartView *view, const QString &title, const QString &filePath, QString *error)
{
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(view->size());
        generator.setViewBox(QRect(QPoint(0, 0), view->size()));
        generator.setTitle(title);
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Could not draw the chart as SVG.");
            return false;
        }
        view->render(&painter);
        painter.end();
    }
    return writeFile(filePath, data, error);
}

bool writeCsv(const MonthlyCostModel &model, const QString &filePath, QString *error)
{
    QByteArray data = InvoiceExport::csvRow({QStringLiteral("month"), QStringLiteral("series"), QStringLiteral("amount"),
                                             QStringLiteral("currency")});
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const Money amount = model.amount(row, column);
            data += InvoiceExport::csvRow({isoMonth(model.monthAt(row)), model.seriesKey(column), amount.toDecimalString(),
                                           amount.currency()});
        }
    }
    return writeFile(filePath, data, error);
}
}
