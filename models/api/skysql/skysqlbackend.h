#pragma once

#include "api/apiresult.h"
#include "api/invoicesource.h"
#include "api/skysql/skysqldecoders.h"
#include "api/skysql/skysqlrequests.h"
#include "domain/bill.h"
#include "domain/billingaccount.h"
#include "domain/catalog.h"
#include "domain/contact.h"
#include "domain/contract.h"
#include "domain/invoice.h"
#include "domain/ledger.h"
#include "domain/locale.h"
#include "domain/paymentmethod.h"
#include "domain/taxinfo.h"

#include <QJsonObject>

#include <QObject>
#include <QPointer>

class ApiClient;

// Every SkySQL billing operation as one typed method: builds the request, sends it through the
// account's ApiClient, decodes the answer. Callbacks run only while `context` is alive.
class SkySqlBackend final : public QObject, public InvoiceSource
{
    Q_OBJECT

public:
    SkySqlBackend(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const;

    // The currency of answers that carry none (account trial credit, ledgers, prices without
    // one). SkySQL bills in USD; set it from the account's bill or contract when they differ.
    void setBillingCurrency(const QString &currency);
    QString billingCurrency() const;

    void account(QObject *context, const ApiCallback<BillingAccount> &done);
    void postpaidCommitLedger(QObject *context, const ApiCallback<QList<PostpaidCommitEntry>> &done);
    void prepaidCreditLedger(QObject *context, const ApiCallback<QList<LedgerEntry>> &done);

    // The month's bill: v2, or v1 when the v2 route answers 404. year/month <= 0: current month.
    void bill(int year, int month, QObject *context, const ApiCallback<Bill> &done);
    void billV1(int year, int month, QObject *context, const ApiCallback<Bill> &done);
    void billV2(int year, int month, QObject *context, const ApiCallback<Bill> &done);

    // Writes answer with a bool that is true on success (204 No Content).
    void contacts(QObject *context, const ApiCallback<QList<Contact>> &done);
    void createContact(const Contact &contact, QObject *context, const ApiCallback<Contact> &done);
    // `changes` from SkySqlRequests::contactChanges(before, after).
    void updateContact(const QString &contactId, const QJsonObject &changes, QObject *context,
                       const ApiCallback<bool> &done);
    void deleteContact(const QString &contactId, QObject *context, const ApiCallback<bool> &done);

    void contracts(const QString &organizationId, QObject *context, const ApiCallback<QList<Contract>> &done);

    void countries(SkySqlRequests::LocaleFilter filter, QObject *context, const ApiCallback<QList<Country>> &done);
    void statesProvinces(const QString &countryIso2, SkySqlRequests::LocaleFilter filter, QObject *context,
                         const ApiCallback<QList<StateProvince>> &done);

    void offerings(QObject *context, const ApiCallback<QList<Offering>> &done);
    void meters(const QString &meterId, QObject *context, const ApiCallback<QList<Meter>> &done);
    void offeringMeters(const QString &offeringId, QObject *context, const ApiCallback<QList<Meter>> &done);
    void prices(const QString &offeringId, const SkySqlRequests::PriceFilter &filter, QObject *context,
                const ApiCallback<QList<Price>> &done);

    void paymentMethods(QObject *context, const ApiCallback<QList<PaymentMethod>> &done);
    // The answer holds a Stripe client secret: hand it to the Stripe page, never log or keep it.
    void createSetupIntent(QObject *context, const ApiCallback<SetupIntent> &done);
    void makeDefaultPaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done);
    void deletePaymentMethod(const QString &paymentMethodId, QObject *context, const ApiCallback<bool> &done);

    void taxInfo(QObject *context, const ApiCallback<TaxInfo> &done);
    void createTaxInfo(const TaxInfo &tax, QObject *context, const ApiCallback<TaxInfo> &done);
    // `changes` from SkySqlRequests::taxInfoChanges(before, after).
    void updateTaxInfo(const QString &taxId, const QJsonObject &changes, QObject *context, const ApiCallback<bool> &done);
    void deleteTaxInfo(const QString &taxId, QObject *context, const ApiCallback<bool> &done);

    void invoices(const QDate &startDate, QObject *context, const ApiCallback<QList<Invoice>> &done);
    void invoice(const QString &invoiceId, SkySqlRequests::InvoiceView view, QObject *context,
                 const ApiCallback<Invoice> &done);
    // Streams the PDF to `filePath`; `done` gets the path (see InvoiceSource::invoiceDocument).
    void invoicePdf(const QString &invoiceId, const QString &filePath, QObject *context, const ApiCallback<QString> &done);

    // InvoiceSource: the whole history (or from fetch.from), details as services.
    void listInvoices(const InvoiceFetch &fetch, QObject *context, const ApiCallback<QList<Invoice>> &done) override;
    void invoiceDetails(const QString &invoiceId, FetchPolicy policy, QObject *context,
                        const ApiCallback<Invoice> &done) override;
    void invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                         const ApiCallback<QString> &done) override;

private:
    ApiClient *m_client;
    QString m_billingCurrency = QString::fromLatin1(SkySqlDecoders::DefaultCurrency);
};
