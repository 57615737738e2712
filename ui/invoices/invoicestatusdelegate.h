#pragma once

#include "widgets/themecolors.h"
#include <QStyledItemDelegate>

// Draws the status column as a coloured pill so what needs paying stands out: overdue and
// failed in red, open in amber, paid in green. Reads InvoiceTableModel::StatusRole.
class InvoiceStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InvoiceStatusDelegate(QObject *parent = nullptr);

    // Text colour for an InvoiceStatus (as int); also used by the detail view's header.
    static ThemeColors::Tone statusTone(int status);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
