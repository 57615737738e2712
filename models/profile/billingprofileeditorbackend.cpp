#include "profile/billingprofileeditorbackend.h"

#include "api/scalingo/scalingobackend.h"
#include "profile/billingprofileformbackend.h"

BillingProfileEditorBackend::BillingProfileEditorBackend(ScalingoBackend *backend, QObject *parent)
    : EditorBackend(parent)
    , m_backend(backend)
    , m_form(new BillingProfileFormBackend(this))
{
}

BillingProfileEditorBackend::~BillingProfileEditorBackend() = default;

BillingProfileFormBackend *BillingProfileEditorBackend::form() const
{
    return m_form;
}

BillingProfileEditorBackend::Operation BillingProfileEditorBackend::failedOperation() const
{
    return hasFailure() ? m_failedOperation : Operation::None;
}

void BillingProfileEditorBackend::refresh()
{
    // The read on its way reads again if a save answers before it does.
    if (isLoading())
        return;
    setLoading(true);
    const quint64 writesBefore = writesAnswered();
    m_backend->billingHostProfile(this, [this, writesBefore](const ApiResult<BillingProfile> &result) {
        setLoading(false);
        const bool missing = !result.ok() && result.error.kind() == ApiError::Kind::NotFound;
        if (!result.ok() && !missing) {
            fail(Operation::Refresh, result.error, [this] { refresh(); });
            return;
        }
        if (readAgainIfOutdated(writesBefore))
            return;
        if (failedOperation() == Operation::Refresh)
            clearFailure();
        setLoaded();
        // Unsaved changes outrank whatever the provider has now, and so does a failed save the
        // user typed back (what it sent may be stored: that is not for a refresh to show).
        const bool unsaved = failedOperation() == Operation::Save || m_writeOutcomeUnknown;
        if (!m_form->isDirty() && !m_form->isSaving() && !unsaved)
            m_form->loadProfile(missing ? BillingProfile() : result.value, !missing);
        Q_EMIT refreshed();
    });
}

bool BillingProfileEditorBackend::save()
{
    if (isBusy() || !m_form->validate())
        return false;
    // After a lost answer the form's baseline may be stale: even a form that looks saved reads.
    if (m_form->exists() && !m_form->isDirty() && !m_writeOutcomeUnknown)
        return true;
    m_form->setFormError(QString());
    if (!m_writeOutcomeUnknown) {
        send();
        return true;
    }
    // The last write may have happened: read first, then update what is there.
    setBusy(true);
    m_form->setSaving(true);
    m_backend->billingHostProfile(this, [this](const ApiResult<BillingProfile> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            m_form->setFormError(result.error.message());
            fail(Operation::Save, result.error, [this] { save(); });
            return;
        }
        m_writeOutcomeUnknown = false;
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

void BillingProfileEditorBackend::send()
{
    setBusy(true);
    m_form->setSaving(true);
    const bool creating = !m_form->exists();
    auto done = [this, creating](const ApiResult<BillingProfile> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            // 409: a profile exists already (ours, made by a lost create, or one made elsewhere):
            // reading it is the way forward, not another create.
            m_writeOutcomeUnknown = writeMayHaveHappened(result.error) || (creating && result.error.httpStatus() == 409);
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error, [this] { save(); });
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


void BillingProfileEditorBackend::fail(Operation operation, const ApiError &error, RetryAction retry)
{
    m_failedOperation = operation;
    recordFailure(error, std::move(retry));
    Q_EMIT failed(operation, error);
}
