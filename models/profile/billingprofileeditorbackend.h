#pragma once

#include "forms/editorbackend.h"

class BillingProfileFormBackend;
class ScalingoBackend;

// Scalingo's billing profile editor rules, without widgets: read the profile from the billing
// host, create or update it, keep the user's edit through any failure, and after a write
// whose answer was lost read the profile before sending anything again. The payment method
// (card, SEPA mandate, PayPal) is shown read-only from the loaded profile.
class BillingProfileEditorBackend final : public EditorBackend
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, Save };
    Q_ENUM(Operation)

    explicit BillingProfileEditorBackend(ScalingoBackend *backend, QObject *parent = nullptr);
    ~BillingProfileEditorBackend() override;

    BillingProfileFormBackend *form() const;
    Operation failedOperation() const;

    void refresh() override;
    bool save() override;

Q_SIGNALS:
    void saved();
    void failed(BillingProfileEditorBackend::Operation operation, const ApiError &error);

private:
    void send();
    void fail(Operation operation, const ApiError &error, RetryAction retry);

    ScalingoBackend *m_backend;
    Operation m_failedOperation = Operation::None;
    BillingProfileFormBackend *m_form;
    // A create or update whose answer was lost or unreadable: the next save reads first.
    bool m_writeOutcomeUnknown = false;
};
