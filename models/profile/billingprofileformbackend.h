#pragma once

#include "domain/billingprofile.h"
#include "forms/formbackend.h"

// Scalingo's billing profile editor without widgets: who is invoiced (name, company, email,
// address) and the VAT number, checked against the EU format of the profile's country.
class BillingProfileFormBackend final : public FormBackend
{
    Q_OBJECT

public:
    enum Field { Name, Company, Email, AddressLine1, AddressLine2, City, Zip, State, Country, VatNumber, FieldCount };
    Q_ENUM(Field)

    explicit BillingProfileFormBackend(QObject *parent = nullptr);

    QString fieldName(int field) const override;

    // `exists` false: there is no profile yet and saving creates one.
    void loadProfile(const BillingProfile &profile, bool exists);
    bool exists() const;
    // The loaded profile with the user's values (payment details kept as loaded).
    BillingProfile profile() const;
    void acceptSaved(const BillingProfile &saved);
    // A stored profile found under the user's unsaved values: they become changes to it.
    void adoptStored(const BillingProfile &stored);

protected:
    QString checkField(int field) const override;
    int fieldForServerKey(const QString &key) const override;

private:
    static QStringList valuesOf(const BillingProfile &profile);

    BillingProfile m_profile;
    bool m_exists = false;
};
