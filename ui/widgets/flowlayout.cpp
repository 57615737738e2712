#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace
{
// The width an item asks for, within its own bounds (a field's minimum can exceed its hint).
int preferredWidth(const QLayoutItem *item)
{
    return std::clamp(item->sizeHint().width(), item->minimumSize().width(),
                      std::max(item->minimumSize().width(), item->maximumSize().width()));
}

// A hidden widget, or a group whose widgets are all hidden, takes no place (nor spacing).
bool takesNoPlace(const QLayoutItem *item)
{
    return item->isEmpty() || item->sizeHint().isEmpty();
}
}

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else can go onto another row.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (takesNoPlace(item))
            continue;
        width += (width > 0 ? m_horizontalSpacing : 0) + preferredWidth(item);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(area.width(), 1);
    int y = area.y();
    int index = 0;
    const int itemCount = static_cast<int>(m_items.size());
    while (index < itemCount) {
        // One row: as many items as fit, at least one.
        QList<QLayoutItem *> row;
        int used = 0;
        int rowHeight = 0;
        int expanding = 0;
        for (; index < itemCount; ++index) {
            QLayoutItem *item = m_items.at(index);
            if (takesNoPlace(item))
                continue;
            const int width = std::min(preferredWidth(item), available);
            const int needed = (row.isEmpty() ? 0 : m_horizontalSpacing) + width;
            if (!row.isEmpty() && used + needed > available)
                break;
            row.append(item);
            used += needed;
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            // The room left on the row goes to the items that expand, shared evenly.
            int spare = std::max(available - used, 0);
            int x = area.x();
            for (QLayoutItem *item : std::as_const(row)) {
                int width = std::min(preferredWidth(item), available);
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding;
                    width += share;
                    spare -= share;
                    --expanding;
                }
                width = std::min(std::max(width, item->minimumSize().width()), item->maximumSize().width());
                const int height = std::min(rowHeight, item->maximumSize().height());
                // Centred in the row, as a box layout would place a shorter widget.
                item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                x += width + m_horizontalSpacing;
            }
        }
        y += rowHeight + m_verticalSpacing;
    }
    return std::max(y - m_verticalSpacing - area.y(), 0) + contentsMargins().top() + contentsMargins().bottom();
}

QWidget *flowGroup(QWidget *parent, std::initializer_list<QWidget *> widgets, int spacing)
{
    auto *group = new QWidget(parent);
    // A group keeps its own width: the room left on a row goes to the fields that expand.
    group->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(spacing);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    return group;
}
