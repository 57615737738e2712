#pragma once

#include "domain/taxinfo.h"
#include "forms/formbackend.h"

#include <QJsonObject>

// The tax registration form without widgets. Where the country has VAT (the locale's `vat`
// flag) the number is checked against the country's format before sending.
class TaxFormBackend final : public FormBackend
{
    Q_OBJECT

public:
    enum Field { Country, PostalCode, Registration, FieldCount };
    Q_ENUM(Field)

    explicit TaxFormBackend(QObject *parent = nullptr);

    QString fieldName(int field) const override;

    // A stored record, or nothing yet (`exists` false: saving creates one).
    void loadTaxInfo(const TaxInfo &tax, bool exists);
    bool exists() const;
    QString taxId() const;
    TaxInfo taxInfo() const;
    TaxInfo savedTaxInfo() const;
    QJsonObject changes() const;
    void acceptSaved(const TaxInfo &saved);
    // A stored record found under the user's unsaved values: they become changes to it.
    void adoptStored(const TaxInfo &stored);
    // The record read while the user was typing: the fields they changed stay theirs and become
    // changes to it; the others show what is stored.
    void adoptStoredUnderEdits(const TaxInfo &stored);

    // The locale's `vat` flag of the chosen country.
    void setCountryHasVat(bool hasVat);
    bool countryHasVat() const;
    // The expected VAT number shape for the chosen country; empty when none applies.
    QString registrationHint() const;

protected:
    QString checkField(int field) const override;
    int fieldForServerKey(const QString &key) const override;

private:
    QString m_taxId;
    bool m_exists = false;
    bool m_countryHasVat = false;
};
