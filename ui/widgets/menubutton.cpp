#include "widgets/menubutton.h"

#include <QStyle>
#include <QStyleOptionToolButton>

MenuButton::MenuButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
}

int MenuButton::indicatorWidth() const
{
    QStyleOptionToolButton option;
    initStyleOption(&option);
    return style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
}

QSize MenuButton::sizeHint() const
{
    return QToolButton::sizeHint() + QSize(indicatorWidth(), 0);
}
