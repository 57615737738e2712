#include "invoices/invoicestatusdelegate.h"

#include "domain/invoice.h"
#include "invoices/invoicetablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace
{
constexpr int PillPaddingX = 8;
constexpr int PillPaddingY = 2;
constexpr int PillMarginX = 4;
}

InvoiceStatusDelegate::InvoiceStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ThemeColors::Tone InvoiceStatusDelegate::statusTone(int status)
{
    switch (static_cast<InvoiceStatus>(status)) {
    case InvoiceStatus::Paid: return ThemeColors::Tone::Positive;
    case InvoiceStatus::Open: return ThemeColors::Tone::Warning;
    case InvoiceStatus::Overdue:
    case InvoiceStatus::Failed: return ThemeColors::Tone::Negative;
    case InvoiceStatus::Unknown: break;
    }
    return ThemeColors::Tone::Neutral;
}

void InvoiceStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The row's background and selection come from the style; only the text becomes a pill.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const int status = index.data(InvoiceTableModel::StatusRole).toInt();
    const QFontMetrics metrics(opt.font);
    const QRect textRect = opt.rect.adjusted(PillMarginX, 0, -PillMarginX, 0);
    // +2: elidedText() measures with sub-pixel widths and would cut a text that just fits.
    const int width = std::min(metrics.horizontalAdvance(text) + 2 * PillPaddingX + 2, textRect.width());
    const int height = std::min(metrics.height() + 2 * PillPaddingY, textRect.height());
    const QRect pill(textRect.left(), textRect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
    const ThemeColors::Tone tone = statusTone(status);
    painter->fillPath(path, ThemeColors::toneTint(opt.palette, tone));
    painter->setPen(ThemeColors::toneText(opt.palette, tone));
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(PillPaddingX, 0, -PillPaddingX, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, pill.width() - 2 * PillPaddingX));
    painter->restore();
}

QSize InvoiceStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * PillPaddingX + 2 * PillMarginX;
    size.rheight() = std::max(size.height(), QFontMetrics(option.font).height() + 2 * PillPaddingY + 6);
    return size;
}
