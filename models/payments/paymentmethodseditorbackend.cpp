#include "payments/paymentmethodseditorbackend.h"

#include "api/skysql/skysqlbackend.h"
#include "payments/paymentmethodmodel.h"

#include <QUrlQuery>

QUrl PaymentMethodsEditorBackend::defaultProviderPageUrl()
{
    return QUrl(QStringLiteral("https://app.skysql.com/settings/billing"));
}

PaymentMethodsEditorBackend::PaymentMethodsEditorBackend(SkySqlBackend *backend, QObject *parent)
    : EditorBackend(parent)
    , m_backend(backend)
    , m_methods(new PaymentMethodModel(this))
{
}

PaymentMethodsEditorBackend::~PaymentMethodsEditorBackend() = default;

PaymentMethodModel *PaymentMethodsEditorBackend::paymentMethods() const
{
    return m_methods;
}

void PaymentMethodsEditorBackend::setProviderPageUrl(const QUrl &url)
{
    m_providerPageUrl = url;
}

QUrl PaymentMethodsEditorBackend::providerPageUrl() const
{
    return m_providerPageUrl;
}

PaymentMethodsEditorBackend::Operation PaymentMethodsEditorBackend::failedOperation() const
{
    return hasFailure() ? m_failedOperation : Operation::None;
}

void PaymentMethodsEditorBackend::refresh()
{
    if (isLoading())
        return;
    setLoading(true);
    m_backend->paymentMethods(this, [this](const ApiResult<QList<PaymentMethod>> &result) {
        setLoading(false);
        if (!result.ok()) {
            fail(Operation::Refresh, result.error, [this] { refresh(); });
            return;
        }
        if (failedOperation() == Operation::Refresh)
            clearFailure();
        setLoaded();
        m_methods->setPaymentMethods(result.value);
        Q_EMIT refreshed();
    });
}

void PaymentMethodsEditorBackend::makeDefault(const QString &paymentMethodId)
{
    if (isBusy())
        return;
    setBusy(true);
    m_backend->makeDefaultPaymentMethod(paymentMethodId, this, [this, paymentMethodId](const ApiResult<bool> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(Operation::MakeDefault, result.error, [this, paymentMethodId] { makeDefault(paymentMethodId); });
            return;
        }
        clearFailure();
        Q_EMIT changed();
        refresh();
    });
}

bool PaymentMethodsEditorBackend::canDelete(const QString &paymentMethodId, QString *reason) const
{
    const int row = m_methods->rowOf(paymentMethodId);
    if (row < 0)
        return false;
    if (m_methods->paymentMethodAt(row).isDefault && m_methods->rowCount() == 1) {
        if (reason)
            *reason = tr("This is the only payment method and the default one: add another before removing it.");
        return false;
    }
    return true;
}

void PaymentMethodsEditorBackend::deletePaymentMethod(const QString &paymentMethodId)
{
    if (isBusy() || !canDelete(paymentMethodId))
        return;
    setBusy(true);
    m_backend->deletePaymentMethod(paymentMethodId, this, [this, paymentMethodId](const ApiResult<bool> &result) {
        setBusy(false);
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            fail(Operation::Delete, result.error, [this, paymentMethodId] { deletePaymentMethod(paymentMethodId); });
            return;
        }
        clearFailure();
        Q_EMIT changed();
        refresh();
    });
}

void PaymentMethodsEditorBackend::addPaymentMethod()
{
    if (isBusy())
        return;
    setBusy(true);
    m_backend->createSetupIntent(this, [this](const ApiResult<SetupIntent> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(Operation::Add, result.error, [this] { addPaymentMethod(); });
            return;
        }
        clearFailure();
        QUrl url = m_providerPageUrl;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("setup_intent"), result.value.intent);
        url.setQuery(query);
        m_awaitingProvider = true;
        Q_EMIT providerPageRequested(url, result.value.intent);
    });
}

bool PaymentMethodsEditorBackend::isAwaitingProvider() const
{
    return m_awaitingProvider;
}

void PaymentMethodsEditorBackend::userReturned()
{
    if (!m_awaitingProvider)
        return;
    m_awaitingProvider = false;
    refresh();
}


void PaymentMethodsEditorBackend::fail(Operation operation, const ApiError &error, RetryAction retry)
{
    m_failedOperation = operation;
    recordFailure(error, std::move(retry));
    Q_EMIT failed(operation, error);
}
