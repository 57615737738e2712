#pragma once

#include <QStringList>

class Composition;
class MainWindow;

// Adds the pages beyond Invoices to the window, each bound to the composition's models.
// One place to see every page the app ships, in sidebar order.
void addPages(MainWindow &window, Composition &composition);
// Every page's key (`--page KEY`), in sidebar order: "invoices", the window's own, then the
// ones addPages() adds. The window shows those the shown accounts offer.
QStringList pageKeys();
