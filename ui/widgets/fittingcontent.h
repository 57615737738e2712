#pragma once

#include <QWidget>

// The widget of a resizable QScrollArea that fills the viewport and scrolls only when the
// viewport is smaller than its minimum size. A plain widget whose layout wraps text or a flow
// of controls (height for width) makes the scroll area hold it at its preferred height, so a
// page of charts would scroll in any window.
class FittingContent final : public QWidget
{
public:
    explicit FittingContent(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
};
