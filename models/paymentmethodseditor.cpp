#include "paymentmethodseditor.h"

#include "api/skysql/skysqlbackend.h"
#include "paymentmethodmodel.h"

#include <QUrlQuery>

QUrl PaymentMethodsEditor::defaultProviderPageUrl()
{
    return QUrl(QStringLiteral("https://app.skysql.com/settings/billing"));
}

PaymentMethodsEditor::PaymentMethodsEditor(SkySqlBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_methods(new PaymentMethodModel(this))
{
}

PaymentMethodsEditor::~PaymentMethodsEditor() = default;

PaymentMethodModel *PaymentMethodsEditor::paymentMethods() const
{
    return m_methods;
}

void PaymentMethodsEditor::setProviderPageUrl(const QUrl &url)
{
    m_providerPageUrl = url;
}

QUrl PaymentMethodsEditor::providerPageUrl() const
{
    return m_providerPageUrl;
}

bool PaymentMethodsEditor::isLoading() const
{
    return m_loading;
}

bool PaymentMethodsEditor::hasLoaded() const
{
    return m_loaded;
}

bool PaymentMethodsEditor::isBusy() const
{
    return m_busy;
}

PaymentMethodsEditor::Operation PaymentMethodsEditor::failedOperation() const
{
    return m_failedOperation;
}

ApiError PaymentMethodsEditor::lastError() const
{
    return m_lastError;
}

void PaymentMethodsEditor::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_backend->paymentMethods(this, [this](const ApiResult<QList<PaymentMethod>> &result) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!result.ok()) {
            fail(Operation::Refresh, result.error);
            return;
        }
        if (m_failedOperation == Operation::Refresh)
            clearFailure();
        m_loaded = true;
        m_methods->setPaymentMethods(result.value);
        Q_EMIT refreshed();
    });
}

void PaymentMethodsEditor::makeDefault(const QString &paymentMethodId)
{
    if (m_busy)
        return;
    setBusy(true);
    m_backend->makeDefaultPaymentMethod(paymentMethodId, this, [this, paymentMethodId](const ApiResult<bool> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_failedMethodId = paymentMethodId;
            fail(Operation::MakeDefault, result.error);
            return;
        }
        clearFailure();
        Q_EMIT changed();
        refresh();
    });
}

bool PaymentMethodsEditor::canDelete(const QString &paymentMethodId, QString *reason) const
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

void PaymentMethodsEditor::deletePaymentMethod(const QString &paymentMethodId)
{
    if (m_busy || !canDelete(paymentMethodId))
        return;
    setBusy(true);
    m_backend->deletePaymentMethod(paymentMethodId, this, [this, paymentMethodId](const ApiResult<bool> &result) {
        setBusy(false);
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            m_failedMethodId = paymentMethodId;
            fail(Operation::Delete, result.error);
            return;
        }
        clearFailure();
        Q_EMIT changed();
        refresh();
    });
}

void PaymentMethodsEditor::addPaymentMethod()
{
    if (m_busy)
        return;
    setBusy(true);
    m_backend->createSetupIntent(this, [this](const ApiResult<SetupIntent> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(Operation::Add, result.error);
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

bool PaymentMethodsEditor::isAwaitingProvider() const
{
    return m_awaitingProvider;
}

void PaymentMethodsEditor::userReturned()
{
    if (!m_awaitingProvider)
        return;
    m_awaitingProvider = false;
    refresh();
}

void PaymentMethodsEditor::retry()
{
    switch (m_failedOperation) {
    case Operation::None:
        return;
    case Operation::Refresh:
        refresh();
        return;
    case Operation::MakeDefault:
        makeDefault(m_failedMethodId);
        return;
    case Operation::Delete:
        deletePaymentMethod(m_failedMethodId);
        return;
    case Operation::Add:
        addPaymentMethod();
        return;
    }
}

void PaymentMethodsEditor::fail(Operation operation, const ApiError &error)
{
    m_failedOperation = operation;
    m_lastError = error;
    Q_EMIT failed(operation, error);
}

void PaymentMethodsEditor::clearFailure()
{
    if (m_failedOperation == Operation::None)
        return;
    m_failedOperation = Operation::None;
    m_lastError = ApiError();
    Q_EMIT failureCleared();
}

void PaymentMethodsEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
