#include "support/demowindow.h"

#include "composition.h"
#include "mainwindow.h"
#include "pages.h"

namespace TestSupport
{
std::unique_ptr<MainWindow> openDemoWindow(Composition &composition, QString *problem)
{
    if (!composition.addDemoAccount(problem))
        return nullptr;
    auto window = std::make_unique<MainWindow>(composition.repository());
    window->setAccountRegistry(composition.accounts());
    addPages(*window, composition);
    return window;
}
} // namespace TestSupport
