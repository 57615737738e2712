#pragma once

#include "api/apiresult.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QList>

class QObject;

// The invoice operations every provider offers, so the InvoiceRepository can merge accounts without
// knowing which provider each one is. Callbacks run only while `context` is alive.
class InvoiceSource
{
public:
    virtual ~InvoiceSource();

    virtual void listInvoices(QObject *context, const ApiCallback<QList<Invoice>> &done) = 0;
    virtual void invoiceDetails(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done) = 0;
    virtual void invoiceDocument(const QString &invoiceId, QObject *context, const ApiCallback<QByteArray> &done) = 0;
};
