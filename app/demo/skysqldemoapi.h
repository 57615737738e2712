#pragma once

#include "demohttp.h"
#include "skysqldemodata.h"
#include "skysqldemolocale.h"
#include "skysqldemostate.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QDate;
class QJsonObject;

// The SkySQL billing API as the demo backend speaks it: authentication by X-API-Key (and
// the optional X-SkySQL-Org-ID), SkySQL's error body, and the invoice routes over
// SkySqlDemoData, plus every other billing operation of the reference (account, ledgers,
// bills v1/v2, contracts, catalogue, locale) and the writes (contacts, tax, payment
// methods) over SkySqlDemoState. The write handlers live in skysqldemowrites.cpp.
class SkySqlDemoApi final
{
public:
    SkySqlDemoApi();

    void setApiKey(const QString &apiKey);
    QString apiKey() const;
    QString organizationId() const;
    // Invoice PDF URLs are absolute, and the port is only known once the server listens.
    void setBaseUrl(const QUrl &baseUrl);
    // Regenerates the history and resets the editable state.
    void generate(const QDate &referenceDate);
    // The size of the generated account (see SkySqlDemoData); applies at the next generate().
    void setInvoiceCount(int count);
    // The open invoices are paid and the next month invoiced; returns the new ids.
    QStringList issueNextMonth();
    const SkySqlDemoData &data() const;
    const SkySqlDemoState &state() const;
    const SkySqlDemoLocale &locale() const;

    // Handlers capture this object: it must outlive the router.
    void registerRoutes(DemoRouter &router);

    // {"code", "message", "type", "location", "solution", "exception", "err", "metadata"}
    static DemoResponse errorResponse(int status, const QString &message,
                                      const QString &location, const QString &solution = {});
    // 422 with one {"key": field, "value": message} metadata entry per invalid field.
    static DemoResponse validationErrorResponse(const QString &location,
                                                const QList<QPair<QString, QString>> &fieldErrors);

    // The PDF as served for an invoice (exposed so tests and previews need no HTTP).
    QByteArray invoicePdf(const SkySqlDemoInvoice &invoice) const;

private:
    using Endpoint = DemoResponse (SkySqlDemoApi::*)(const DemoRouteContext &) const;
    using WriteEndpoint = DemoResponse (SkySqlDemoApi::*)(const DemoRouteContext &);

    DemoRouter::Handler authenticated(Endpoint endpoint) const;
    DemoRouter::Handler authenticatedWrite(WriteEndpoint endpoint);
    std::optional<DemoResponse> rejectUnauthorized(const DemoRouteContext &context) const;

    DemoResponse listInvoices(const DemoRouteContext &context) const;
    DemoResponse getInvoice(const DemoRouteContext &context) const;
    DemoResponse getInvoicePdf(const DemoRouteContext &context) const;

    DemoResponse getAccount(const DemoRouteContext &context) const;
    DemoResponse getPostpaidCommitLedger(const DemoRouteContext &context) const;
    DemoResponse getPrepaidCreditLedger(const DemoRouteContext &context) const;
    DemoResponse getBillsV1(const DemoRouteContext &context) const;
    DemoResponse getBillsV2(const DemoRouteContext &context) const;
    DemoResponse getContracts(const DemoRouteContext &context) const;
    DemoResponse listCountries(const DemoRouteContext &context) const;
    DemoResponse listStatesProvinces(const DemoRouteContext &context) const;
    DemoResponse listOfferings(const DemoRouteContext &context) const;
    DemoResponse getMeter(const DemoRouteContext &context) const;
    DemoResponse listOfferingMeters(const DemoRouteContext &context) const;
    DemoResponse listPrices(const DemoRouteContext &context) const;

    // skysqldemowrites.cpp
    DemoResponse listContacts(const DemoRouteContext &context) const;
    DemoResponse createContact(const DemoRouteContext &context);
    DemoResponse updateContact(const DemoRouteContext &context);
    DemoResponse deleteContact(const DemoRouteContext &context);
    DemoResponse getTax(const DemoRouteContext &context) const;
    DemoResponse createTax(const DemoRouteContext &context);
    DemoResponse updateTax(const DemoRouteContext &context);
    DemoResponse deleteTax(const DemoRouteContext &context);
    DemoResponse listPaymentMethods(const DemoRouteContext &context) const;
    DemoResponse createSetupIntent(const DemoRouteContext &context);
    DemoResponse updatePaymentMethod(const DemoRouteContext &context);
    DemoResponse deletePaymentMethod(const DemoRouteContext &context);

    // The bill a bills request names (year & month, or the month to date), or the error.
    const SkySqlDemoBill *requestedBill(const DemoRouteContext &context,
                                        DemoResponse *error) const;
    // Checks the request's JSON body is an object; the 400 otherwise.
    static std::optional<DemoResponse> parseObjectBody(const DemoRouteContext &context,
                                                       QJsonObject *body);
    // Field errors of a contact body; `creating` requires the mandatory fields.
    QList<QPair<QString, QString>> applyContact(const QJsonObject &body, bool creating,
                                                SkySqlDemoContact *contact) const;
    QList<QPair<QString, QString>> applyTaxInfo(const QJsonObject &body, bool creating,
                                                SkySqlDemoTaxInfo *taxInfo) const;

    QString invoicePdfUrl(const SkySqlDemoInvoice &invoice) const;
    QJsonObject invoiceSummaryJson(const SkySqlDemoInvoice &invoice) const;
    QJsonObject invoiceDetailJson(const SkySqlDemoInvoice &invoice, bool byResource) const;

    QString m_apiKey;
    QUrl m_baseUrl;
    SkySqlDemoData m_data;
    SkySqlDemoLocale m_locale;
    SkySqlDemoState m_state;
};
