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

QColor InvoiceStatusDelegate::statusColor(int status)
{
    switch (static_cast<InvoiceStatus>(status)) {
    case InvoiceStatus::Paid: return QColor(0x1e, 0x6b, 0x34);
    case InvoiceStatus::Open: return QColor(0x8a, 0x5a, 0x00);
    case InvoiceStatus::Overdue:
    case InvoiceStatus::Failed: return QColor(0xb0, 0x1e, 0x1e);
    case InvoiceStatus::Unknown: break;
    }
    return QColor(0x55, 0x5b, 0x66);
}

QColor InvoiceStatusDelegate::statusBackground(int status)
{
    switch (static_cast<InvoiceStatus>(status)) {
    case InvoiceStatus::Paid: return QColor(0xe3, 0xf4, 0xe6);
    case InvoiceStatus::Open: return QColor(0xfd, 0xf0, 0xd2);
    case InvoiceStatus::Overdue:
    case InvoiceStatus::Failed: return QColor(0xfb, 0xe1, 0xe0);
    case InvoiceStatus::Unknown: break;
    }
    return QColor(0xec, 0xee, 0xf1);
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
    painter->fillPath(path, statusBackground(status));
    painter->setPen(statusColor(status));
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
