#include "accounts/accountconnection.h"

#include "store/billingstore.h"

#include "api/apiclient.h"
#include "api/scalingo/scalingobackend.h"
#include "api/scalingo/scalingorequests.h"
#include "api/scalingo/scalingotokensession.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqlrequests.h"
#include "catalog/catalogloader.h"
#include "contacts/contactseditorbackend.h"
#include "forms/localecatalog.h"
#include "overview/overviewloader.h"
#include "payments/paymentmethodseditorbackend.h"
#include "profile/billingprofileeditorbackend.h"
#include "store/providerendpoints.h"
#include "tax/taxeditorbackend.h"

#include <QDate>

namespace
{
// Callers check offers() first; this answers a caller that did not.
template<typename T>
ApiResult<T> notOffered(const Account &account)
{
    ApiResult<T> result;
    result.error = ApiError(ApiError::Kind::NotFound, QStringLiteral("%1 does not offer this").arg(account.displayName));
    return result;
}
}

AccountConnection::AccountConnection(const Account &account, const QString &secret, QNetworkAccessManager *network,
                                     QObject *parent)
    : QObject(parent)
    , m_account(account)
{
    if (account.provider == Provider::SkySql) {
        const QUrl apiUrl = account.apiUrl.isValid() ? account.apiUrl : ProviderEndpoints::skySqlApiUrl();
        m_skySqlClient = std::make_unique<ApiClient>(
            network, apiUrl,
            std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(secret, account.organizationId)));
        m_skySqlClient->setApiName(tr("SkySQL API"));
        m_skySql = new SkySqlBackend(m_skySqlClient.get(), this);
    } else {
        ScalingoEndpoints endpoints;
        endpoints.apiUrl = account.apiUrl;
        endpoints.authUrl = account.authUrl.isValid() ? account.authUrl : ProviderEndpoints::scalingoAuthUrl();
        endpoints.billingUrl = account.billingUrl;
        m_scalingo = ScalingoBackend::create(network, endpoints, secret, this);
    }
}

AccountConnection::~AccountConnection()
{
    // The backends use the client; they go first, and with them the services they own.
    delete m_skySql;
    delete m_scalingo;
}

const Account &AccountConnection::account() const
{
    return m_account;
}

Capabilities AccountConnection::capabilities() const
{
    return capabilitiesOf(m_account.provider);
}

bool AccountConnection::offers(Capability capability) const
{
    return capabilities().testFlag(capability);
}

InvoiceSource *AccountConnection::invoiceSource() const
{
    if (m_skySql)
        return m_skySql;
    return m_scalingo;
}

QList<ApiClient *> AccountConnection::apiClients() const
{
    if (m_skySql)
        return {m_skySqlClient.get()};
    return {m_scalingo->apiClient(), m_scalingo->billingClient(), m_scalingo->session()->exchangeClient()};
}

void AccountConnection::useStore(BillingStore *store)
{
    std::unique_ptr<ResponseCache> cache = store && store->isOpen() ? store->cacheFor(m_account.id) : nullptr;
    for (ApiClient *client : apiClients())
        client->setResponseCache(cache.get());
    m_cache = std::move(cache);
}

void AccountConnection::setOffline(bool offline)
{
    for (ApiClient *client : apiClients())
        client->setOffline(offline);
}

void AccountConnection::setStoredFirst(bool storedFirst)
{
    for (ApiClient *client : apiClients()) {
        client->setStoredFirst(storedFirst);
        // Several copies are replaced together (a page reads more than one): one reload.
        connect(client, &ApiClient::storedCopyReplaced, this, &AccountConnection::reloadServices,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    }
}

void AccountConnection::reloadServices()
{
    if (m_overview && m_overview->hasAccount() && !m_overview->isLoading())
        m_overview->load();
    if (m_catalog && !m_catalog->offerings().isEmpty() && !m_catalog->isLoading())
        m_catalog->load();
    for (EditorBackend *editor : std::initializer_list<EditorBackend *>{m_contacts.data(), m_tax.data(), m_paymentMethods.data(), m_billingProfile.data()}) {
        if (editor && editor->hasLoaded() && !editor->isLoading())
            editor->refresh();
    }
    Q_EMIT storedDataReplaced();
}

QString AccountConnection::billingCurrency() const
{
    if (m_skySql)
        return m_skySql->billingCurrency();
    // Scalingo bills in euros.
    return QStringLiteral("EUR");
}

void AccountConnection::checkAccess(QObject *context, const std::function<void(const ApiError &)> &done)
{
    if (m_skySql) {
        const QDate today = QDate::currentDate();
        m_skySql->invoices(QDate(today.year(), today.month(), 1), context,
                           [done](const ApiResult<QList<Invoice>> &result) { done(result.error); });
        return;
    }
    // The token exchange, then the smallest page of invoices: proves the token and the regional
    // API in one go.
    ApiCall *call = m_scalingo->apiClient()->send(ScalingoRequests::invoices(1, 1));
    connect(call, &ApiCall::finished, context, [call, done] { done(call->error()); });
}

void AccountConnection::fetchInvoiceByResource(const QString &invoiceId, QObject *context,
                                               const ApiCallback<Invoice> &done)
{
    if (!m_skySql) {
        done(notOffered<Invoice>(m_account));
        return;
    }
    m_skySql->invoice(invoiceId, SkySqlRequests::InvoiceView::Resource, context, done);
}

void AccountConnection::fetchBillingProfile(QObject *context, const ApiCallback<BillingProfile> &done)
{
    if (!m_scalingo) {
        done(notOffered<BillingProfile>(m_account));
        return;
    }
    m_scalingo->billingProfile(context, done);
}

LocaleCatalog *AccountConnection::locale()
{
    if (!m_locale && m_skySql)
        m_locale = new LocaleCatalog(m_skySql, m_skySql);
    return m_locale;
}

OverviewLoader *AccountConnection::overview()
{
    if (!m_overview && m_skySql)
        m_overview = new OverviewLoader(m_skySql, m_account.organizationId, m_skySql);
    return m_overview;
}

CatalogLoader *AccountConnection::catalog()
{
    if (!m_catalog && m_skySql)
        m_catalog = new CatalogLoader(m_skySql, m_skySql);
    return m_catalog;
}

ContactsEditorBackend *AccountConnection::contacts()
{
    if (!m_contacts && m_skySql)
        m_contacts = new ContactsEditorBackend(m_skySql, locale(), m_skySql);
    return m_contacts;
}

TaxEditorBackend *AccountConnection::tax()
{
    if (!m_tax && m_skySql)
        m_tax = new TaxEditorBackend(m_skySql, locale(), m_skySql);
    return m_tax;
}

PaymentMethodsEditorBackend *AccountConnection::paymentMethods()
{
    if (!m_paymentMethods && m_skySql)
        m_paymentMethods = new PaymentMethodsEditorBackend(m_skySql, m_skySql);
    return m_paymentMethods;
}

BillingProfileEditorBackend *AccountConnection::billingProfile()
{
    if (!m_billingProfile && m_scalingo)
        m_billingProfile = new BillingProfileEditorBackend(m_scalingo, m_scalingo);
    return m_billingProfile;
}

SkySqlBackend *AccountConnection::skySql() const
{
    return m_skySql;
}

ScalingoBackend *AccountConnection::scalingo() const
{
    return m_scalingo;
}
