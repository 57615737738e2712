#pragma once

#include "forms/editorbackend.h"

#include <QUrl>

class PaymentMethodModel;
class SkySqlBackend;

// The Payment methods page's rules, without widgets: list, make default, delete (never the only
// default method), and adding one through the provider's secure page. Card numbers are never
// typed into Billdeck: a setup intent is created here, the card is entered on the provider's
// page in the browser, and the list is read again when the user comes back.
class PaymentMethodsEditorBackend final : public EditorBackend
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, MakeDefault, Delete, Add };
    Q_ENUM(Operation)

    // SkySQL's portal, where its Stripe form completes a setup intent.
    static QUrl defaultProviderPageUrl();

    explicit PaymentMethodsEditorBackend(SkySqlBackend *backend, QObject *parent = nullptr);
    ~PaymentMethodsEditorBackend() override;

    PaymentMethodModel *paymentMethods() const;

    // Where adding a method continues; the intent id is passed as `setup_intent` (its secret
    // never leaves the application).
    void setProviderPageUrl(const QUrl &url);
    QUrl providerPageUrl() const;

    Operation failedOperation() const;

    void refresh() override;
    void makeDefault(const QString &paymentMethodId);
    // False with a reason for people when the method must stay (the only, default, one).
    bool canDelete(const QString &paymentMethodId, QString *reason = nullptr) const;
    void deletePaymentMethod(const QString &paymentMethodId);
    // Creates a setup intent, then asks for the provider's page (providerPageRequested).
    void addPaymentMethod();
    bool isAwaitingProvider() const;
    // The application is in front again: after the provider's page, the list is read again.
    void userReturned();

Q_SIGNALS:
    void changed();
    void providerPageRequested(const QUrl &url, const QString &intentId);
    void failed(PaymentMethodsEditorBackend::Operation operation, const ApiError &error);

private:
    void fail(Operation operation, const ApiError &error, RetryAction retry);

    SkySqlBackend *m_backend;
    Operation m_failedOperation = Operation::None;
    PaymentMethodModel *m_methods;
    QUrl m_providerPageUrl = defaultProviderPageUrl();
    bool m_awaitingProvider = false;
};
