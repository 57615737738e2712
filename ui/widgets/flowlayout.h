#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

// Lays its items out left to right and wraps them onto further rows when the width runs out,
// as Qt's "Flow Layout" example does: a filter bar that fits a 1440-pixel window on one row
// takes two on a 1024-pixel one instead of widening the window. An item whose widget expands
// horizontally (a search field) takes the room left on its row.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 8, int verticalSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

// Widgets that stay together on one row of a flow (a label and its field), as one item.
QWidget *flowGroup(QWidget *parent, std::initializer_list<QWidget *> widgets, int spacing = 4);
