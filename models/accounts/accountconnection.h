#pragma once

#include "accounts/capabilities.h"
#include "api/apiresult.h"
#include "domain/account.h"
#include "domain/billingprofile.h"
#include "domain/invoice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class ApiClient;
class BillingStore;
class ResponseCache;
class BillingProfileEditorBackend;
class CatalogLoader;
class ContactsEditorBackend;
class InvoiceSource;
class LocaleCatalog;
class OverviewLoader;
class PaymentMethodsEditorBackend;
class QNetworkAccessManager;
class ScalingoBackend;
class SkySqlBackend;
class TaxEditorBackend;


// One connected account: its settings, the backend that speaks its provider's API (which holds
// the secret in memory, inside its authenticator), and the per-account services the pages bind
// to. This is the one place that wires a client and a backend for an account, and the one place
// that knows which provider does what: everything above it asks for a Capability.
class AccountConnection final : public QObject
{
    Q_OBJECT

public:
    AccountConnection(const Account &account, const QString &secret, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~AccountConnection() override;

    const Account &account() const;
    Capabilities capabilities() const;
    bool offers(Capability capability) const;

    InvoiceSource *invoiceSource() const;
    // The clients this account's requests go through (timeouts, retry policy).
    QList<ApiClient *> apiClients() const;
    // Keeps the account's GET responses in `store` (not owned; null keeps nothing): requests
    // become conditional, and a stored copy stands in when the service cannot answer.
    void useStore(BillingStore *store);
    // Offline: every read is answered from the store only.
    void setOffline(bool offline);
    // Pages paint from the store first (the window; ApiClient::setStoredFirst): the account's
    // services show their stored copy at once and, when the server's answer differs, read again
    // (an editor never over unsaved changes).
    void setStoredFirst(bool storedFirst);
    // The currency the account is billed in.
    QString billingCurrency() const;

    // One small authenticated read that proves the secret and the address work.
    void checkAccess(QObject *context, const std::function<void(const ApiError &)> &done);
    // InvoicesByResource: the invoice's charges grouped by resource.
    void fetchInvoiceByResource(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done);
    // BillingProfile: the profile as the provider shows it, with its means of payment.
    void fetchBillingProfile(QObject *context, const ApiCallback<BillingProfile> &done);

    // The per-account services: created on first use, kept while the account is connected (so a
    // page shown again finds its data), null when the account does not offer them.
    OverviewLoader *overview();                        // CreditsAndCommitments
    CatalogLoader *catalog();                          // PriceCatalogue
    ContactsEditorBackend *contacts();                 // Contacts
    TaxEditorBackend *tax();                           // Tax
    PaymentMethodsEditorBackend *paymentMethods();     // PaymentMethods with a list to edit
    BillingProfileEditorBackend *billingProfile();     // BillingProfile

    // The provider backends, for models/ (loaders, sync, export) and tests; pages never call them.
    SkySqlBackend *skySql() const;
    ScalingoBackend *scalingo() const;

Q_SIGNALS:
    // The server answered differently from a stored copy a service was shown; the services
    // that had loaded are reading again.
    void storedDataReplaced();

private:
    LocaleCatalog *locale();
    void reloadServices();

    Account m_account;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<ApiClient> m_skySqlClient;
    SkySqlBackend *m_skySql = nullptr;
    ScalingoBackend *m_scalingo = nullptr;
    // Children of the backend they use, so they go before it (see the destructor).
    QPointer<LocaleCatalog> m_locale;
    QPointer<OverviewLoader> m_overview;
    QPointer<CatalogLoader> m_catalog;
    QPointer<ContactsEditorBackend> m_contacts;
    QPointer<TaxEditorBackend> m_tax;
    QPointer<PaymentMethodsEditorBackend> m_paymentMethods;
    QPointer<BillingProfileEditorBackend> m_billingProfile;
};
