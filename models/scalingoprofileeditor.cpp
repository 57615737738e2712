#include "scalingoprofileeditor.h"

#include "api/scalingo/scalingobackend.h"
#include "billingprofileformbackend.h"

ScalingoProfileEditor::ScalingoProfileEditor(ScalingoBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_form(new BillingProfileFormBackend(this))
{
}

ScalingoProfileEditor::~ScalingoProfileEditor() = default;

BillingProfileFormBackend *ScalingoProfileEditor::form() const
{
    return m_form;
}

bool ScalingoProfileEditor::isLoading() const
{
    return m_loading;
}

bool ScalingoProfileEditor::hasLoaded() const
{
    return m_loaded;
}

bool ScalingoProfileEditor::isBusy() const
{
    return m_busy;
}

ScalingoProfileEditor::Operation ScalingoProfileEditor::failedOperation() const
{
    return m_failedOperation;
}

ApiError ScalingoProfileEditor::lastError() const
{
    return m_lastError;
}

void ScalingoProfileEditor::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_backend->billingHostProfile(this, [this](const ApiResult<BillingProfile> &result) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        const bool missing = !result.ok() && result.error.kind() == ApiError::Kind::NotFound;
        if (!result.ok() && !missing) {
            fail(Operation::Refresh, result.error);
            return;
        }
        if (m_failedOperation == Operation::Refresh)
            clearFailure();
        m_loaded = true;
        // Unsaved changes outrank whatever the provider has now.
        if (!m_form->isDirty() && !m_form->isSaving())
            m_form->loadProfile(missing ? BillingProfile() : result.value, !missing);
        Q_EMIT refreshed();
    });
}

bool ScalingoProfileEditor::save()
{
    if (m_busy || !m_form->validate())
        return false;
    if (m_form->exists() && !m_form->isDirty())
        return true;
    m_form->setFormError(QString());
    if (m_form->exists() || !m_createOutcomeUnknown) {
        send();
        return true;
    }
    // The last create may have happened: read first, then update what is there.
    setBusy(true);
    m_form->setSaving(true);
    m_backend->billingHostProfile(this, [this](const ApiResult<BillingProfile> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            m_form->setFormError(result.error.message());
            fail(Operation::Save, result.error);
            return;
        }
        m_createOutcomeUnknown = false;
        if (result.ok()) {
            // Ours or someone's: the user's values become changes to it (an update is idempotent).
            m_form->adoptStored(result.value);
            if (!m_form->isDirty()) {
                clearFailure();
                Q_EMIT saved();
                return;
            }
        }
        send();
    });
    return true;
}

void ScalingoProfileEditor::send()
{
    setBusy(true);
    m_form->setSaving(true);
    const bool creating = !m_form->exists();
    auto done = [this, creating](const ApiResult<BillingProfile> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            m_createOutcomeUnknown = creating
                && (result.error.kind() == ApiError::Kind::Timeout || result.error.kind() == ApiError::Kind::Network);
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error);
            return;
        }
        m_form->acceptSaved(result.value);
        clearFailure();
        Q_EMIT saved();
    };
    if (creating)
        m_backend->createBillingProfile(m_form->profile(), this, done);
    else
        m_backend->updateBillingProfile(m_form->profile().id, m_form->profile(), this, done);
}

void ScalingoProfileEditor::retry()
{
    switch (m_failedOperation) {
    case Operation::None:
        return;
    case Operation::Refresh:
        refresh();
        return;
    case Operation::Save:
        save();
        return;
    }
}

void ScalingoProfileEditor::fail(Operation operation, const ApiError &error)
{
    m_failedOperation = operation;
    m_lastError = error;
    Q_EMIT failed(operation, error);
}

void ScalingoProfileEditor::clearFailure()
{
    if (m_failedOperation == Operation::None)
        return;
    m_failedOperation = Operation::None;
    m_lastError = ApiError();
    Q_EMIT failureCleared();
}

void ScalingoProfileEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
