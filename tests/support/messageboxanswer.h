#pragma once

#include <QMessageBox>

// Answers the next message box with `button`, as a person would, once it is up (a modal box
// runs its own event loop, so the answer has to come from a timer). `asked` counts the boxes
// seen; a box that never comes leaves it as it was.
void answerNextBox(QMessageBox::StandardButton button, int *asked);
