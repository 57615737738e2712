#pragma once

#include <QString>

class FormBackend;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

// Binds editor widgets to a FormBackend field: the widget shows the backend's value, the user's
// input goes to the backend, and the field's error appears in red just under it. No rules here.
namespace FormBinding
{
void bindLineEdit(FormBackend *form, int field, QLineEdit *edit);
// The combo's items carry the value as Qt::UserRole data.
void bindCombo(FormBackend *form, int field, QComboBox *combo);
// Selects the item whose data equals the backend's value (adding none).
void syncCombo(FormBackend *form, int field, QComboBox *combo);
QLabel *createErrorLabel(FormBackend *form, int field, QWidget *parent);
// Adds caption, editor and error label in a column of `grid` at `row` (caption row, editor row,
// error row) and returns the error label.
QLabel *addField(QGridLayout *grid, int row, int column, const QString &caption, QWidget *editor,
                 FormBackend *form, int field, int columnSpan = 1);
}
