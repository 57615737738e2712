#include "widgets/fittingcontent.h"

FittingContent::FittingContent(QWidget *parent)
    : QWidget(parent)
{
}

int FittingContent::heightForWidth(int) const
{
    // No preferred height to insist on: the scroll area gives the viewport's, or the minimum.
    return -1;
}
