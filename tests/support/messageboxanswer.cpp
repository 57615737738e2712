#include "support/messageboxanswer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

void answerNextBox(QMessageBox::StandardButton button, int *asked)
{
    auto *poll = new QTimer(qApp);
    auto *attempts = new int(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, attempts, button, asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++*asked;
            box->button(button)->click();
        } else if (++*attempts < 250) {
            return;
        }
        delete attempts;
        poll->deleteLater();
        poll->stop();
    });
    poll->start(20);
}
