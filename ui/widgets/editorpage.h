#pragma once

#include "accounts/capabilities.h"
#include "widgets/unsavedchangesguard.h"

#include <QPointer>
#include <QWidget>

class AccountConnection;
class AccountPicker;
class AccountRegistry;
class ApiError;
class EditorBackend;
class ErrorBanner;
class FormBackend;
class PageReadiness;
class QLabel;
class QVBoxLayout;

// What the Contacts, Tax, Payment methods and Billing profile pages share: a title, the line
// saying which account the page works on, the account picker, a banner for failures with Retry,
// and the life of the picked account's editor backend (loading, ready, failed, and asking before
// a pending edit is dropped). Each page adds its body and binds its widgets in bindEditor().
class EditorPage : public QWidget, public UnsavedChangesGuard
{
    Q_OBJECT

public:
    ~EditorPage() override;

    AccountPicker *accountPicker() const;
    PageReadiness *readiness() const;
    ErrorBanner *errorBanner() const;

    // Reads the editor's data again; the page's first showing does it too.
    void refresh();

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    bool isSavingChanges() const override;
    void discardChanges() override;

protected:
    // `pageKey` as given to MainWindow::addPage(); the page's body goes into contentLayout().
    EditorPage(const QString &pageKey, const QString &title, AccountRegistry *accounts, Capability capability,
               QWidget *parent = nullptr);

    // The editor of `source` this page binds to; null when the account has none to offer.
    virtual EditorBackend *editorOf(AccountConnection *source) const = 0;
    // Binds the page's widgets to the new editor (null: no account offers one), after the base
    // let go of the previous one. Connections made here with this page as context are undone
    // when the editor changes again.
    virtual void bindEditor(AccountConnection *source) = 0;
    // The editor's state changed (busy, loaded, failed): buttons and labels follow.
    virtual void updateState();

    // Finishes the constructor of the page: binds the account the picker shows.
    void bindPickedAccount();
    // The form whose unsaved changes the page guards (none for an editor without one).
    void setEditedForm(FormBackend *form);
    QLabel *sourceLabel() const;
    QVBoxLayout *contentLayout() const;

    void showEvent(QShowEvent *event) override;

private:
    void showFailure(const ApiError &error);

    AccountPicker *m_picker;
    PageReadiness *m_readiness;
    ErrorBanner *m_banner;
    QLabel *m_sourceLabel;
    QVBoxLayout *m_layout;
    QPointer<EditorBackend> m_editor;
    QPointer<FormBackend> m_form;
    bool m_started = false;
};
