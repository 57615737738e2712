#include "widgets/formbinding.h"

#include "forms/formbackend.h"
#include "widgets/themecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace
{
QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

// `caption` with a mnemonic (Alt+letter goes to its field) that no other caption of the form
// has yet: the first free initial of a word, else the first free letter. Picked from the
// translated text, as KDE's accelerator manager does, so every language gets one.
QString withMnemonic(const QString &caption, const QWidget *form)
{
    if (caption.contains(QLatin1Char('&')))
        return caption;
    // The menu bar's letters (MainWindow::createMenus()) and the account picker's above the
    // form are the window's too. Only this form's own labels are read: a form rebuilt for
    // another account leaves its old labels around until they are deleted.
    QSet<QChar> used;
    for (const char *menu : {"&File", "&Edit", "&View", "A&ccount", "&Help"})
        used.insert(mnemonicOf(QCoreApplication::translate("MainWindow", menu)));
    used.insert(mnemonicOf(QCoreApplication::translate("AccountPicker", "&Account:")));
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            used.insert(mnemonicOf(label->text()));
    }
    auto free = [&caption, &used](qsizetype at) { return caption.at(at).isLetter() && !used.contains(caption.at(at).toLower()); };
    for (qsizetype at = 0; at < caption.size(); ++at) {
        if ((at == 0 || caption.at(at - 1).isSpace()) && free(at))
            return QString(caption).insert(at, QLatin1Char('&'));
    }
    for (qsizetype at = 0; at < caption.size(); ++at) {
        if (free(at))
            return QString(caption).insert(at, QLatin1Char('&'));
    }
    return caption;
}
}

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
            edit->setStyleSheet(form->error(field).isEmpty() ? QString() : ThemeColors::invalidFieldStyle(edit->palette()));
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
    ThemeColors::setTextTone(label, ThemeColors::Tone::Negative);
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
    auto *captionLabel = new QLabel(withMnemonic(caption, editor->parentWidget()), editor->parentWidget());
    captionLabel->setBuddy(editor);
    QFont captionFont = captionLabel->font();
    captionFont.setWeight(QFont::DemiBold);
    captionLabel->setFont(captionFont);
    // Room above each caption: the error rows between fields are empty most of the time.
    captionLabel->setContentsMargins(0, 8, 0, 0);
    QLabel *error = createErrorLabel(form, field, editor->parentWidget());
    grid->addWidget(captionLabel, row, column, 1, columnSpan);
    grid->addWidget(editor, row + 1, column, 1, columnSpan);
    grid->addWidget(error, row + 2, column, 1, columnSpan);
    return error;
}
}
