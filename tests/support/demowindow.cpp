#include "support/demowindow.h"

#include "composition.h"
#include "mainwindow.h"
#include "pages.h"

#include <QDir>
#include <QPixmap>

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

bool saveWindowShot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("BILLDECK_LAYOUT_SHOTS");
    if (folder.isEmpty())
        return true;
    QDir().mkpath(folder);
    const QString file = QStringLiteral("%1-%2x%3.png").arg(name).arg(window->width()).arg(window->height());
    return window->grab().save(QDir(folder).filePath(file));
}
} // namespace TestSupport
