#pragma once

#include "domain/contact.h"
#include "forms/editorbackend.h"

#include <optional>

class ContactFormBackend;
class ContactListModel;
class LocaleCatalog;
class SkySqlBackend;

// The Contacts page's rules, without widgets: the list and the form, and what happens on save,
// failure, retry, refresh and delete, so that no edit is ever lost.
// - A failed save leaves the form dirty with the user's values and the error; retry() sends it
//   again.
// - A create whose answer never came (timeout, dropped connection) may have happened: retry()
//   reads the list first and adopts a contact equal to the form instead of creating a twin.
// - A refresh updates the list, never a form with unsaved changes.
// - A deleted contact is kept until dismissUndo(): undoDelete() creates it again.
class ContactsEditorBackend final : public EditorBackend
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, Save, Delete, UndoDelete };
    Q_ENUM(Operation)

    ContactsEditorBackend(SkySqlBackend *backend, LocaleCatalog *locale, QObject *parent = nullptr);
    ~ContactsEditorBackend() override;

    ContactListModel *contacts() const;
    ContactFormBackend *form() const;
    LocaleCatalog *locale() const;

    // The failure waiting for retry(); None when nothing failed.
    Operation failedOperation() const;
    // True while a create's outcome is unknown (its answer was lost).
    bool isCreateOutcomeUnknown() const;

    void refresh() override;
    // Shows a listed contact in the form, or a blank new one. The caller has dealt with
    // unsaved changes (the page asks the user).
    void selectContact(const QString &contactId);
    void newContact();
    // Checks the form and sends it: POST for a new contact, PATCH with only the changes for
    // a stored one. False when the form has errors (nothing was sent).
    bool save() override;
    void deleteContact(const QString &contactId);

    bool canUndoDelete() const;
    Contact deletedContact() const;
    void undoDelete();
    // The notice is gone: the deleted contact is forgotten.
    void dismissUndo();

Q_SIGNALS:
    void saved(const QString &contactId);
    void failed(ContactsEditorBackend::Operation operation, const ApiError &error);
    void deleted(const Contact &contact);
    void undoAvailableChanged(bool available);

private:
    void sendCreate();
    void sendUpdate();
    // Reads the list before a save that follows a lost answer (see save()).
    void readBeforeSaving();
    // A save failed, or its outcome is unknown, and nothing was saved since.
    bool hasUnsavedWrite() const;
    void fail(Operation operation, const ApiError &error, RetryAction retry);
    void applyList(const QList<Contact> &contacts);
    void updateCountryStates();

    SkySqlBackend *m_backend;
    Operation m_failedOperation = Operation::None;
    LocaleCatalog *m_locale;
    ContactListModel *m_contacts;
    ContactFormBackend *m_form;
    // A create whose answer was lost or unreadable, as sent: the next save looks for it first.
    std::optional<Contact> m_unconfirmedCreate;
    // An update whose answer was lost or unreadable: the list may be stale.
    bool m_updateOutcomeUnknown = false;
    bool m_canUndo = false;
    Contact m_deleted;
};
