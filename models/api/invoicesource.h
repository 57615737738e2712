#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QDate>
#include <QList>

class QObject;

// The invoice operations every provider offers, so the InvoiceRepository can merge accounts without
// knowing which provider each one is. Callbacks run only while `context` is alive.
// Which invoices to list: every one the provider has unless `from` is set, and whether the
// stored copy may answer (start from the store, offline).
struct InvoiceFetch {
    QDate from;
    FetchPolicy policy = FetchPolicy::Network;
};

class InvoiceSource
{
public:
    virtual ~InvoiceSource();

    virtual void listInvoices(const InvoiceFetch &fetch, QObject *context, const ApiCallback<QList<Invoice>> &done) = 0;
    virtual void invoiceDetails(const QString &invoiceId, FetchPolicy policy, QObject *context,
                                const ApiCallback<Invoice> &done) = 0;
    // Streams the invoice's PDF to `filePath` (never held whole in memory); `done` gets the
    // path once the whole document is there, or the error with no file left behind.
    virtual void invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                                 const ApiCallback<QString> &done) = 0;
};
