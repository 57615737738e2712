#pragma once

#include "domain/contact.h"
#include "forms/formbackend.h"

#include <QJsonObject>

// The contact form without widgets: one value and one error per field, checked before sending;
// changes() is the PATCH body with only what the user changed.
class ContactFormBackend final : public FormBackend
{
    Q_OBJECT
    Q_PROPERTY(bool creating READ isCreating NOTIFY loaded)

public:
    enum Field {
        Type,
        FirstName,
        LastName,
        Email,
        Phone,
        AddressLine1,
        AddressLine2,
        City,
        PostalCode,
        Country,
        State,
        FieldCount
    };
    Q_ENUM(Field)

    explicit ContactFormBackend(QObject *parent = nullptr);

    QString fieldName(int field) const override;

    // Loads a stored contact (saved values = the contact) or, with an empty id, a new one.
    void loadContact(const Contact &contact);
    // A blank new contact of `type`.
    void startNew(const QString &type = QStringLiteral("billing"));

    bool isCreating() const;
    QString contactId() const;
    // The contact as the user has it now (with the stored id).
    Contact contact() const;
    // The contact as last saved.
    Contact savedContact() const;
    // The PATCH body: only the changed fields.
    QJsonObject changes() const;
    // After the provider accepted the form (for a create: with its new id).
    void acceptSaved(const QString &contactId);
    // A stored contact found to be the one this form was creating (its answer was lost): the
    // form becomes it, and the user's values that differ are changes to it.
    void adoptStored(const Contact &stored);

    // Whether the chosen country has states or provinces (from the locale endpoints): the
    // state is then required.
    void setCountryHasStates(bool hasStates);
    bool countryHasStates() const;

protected:
    QString checkField(int field) const override;
    int fieldForServerKey(const QString &key) const override;

private:
    static QStringList valuesOf(const Contact &contact);

    QString m_contactId;
    bool m_countryHasStates = false;
};
