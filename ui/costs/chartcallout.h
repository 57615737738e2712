#pragma once

#include <QGraphicsItem>
#include <QPointF>
#include <QRectF>
#include <QString>

class QChart;

// A rounded box with a few lines of text, pointing at a bar segment: the hover tooltip drawn
// inside the chart, so it also shows in exported pictures and screenshots.
class ChartCallout final : public QGraphicsItem
{
public:
    explicit ChartCallout(QChart *chart);

    // Shows `text` in a box pointing at `anchor`, a position in the chart's coordinates.
    void show(const QString &text, const QPointF &anchor);
    // Empty while hidden.
    QString text() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QString m_text;
    QPointF m_anchor;
    QRectF m_textRect;
    QRectF m_box;
};
