// The editor forms without widgets: what each field accepts before anything is sent (emails,
// international phones, postal codes, EU VAT numbers), dirty tracking and revert, PATCH bodies
// holding only what changed, the provider's 422 field errors landing on their fields, and the
// list models behind the Contacts and Payment methods pages.

#include "api/apierror.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "forms/fieldvalidation.h"
#include "forms/vatformats.h"
#include "payments/paymentmethodmodel.h"
#include "profile/billingprofileformbackend.h"
#include "tax/taxformbackend.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

namespace
{
Contact sampleContact()
{
    Contact contact;
    contact.id = QStringLiteral("contact-0001");
    contact.type = QStringLiteral("billing");
    contact.firstName = QStringLiteral("Ada");
    contact.lastName = QStringLiteral("Lovelace");
    contact.email = QStringLiteral("ada@example.com");
    contact.phone = QStringLiteral("+44 20 7946 0018");
    contact.address.line1 = QStringLiteral("12 Analytical Row");
    contact.address.city = QStringLiteral("London");
    contact.address.postalCode = QStringLiteral("EC1A 1BB");
    contact.address.country = QStringLiteral("GB");
    return contact;
}

ApiError validationError(const QMap<QString, QStringList> &fields)
{
    ApiError error(ApiError::Kind::Validation, QStringLiteral("422"));
    error.setHttpStatus(422);
    error.setFieldErrors(fields);
    return error;
}
}

class TestFormBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emails_data();
    void emails();
    void phones_data();
    void phones();
    void postalCodes();
    void vatNumbers_data();
    void vatNumbers();
    void vatHints();

    void contactStartsCleanAndTracksDirt();
    void contactRevertRestoresSavedValues();
    void contactPatchHoldsOnlyChanges();
    void contactValidationPutsErrorsOnFields();
    void contactStateRequiredOnlyWhereCountryHasStates();
    void serverFieldErrorsLandOnFields();
    void serverErrorWithoutFieldsGoesToFormError();
    void editingAFieldClearsItsError();
    void contactCreateAcceptsNewId();

    void taxVatCheckedOnlyWhereCountryHasVat();
    void taxPatchHoldsOnlyChanges();
    void taxAdoptStoredKeepsUserValuesAsChanges();
    void billingProfileChecksVatAndEmail();

    void contactListModel();
    void paymentMethodModelWarnsAboutExpiry();
};

void TestFormBackends::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "ada@example.com" << true;
    QTest::newRow("plus and subdomain") << "billing+eu@mail.example.co.uk" << true;
    QTest::newRow("surrounding spaces") << "  ada@example.com " << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no at") << "ada.example.com" << false;
    QTest::newRow("two ats") << "ada@@example.com" << false;
    QTest::newRow("no domain dot") << "ada@localhost" << false;
    QTest::newRow("space inside") << "ada lovelace@example.com" << false;
    QTest::newRow("one-letter tld") << "ada@example.c" << false;
    QTest::newRow("empty domain label") << "ada@.com" << false;
}

void TestFormBackends::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(FieldValidation::checkEmail(email).isEmpty(), valid);
}

void TestFormBackends::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is optional") << "" << true;
    QTest::newRow("french grouped") << "+33 1 23 45 67 89" << true;
    QTest::newRow("us dashes") << "+1 (415) 555-0132" << true;
    QTest::newRow("compact e164") << "+442079460018" << true;
    QTest::newRow("national form") << "01 23 45 67 89" << false;
    QTest::newRow("letters") << "+33 1 CALL ME" << false;
    QTest::newRow("too short") << "+33 123" << false;
    QTest::newRow("too long") << "+1234567890123456" << false;
    QTest::newRow("double plus") << "++33 1 23 45 67 89" << false;
}

void TestFormBackends::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(FieldValidation::checkInternationalPhone(phone).isEmpty(), valid);
}

void TestFormBackends::postalCodes()
{
    QVERIFY(FieldValidation::usesPostalCode(QStringLiteral("FR")));
    QVERIFY(FieldValidation::usesPostalCode(QStringLiteral("us")));
    QVERIFY(!FieldValidation::usesPostalCode(QStringLiteral("HK")));
    QVERIFY(!FieldValidation::usesPostalCode(QStringLiteral("AE")));
    QVERIFY(!FieldValidation::checkPostalCode(QStringLiteral("DE"), QString()).isEmpty());
    QVERIFY(FieldValidation::checkPostalCode(QStringLiteral("DE"), QStringLiteral("10115")).isEmpty());
    QVERIFY(FieldValidation::checkPostalCode(QStringLiteral("HK"), QString()).isEmpty());
    // No country yet: the country's own error says what is missing.
    QVERIFY(FieldValidation::checkPostalCode(QString(), QString()).isEmpty());
}

void TestFormBackends::vatNumbers_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("FR valid") << "FR" << "FR40303265045" << true;
    QTest::newRow("FR letters key") << "FR" << "FRK7399859412" << true;
    QTest::newRow("FR without prefix, spaced") << "FR" << "40 303 265 045" << true;
    QTest::newRow("FR too short") << "FR" << "FR4030326504" << false;
    QTest::newRow("DE valid") << "DE" << "DE123456789" << true;
    QTest::newRow("DE eight digits") << "DE" << "DE12345678" << false;
    QTest::newRow("IT valid") << "IT" << "IT12345678901" << true;
    QTest::newRow("IT letter") << "IT" << "IT1234567890A" << false;
    QTest::newRow("ES valid") << "ES" << "ESA12345674" << true;
    QTest::newRow("ES short") << "ES" << "ESA1234567" << false;
    QTest::newRow("NL valid") << "NL" << "NL123456789B01" << true;
    QTest::newRow("NL missing B") << "NL" << "NL123456789001" << false;
    QTest::newRow("BE valid") << "BE" << "BE0123456789" << true;
    QTest::newRow("BE starts with 2") << "BE" << "BE2123456789" << false;
    QTest::newRow("IE valid") << "IE" << "IE6388047V" << true;
    QTest::newRow("IE two letters") << "IE" << "IE1234567WI" << true;
    QTest::newRow("IE all digits") << "IE" << "IE12345678" << false;
    QTest::newRow("AT valid") << "AT" << "ATU12345678" << true;
    QTest::newRow("AT without U") << "AT" << "AT12345678" << false;
    QTest::newRow("PL valid dashes") << "PL" << "PL 123-456-78-90" << true;
    QTest::newRow("PL nine digits") << "PL" << "PL123456789" << false;
    QTest::newRow("SE valid") << "SE" << "SE123456789001" << true;
    QTest::newRow("SE ten digits") << "SE" << "SE1234567890" << false;
    QTest::newRow("GR uses EL") << "GR" << "EL123456789" << true;
    QTest::newRow("another country's number") << "DE" << "FR40303265045" << false;
    QTest::newRow("unknown country not checked") << "US" << "anything" << true;
}

void TestFormBackends::vatNumbers()
{
    QFETCH(QString, country);
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(VatFormats::isValid(country, number), valid);
    QCOMPARE(VatFormats::check(country, number).isEmpty(), valid);
}

void TestFormBackends::vatHints()
{
    QCOMPARE(VatFormats::hint(QStringLiteral("FR")), QStringLiteral("FR + 2 characters + 9 digits (like FR40303265045)"));
    QCOMPARE(VatFormats::hint(QStringLiteral("NL")), QStringLiteral("NL + 9 digits + B + 2 digits (like NL123456789B01)"));
    QCOMPARE(VatFormats::prefix(QStringLiteral("GR")), QStringLiteral("EL"));
    QVERIFY(VatFormats::hint(QStringLiteral("US")).isEmpty());
    QVERIFY(VatFormats::check(QStringLiteral("DE"), QStringLiteral("DE1")).contains(VatFormats::hint(QStringLiteral("DE"))));
}

void TestFormBackends::contactStartsCleanAndTracksDirt()
{
    ContactFormBackend form;
    QSignalSpy dirty(&form, &FormBackend::dirtyChanged);
    form.loadContact(sampleContact());
    QVERIFY(!form.isDirty());
    QVERIFY(!form.isCreating());
    QCOMPARE(form.value(ContactFormBackend::Email), QStringLiteral("ada@example.com"));

    form.setValue(ContactFormBackend::City, QStringLiteral("Paris"));
    QVERIFY(form.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(form.changedFields(), QList<int> {ContactFormBackend::City});

    // Typing the old value back makes it clean again: nothing would be sent.
    form.setValue(ContactFormBackend::City, QStringLiteral("London"));
    QVERIFY(!form.isDirty());
    QCOMPARE(dirty.count(), 2);
}

void TestFormBackends::contactRevertRestoresSavedValues()
{
    ContactFormBackend form;
    form.loadContact(sampleContact());
    form.setValue(ContactFormBackend::FirstName, QStringLiteral("Augusta"));
    form.setValue(ContactFormBackend::Email, QStringLiteral("broken"));
    QVERIFY(!form.validate());
    form.revert();
    QVERIFY(!form.isDirty());
    QVERIFY(!form.hasFieldErrors());
    QCOMPARE(form.contact(), sampleContact());
}

void TestFormBackends::contactPatchHoldsOnlyChanges()
{
    ContactFormBackend form;
    form.loadContact(sampleContact());
    QCOMPARE(form.changes(), QJsonObject());
    form.setValue(ContactFormBackend::Email, QStringLiteral("ada.lovelace@example.com"));
    form.setValue(ContactFormBackend::City, QStringLiteral("Paris"));
    const QJsonObject expected {
        {QStringLiteral("email"), QStringLiteral("ada.lovelace@example.com")},
        {QStringLiteral("address"), QJsonObject {{QStringLiteral("city"), QStringLiteral("Paris")}}},
    };
    QCOMPARE(form.changes(), expected);

    // Accepted by the provider: the next PATCH starts from here.
    form.acceptSaved(form.contactId());
    QVERIFY(!form.isDirty());
    QCOMPARE(form.changes(), QJsonObject());
    form.setValue(ContactFormBackend::Phone, QStringLiteral("+33 1 23 45 67 89"));
    QCOMPARE(form.changes(), (QJsonObject {{QStringLiteral("phone"), QStringLiteral("+33 1 23 45 67 89")}}));
}

void TestFormBackends::contactValidationPutsErrorsOnFields()
{
    ContactFormBackend form;
    form.startNew();
    QVERIFY(form.isCreating());
    form.setValue(ContactFormBackend::Email, QStringLiteral("not-an-email"));
    form.setValue(ContactFormBackend::Phone, QStringLiteral("0612345678"));
    form.setValue(ContactFormBackend::Country, QStringLiteral("FR"));
    QSignalSpy errors(&form, &FormBackend::errorChanged);
    QVERIFY(!form.validate());
    QVERIFY(!form.error(ContactFormBackend::FirstName).isEmpty());
    QVERIFY(!form.error(ContactFormBackend::LastName).isEmpty());
    QVERIFY(form.error(ContactFormBackend::Email).contains(QStringLiteral("email")));
    QVERIFY(form.error(ContactFormBackend::Phone).contains(QStringLiteral("international")));
    QVERIFY(!form.error(ContactFormBackend::PostalCode).isEmpty());
    QVERIFY(form.error(ContactFormBackend::Type).isEmpty());
    QVERIFY(form.error(ContactFormBackend::AddressLine2).isEmpty());
    QVERIFY(errors.count() >= 7);

    form.setValue(ContactFormBackend::FirstName, QStringLiteral("Grace"));
    form.setValue(ContactFormBackend::LastName, QStringLiteral("Hopper"));
    form.setValue(ContactFormBackend::Email, QStringLiteral("grace@example.com"));
    form.setValue(ContactFormBackend::Phone, QStringLiteral("+33 6 12 34 56 78"));
    form.setValue(ContactFormBackend::AddressLine1, QStringLiteral("1 rue de la Paix"));
    form.setValue(ContactFormBackend::City, QStringLiteral("Paris"));
    form.setValue(ContactFormBackend::PostalCode, QStringLiteral("75002"));
    QVERIFY(form.validate());
    QVERIFY(!form.hasFieldErrors());
}

void TestFormBackends::contactStateRequiredOnlyWhereCountryHasStates()
{
    ContactFormBackend form;
    Contact contact = sampleContact();
    contact.address.country = QStringLiteral("US");
    contact.address.postalCode = QStringLiteral("94105");
    form.loadContact(contact);
    QVERIFY(form.validate());
    form.setCountryHasStates(true);
    QVERIFY(!form.validate());
    QVERIFY(!form.error(ContactFormBackend::State).isEmpty());
    form.setValue(ContactFormBackend::State, QStringLiteral("CA"));
    QVERIFY(form.validate());
}

void TestFormBackends::serverFieldErrorsLandOnFields()
{
    ContactFormBackend form;
    form.loadContact(sampleContact());
    form.setValue(ContactFormBackend::Email, QStringLiteral("ada@example.com.x"));
    form.applyServerError(validationError({
        {QStringLiteral("email"), {QStringLiteral("not a valid email")}},
        {QStringLiteral("address.state"), {QStringLiteral("unknown state or province 'ZZ' for US")}},
        {QStringLiteral("first_name"), {QStringLiteral("is required")}},
    }));
    QCOMPARE(form.error(ContactFormBackend::Email), QStringLiteral("Not a valid email."));
    QCOMPARE(form.error(ContactFormBackend::State), QStringLiteral("Unknown state or province 'ZZ' for US."));
    QCOMPARE(form.error(ContactFormBackend::FirstName), QStringLiteral("Is required."));
    QVERIFY(form.formError().isEmpty());
    // The user's value stays, so nothing typed is lost.
    QCOMPARE(form.value(ContactFormBackend::Email), QStringLiteral("ada@example.com.x"));
    QVERIFY(form.isDirty());

    TaxFormBackend tax;
    tax.applyServerError(validationError({{QStringLiteral("registration"), {QStringLiteral("not a valid FR VAT number")}},
                                          {QStringLiteral("mystery"), {QStringLiteral("is odd")}}}));
    QCOMPARE(tax.error(TaxFormBackend::Registration), QStringLiteral("Not a valid FR VAT number."));
    // A key no field owns is still shown, in the form's message.
    QVERIFY(tax.formError().contains(QStringLiteral("mystery: is odd")));
}

void TestFormBackends::serverErrorWithoutFieldsGoesToFormError()
{
    ContactFormBackend form;
    form.loadContact(sampleContact());
    ApiError error(ApiError::Kind::Server, QStringLiteral("HTTP 500"));
    error.setHttpStatus(500);
    form.applyServerError(error);
    QCOMPARE(form.formError(), error.message());
    QVERIFY(!form.hasFieldErrors());
}

void TestFormBackends::editingAFieldClearsItsError()
{
    ContactFormBackend form;
    form.loadContact(sampleContact());
    form.setValue(ContactFormBackend::Email, QStringLiteral("bad"));
    QVERIFY(!form.validate());
    QVERIFY(!form.error(ContactFormBackend::Email).isEmpty());
    form.setValue(ContactFormBackend::Email, QStringLiteral("bad@"));
    QVERIFY(form.error(ContactFormBackend::Email).isEmpty());
}

void TestFormBackends::contactCreateAcceptsNewId()
{
    ContactFormBackend form;
    form.startNew(QStringLiteral("technical"));
    QCOMPARE(form.value(ContactFormBackend::Type), QStringLiteral("technical"));
    QVERIFY(!form.isDirty());
    form.setValue(ContactFormBackend::FirstName, QStringLiteral("Linus"));
    QVERIFY(form.isDirty());
    QSignalSpy loaded(&form, &FormBackend::loaded);
    form.acceptSaved(QStringLiteral("contact-0042"));
    QVERIFY(!form.isCreating());
    QCOMPARE(form.contactId(), QStringLiteral("contact-0042"));
    QVERIFY(!form.isDirty());
    QCOMPARE(loaded.count(), 1);
}

void TestFormBackends::taxVatCheckedOnlyWhereCountryHasVat()
{
    TaxFormBackend form;
    form.loadTaxInfo(TaxInfo(), false);
    QVERIFY(!form.exists());
    form.setValue(TaxFormBackend::Country, QStringLiteral("FR"));
    form.setValue(TaxFormBackend::PostalCode, QStringLiteral("75002"));
    form.setValue(TaxFormBackend::Registration, QStringLiteral("FR123"));
    // The locale says whether the country has VAT; until it does, nothing is checked.
    QVERIFY(form.validate());
    QVERIFY(form.registrationHint().isEmpty());
    form.setCountryHasVat(true);
    QVERIFY(!form.validate());
    QVERIFY(form.error(TaxFormBackend::Registration).contains(QStringLiteral("FR + 2 characters + 9 digits")));
    QCOMPARE(form.registrationHint(), VatFormats::hint(QStringLiteral("FR")));
    form.setValue(TaxFormBackend::Registration, QStringLiteral("FR40303265045"));
    QVERIFY(form.validate());

    form.setValue(TaxFormBackend::PostalCode, QString());
    QVERIFY(!form.validate());
    QVERIFY(!form.error(TaxFormBackend::PostalCode).isEmpty());
}

void TestFormBackends::taxPatchHoldsOnlyChanges()
{
    TaxInfo stored;
    stored.id = QStringLiteral("tax-0001");
    stored.country = QStringLiteral("FR");
    stored.postalCode = QStringLiteral("75002");
    stored.registration = QStringLiteral("FR40303265045");
    TaxFormBackend form;
    form.loadTaxInfo(stored, true);
    QCOMPARE(form.changes(), QJsonObject());
    form.setValue(TaxFormBackend::Registration, QStringLiteral("FRK7399859412"));
    QCOMPARE(form.changes(), (QJsonObject {{QStringLiteral("registration"), QStringLiteral("FRK7399859412")}}));
    form.setValue(TaxFormBackend::Country, QStringLiteral("de"));
    QCOMPARE(form.changes().value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
    QCOMPARE(form.changes().size(), 2);
}

void TestFormBackends::taxAdoptStoredKeepsUserValuesAsChanges()
{
    TaxFormBackend form;
    form.loadTaxInfo(TaxInfo(), false);
    form.setValue(TaxFormBackend::Country, QStringLiteral("DE"));
    form.setValue(TaxFormBackend::PostalCode, QStringLiteral("10115"));
    TaxInfo stored;
    stored.id = QStringLiteral("tax-0009");
    stored.country = QStringLiteral("DE");
    stored.postalCode = QStringLiteral("80331");
    form.adoptStored(stored);
    QVERIFY(form.exists());
    QCOMPARE(form.taxId(), QStringLiteral("tax-0009"));
    QCOMPARE(form.value(TaxFormBackend::PostalCode), QStringLiteral("10115"));
    QCOMPARE(form.changes(), (QJsonObject {{QStringLiteral("postal_code"), QStringLiteral("10115")}}));
}

void TestFormBackends::billingProfileChecksVatAndEmail()
{
    BillingProfile profile;
    profile.id = QStringLiteral("bp-1");
    profile.name = QStringLiteral("Acme");
    profile.email = QStringLiteral("billing@acme.example");
    profile.addressLine1 = QStringLiteral("3 place de la Bourse");
    profile.city = QStringLiteral("Strasbourg");
    profile.zip = QStringLiteral("67000");
    profile.country = QStringLiteral("FR");
    profile.vatNumber = QStringLiteral("FR40303265045");
    profile.paymentMethod = QStringLiteral("stripe");
    BillingProfileFormBackend form;
    form.loadProfile(profile, true);
    QVERIFY(form.validate());
    form.setValue(BillingProfileFormBackend::VatNumber, QStringLiteral("FR1"));
    form.setValue(BillingProfileFormBackend::Email, QStringLiteral("nope"));
    form.setValue(BillingProfileFormBackend::Company, QStringLiteral("Acme SAS"));
    QVERIFY(!form.validate());
    QVERIFY(!form.error(BillingProfileFormBackend::VatNumber).isEmpty());
    QVERIFY(!form.error(BillingProfileFormBackend::Email).isEmpty());
    QVERIFY(form.error(BillingProfileFormBackend::Company).isEmpty());
    // The payment details are not the form's: they stay as loaded.
    QCOMPARE(form.profile().paymentMethod, QStringLiteral("stripe"));
    QCOMPARE(form.profile().company, QStringLiteral("Acme SAS"));
    // Scalingo names the country; the number's prefix then picks the format.
    form.setValue(BillingProfileFormBackend::Country, QStringLiteral("France"));
    QVERIFY(!form.validate());
    QVERIFY(!form.error(BillingProfileFormBackend::VatNumber).isEmpty());
    form.setValue(BillingProfileFormBackend::VatNumber, QStringLiteral("DE123456789"));
    form.setValue(BillingProfileFormBackend::Email, QStringLiteral("billing@acme.example"));
    QVERIFY(form.validate());
    QCOMPARE(VatFormats::countryOfNumber(QStringLiteral("EL123456789")), QStringLiteral("GR"));
    QVERIFY(VatFormats::countryOfNumber(QStringLiteral("94-3178213")).isEmpty());
    form.applyServerError(validationError({{QStringLiteral("vat_number"), {QStringLiteral("is invalid")}}}));
    QCOMPARE(form.error(BillingProfileFormBackend::VatNumber), QStringLiteral("Is invalid."));
}

void TestFormBackends::contactListModel()
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Contact second = sampleContact();
    second.id = QStringLiteral("contact-0002");
    second.type = QStringLiteral("technical");
    second.firstName = QStringLiteral("Alan");
    second.lastName = QStringLiteral("Turing");
    model.setContacts({sampleContact(), second});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
    QCOMPARE(model.index(1, ContactListModel::NameColumn).data().toString(), QStringLiteral("Alan Turing"));
    QCOMPARE(model.index(1, ContactListModel::TypeColumn).data().toString(), QStringLiteral("Technical"));
    QCOMPARE(model.index(1, ContactListModel::TypeColumn).data(ContactListModel::RawValueRole).toString(), QStringLiteral("technical"));
    QCOMPARE(model.index(0, 0).data(ContactListModel::ContactIdRole).toString(), QStringLiteral("contact-0001"));
    QCOMPARE(model.rowOf(QStringLiteral("contact-0002")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("missing")), -1);
    model.setContacts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFormBackends::paymentMethodModelWarnsAboutExpiry()
{
    PaymentMethodModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2025, 11, 18));
    PaymentMethod visa;
    visa.id = QStringLiteral("pm_visa");
    visa.type = QStringLiteral("card");
    visa.hasCard = true;
    visa.isDefault = true;
    visa.cardBrand = QStringLiteral("visa");
    visa.maskedCardNumber = QStringLiteral("**** **** **** 4242");
    visa.expiryMonth = 8;
    visa.expiryYear = 2028;
    visa.holderName = QStringLiteral("Ada Lovelace");
    visa.country = QStringLiteral("GB");
    PaymentMethod soon = visa;
    soon.id = QStringLiteral("pm_soon");
    soon.isDefault = false;
    soon.cardBrand = QStringLiteral("mastercard");
    soon.expiryMonth = 12;
    soon.expiryYear = 2025;
    PaymentMethod expired = soon;
    expired.id = QStringLiteral("pm_old");
    expired.expiryMonth = 10;
    model.setPaymentMethods({visa, soon, expired});

    QCOMPARE(model.index(0, PaymentMethodModel::MethodColumn).data().toString(), QStringLiteral("Visa"));
    QCOMPARE(model.index(0, PaymentMethodModel::ExpiryColumn).data().toString(), QStringLiteral("08/2028"));
    QCOMPARE(model.index(0, PaymentMethodModel::ExpiryColumn).data(PaymentMethodModel::RawValueRole).toInt(), 202808);
    QCOMPARE(model.index(0, PaymentMethodModel::HolderColumn).data().toString(), QStringLiteral("Ada Lovelace (GB)"));
    QCOMPARE(model.index(0, PaymentMethodModel::DefaultColumn).data().toString(), QStringLiteral("Default"));
    QVERIFY(model.index(1, PaymentMethodModel::DefaultColumn).data().toString().isEmpty());
    auto state = [&model](int row) {
        return static_cast<CardExpiryState>(model.index(row, 0).data(PaymentMethodModel::ExpiryStateRole).toInt());
    };
    QCOMPARE(state(0), CardExpiryState::Valid);
    QCOMPARE(state(1), CardExpiryState::ExpiresSoon);
    QCOMPARE(state(2), CardExpiryState::Expired);
    QVERIFY(model.index(0, 0).data(PaymentMethodModel::ExpiryWarningRole).toString().isEmpty());
    QVERIFY(model.index(1, 0).data(PaymentMethodModel::ExpiryWarningRole).toString().contains(QStringLiteral("expires")));
    QVERIFY(model.index(2, 0).data(PaymentMethodModel::ExpiryWarningRole).toString().contains(QStringLiteral("expired")));
    QCOMPARE(model.rowOf(QStringLiteral("pm_old")), 2);
}

QTEST_GUILESS_MAIN(TestFormBackends)
#include "tst_formbackends.moc"
