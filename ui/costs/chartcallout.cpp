#include "costs/chartcallout.h"

#include "widgets/themecolors.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

ChartCallout::ChartCallout(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(20);
    hide();
}

void ChartCallout::show(const QString &text, const QPointF &anchor)
{
    prepareGeometryChange();
    m_text = text;
    m_anchor = anchor;
    QFont bold = m_chart->font();
    const QFontMetricsF metrics(bold);
    m_textRect = metrics.boundingRect(QRectF(0, 0, 400, 200), Qt::AlignLeft, m_text);
    m_textRect.translate(10, 8);
    m_box = m_textRect.adjusted(-10, -8, 10, 8);
    // Above and to the right of the segment, kept inside the plot area.
    QPointF topLeft = anchor + QPointF(14, -m_box.height() - 10);
    const QRectF plot = m_chart->plotArea();
    if (topLeft.x() + m_box.width() > plot.right())
        topLeft.setX(anchor.x() - m_box.width() - 14);
    if (topLeft.y() < plot.top())
        topLeft.setY(plot.top() + 4);
    setPos(topLeft);
    QGraphicsItem::show();
    update();
}

QString ChartCallout::text() const
{
    return isVisible() ? m_text : QString();
}

QRectF ChartCallout::boundingRect() const
{
    const QPointF anchor = mapFromParent(m_anchor);
    return m_box.united(QRectF(anchor, QSizeF(1, 1))).adjusted(-2, -2, 2, 2);
}

void ChartCallout::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    // Drawn as the theme draws a tooltip, which is what it is.
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const QColor background = palette.color(QPalette::ToolTipBase);
    const QColor text = palette.color(QPalette::ToolTipText);
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF anchor = mapFromParent(m_anchor);
    painter->setPen(QPen(ThemeColors::mix(background, text, 0.5), 1));
    painter->drawLine(anchor, m_box.center().x() < anchor.x() ? m_box.bottomRight() : m_box.bottomLeft());
    painter->setBrush(background);
    painter->drawRoundedRect(m_box, 6, 6);
    painter->setPen(text);
    painter->setFont(m_chart->font());
    painter->drawText(m_textRect, Qt::AlignLeft, m_text);
    painter->setBrush(text);
    painter->drawEllipse(anchor, 3, 3);
}
