#pragma once

#include "tax/taxeditorbackend.h"
#include "widgets/unsavedchangesguard.h"

#include <QPointer>
#include <QWidget>

class AccountPicker;
class AccountRegistry;
class ErrorBanner;
class PageReadiness;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The organization's tax registration: country, postal code and VAT number, with the expected
// VAT format shown under the number and each problem in red beside its field. Binds to the picked
// account's TaxEditorBackend; with several accounts that keep one, a picker chooses which.
class TaxPage final : public QWidget, public UnsavedChangesGuard
{
    Q_OBJECT

public:
    explicit TaxPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    TaxEditorBackend *editor() const;
    AccountPicker *accountPicker() const;
    PageReadiness *readiness() const;
    ErrorBanner *errorBanner() const;
    QPushButton *saveButton() const;
    QPushButton *deleteButton() const;
    QComboBox *countryCombo() const;
    QLineEdit *registrationEdit() const;
    QLabel *hintLabel() const;

    void refresh();

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    bool isSavingChanges() const override;
    void discardChanges() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildEditor();
    void showFailure(TaxEditorBackend::Operation operation, const ApiError &error);
    void buildForm();
    void fillCountries();
    void updateState();

    AccountPicker *m_picker;
    QPointer<TaxEditorBackend> m_editor;
    PageReadiness *m_readiness;
    bool m_started = false;

    ErrorBanner *m_banner;
    QLabel *m_sourceLabel;
    QLabel *m_statusLabel;
    QWidget *m_formHost;
    QComboBox *m_country = nullptr;
    QLineEdit *m_registration = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_deleteButton;
};
