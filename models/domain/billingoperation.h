#pragma once

#include "money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One movement on a Scalingo account's billing history: an invoice issued, a credit added, a
// payment. The provider's field table is wrong about every type; these follow its example.
struct BillingOperation {
    QString id;
    QDateTime createdAt;
    // The API sends a JSON float ("amount": 0.0) in euros, like the profile's "credit": 15.0,
    // unlike invoices, whose integer cents stay cents. Converted once, at the boundary.
    Money amount;
    QString source;       // "invoicing", ...
    QString description;  // "Invoice for August 2016"
    QString invoiceId;    // empty when the operation is not an invoice
    QString invoiceUrl;  // the provider's text; a QUrl is built only where the link is used
};

Q_DECLARE_METATYPE(BillingOperation)
