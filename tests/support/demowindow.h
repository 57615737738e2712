#pragma once

#include <QString>

#include <memory>

class Composition;
class QWidget;
class MainWindow;

namespace TestSupport
{
// The window as the app builds it (every page, the account switcher) over the demo server's
// two accounts in `composition`; null, with the reason in `problem`, when the demo server
// cannot start. Not shown yet.
std::unique_ptr<MainWindow> openDemoWindow(Composition &composition, QString *problem);

// With BILLDECK_LAYOUT_SHOTS=<folder> set, saves the window as <folder>/<name>-<w>x<h>.png for
// a person to look at; false only when that fails.
bool saveWindowShot(QWidget *window, const QString &name);
} // namespace TestSupport
