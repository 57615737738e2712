#include "windowaccounts.h"

#include "accounts/accountsdialog.h"
#include "accounts/firstrunpage.h"
#include "composition.h"
#include "mainwindow.h"

#include <QPointer>

namespace
{
// One dialog at a time, non-modal so the pages stay readable behind it.
AccountsDialog *openDialog(MainWindow &window, Composition &composition)
{
    if (auto *open = window.findChild<AccountsDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new AccountsDialog(composition.accountManager(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
}

void connectAccountActions(MainWindow &window, Composition &composition)
{
    if (!composition.accountManager())
        return;
    QObject::connect(&window, &MainWindow::manageAccountsRequested, &window, [&window, &composition] {
        openDialog(window, composition);
    });
    QObject::connect(&window, &MainWindow::addAccountRequested, &window, [&window, &composition] {
        openDialog(window, composition)->startAdding();
    });
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&window, &composition] {
        QString problem;
        if (!composition.addDemoAccount(&problem))
            window.firstRunPage()->showProblem(problem);
    });
}
