#include "tax/taxeditorbackend.h"

#include "api/skysql/skysqlbackend.h"
#include "forms/localecatalog.h"
#include "tax/taxformbackend.h"

TaxEditorBackend::TaxEditorBackend(SkySqlBackend *backend, LocaleCatalog *locale, QObject *parent)
    : EditorBackend(parent)
    , m_backend(backend)
    , m_locale(locale)
    , m_form(new TaxFormBackend(this))
{
    connect(m_form, &FormBackend::valueChanged, this, [this](int field) {
        if (field == TaxFormBackend::Country)
            updateCountryVat();
    });
    connect(m_locale, &LocaleCatalog::countriesLoaded, this, &TaxEditorBackend::updateCountryVat);
}

TaxEditorBackend::~TaxEditorBackend() = default;

TaxFormBackend *TaxEditorBackend::form() const
{
    return m_form;
}

LocaleCatalog *TaxEditorBackend::locale() const
{
    return m_locale;
}

TaxEditorBackend::Operation TaxEditorBackend::failedOperation() const
{
    return hasFailure() ? m_failedOperation : Operation::None;
}

void TaxEditorBackend::refresh()
{
    // The read on its way reads again if a write answers before it does.
    if (isLoading())
        return;
    m_locale->loadCountries();
    setLoading(true);
    const quint64 writesBefore = writesAnswered();
    m_backend->taxInfo(this, [this, writesBefore](const ApiResult<TaxInfo> &result) {
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
        // The user's unsaved registration outranks whatever the provider has now.
        // So does a failed save the user typed back (what it sent may be stored).
        const bool unsaved = failedOperation() == Operation::Save || m_writeOutcomeUnknown;
        if (!m_form->isDirty() && !m_form->isSaving() && !unsaved) {
            if (missing)
                m_form->loadTaxInfo(TaxInfo(), false);
            else if (!m_form->exists() || result.value != m_form->savedTaxInfo())
                m_form->loadTaxInfo(result.value, true);
        } else if (m_form->isDirty() && !m_form->isSaving() && !unsaved && !missing) {
            // Typed before the record arrived (a form that had never loaded, or a record changed
            // since): the edits stay, and the form learns the record they change, so a save
            // updates it instead of creating a second one (which the API refuses with a 409, or,
            // when that answer is lost, leaves the editor guessing).
            m_form->adoptStoredUnderEdits(result.value);
        }
        Q_EMIT refreshed();
    });
}

bool TaxEditorBackend::save()
{
    if (isBusy())
        return false;
    updateCountryVat();
    if (!m_form->validate())
        return false;
    if (m_form->exists() && !m_form->isDirty() && !m_writeOutcomeUnknown)
        return true;
    m_form->setFormError(QString());
    if (!m_writeOutcomeUnknown) {
        if (m_form->exists())
            sendUpdate();
        else
            sendCreate();
        return true;
    }
    // The last write may have happened: read first, then send only what differs from what is
    // stored (the form's baseline may be stale), and create only when nothing is there.
    setBusy(true);
    m_form->setSaving(true);
    m_backend->taxInfo(this, [this](const ApiResult<TaxInfo> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (result.ok()) {
            m_writeOutcomeUnknown = false;
            m_form->adoptStored(result.value);
            if (!m_form->isDirty()) {
                // The lost create did happen, with these very values.
                clearFailure();
                Q_EMIT saved();
            } else {
                // A different record is there: the user's values become changes to it.
                sendUpdate();
            }
            return;
        }
        if (result.error.kind() == ApiError::Kind::NotFound) {
            m_writeOutcomeUnknown = false;
            sendCreate();
            return;
        }
        m_form->setFormError(result.error.message());
        fail(Operation::Save, result.error, [this] { save(); });
    });
    return true;
}

void TaxEditorBackend::sendCreate()
{
    setBusy(true);
    m_form->setSaving(true);
    m_backend->createTaxInfo(m_form->taxInfo(), this, [this](const ApiResult<TaxInfo> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            m_writeOutcomeUnknown = writeMayHaveHappened(result.error)
                // 409: one already exists; reading it is the way forward.
                || result.error.httpStatus() == 409;
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error, [this] { save(); });
            return;
        }
        m_form->acceptSaved(result.value);
        clearFailure();
        Q_EMIT saved();
    });
}

void TaxEditorBackend::sendUpdate()
{
    setBusy(true);
    m_form->setSaving(true);
    const QString taxId = m_form->taxId();
    m_backend->updateTaxInfo(taxId, m_form->changes(), this, [this](const ApiResult<bool> &result) {
        m_form->setSaving(false);
        setBusy(false);
        if (!result.ok()) {
            m_writeOutcomeUnknown = m_writeOutcomeUnknown || writeMayHaveHappened(result.error);
            m_form->applyServerError(result.error);
            fail(Operation::Save, result.error, [this] { save(); });
            return;
        }
        m_form->acceptSaved(m_form->taxInfo());
        clearFailure();
        Q_EMIT saved();
    });
}


void TaxEditorBackend::deleteTaxInfo()
{
    if (isBusy() || !m_form->exists())
        return;
    setBusy(true);
    m_backend->deleteTaxInfo(m_form->taxId(), this, [this](const ApiResult<bool> &result) {
        setBusy(false);
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            fail(Operation::Delete, result.error, [this] { deleteTaxInfo(); });
            return;
        }
        clearFailure();
        m_form->loadTaxInfo(TaxInfo(), false);
        Q_EMIT deleted();
    });
}

void TaxEditorBackend::fail(Operation operation, const ApiError &error, RetryAction retry)
{
    m_failedOperation = operation;
    recordFailure(error, std::move(retry));
    Q_EMIT failed(operation, error);
}

void TaxEditorBackend::updateCountryVat()
{
    m_form->setCountryHasVat(m_locale->countryHasVat(m_form->value(TaxFormBackend::Country)));
}
