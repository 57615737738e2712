#include "contacts/contactseditorbackend.h"

#include "api/skysql/skysqlbackend.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "forms/localecatalog.h"

#include <utility>

namespace
{
bool sameExceptId(Contact a, const Contact &b)
{
    a.id = b.id;
    return a == b;
}
}

ContactsEditorBackend::ContactsEditorBackend(SkySqlBackend *backend, LocaleCatalog *locale, QObject *parent)
    : EditorBackend(parent)
    , m_backend(backend)
    , m_locale(locale)
    , m_contacts(new ContactListModel(this))
    , m_form(new ContactFormBackend(this))
{
    connect(m_form, &FormBackend::valueChanged, this, [this](int field) {
        if (field == ContactFormBackend::Country)
            updateCountryStates();
    });
    connect(m_locale, &LocaleCatalog::statesLoaded, this, [this](const QString &country) {
        if (country.compare(m_form->value(ContactFormBackend::Country), Qt::CaseInsensitive) == 0)
            updateCountryStates();
    });
}

ContactsEditorBackend::~ContactsEditorBackend() = default;

ContactListModel *ContactsEditorBackend::contacts() const
{
    return m_contacts;
}

ContactFormBackend *ContactsEditorBackend::form() const
{
    return m_form;
}

LocaleCatalog *ContactsEditorBackend::locale() const
{
    return m_locale;
}

ContactsEditorBackend::Operation ContactsEditorBackend::failedOperation() const
{
    return hasFailure() ? m_failedOperation : Operation::None;
}

bool ContactsEditorBackend::hasUnsavedWrite() const
{
    return failedOperation() == Operation::Save || m_unconfirmedCreate || m_updateOutcomeUnknown;
}

bool ContactsEditorBackend::isCreateOutcomeUnknown() const
{
    return m_unconfirmedCreate.has_value();
}

void ContactsEditorBackend::refresh()
{
    // The read on its way reads again if a write answers before it does.
    if (isLoading())
        return;
    m_locale->loadCountries();
    setLoading(true);
    const quint64 writesBefore = writesAnswered();
    m_backend->contacts(this, [this, writesBefore](const ApiResult<QList<Contact>> &result) {
        setLoading(false);
        if (!result.ok()) {
            fail(Operation::Refresh, result.error, [this] { refresh(); });
            return;
        }
        if (readAgainIfOutdated(writesBefore))
            return;
        if (failedOperation() == Operation::Refresh)
            clearFailure();
        setLoaded();
        applyList(result.value);
        Q_EMIT refreshed();
    });
}

void ContactsEditorBackend::applyList(const QList<Contact> &contacts)
{
    m_contacts->setContacts(contacts);
    // Unsaved changes (or a save on its way, or one that failed even if the user typed the
    // values back) are the user's: the list may move on, the form not.
    if (m_form->isDirty() || m_form->isSaving() || hasUnsavedWrite())
        return;
    if (m_form->isCreating()) {
        if (!contacts.isEmpty())
            m_form->loadContact(contacts.first());
        return;
    }
    const int row = m_contacts->rowOf(m_form->contactId());
    if (row >= 0) {
        const Contact fresh = m_contacts->contactAt(row);
        if (fresh != m_form->savedContact())
            m_form->loadContact(fresh);
    } else if (!contacts.isEmpty()) {
        // Deleted elsewhere: show another one rather than a record that no longer exists.
        m_form->loadContact(contacts.first());
    } else {
        m_form->startNew();
    }
}

void ContactsEditorBackend::selectContact(const QString &contactId)
{
    const int row = m_contacts->rowOf(contactId);
    if (row < 0)
        return;
    m_form->loadContact(m_contacts->contactAt(row));
    // The form that was being created is given up: a contact its lost answer made is listed.
    m_unconfirmedCreate.reset();
    if (failedOperation() == Operation::Save)
        clearFailure();
}

void ContactsEditorBackend::newContact()
{
    m_form->startNew();
    m_unconfirmedCreate.reset();
    if (failedOperation() == Operation::Save)
        clearFailure();
}

bool ContactsEditorBackend::save()
{
    if (isBusy())
        return false;
    if (!m_form->validate())
        return false;
    // After a write whose answer was lost, what is listed may not be what is stored: read
    // first, even when the form looks saved (its baseline may be the stale one).
    if (m_form->isCreating() ? m_unconfirmedCreate.has_value() : m_updateOutcomeUnknown) {
        m_form->setFormError(QString());
        readBeforeSaving();
        return true;
    }
    if (!m_form->isCreating() && !m_form->isDirty())
        return true;
    m_form->setFormError(QString());
    if (m_form->isCreating())
        sendCreate();
    else
        sendUpdate();
    return true;
}

void ContactsEditorBackend::sendCreate()
{
    setBusy(true);
    m_form->setSaving(true);
    const Contact sent = m_form->contact();
    m_backend->createContact(sent, this, [this, sent](const ApiResult<Contact> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            if (writeMayHaveHappened(result.error))
                m_unconfirmedCreate = sent;
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error, [this] { save(); });
            return;
        }
        m_unconfirmedCreate.reset();
        m_form->acceptSaved(result.value.id);
        clearFailure();
        Q_EMIT saved(result.value.id);
        refresh();
    });
}

void ContactsEditorBackend::sendUpdate()
{
    setBusy(true);
    m_form->setSaving(true);
    const QString contactId = m_form->contactId();
    m_backend->updateContact(contactId, m_form->changes(), this, [this, contactId](const ApiResult<bool> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            // Applied or not, the listed contact may no longer be what is stored.
            m_updateOutcomeUnknown = m_updateOutcomeUnknown || writeMayHaveHappened(result.error);
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error, [this] { save(); });
            return;
        }
        // A PATCH is idempotent: repeating it after a lost answer does no harm.
        if (m_form->contactId() == contactId)
            m_form->acceptSaved(contactId);
        clearFailure();
        Q_EMIT saved(contactId);
        refresh();
    });
}

void ContactsEditorBackend::readBeforeSaving()
{
    setBusy(true);
    m_form->setSaving(true);
    m_backend->contacts(this, [this](const ApiResult<QList<Contact>> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            // Still unknown: the next retry reads the list again.
            fail(Operation::Save, result.error, [this] { save(); });
            m_form->setFormError(result.error.message());
            return;
        }
        m_contacts->setContacts(result.value);
        std::optional<Contact> stored;
        if (m_form->isCreating()) {
            // Compared with what was sent, not with the form: the user may have changed it since.
            const Contact sent = *std::exchange(m_unconfirmedCreate, std::nullopt);
            for (const Contact &listed : result.value) {
                if (sameExceptId(sent, listed))
                    stored = listed;
            }
        } else {
            m_updateOutcomeUnknown = false;
            const int row = m_contacts->rowOf(m_form->contactId());
            if (row >= 0)
                stored = m_contacts->contactAt(row);
        }
        if (!stored) {
            // Not created (or deleted elsewhere: the update then says so).
            if (m_form->isCreating())
                sendCreate();
            else
                sendUpdate();
            return;
        }
        // The lost create did happen, or the stored contact is what a lost update made of it:
        // the user's values that differ from it are the changes to send, nothing else.
        m_form->adoptStored(*stored);
        if (m_form->isDirty()) {
            sendUpdate();
            return;
        }
        clearFailure();
        Q_EMIT saved(stored->id);
        Q_EMIT refreshed();
    });
}

void ContactsEditorBackend::deleteContact(const QString &contactId)
{
    const int row = m_contacts->rowOf(contactId);
    if (row < 0 || isBusy())
        return;
    const Contact contact = m_contacts->contactAt(row);
    setBusy(true);
    m_backend->deleteContact(contactId, this, [this, contact](const ApiResult<bool> &result) {
        setBusy(false);
        // Gone already (deleted elsewhere, or our earlier answer was lost): what was wanted.
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            fail(Operation::Delete, result.error, [this, contactId = contact.id] { deleteContact(contactId); });
            return;
        }
        clearFailure();
        m_deleted = contact;
        m_canUndo = true;
        Q_EMIT undoAvailableChanged(true);
        if (m_form->contactId() == contact.id && !m_form->isDirty())
            m_form->startNew();
        Q_EMIT deleted(contact);
        refresh();
    });
}

bool ContactsEditorBackend::canUndoDelete() const
{
    return m_canUndo;
}

Contact ContactsEditorBackend::deletedContact() const
{
    return m_deleted;
}

void ContactsEditorBackend::undoDelete()
{
    if (!m_canUndo || isBusy())
        return;
    Contact again = m_deleted;
    again.id.clear();
    setBusy(true);
    m_backend->createContact(again, this, [this](const ApiResult<Contact> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(Operation::UndoDelete, result.error, [this] { undoDelete(); });
            return;
        }
        clearFailure();
        m_canUndo = false;
        m_deleted = Contact();
        Q_EMIT undoAvailableChanged(false);
        if (!m_form->isDirty())
            m_form->loadContact(result.value);
        refresh();
    });
}

void ContactsEditorBackend::dismissUndo()
{
    if (!m_canUndo)
        return;
    m_canUndo = false;
    m_deleted = Contact();
    Q_EMIT undoAvailableChanged(false);
}

void ContactsEditorBackend::fail(Operation operation, const ApiError &error, RetryAction retry)
{
    m_failedOperation = operation;
    recordFailure(error, std::move(retry));
    Q_EMIT failed(operation, error);
}

void ContactsEditorBackend::updateCountryStates()
{
    const QString country = m_form->value(ContactFormBackend::Country);
    m_form->setCountryHasStates(m_locale->hasStates(country) && !m_locale->states(country).isEmpty());
    m_locale->loadStates(country);
}
