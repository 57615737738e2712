#pragma once

#include <QString>

#include <memory>

class Composition;
class MainWindow;

namespace TestSupport
{
// The window as the app builds it (every page, the account switcher) over the demo server's
// two accounts in `composition`; null, with the reason in `problem`, when the demo server
// cannot start. Not shown yet.
std::unique_ptr<MainWindow> openDemoWindow(Composition &composition, QString *problem);
} // namespace TestSupport
