#include "api/skysql/skysqlbackend.h"

#include "api/apiclient.h"
#include "api/decodedcall.h"
#include "api/downloadcall.h"
#include "api/skysql/skysqldecoders.h"

#include <QFile>
#include <QSaveFile>

namespace
{
// A PDF, or the JSON array of its byte values the reference also describes: that form is turned
// into the PDF it spells, in place (in memory: it is rare, and under the documents' size cap).
ApiError checkPdfFile(const QString &filePath)
{
    ApiError error;
    const QByteArray head = fileHead(filePath, 64);
    if (!head.trimmed().startsWith('[')) {
        SkySqlDecoders::invoicePdf(head, &error);
        return error;
    }
    QFile file(filePath);
    const QByteArray pdf = SkySqlDecoders::invoicePdf(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), &error);
    file.close();
    if (error.isError())
        return error;
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return ApiError(ApiError::Kind::Decode, QStringLiteral("could not write %1: %2").arg(filePath, out.errorString()));
    return error;
}
}

SkySqlBackend::SkySqlBackend(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ApiClient *SkySqlBackend::client() const
{
    return m_client;
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
    sendDecoded<BillingAccount>(m_client, SkySqlRequests::account(), context, [currency](const QByteArray &body, ApiError *error) {
        return SkySqlDecoders::account(body, currency, error);
    }, done);
}

void SkySqlBackend::postpaidCommitLedger(QObject *context, const ApiCallback<QList<PostpaidCommitEntry>> &done)
{
    const QString currency = m_billingCurrency;
    sendDecoded<QList<PostpaidCommitEntry>>(m_client, SkySqlRequests::postpaidCommitLedger(), context,
                                     [currency](const QByteArray &body, ApiError *error) {
                                         return SkySqlDecoders::postpaidCommitLedger(body, currency, error);
                                     }, done);
}

void SkySqlBackend::prepaidCreditLedger(QObject *context, const ApiCallback<QList<LedgerEntry>> &done)
{
    const QString currency = m_billingCurrency;
    sendDecoded<QList<LedgerEntry>>(m_client, SkySqlRequests::prepaidCreditLedger(), context,
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
    sendDecoded<Bill>(m_client, SkySqlRequests::billV1(year, month), context, &SkySqlDecoders::billV1, done);
}

void SkySqlBackend::billV2(int year, int month, QObject *context, const ApiCallback<Bill> &done)
{
    sendDecoded<Bill>(m_client, SkySqlRequests::billV2(year, month), context, &SkySqlDecoders::billV2, done);
}

void SkySqlBackend::contacts(QObject *context, const ApiCallback<QList<Contact>> &done)
{
    sendDecoded<QList<Contact>>(m_client, SkySqlRequests::contacts(), context, &SkySqlDecoders::contacts, done);
}

void SkySqlBackend::createContact(const Contact &contact, QObject *context, const ApiCallback<Contact> &done)
{
    sendDecoded<Contact>(m_client, SkySqlRequests::createContact(contact), context, &SkySqlDecoders::createdContact, done);
}

void SkySqlBackend::updateContact(const QString &contactId, const QJsonObject &changes, QObject *context,
                                  const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::updateContact(contactId, changes), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deleteContact(const QString &contactId, QObject *context, const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::deleteContact(contactId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::contracts(const QString &organizationId, QObject *context, const ApiCallback<QList<Contract>> &done)
{
    sendDecoded<QList<Contract>>(m_client, SkySqlRequests::contracts(organizationId), context, &SkySqlDecoders::contracts, done);
}

void SkySqlBackend::countries(SkySqlRequests::LocaleFilter filter, QObject *context, const ApiCallback<QList<Country>> &done)
{
    sendDecoded<QList<Country>>(m_client, SkySqlRequests::countries(filter), context, &SkySqlDecoders::countries, done);
}

void SkySqlBackend::statesProvinces(const QString &countryIso2, SkySqlRequests::LocaleFilter filter, QObject *context,
                                    const ApiCallback<QList<StateProvince>> &done)
{
    sendDecoded<QList<StateProvince>>(m_client, SkySqlRequests::statesProvinces(countryIso2, filter), context,
                               &SkySqlDecoders::statesProvinces, done);
}

void SkySqlBackend::offerings(QObject *context, const ApiCallback<QList<Offering>> &done)
{
    sendDecoded<QList<Offering>>(m_client, SkySqlRequests::offerings(), context, &SkySqlDecoders::offerings, done);
}

void SkySqlBackend::meters(const QString &meterId, QObject *context, const ApiCallback<QList<Meter>> &done)
{
    sendDecoded<QList<Meter>>(m_client, SkySqlRequests::meters(meterId), context, &SkySqlDecoders::meters, done);
}

void SkySqlBackend::offeringMeters(const QString &offeringId, QObject *context, const ApiCallback<QList<Meter>> &done)
{
    sendDecoded<QList<Meter>>(m_client, SkySqlRequests::offeringMeters(offeringId), context, &SkySqlDecoders::offeringMeters, done);
}

void SkySqlBackend::prices(const QString &offeringId, const SkySqlRequests::PriceFilter &filter, QObject *context,
                           const ApiCallback<QList<Price>> &done)
{
    const QString currency = m_billingCurrency;
    sendDecoded<QList<Price>>(m_client, SkySqlRequests::prices(offeringId, filter), context,
                       [currency](const QByteArray &body, ApiError *error) {
                           return SkySqlDecoders::prices(body, currency, error);
                       }, done);
}

void SkySqlBackend::paymentMethods(QObject *context, const ApiCallback<QList<PaymentMethod>> &done)
{
    sendDecoded<QList<PaymentMethod>>(m_client, SkySqlRequests::paymentMethods(), context, &SkySqlDecoders::paymentMethods, done);
}

void SkySqlBackend::createSetupIntent(QObject *context, const ApiCallback<SetupIntent> &done)
{
    sendDecoded<SetupIntent>(m_client, SkySqlRequests::createSetupIntent(), context, &SkySqlDecoders::setupIntent, done);
}

void SkySqlBackend::makeDefaultPaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::makeDefaultPaymentMethod(paymentMethodId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deletePaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::deletePaymentMethod(paymentMethodId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::taxInfo(QObject *context, const ApiCallback<TaxInfo> &done)
{
    sendDecoded<TaxInfo>(m_client, SkySqlRequests::taxInfo(), context, &SkySqlDecoders::taxInfo, done);
}

void SkySqlBackend::createTaxInfo(const TaxInfo &tax, QObject *context, const ApiCallback<TaxInfo> &done)
{
    sendDecoded<TaxInfo>(m_client, SkySqlRequests::createTaxInfo(tax), context, &SkySqlDecoders::createdTaxInfo, done);
}

void SkySqlBackend::updateTaxInfo(const QString &taxId, const QJsonObject &changes, QObject *context,
                                  const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::updateTaxInfo(taxId, changes), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::deleteTaxInfo(const QString &taxId, QObject *context, const ApiCallback<bool> &done)
{
    sendDecoded<bool>(m_client, SkySqlRequests::deleteTaxInfo(taxId), context, &SkySqlDecoders::noContent, done);
}

void SkySqlBackend::invoices(const QDate &startDate, QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    sendDecoded<QList<Invoice>>(m_client, SkySqlRequests::invoices(startDate), context, &SkySqlDecoders::invoices, done);
}

void SkySqlBackend::invoice(const QString &invoiceId, SkySqlRequests::InvoiceView view, QObject *context,
                            const ApiCallback<Invoice> &done)
{
    sendDecoded<Invoice>(m_client, SkySqlRequests::invoice(invoiceId, view), context, &SkySqlDecoders::invoice, done);
}

void SkySqlBackend::invoicePdf(const QString &invoiceId, const QString &filePath, QObject *context,
                               const ApiCallback<QString> &done)
{
    sendDownload(m_client, SkySqlRequests::invoicePdf(invoiceId), filePath, context, &checkPdfFile, done);
}

void SkySqlBackend::listInvoices(const InvoiceFetch &fetch, QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    // No start_date: the list then holds every invoice the organization ever had.
    ApiRequest request = SkySqlRequests::invoices(fetch.from);
    request.fetchPolicy = fetch.policy;
    sendDecoded<QList<Invoice>>(m_client, request, context, &SkySqlDecoders::invoices, done);
}

void SkySqlBackend::invoiceDetails(const QString &invoiceId, FetchPolicy policy, QObject *context,
                                   const ApiCallback<Invoice> &done)
{
    ApiRequest request = SkySqlRequests::invoice(invoiceId, SkySqlRequests::InvoiceView::Service);
    request.fetchPolicy = policy;
    sendDecoded<Invoice>(m_client, request, context, &SkySqlDecoders::invoice, done);
}

void SkySqlBackend::invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                                    const ApiCallback<QString> &done)
{
    invoicePdf(invoiceId, filePath, context, done);
}
