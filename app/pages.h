#pragma once

class Composition;
class MainWindow;

// Adds the pages beyond Invoices to the window, each bound to the composition's models.
// One place to see every page the app ships, in sidebar order.
void addPages(MainWindow &window, Composition &composition);
