// The SkySQL routes that edit the organization (contacts, tax information, payment
// methods), with the reads that show those edits. Validation failures answer 422 with
// SkySQL's error body, one metadata entry per field.

#include "skysqldemoapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <utility>

using FieldErrors = QList<QPair<QString, QString>>;

static DemoResponse noContent()
{
    return DemoResponse::bytes({}, "application/json", 204);
}

static QJsonObject contactJson(const SkySqlDemoContact &contact)
{
    const SkySqlDemoAddress &address = contact.address;
    return QJsonObject {
        {QStringLiteral("address"), QJsonObject {
             {QStringLiteral("address_line_1"), address.addressLine1},
             {QStringLiteral("address_line_2"), address.addressLine2},
             {QStringLiteral("city"), address.city},
             {QStringLiteral("country"), address.country},
             {QStringLiteral("postal_code"), address.postalCode},
             {QStringLiteral("state"), address.state},
         }},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("first_name"), contact.firstName},
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("last_name"), contact.lastName},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("type"), contact.type},
    };
}

// The document's GET shows country, postal_code and registration only; "id" is added so
// a client can PATCH and DELETE what it read.
static QJsonObject taxJson(const SkySqlDemoTaxInfo &taxInfo)
{
    return QJsonObject {
        {QStringLiteral("country"), taxInfo.country},
        {QStringLiteral("id"), taxInfo.id},
        {QStringLiteral("postal_code"), taxInfo.postalCode},
        {QStringLiteral("registration"), taxInfo.registration},
    };
}

static QJsonObject paymentMethodJson(const SkySqlDemoPaymentMethod &method)
{
    return QJsonObject {
        {QStringLiteral("billing_details"), QJsonObject {
             {QStringLiteral("country"), method.billingCountry},
             {QStringLiteral("name"), method.billingName},
         }},
        {QStringLiteral("card"), QJsonObject {
             {QStringLiteral("card_type"), method.cardType},
             {QStringLiteral("cvc_validation"), method.cvcValidation},
             {QStringLiteral("expiration_month"), method.expirationMonth},
             {QStringLiteral("expiration_year"), method.expirationYear},
             {QStringLiteral("masked_card_number"), method.maskedCardNumber},
         }},
        {QStringLiteral("default_payment_method"), method.isDefault},
        {QStringLiteral("payment_method_id"), method.id},
        {QStringLiteral("type"), QStringLiteral("card")},
    };
}

// Reads an optional string field: false (with an error recorded) when present but not a
// string. `key` is the name reported in the error's metadata.
static bool readString(const QJsonObject &object, const QString &field, const QString &key,
                       QString *target, bool *present, FieldErrors *errors)
{
    *present = object.contains(field);
    if (!*present)
        return true;
    const QJsonValue value = object.value(field);
    if (!value.isString()) {
        errors->append({key, QStringLiteral("must be a string")});
        return false;
    }
    *target = value.toString().trimmed();
    return true;
}

std::optional<DemoResponse> SkySqlDemoApi::parseObjectBody(const DemoRouteContext &context,
                                                           QJsonObject *body)
{
    const QString path = context.request.url().path();
    const QByteArray bytes = context.request.body();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return errorResponse(400,
                             bytes.trimmed().isEmpty()
                                 ? QStringLiteral("The request body is empty")
                                 : QStringLiteral("Malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()),
                             path, QStringLiteral("Send a JSON object"));
    }
    if (!document.isObject()) {
        return errorResponse(400, QStringLiteral("The request body must be a JSON object"), path,
                             QStringLiteral("Send a JSON object"));
    }
    *body = document.object();
    return std::nullopt;
}

FieldErrors SkySqlDemoApi::applyContact(const QJsonObject &body, bool creating,
                                        SkySqlDemoContact *contact) const
{
    FieldErrors errors;
    bool present = false;

    for (const auto &[field, target] : {std::pair {QStringLiteral("first_name"), &contact->firstName},
                                        std::pair {QStringLiteral("last_name"), &contact->lastName}}) {
        if (readString(body, field, field, target, &present, &errors)
            && (present || creating) && target->isEmpty())
            errors.append({field, QStringLiteral("is required")});
    }

    if (readString(body, QStringLiteral("email"), QStringLiteral("email"), &contact->email,
                   &present, &errors)
        && (present || creating)) {
        static const QRegularExpression emailPattern(
            QStringLiteral("\\A[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}\\z"));
        if (contact->email.isEmpty())
            errors.append({QStringLiteral("email"), QStringLiteral("is required")});
        else if (!emailPattern.match(contact->email).hasMatch())
            errors.append({QStringLiteral("email"), QStringLiteral("not a valid email")});
    }

    if (readString(body, QStringLiteral("phone"), QStringLiteral("phone"), &contact->phone,
                   &present, &errors)
        && present && !contact->phone.isEmpty()) {
        static const QRegularExpression phonePattern(QStringLiteral("\\A\\+?[0-9][0-9 ().-]{5,19}\\z"));
        if (!phonePattern.match(contact->phone).hasMatch())
            errors.append({QStringLiteral("phone"), QStringLiteral("not a valid phone number")});
    }

    if (readString(body, QStringLiteral("type"), QStringLiteral("type"), &contact->type, &present,
                   &errors)
        && (present || creating) && !SkySqlDemoState::contactTypes().contains(contact->type)) {
        errors.append({QStringLiteral("type"),
                       QStringLiteral("must be one of %1")
                           .arg(SkySqlDemoState::contactTypes().join(QStringLiteral(", ")))});
    }

    if (body.contains(QStringLiteral("address"))) {
        const QJsonValue value = body.value(QStringLiteral("address"));
        if (!value.isObject()) {
            errors.append({QStringLiteral("address"), QStringLiteral("must be an object")});
        } else {
            const QJsonObject address = value.toObject();
            SkySqlDemoAddress &target = contact->address;
            const QList<std::pair<QString, QString *>> fields {
                {QStringLiteral("address_line_1"), &target.addressLine1},
                {QStringLiteral("address_line_2"), &target.addressLine2},
                {QStringLiteral("city"), &target.city},
                {QStringLiteral("country"), &target.country},
                {QStringLiteral("postal_code"), &target.postalCode},
                {QStringLiteral("state"), &target.state},
            };
            for (const auto &[field, fieldTarget] : fields)
                readString(address, field, QStringLiteral("address.") + field, fieldTarget,
                           &present, &errors);

            const QString &country = target.country;
            if (!country.isEmpty() && !m_locale.country(country)) {
                errors.append({QStringLiteral("address.country"),
                               QStringLiteral("unknown country code '%1'").arg(country)});
            } else if (!target.state.isEmpty() && m_locale.hasStatesProvinces(country)
                       && !m_locale.stateProvince(country, target.state)) {
                errors.append({QStringLiteral("address.state"),
                               QStringLiteral("unknown state or province '%1' for %2")
                                   .arg(target.state, country)});
            }
        }
    }
    return errors;
}

FieldErrors SkySqlDemoApi::applyTaxInfo(const QJsonObject &body, bool creating,
                                        SkySqlDemoTaxInfo *taxInfo) const
{
    FieldErrors errors;
    bool present = false;

    bool countryRead = readString(body, QStringLiteral("country"), QStringLiteral("country"),
                                  &taxInfo->country, &present, &errors);
    taxInfo->country = taxInfo->country.toUpper();
    const SkySqlDemoCountry *country = m_locale.country(taxInfo->country);
    if (countryRead && (present || creating)) {
        if (taxInfo->country.isEmpty()) {
            errors.append({QStringLiteral("country"), QStringLiteral("is required")});
            countryRead = false;
        } else if (!country || !country->active) {
            errors.append({QStringLiteral("country"),
                           QStringLiteral("'%1' is not a country SkySQL bills to")
                               .arg(taxInfo->country)});
            countryRead = false;
        }
    }

    if (readString(body, QStringLiteral("postal_code"), QStringLiteral("postal_code"),
                   &taxInfo->postalCode, &present, &errors)
        && (present || creating) && taxInfo->postalCode.isEmpty())
        errors.append({QStringLiteral("postal_code"), QStringLiteral("is required")});

    // Checked against the resulting country, so changing the country alone re-checks it.
    QString reason;
    if (readString(body, QStringLiteral("registration"), QStringLiteral("registration"),
                   &taxInfo->registration, &present, &errors)
        && countryRead && !taxInfo->registration.isEmpty()
        && !SkySqlDemoLocale::isValidVatRegistration(taxInfo->country, taxInfo->registration,
                                                     &reason))
        errors.append({QStringLiteral("registration"), reason});
    return errors;
}

DemoResponse SkySqlDemoApi::listContacts(const DemoRouteContext &) const
{
    QJsonArray contacts;
    for (const SkySqlDemoContact &contact : m_state.contacts())
        contacts.append(contactJson(contact));
    return DemoResponse::json(QJsonDocument(contacts));
}

DemoResponse SkySqlDemoApi::createContact(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    QJsonObject body;
    if (std::optional<DemoResponse> rejection = parseObjectBody(context, &body))
        return *rejection;
    SkySqlDemoContact contact;
    const FieldErrors errors = applyContact(body, true, &contact);
    if (!errors.isEmpty())
        return validationErrorResponse(path, errors);
    return DemoResponse::json(QJsonDocument(contactJson(m_state.addContact(contact))));
}

DemoResponse SkySqlDemoApi::updateContact(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    const QString id = context.arguments.value(0);
    SkySqlDemoContact *existing = m_state.contact(id);
    if (!existing) {
        return errorResponse(404, QStringLiteral("Contact %1 not found").arg(id), path,
                             QStringLiteral("List contacts to get a valid contact_id"));
    }
    QJsonObject body;
    if (std::optional<DemoResponse> rejection = parseObjectBody(context, &body))
        return *rejection;
    // Only the fields sent change; nothing changes when any of them is invalid.
    SkySqlDemoContact updated = *existing;
    const FieldErrors errors = applyContact(body, false, &updated);
    if (!errors.isEmpty())
        return validationErrorResponse(path, errors);
    *existing = updated;
    return noContent();
}

DemoResponse SkySqlDemoApi::deleteContact(const DemoRouteContext &context)
{
    const QString id = context.arguments.value(0);
    if (!m_state.removeContact(id)) {
        return errorResponse(404, QStringLiteral("Contact %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List contacts to get a valid contact_id"));
    }
    return noContent();
}

DemoResponse SkySqlDemoApi::getTax(const DemoRouteContext &context) const
{
    if (!m_state.taxInfo()) {
        return errorResponse(404, QStringLiteral("No tax information for this organization"),
                             context.request.url().path(),
                             QStringLiteral("Create it with POST /billing/v1/tax"));
    }
    return DemoResponse::json(QJsonDocument(taxJson(*m_state.taxInfo())));
}

DemoResponse SkySqlDemoApi::createTax(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    QJsonObject body;
    if (std::optional<DemoResponse> rejection = parseObjectBody(context, &body))
        return *rejection;
    if (m_state.taxInfo()) {
        return errorResponse(409, QStringLiteral("Tax information already exists (%1)")
                                      .arg(m_state.taxInfo()->id),
                             path, QStringLiteral("Update it with PATCH /billing/v1/tax/{tax_id}"));
    }
    SkySqlDemoTaxInfo taxInfo;
    const FieldErrors errors = applyTaxInfo(body, true, &taxInfo);
    if (!errors.isEmpty())
        return validationErrorResponse(path, errors);
    return DemoResponse::json(QJsonDocument(taxJson(m_state.setTaxInfo(taxInfo))));
}

DemoResponse SkySqlDemoApi::updateTax(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    const QString id = context.arguments.value(0);
    if (!m_state.taxInfo() || m_state.taxInfo()->id != id) {
        return errorResponse(404, QStringLiteral("Tax information %1 not found").arg(id), path,
                             QStringLiteral("Read GET /billing/v1/tax for the current tax id"));
    }
    QJsonObject body;
    if (std::optional<DemoResponse> rejection = parseObjectBody(context, &body))
        return *rejection;
    SkySqlDemoTaxInfo updated = *m_state.taxInfo();
    const FieldErrors errors = applyTaxInfo(body, false, &updated);
    if (!errors.isEmpty())
        return validationErrorResponse(path, errors);
    m_state.updateTaxInfo(updated);
    return noContent();
}

DemoResponse SkySqlDemoApi::deleteTax(const DemoRouteContext &context)
{
    const QString id = context.arguments.value(0);
    if (!m_state.taxInfo() || m_state.taxInfo()->id != id) {
        return errorResponse(404, QStringLiteral("Tax information %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("Read GET /billing/v1/tax for the current tax id"));
    }
    m_state.clearTaxInfo();
    return noContent();
}

DemoResponse SkySqlDemoApi::listPaymentMethods(const DemoRouteContext &) const
{
    QJsonArray methods;
    for (const SkySqlDemoPaymentMethod &method : m_state.paymentMethods())
        methods.append(paymentMethodJson(method));
    return DemoResponse::json(QJsonDocument(methods));
}

DemoResponse SkySqlDemoApi::createSetupIntent(const DemoRouteContext &)
{
    // Stripe-shaped, never a real key: the card form itself is Stripe's business.
    const int number = m_state.nextSetupIntent();
    const QString intent = QStringLiteral("seti_demo_%1").arg(number, 6, 10, QLatin1Char('0'));
    const QJsonObject body {
        {QStringLiteral("intent"), intent},
        {QStringLiteral("key"), QStringLiteral("pk_test_demo_billdeck")},
        {QStringLiteral("secret"),
         QStringLiteral("%1_secret_demo%2").arg(intent).arg(0x5eed0000 + number, 8, 16,
                                                             QLatin1Char('0'))},
    };
    return DemoResponse::json(QJsonDocument(body));
}

DemoResponse SkySqlDemoApi::updatePaymentMethod(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    const QString id = context.arguments.value(0);
    SkySqlDemoPaymentMethod *method = m_state.paymentMethod(id);
    if (!method) {
        return errorResponse(404, QStringLiteral("Payment method %1 not found").arg(id), path,
                             QStringLiteral("List payment methods to get a valid pm_id"));
    }
    QJsonObject body;
    if (std::optional<DemoResponse> rejection = parseObjectBody(context, &body))
        return *rejection;

    const QString field = QStringLiteral("default_payment_method");
    if (!body.contains(field))
        return validationErrorResponse(path, {{field, QStringLiteral("is required")}});
    const QJsonValue value = body.value(field);
    if (!value.isBool())
        return validationErrorResponse(path, {{field, QStringLiteral("must be a boolean")}});
    if (value.toBool()) {
        m_state.makeDefaultPaymentMethod(id);
    } else if (method->isDefault) {
        return validationErrorResponse(
            path, {{field, QStringLiteral("an organization needs a default payment method: "
                                          "make another one the default instead")}});
    }
    return noContent();
}

DemoResponse SkySqlDemoApi::deletePaymentMethod(const DemoRouteContext &context)
{
    const QString path = context.request.url().path();
    const QString id = context.arguments.value(0);
    const SkySqlDemoPaymentMethod *method = m_state.paymentMethod(id);
    if (!method) {
        return errorResponse(404, QStringLiteral("Payment method %1 not found").arg(id), path,
                             QStringLiteral("List payment methods to get a valid pm_id"));
    }
    if (method->isDefault && m_state.paymentMethods().size() == 1) {
        return errorResponse(409,
                             QStringLiteral("Payment method %1 is the only one and the default")
                                 .arg(id),
                             path, QStringLiteral("Add another payment method before removing this one"));
    }
    m_state.removePaymentMethod(id);
    return noContent();
}
