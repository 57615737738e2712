#pragma once

#include "widgets/editorpage.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class AccountRegistry;
class AdaptiveColumns;
class ContactsEditorBackend;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QFrame;

// The organization's contacts: the list on the left, the selected contact's form on the right
// with each field's problem in red under it. Binds to the picked account's ContactsEditorBackend
// (the rules live there); with several accounts that have contacts, a picker chooses which.
class ContactsPage final : public EditorPage
{
    Q_OBJECT

public:
    explicit ContactsPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    ContactsEditorBackend *editor() const;
    QTableView *contactTable() const;
    QPushButton *saveButton() const;
    QPushButton *revertButton() const;
    QPushButton *deleteButton() const;
    QPushButton *undoButton() const;
    QComboBox *countryCombo() const;
    QComboBox *stateCombo() const;

protected:
    EditorBackend *editorOf(AccountConnection *source) const override;
    void bindEditor(AccountConnection *source) override;
    void updateState() override;

private:
    void buildForm();
    void fillCountries();
    void fillStates();
    void selectFormRow();
    void onSelectionChanged();
    void onDeleteClicked();

    QPointer<ContactsEditorBackend> m_editor;
    QTimer m_undoTimer;

    QFrame *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undoButton;
    QStackedWidget *m_body;
    QLabel *m_noAccount;
    QTableView *m_table;
    AdaptiveColumns *m_columns;
    QPushButton *m_newButton;
    QWidget *m_formHost = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_dirtyLabel = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_state = nullptr;
    QWidget *m_stateCaption = nullptr;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_deleteButton;
};
