#pragma once

#include <QToolButton>

// A tool button that opens its menu at once (Export…, Status: all): the style draws the menu's
// arrow inside the button, over the end of the text, since QToolButton's size hint leaves no
// room for it outside MenuButtonPopup mode. This one leaves that room.
class MenuButton final : public QToolButton
{
public:
    explicit MenuButton(QWidget *parent = nullptr);

    // QToolButton's minimum size hint is its size hint: this one too.
    QSize sizeHint() const override;

private:
    int indicatorWidth() const;
};
