#pragma once

#include "widgets/editorpage.h"

#include <QPointer>
#include <QWidget>

class AccountRegistry;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TaxEditorBackend;

// The organization's tax registration: country, postal code and VAT number, with the expected
// VAT format shown under the number and each problem in red beside its field. Binds to the picked
// account's TaxEditorBackend; with several accounts that keep one, a picker chooses which.
class TaxPage final : public EditorPage
{
    Q_OBJECT

public:
    explicit TaxPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    TaxEditorBackend *editor() const;
    QPushButton *saveButton() const;
    QPushButton *deleteButton() const;
    QComboBox *countryCombo() const;
    QLineEdit *registrationEdit() const;
    QLabel *hintLabel() const;

protected:
    EditorBackend *editorOf(AccountConnection *source) const override;
    void bindEditor(AccountConnection *source) override;
    void updateState() override;

private:
    void buildForm();
    void fillCountries();

    QPointer<TaxEditorBackend> m_editor;

    QLabel *m_statusLabel;
    QWidget *m_formHost;
    QComboBox *m_country = nullptr;
    QLineEdit *m_registration = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_deleteButton;
};
