#pragma once

#include <QMetaType>
#include <QString>

// The organization's tax registration (GET /billing/v1/tax): decides whether VAT is charged.
struct TaxInfo {
    // The reference's record has no id although PATCH and DELETE take a tax_id; it is read
    // from "id" or "tax_id" when the provider sends one, and stays empty otherwise.
    QString id;
    QString country;       // ISO 3166-1 alpha-2
    QString postalCode;
    QString registration;  // VAT / GST number

    bool operator==(const TaxInfo &other) const;
    bool operator!=(const TaxInfo &other) const;
};

Q_DECLARE_METATYPE(TaxInfo)
