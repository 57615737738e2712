#include "skysqlbackend.h"

#include "api/apiclient.h"
#include "api/skysql/skysqldecoders.h"

SkySqlBackend::SkySqlBackend(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ApiClient *SkySqlBackend::client() const
{
    return m_client;
}

template<typename T, typename Decoder>
void SkySqlBackend::call(const ApiRequest &request, QObject *context, Decoder decoder, const ApiCallback<T> &done)
{
    ApiCall *apiCall = m_client->send(request);
    connect(apiCall, &ApiCall::finished, context, [apiCall, decoder, done] {
        ApiResult<T> result;
        if (!apiCall->ok()) {
            result.error = apiCall->error();
        } else {
            result.value = decoder(apiCall->response().body, &result.error);
            if (result.error.isError())
                result.error.setHost(apiCall->response().url.host());
        }
        done(result);
    });
}

void SkySqlBackend::setBillingCurrency(const QString &currency)
{
    m_billingCurrency = currency.toUpper();
}

QString SkySqlBackend::billingCurrency() const
{
    return m_billingCurrency;
}

void SkySqlBackend::account(QObject *context, const ApiCallback<BillingAccount> &done)
{
    const QString currency = m_billingCurrency;
    call<BillingAccount>(SkySqlRequests::account(), context, [currency](const QByteArray &body, ApiError *error) {
        return SkySqlDecoders::account(body, currency, error);
    }, done);
}

void SkySqlBackend::postpaidCommitLedger(QObject *context, const ApiCallback<QList<PostpaidCommitEntry>> &done)
{
    const QString currency = m_billingCurrency;
    call<QList<PostpaidCommitEntry>>(SkySqlRequests::postpaidCommitLedger(), context,
                                     [currency](const QByteArray &body, ApiError *error) {
                                         return SkySqlDecoders::postpaidCommitLedger(body, currency, error);
                                     }, done);
}

void SkySqlBackend::prepaidCreditLedger(QObject *context, const ApiCallback<QList<LedgerEntry>> &done)
{
    const QString currency = m_billingCurrency;
    call<QList<LedgerEntry>>(SkySqlRequests::prepaidCreditLedger(), context,
                             [currency](const QByteArray &body, ApiError *error) {
                                 return SkySqlDecoders::prepaidCreditLedger(body, currency, error);
                             }, done);
}

void SkySqlBackend::bill(int year, int month, QObject *context, const ApiCallback<Bill> &done)
{
    // Organizations not yet moved to v2 get 404 there; any other failure is the answer.
    QPointer<SkySqlBackend> self(this);
    QPointer<QObject> guard(context);
    billV2(year, month, context, [self, guard, year, month, done](const ApiResult<Bill> &result) {
        if (result.error.kind() == ApiError::Kind::NotFound && self && guard) {
            self->billV1(year, month, guard.data(), done);
            return;
        }
        done(result);
    });
}

void SkySqlBackend::billV1(int year, int month, QObject *context, const ApiCallback<Bill> &done)
{
    call<Bill>(SkySqlRequests::billV1(year, month), context, &SkySqlDecoders::billV1, done);
}

void SkySqlBackend::billV2(int year, int month, QObject *context, const ApiCallback<Bill> &done)
{
    call<Bill>(SkySqlRequests::billV2(year, month), context, &SkySqlDecoders::billV2, done);
}

void SkySqlBackend::contacts(QObject *context, const ApiCallback<QList<Contact>> &done)
{
    call<QList<Contact>>(SkySqlRequests::contacts(), context, &SkySqlDecoders::contacts, done);
}

void SkySqlBackend::createContact(const Contact &contact, QObject *context, const ApiCallback<Contact> &done)
{
    call<Contact>(SkySqlRequests::createContact(contact), context, &SkySqlDecoders::createdContact, done);
}

void SkySqlBackend::updateContact(const QString &contactId, const QJsonObject &changes, QObject *context,
                                  const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::updateContact(contactId, changes), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deleteContact(const QString &contactId, QObject *context, const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::deleteContact(contactId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::contracts(const QString &organizationId, QObject *context, const ApiCallback<QList<Contract>> &done)
{
    call<QList<Contract>>(SkySqlRequests::contracts(organizationId), context, &SkySqlDecoders::contracts, done);
}

void SkySqlBackend::countries(SkySqlRequests::LocaleFilter filter, QObject *context, const ApiCallback<QList<Country>> &done)
{
    call<QList<Country>>(SkySqlRequests::countries(filter), context, &SkySqlDecoders::countries, done);
}

void SkySqlBackend::statesProvinces(const QString &countryIso2, SkySqlRequests::LocaleFilter filter, QObject *context,
                                    const ApiCallback<QList<StateProvince>> &done)
{
    call<QList<StateProvince>>(SkySqlRequests::statesProvinces(countryIso2, filter), context,
                               &SkySqlDecoders::statesProvinces, done);
}

void SkySqlBackend::offerings(QObject *context, const ApiCallback<QList<Offering>> &done)
{
    call<QList<Offering>>(SkySqlRequests::offerings(), context, &SkySqlDecoders::offerings, done);
}

void SkySqlBackend::meters(const QString &meterId, QObject *context, const ApiCallback<QList<Meter>> &done)
{
    call<QList<Meter>>(SkySqlRequests::meters(meterId), context, &SkySqlDecoders::meters, done);
}

void SkySqlBackend::offeringMeters(const QString &offeringId, QObject *context, const ApiCallback<QList<Meter>> &done)
{
    call<QList<Meter>>(SkySqlRequests::offeringMeters(offeringId), context, &SkySqlDecoders::offeringMeters, done);
}

void SkySqlBackend::prices(const QString &offeringId, const SkySqlRequests::PriceFilter &filter, QObject *context,
                           const ApiCallback<QList<Price>> &done)
{
    const QString currency = m_billingCurrency;
    call<QList<Price>>(SkySqlRequests::prices(offeringId, filter), context,
                       [currency](const QByteArray &body, ApiError *error) {
                           return SkySqlDecoders::prices(body, currency, error);
                       }, done);
}

void SkySqlBackend::paymentMethods(QObject *context, const ApiCallback<QList<PaymentMethod>> &done)
{
    call<QList<PaymentMethod>>(SkySqlRequests::paymentMethods(), context, &SkySqlDecoders::paymentMethods, done);
}

void SkySqlBackend::createSetupIntent(QObject *context, const ApiCallback<SetupIntent> &done)
{
    call<SetupIntent>(SkySqlRequests::createSetupIntent(), context, &SkySqlDecoders::setupIntent, done);
}

void SkySqlBackend::makeDefaultPaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::makeDefaultPaymentMethod(paymentMethodId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deletePaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::deletePaymentMethod(paymentMethodId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::taxInfo(QObject *context, const ApiCallback<TaxInfo> &done)
{
    call<TaxInfo>(SkySqlRequests::taxInfo(), context, &SkySqlDecoders::taxInfo, done);
}

void SkySqlBackend::createTaxInfo(const TaxInfo &tax, QObject *context, const ApiCallback<TaxInfo> &done)
{
    call<TaxInfo>(SkySqlRequests::createTaxInfo(tax), context, &SkySqlDecoders::createdTaxInfo, done);
}

void SkySqlBackend::updateTaxInfo(const QString &taxId, const QJsonObject &changes, QObject *context,
                                  const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::updateTaxInfo(taxId, changes), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deleteTaxInfo(const QString &taxId, QObject *context, const ApiCallback<bool> &done)
{
    call<bool>(SkySqlRequests::deleteTaxInfo(taxId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::invoices(const QDate &startDate, QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    call<QList<Invoice>>(SkySqlRequests::invoices(startDate), context, &SkySqlDecoders::invoices, done);
}

void SkySqlBackend::invoice(const QString &invoiceId, SkySqlRequests::InvoiceView view, QObject *context,
                            const ApiCallback<Invoice> &done)
{
    call<Invoice>(SkySqlRequests::invoice(invoiceId, view), context, &SkySqlDecoders::invoice, done);
}

void SkySqlBackend::invoicePdf(const QString &invoiceId, QObject *context, const ApiCallback<QByteArray> &done)
{
    call<QByteArray>(SkySqlRequests::invoicePdf(invoiceId), context, &SkySqlDecoders::invoicePdf, done);
}

void SkySqlBackend::listInvoices(QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    // The portal shows two years; older invoices are one "all" range away in the filters.
    const QDate today = QDate::currentDate();
    invoices(QDate(today.year(), today.month(), 1).addMonths(-24), context, done);
}

void SkySqlBackend::invoiceDetails(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done)
{
    invoice(invoiceId, SkySqlRequests::InvoiceView::Service, context, done);
}

void SkySqlBackend::invoiceDocument(const QString &invoiceId, QObject *context, const ApiCallback<QByteArray> &done)
{
    invoicePdf(invoiceId, context, done);
}
