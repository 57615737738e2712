#pragma once

class QWidget;

// The window's menu commands that act on the current page (find, refresh, export, save, ...).
// A page marks the widget that already does the job (its search field, its Refresh button);
// the menu then runs that widget, so a shortcut does exactly what the page's own button does
// and is there only while that button is.
namespace PageCommands
{
enum class Command { Find, Refresh, Export, Save, Revert, OpenPdf, SavePdf };

// `widget` carries out `command` on the page it sits in.
void mark(QWidget *widget, Command command);
// The marked widget of `page` that can run now (shown and enabled), or null.
QWidget *target(const QWidget *page, Command command);
// Runs `command` on `page`: focuses and selects a line edit, clicks a button (opens a tool
// button's menu). False when the page has nothing that can run it now.
bool run(const QWidget *page, Command command);
}
