#pragma once

#include "forms/editorbackend.h"

class LocaleCatalog;
class SkySqlBackend;
class TaxFormBackend;

// The Tax page's rules, without widgets: read, create, update (PATCH with only the changes)
// and delete the organization's tax registration, never losing the user's edit.
// A write whose answer was lost is followed by a read before anything is sent again.
class TaxEditorBackend final : public EditorBackend
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, Save, Delete };
    Q_ENUM(Operation)

    TaxEditorBackend(SkySqlBackend *backend, LocaleCatalog *locale, QObject *parent = nullptr);
    ~TaxEditorBackend() override;

    TaxFormBackend *form() const;
    LocaleCatalog *locale() const;

    Operation failedOperation() const;

    void refresh() override;
    // Checks and sends the form. False when the form has errors (nothing sent).
    bool save() override;
    // Deletes the stored registration; the form then starts a new one.
    void deleteTaxInfo();

Q_SIGNALS:
    void saved();
    void deleted();
    void failed(TaxEditorBackend::Operation operation, const ApiError &error);

private:
    void sendCreate();
    void sendUpdate();
    void fail(Operation operation, const ApiError &error, RetryAction retry);
    void updateCountryVat();

    SkySqlBackend *m_backend;
    Operation m_failedOperation = Operation::None;
    LocaleCatalog *m_locale;
    TaxFormBackend *m_form;
    // A create or update whose answer was lost or unreadable: the next save reads first.
    bool m_writeOutcomeUnknown = false;
};
