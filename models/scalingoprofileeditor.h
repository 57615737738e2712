#pragma once

#include "api/apierror.h"

#include <QObject>

class BillingProfileFormBackend;
class ScalingoBackend;

// Scalingo's billing profile editor rules, without widgets: read the profile from the billing
// host, create or update it, keep the user's edit through any failure, and after a create
// whose answer was lost read the profile before sending anything again. The payment method
// (card, SEPA mandate, PayPal) is shown read-only from the loaded profile.
class ScalingoProfileEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, Save };
    Q_ENUM(Operation)

    explicit ScalingoProfileEditor(ScalingoBackend *backend, QObject *parent = nullptr);
    ~ScalingoProfileEditor() override;

    BillingProfileFormBackend *form() const;
    bool isLoading() const;
    bool hasLoaded() const;
    bool isBusy() const;
    Operation failedOperation() const;
    ApiError lastError() const;

    void refresh();
    bool save();
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void busyChanged(bool busy);
    void refreshed();
    void saved();
    void failed(ScalingoProfileEditor::Operation operation, const ApiError &error);
    void failureCleared();

private:
    void send();
    void fail(Operation operation, const ApiError &error);
    void clearFailure();
    void setBusy(bool busy);

    ScalingoBackend *m_backend;
    BillingProfileFormBackend *m_form;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_createOutcomeUnknown = false;
    Operation m_failedOperation = Operation::None;
    ApiError m_lastError;
};
