#include "widgets/formbinding.h"

#include "forms/formbackend.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace FormBinding
{
void bindLineEdit(FormBackend *form, int field, QLineEdit *edit)
{
    edit->setObjectName(form->fieldName(field));
    edit->setText(form->value(field));
    QObject::connect(edit, &QLineEdit::textEdited, form, [form, field](const QString &text) {
        form->setValue(field, text);
    });
    QObject::connect(form, &FormBackend::valueChanged, edit, [form, field, edit](int changed) {
        if (changed == field && edit->text() != form->value(field))
            edit->setText(form->value(field));
    });
    QObject::connect(form, &FormBackend::errorChanged, edit, [form, field, edit](int changed) {
        if (changed == field)
            edit->setStyleSheet(form->error(field).isEmpty() ? QString()
                                                             : QStringLiteral("QLineEdit { border: 1px solid #b3261e; border-radius: 3px; padding: 2px; }"));
    });
    QObject::connect(form, &FormBackend::savingChanged, edit, [edit](bool saving) { edit->setReadOnly(saving); });
}

void syncCombo(FormBackend *form, int field, QComboBox *combo)
{
    const int index = combo->findData(form->value(field), Qt::UserRole, Qt::MatchFixedString);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void bindCombo(FormBackend *form, int field, QComboBox *combo)
{
    combo->setObjectName(form->fieldName(field));
    syncCombo(form, field, combo);
    QObject::connect(combo, &QComboBox::activated, form, [form, field, combo](int index) {
        form->setValue(field, combo->itemData(index).toString());
    });
    QObject::connect(form, &FormBackend::valueChanged, combo, [form, field, combo](int changed) {
        if (changed == field)
            syncCombo(form, field, combo);
    });
    QObject::connect(form, &FormBackend::savingChanged, combo, [combo](bool saving) { combo->setEnabled(!saving); });
}

QLabel *createErrorLabel(FormBackend *form, int field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(form->fieldName(field) + QStringLiteral("_error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setText(form->error(field));
    label->setVisible(!form->error(field).isEmpty());
    QObject::connect(form, &FormBackend::errorChanged, label, [form, field, label](int changed) {
        if (changed != field)
            return;
        label->setText(form->error(field));
        label->setVisible(!form->error(field).isEmpty());
    });
    return label;
}

QLabel *addField(QGridLayout *grid, int row, int column, const QString &caption, QWidget *editor,
                 FormBackend *form, int field, int columnSpan)
{
    auto *captionLabel = new QLabel(caption, editor->parentWidget());
    captionLabel->setBuddy(editor);
    captionLabel->setStyleSheet(QStringLiteral("color: #3e4c59; font-weight: 600;"));
    // Room above each caption: the error rows between fields are empty most of the time.
    captionLabel->setContentsMargins(0, 8, 0, 0);
    QLabel *error = createErrorLabel(form, field, editor->parentWidget());
    grid->addWidget(captionLabel, row, column, 1, columnSpan);
    grid->addWidget(editor, row + 1, column, 1, columnSpan);
    grid->addWidget(error, row + 2, column, 1, columnSpan);
    return error;
}
}
