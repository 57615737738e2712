#include "widgets/pagecommands.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QToolButton>
#include <QVariant>
#include <QWidget>

namespace
{
const char *const CommandProperty = "billdeckPageCommand";
}

namespace PageCommands
{
void mark(QWidget *widget, Command command)
{
    widget->setProperty(CommandProperty, static_cast<int>(command));
}

QWidget *target(const QWidget *page, Command command)
{
    if (!page)
        return nullptr;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QVariant marked = widget->property(CommandProperty);
        if (marked.isValid() && marked.toInt() == static_cast<int>(command) && widget->isVisibleTo(page)
            && widget->isEnabled())
            return widget;
    }
    return nullptr;
}

bool run(const QWidget *page, Command command)
{
    QWidget *widget = target(page, command);
    if (!widget)
        return false;
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
        return true;
    }
    if (auto *toolButton = qobject_cast<QToolButton *>(widget); toolButton && toolButton->menu()) {
        toolButton->setFocus(Qt::ShortcutFocusReason);
        toolButton->showMenu();
        return true;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        button->click();
        return true;
    }
    widget->setFocus(Qt::ShortcutFocusReason);
    return true;
}
}
