#include "pages.h"

#include "composition.h"
#include "mainwindow.h"

void addPages(MainWindow &window, Composition &composition)
{
    Q_UNUSED(window);
    Q_UNUSED(composition);
}
