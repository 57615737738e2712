// The editors against the demo backend over real HTTP: contacts and tax information created,
// edited and deleted; a save refused with a 500 keeps the user's edit and succeeds on Retry; a
// create whose answer is lost leaves exactly one contact after Retry; a delete can be undone; a
// background refresh never overwrites unsaved changes; payment-method rules.

#include "accounts/accountregistry.h"
#include "api/apiclient.h"
#include "api/scalingo/scalingobackend.h"
#include "api/skysql/skysqlbackend.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "contacts/contactseditorbackend.h"
#include "demoserver.h"
#include "forms/localecatalog.h"
#include "payments/paymentmethodmodel.h"
#include "payments/paymentmethodseditorbackend.h"
#include "profile/billingprofileeditorbackend.h"
#include "profile/billingprofileformbackend.h"
#include "support/await.h"
#include "support/demoserverfixture.h"
#include "tax/taxeditorbackend.h"
#include "tax/taxformbackend.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

namespace
{
constexpr int WaitMs = 15000;

int countWithEmail(const ContactListModel *model, const QString &email)
{
    int count = 0;
    for (const Contact &contact : model->contacts())
        count += contact.email == email ? 1 : 0;
    return count;
}

void fillNewContact(ContactFormBackend *form, const QString &email)
{
    form->setValue(ContactFormBackend::Type, QStringLiteral("technical"));
    form->setValue(ContactFormBackend::FirstName, QStringLiteral("Grace"));
    form->setValue(ContactFormBackend::LastName, QStringLiteral("Hopper"));
    form->setValue(ContactFormBackend::Email, email);
    form->setValue(ContactFormBackend::Phone, QStringLiteral("+33 6 12 34 56 78"));
    form->setValue(ContactFormBackend::AddressLine1, QStringLiteral("1 rue de la Paix"));
    form->setValue(ContactFormBackend::City, QStringLiteral("Paris"));
    form->setValue(ContactFormBackend::PostalCode, QStringLiteral("75002"));
    form->setValue(ContactFormBackend::Country, QStringLiteral("FR"));
}
}

class TestEditorsIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aListReadBeforeASaveDoesNotUndoIt();

    void createEditDeleteContact();
    void serverFieldErrorLandsOnField();
    void saveThatGets500KeepsEditAndSucceedsOnRetry();
    void lostCreateResponseLeavesExactlyOneContact();
    void stalledCreateNotProcessedIsSentAgainOnce();
    void undoDeleteRecreatesContact();
    void refreshNeverOverwritesDirtyForm();
    void invalidInputIsNeverSent();

    void taxCreateEditDelete();
    void taxSaveFailureKeepsEdit();
    void taxTypedBeforeItsRecordArrivedUpdatesIt();
    void aTaxReadBeforeASaveDoesNotUndoIt();

    void paymentMethodRules();
    void addPaymentMethodOpensProviderPage();

    void scalingoProfileEditAndCreate();

private:
    void loadContacts();

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountConnection> m_connection;
    std::unique_ptr<LocaleCatalog> m_locale;
    std::unique_ptr<ContactsEditorBackend> m_contacts;
    std::unique_ptr<QAbstractItemModelTester> m_contactsTester;
};

void TestEditorsIntegration::init()
{
    m_server = TestSupport::startDemoServer();
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    Account account;
    account.id = QStringLiteral("editors");
    account.displayName = QStringLiteral("Editors");
    account.provider = Provider::SkySql;
    account.apiUrl = m_server->baseUrl();
    account.organizationId = m_server->organizationId();
    m_connection = std::make_unique<AccountConnection>(account, m_server->skySqlApiKey(), m_network.get());
    QVERIFY(m_connection->skySql());
    // A stalled answer turns into a timeout quickly.
    m_connection->skySql()->client()->setTransferTimeout(std::chrono::milliseconds(700));
    m_locale = std::make_unique<LocaleCatalog>(m_connection->skySql());
    m_contacts = std::make_unique<ContactsEditorBackend>(m_connection->skySql(), m_locale.get());
    m_contactsTester = std::make_unique<QAbstractItemModelTester>(
        m_contacts->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEditorsIntegration::cleanup()
{
    m_contactsTester.reset();
    m_contacts.reset();
    m_locale.reset();
    m_connection.reset();
    m_network.reset();
    m_server.reset();
}

void TestEditorsIntegration::loadContacts()
{
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    m_contacts->refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 3);
}

void TestEditorsIntegration::createEditDeleteContact()
{
    loadContacts();
    // The first contact is shown once the list is there.
    QCOMPARE(m_contacts->form()->contactId(), QStringLiteral("contact-0001"));

    m_contacts->newContact();
    ContactFormBackend *form = m_contacts->form();
    fillNewContact(form, QStringLiteral("grace@example.com"));
    QSignalSpy saved(m_contacts.get(), &ContactsEditorBackend::saved);
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    QVERIFY(m_contacts->save());
    QVERIFY(saved.wait(WaitMs));
    const QString newId = saved.first().first().toString();
    QVERIFY(!newId.isEmpty());
    QCOMPARE(form->contactId(), newId);
    QVERIFY(!form->isDirty());
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 4);

    // Edit: only the city goes out, and the server keeps it.
    form->setValue(ContactFormBackend::City, QStringLiteral("Lyon"));
    form->setValue(ContactFormBackend::PostalCode, QStringLiteral("69001"));
    QCOMPARE(form->changes().keys(), QStringList {QStringLiteral("address")});
    saved.clear();
    refreshed.clear();
    QVERIFY(m_contacts->save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(refreshed.wait(WaitMs));
    const Contact stored = m_contacts->contacts()->contactAt(m_contacts->contacts()->rowOf(newId));
    QCOMPARE(stored.address.city, QStringLiteral("Lyon"));
    QCOMPARE(stored.address.postalCode, QStringLiteral("69001"));
    QCOMPARE(stored.firstName, QStringLiteral("Grace"));

    QSignalSpy deleted(m_contacts.get(), &ContactsEditorBackend::deleted);
    refreshed.clear();
    m_contacts->deleteContact(newId);
    QVERIFY(deleted.wait(WaitMs));
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 3);
    QCOMPARE(m_contacts->contacts()->rowOf(newId), -1);
    QVERIFY(m_contacts->canUndoDelete());
}

void TestEditorsIntegration::serverFieldErrorLandsOnField()
{
    loadContacts();
    ContactFormBackend *form = m_contacts->form();
    form->setValue(ContactFormBackend::Country, QStringLiteral("US"));
    form->setValue(ContactFormBackend::PostalCode, QStringLiteral("94105"));
    form->setValue(ContactFormBackend::State, QStringLiteral("ZZ"));
    QSignalSpy failed(m_contacts.get(), &ContactsEditorBackend::failed);
    QVERIFY(m_contacts->save());
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(m_contacts->lastError().kind(), ApiError::Kind::Validation);
    QVERIFY2(form->error(ContactFormBackend::State).contains(QStringLiteral("ZZ")), qPrintable(form->error(ContactFormBackend::State)));
    QVERIFY(form->isDirty());
    QCOMPARE(form->value(ContactFormBackend::State), QStringLiteral("ZZ"));
}

void TestEditorsIntegration::saveThatGets500KeepsEditAndSucceedsOnRetry()
{
    loadContacts();
    ContactFormBackend *form = m_contacts->form();
    QCOMPARE(form->contactId(), QStringLiteral("contact-0001"));
    const QString email = QStringLiteral("accounts-payable@example.org");
    form->setValue(ContactFormBackend::Email, email);

    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 500;
    m_server->injectFault(QStringLiteral("/billing/v1/contacts/contact-0001"), fault);
    QSignalSpy failed(m_contacts.get(), &ContactsEditorBackend::failed);
    QVERIFY(m_contacts->save());
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(m_contacts->failedOperation(), ContactsEditorBackend::Operation::Save);
    QCOMPARE(m_contacts->lastError().kind(), ApiError::Kind::Server);
    // The edit is intact and still marked unsaved, with the reason beside it.
    QVERIFY(form->isDirty());
    QCOMPARE(form->value(ContactFormBackend::Email), email);
    QVERIFY(!form->formError().isEmpty());

    QSignalSpy saved(m_contacts.get(), &ContactsEditorBackend::saved);
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    m_contacts->retry();
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!form->isDirty());
    QVERIFY(form->formError().isEmpty());
    QCOMPARE(m_contacts->failedOperation(), ContactsEditorBackend::Operation::None);
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->contactAt(m_contacts->contacts()->rowOf(QStringLiteral("contact-0001"))).email, email);
}

void TestEditorsIntegration::aListReadBeforeASaveDoesNotUndoIt()
{
    // Found by tst_randomedits (seed 2695689948, sequence 544): a refresh's list, read before a
    // save and answered after it, loaded the old values back into the saved form.
    loadContacts();
    ContactFormBackend *form = m_contacts->form();
    QCOMPARE(form->contactId(), QStringLiteral("contact-0001"));
    const QString before = form->value(ContactFormBackend::Email);
    const QString email = QStringLiteral("after-the-list@example.org");
    QVERIFY(before != email);

    // The list is read now (before the save) and arrives slowly, after the save's answer.
    DemoFault slow;
    slow.kind = DemoFault::Kind::SlowBody;
    slow.intervalMs = 2;
    slow.method = "GET";
    m_server->injectFault(QStringLiteral("/billing/v1/contacts"), slow);
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    const int listsBefore = m_server->requestCount(QStringLiteral("/billing/v1/contacts"));
    m_contacts->refresh();
    QVERIFY(QTest::qWaitFor(
        [&] { return m_server->requestCount(QStringLiteral("/billing/v1/contacts")) > listsBefore; }, WaitMs));
    form->setValue(ContactFormBackend::Email, email);
    QSignalSpy saved(m_contacts.get(), &ContactsEditorBackend::saved);
    QVERIFY(m_contacts->save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(refreshed.isEmpty());
    QVERIFY(refreshed.wait(WaitMs));
    // The old list was not applied; the one read after the save was.
    QCOMPARE(form->value(ContactFormBackend::Email), email);
    QVERIFY(!form->isDirty());
    QCOMPARE(m_contacts->contacts()->contactAt(m_contacts->contacts()->rowOf(QStringLiteral("contact-0001"))).email, email);
}

void TestEditorsIntegration::lostCreateResponseLeavesExactlyOneContact()
{
    loadContacts();
    m_contacts->newContact();
    const QString email = QStringLiteral("lost-answer@example.com");
    fillNewContact(m_contacts->form(), email);

    DemoFault fault;
    fault.kind = DemoFault::Kind::StallAfterHandling;
    m_server->injectFault(QStringLiteral("/billing/v1/contacts"), fault);
    QSignalSpy failed(m_contacts.get(), &ContactsEditorBackend::failed);
    QVERIFY(m_contacts->save());
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(m_contacts->lastError().kind(), ApiError::Kind::Timeout);
    QVERIFY(m_contacts->isCreateOutcomeUnknown());
    QVERIFY(m_contacts->form()->isDirty());
    QVERIFY(m_contacts->form()->isCreating());

    const int requestsBefore = m_server->requestCount(QStringLiteral("/billing/v1/contacts"));
    QSignalSpy saved(m_contacts.get(), &ContactsEditorBackend::saved);
    m_contacts->retry();
    QVERIFY(saved.wait(WaitMs));
    // Retry read the list (one GET) and found the contact: no second POST.
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/contacts")), requestsBefore + 1);
    QCOMPARE(m_contacts->contacts()->rowCount(), 4);
    QCOMPARE(countWithEmail(m_contacts->contacts(), email), 1);
    QVERIFY(!m_contacts->form()->isCreating());
    QVERIFY(!m_contacts->form()->isDirty());
    QVERIFY(!m_contacts->isCreateOutcomeUnknown());
}

void TestEditorsIntegration::stalledCreateNotProcessedIsSentAgainOnce()
{
    loadContacts();
    m_contacts->newContact();
    const QString email = QStringLiteral("never-arrived@example.com");
    fillNewContact(m_contacts->form(), email);

    DemoFault fault;
    fault.kind = DemoFault::Kind::Stall;
    m_server->injectFault(QStringLiteral("/billing/v1/contacts"), fault);
    QSignalSpy failed(m_contacts.get(), &ContactsEditorBackend::failed);
    QVERIFY(m_contacts->save());
    QVERIFY(failed.wait(WaitMs));
    QVERIFY(m_contacts->isCreateOutcomeUnknown());

    QSignalSpy saved(m_contacts.get(), &ContactsEditorBackend::saved);
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    m_contacts->retry();
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 4);
    QCOMPARE(countWithEmail(m_contacts->contacts(), email), 1);
}

void TestEditorsIntegration::undoDeleteRecreatesContact()
{
    loadContacts();
    const Contact victim = m_contacts->contacts()->contactAt(m_contacts->contacts()->rowOf(QStringLiteral("contact-0002")));
    QSignalSpy deleted(m_contacts.get(), &ContactsEditorBackend::deleted);
    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    m_contacts->deleteContact(victim.id);
    QVERIFY(deleted.wait(WaitMs));
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 2);
    QVERIFY(m_contacts->canUndoDelete());
    QCOMPARE(m_contacts->deletedContact(), victim);

    QSignalSpy undo(m_contacts.get(), &ContactsEditorBackend::undoAvailableChanged);
    refreshed.clear();
    m_contacts->undoDelete();
    QVERIFY(undo.wait(WaitMs));
    QCOMPARE(undo.first().first().toBool(), false);
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_contacts->contacts()->rowCount(), 3);
    QCOMPARE(countWithEmail(m_contacts->contacts(), victim.email), 1);
    // Everything but the id comes back.
    for (const Contact &contact : m_contacts->contacts()->contacts()) {
        if (contact.email != victim.email)
            continue;
        Contact again = contact;
        again.id = victim.id;
        QCOMPARE(again, victim);
    }
    QVERIFY(!m_contacts->canUndoDelete());

    // Once the notice is gone there is nothing to undo.
    refreshed.clear();
    m_contacts->deleteContact(m_contacts->contacts()->contactAt(0).id);
    QVERIFY(refreshed.wait(WaitMs));
    m_contacts->dismissUndo();
    QVERIFY(!m_contacts->canUndoDelete());
}

void TestEditorsIntegration::refreshNeverOverwritesDirtyForm()
{
    loadContacts();
    ContactFormBackend *form = m_contacts->form();
    form->setValue(ContactFormBackend::City, QStringLiteral("Unsaved City"));

    // Another client changes the same contact.
    bool patched = false;
    m_connection->skySql()->updateContact(QStringLiteral("contact-0001"),
                                          QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Elsewhere")}},
                                          this, [&patched](const ApiResult<bool> &result) { patched = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(patched, WaitMs);

    QSignalSpy refreshed(m_contacts.get(), &ContactsEditorBackend::refreshed);
    m_contacts->refresh();
    QVERIFY(refreshed.wait(WaitMs));
    // The list moved on; the form kept the user's edit.
    QCOMPARE(m_contacts->contacts()->contactAt(0).firstName, QStringLiteral("Elsewhere"));
    QVERIFY(form->isDirty());
    QCOMPARE(form->value(ContactFormBackend::City), QStringLiteral("Unsaved City"));
    QVERIFY(form->value(ContactFormBackend::FirstName) != QStringLiteral("Elsewhere"));

    // A clean form follows the provider.
    form->revert();
    refreshed.clear();
    m_contacts->refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(form->value(ContactFormBackend::FirstName), QStringLiteral("Elsewhere"));
}

void TestEditorsIntegration::invalidInputIsNeverSent()
{
    loadContacts();
    const int before = m_server->requestCount(QStringLiteral("/billing/v1/contacts/contact-0001"));
    m_contacts->form()->setValue(ContactFormBackend::Email, QStringLiteral("no-at-sign"));
    QVERIFY(!m_contacts->save());
    QVERIFY(!m_contacts->form()->error(ContactFormBackend::Email).isEmpty());
    // A request that is never sent gives no signal to wait for: a short spin of the event loop
    // lets a wrongly sent one reach the server.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/contacts/contact-0001")), before);
}

void TestEditorsIntegration::taxCreateEditDelete()
{
    TaxEditorBackend tax(m_connection->skySql(), m_locale.get());
    QSignalSpy refreshed(&tax, &TaxEditorBackend::refreshed);
    QSignalSpy countries(m_locale.get(), &LocaleCatalog::countriesLoaded);
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(TestSupport::waitForSignal(countries, WaitMs));
    TaxFormBackend *form = tax.form();
    QVERIFY(form->exists());
    QCOMPARE(form->taxId(), QStringLiteral("tax-0001"));
    // The demo organization is registered in the US (no VAT); Germany has VAT.
    QCOMPARE(form->value(TaxFormBackend::Country), QStringLiteral("US"));
    QVERIFY(!m_locale->countryHasVat(QStringLiteral("US")));
    QVERIFY(m_locale->countryHasVat(QStringLiteral("DE")));

    // A number in the wrong format is caught here, with the expected shape.
    const QString patchPath = QStringLiteral("/billing/v1/tax/tax-0001");
    const int before = m_server->requestCount(patchPath);
    form->setValue(TaxFormBackend::Country, QStringLiteral("DE"));
    form->setValue(TaxFormBackend::Registration, QStringLiteral("DE12"));
    QVERIFY(!tax.save());
    QVERIFY(form->error(TaxFormBackend::Registration).contains(QStringLiteral("9 digits")));
    QCOMPARE(m_server->requestCount(patchPath), before);

    form->setValue(TaxFormBackend::Registration, QStringLiteral("DE123456789"));
    form->setValue(TaxFormBackend::PostalCode, QStringLiteral("10115"));
    QSignalSpy saved(&tax, &TaxEditorBackend::saved);
    QVERIFY(tax.save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!form->isDirty());
    refreshed.clear();
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(form->savedTaxInfo().registration, QStringLiteral("DE123456789"));
    QCOMPARE(form->savedTaxInfo().country, QStringLiteral("DE"));

    QSignalSpy deleted(&tax, &TaxEditorBackend::deleted);
    tax.deleteTaxInfo();
    QVERIFY(deleted.wait(WaitMs));
    QVERIFY(!form->exists());
    refreshed.clear();
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(!form->exists());

    form->setValue(TaxFormBackend::Country, QStringLiteral("FR"));
    form->setValue(TaxFormBackend::PostalCode, QStringLiteral("75002"));
    form->setValue(TaxFormBackend::Registration, QStringLiteral("FR40303265045"));
    saved.clear();
    QVERIFY(tax.save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(form->exists());
    QVERIFY(!form->taxId().isEmpty());
    QVERIFY(!form->isDirty());
}

void TestEditorsIntegration::taxSaveFailureKeepsEdit()
{
    TaxEditorBackend tax(m_connection->skySql(), m_locale.get());
    QSignalSpy refreshed(&tax, &TaxEditorBackend::refreshed);
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    TaxFormBackend *form = tax.form();
    form->setValue(TaxFormBackend::PostalCode, QStringLiteral("99999"));
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 503;
    fault.times = 1;
    m_server->injectFault(QStringLiteral("/billing/v1/tax/tax-0001"), fault);
    QSignalSpy failed(&tax, &TaxEditorBackend::failed);
    QVERIFY(tax.save());
    QVERIFY(failed.wait(WaitMs));
    QVERIFY(form->isDirty());
    QCOMPARE(form->value(TaxFormBackend::PostalCode), QStringLiteral("99999"));
    QSignalSpy saved(&tax, &TaxEditorBackend::saved);
    tax.retry();
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!form->isDirty());
}

void TestEditorsIntegration::taxTypedBeforeItsRecordArrivedUpdatesIt()
{
    // tst_randomedits, seed 1764236692 sequence 243: the page reopened and the user typed before
    // the registration was read. The read found tax-0001, but over a dirty form it was dropped,
    // so the save sent a create for a record the editor had just read (the API refuses it with
    // 409; when that answer was lost, the editor was left guessing and the oracle with it).
    TaxEditorBackend tax(m_connection->skySql(), m_locale.get());
    QSignalSpy refreshed(&tax, &TaxEditorBackend::refreshed);
    tax.refresh();
    TaxFormBackend *form = tax.form();
    QVERIFY(!form->exists());
    form->setValue(TaxFormBackend::Country, QStringLiteral("US"));
    form->setValue(TaxFormBackend::PostalCode, QStringLiteral("75002"));
    QVERIFY(refreshed.wait(WaitMs));
    // The typed values stay; the form now knows the record they change, and the field the user
    // did not touch shows what is stored rather than an empty value a save would send.
    QVERIFY(form->exists());
    QCOMPARE(form->taxId(), QStringLiteral("tax-0001"));
    QCOMPARE(form->value(TaxFormBackend::PostalCode), QStringLiteral("75002"));
    QCOMPARE(form->value(TaxFormBackend::Registration), QStringLiteral("94-3178213"));
    QVERIFY(form->isDirty());

    const int creates = m_server->requestCount(QStringLiteral("/billing/v1/tax"));
    const int updates = m_server->requestCount(QStringLiteral("/billing/v1/tax/tax-0001"));
    QSignalSpy saved(&tax, &TaxEditorBackend::saved);
    QVERIFY(tax.save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!form->isDirty());
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/tax")), creates);
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/tax/tax-0001")) - updates, 1);
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(form->savedTaxInfo().postalCode, QStringLiteral("75002"));
    QCOMPARE(form->savedTaxInfo().registration, QStringLiteral("94-3178213"));
}

void TestEditorsIntegration::aTaxReadBeforeASaveDoesNotUndoIt()
{
    TaxEditorBackend tax(m_connection->skySql(), m_locale.get());
    QSignalSpy refreshed(&tax, &TaxEditorBackend::refreshed);
    tax.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    TaxFormBackend *form = tax.form();
    QVERIFY(form->exists());
    const QString postalCode = QStringLiteral("69002");
    QVERIFY(form->value(TaxFormBackend::PostalCode) != postalCode);

    // A read sent before the save, answered slowly after it, with the old record.
    DemoFault slow;
    slow.kind = DemoFault::Kind::SlowBody;
    slow.intervalMs = 5;
    slow.method = "GET";
    m_server->injectFault(QStringLiteral("/billing/v1/tax"), slow);
    const int readsBefore = m_server->requestCount(QStringLiteral("/billing/v1/tax"));
    tax.refresh();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requestCount(QStringLiteral("/billing/v1/tax")) > readsBefore; },
                            WaitMs));
    form->setValue(TaxFormBackend::PostalCode, postalCode);
    QSignalSpy saved(&tax, &TaxEditorBackend::saved);
    QVERIFY(tax.save());
    QVERIFY(saved.wait(WaitMs));
    refreshed.clear();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(form->value(TaxFormBackend::PostalCode), postalCode);
    QCOMPARE(form->savedTaxInfo().postalCode, postalCode);
    QVERIFY(!form->isDirty());
}

void TestEditorsIntegration::paymentMethodRules()
{
    PaymentMethodsEditorBackend editor(m_connection->skySql());
    QAbstractItemModelTester tester(editor.paymentMethods(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&editor, &PaymentMethodsEditorBackend::refreshed);
    editor.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    PaymentMethodModel *model = editor.paymentMethods();
    QCOMPARE(model->rowCount(), 2);
    const QString visa = QStringLiteral("pm_demo_visa_4242");
    const QString mastercard = QStringLiteral("pm_demo_mastercard_4444");
    QVERIFY(model->paymentMethodAt(model->rowOf(visa)).isDefault);
    // The demo's second card expires within 60 days.
    QCOMPARE(static_cast<CardExpiryState>(model->index(model->rowOf(mastercard), 0).data(PaymentMethodModel::ExpiryStateRole).toInt()),
             CardExpiryState::ExpiresSoon);
    QVERIFY(editor.canDelete(visa));

    refreshed.clear();
    editor.makeDefault(mastercard);
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(model->paymentMethodAt(model->rowOf(mastercard)).isDefault);
    QVERIFY(!model->paymentMethodAt(model->rowOf(visa)).isDefault);

    refreshed.clear();
    editor.deletePaymentMethod(visa);
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(model->rowCount(), 1);
    QString reason;
    QVERIFY(!editor.canDelete(mastercard, &reason));
    QVERIFY(reason.contains(QStringLiteral("only")));
    const int before = m_server->requestCount(QStringLiteral("/billing/v1/payment-methods/") + mastercard);
    editor.deletePaymentMethod(mastercard);
    // A request that is never sent gives no signal to wait for: a short spin of the event loop
    // lets a wrongly sent one reach the server.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/payment-methods/") + mastercard), before);
    QVERIFY(!editor.isBusy());
}

void TestEditorsIntegration::addPaymentMethodOpensProviderPage()
{
    PaymentMethodsEditorBackend editor(m_connection->skySql());
    editor.setProviderPageUrl(QUrl(QStringLiteral("https://portal.example/billing")));
    QSignalSpy page(&editor, &PaymentMethodsEditorBackend::providerPageRequested);
    editor.addPaymentMethod();
    QVERIFY(page.wait(WaitMs));
    const QUrl url = page.first().at(0).toUrl();
    const QString intent = page.first().at(1).toString();
    QVERIFY(intent.startsWith(QStringLiteral("seti_demo_")));
    QCOMPARE(url.host(), QStringLiteral("portal.example"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("setup_intent")), intent);
    // The client secret never leaves the application.
    QVERIFY(!url.toString().contains(QStringLiteral("secret")));
    QVERIFY(editor.isAwaitingProvider());

    QSignalSpy refreshed(&editor, &PaymentMethodsEditorBackend::refreshed);
    editor.userReturned();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(!editor.isAwaitingProvider());
    // Coming back again without a pending page reads nothing.
    const int reads = m_server->requestCount(QStringLiteral("/billing/v1/payment-methods"));
    editor.userReturned();
    // A request that is never sent gives no signal to wait for: a short spin of the event loop
    // lets a wrongly sent one reach the server.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/payment-methods")), reads);
}

void TestEditorsIntegration::scalingoProfileEditAndCreate()
{
    m_server->setScalingoRateLimitEnabled(false);
    Account account;
    account.id = QStringLiteral("scalingo");
    account.displayName = QStringLiteral("Scalingo");
    account.provider = Provider::Scalingo;
    account.apiUrl = m_server->baseUrl();
    account.authUrl = m_server->baseUrl();
    account.billingUrl = m_server->baseUrl();
    account.region = QStringLiteral("custom");
    AccountConnection connection(account, m_server->scalingoToken(), m_network.get());
    QVERIFY(connection.scalingo());
    BillingProfileEditorBackend editor(connection.scalingo());
    BillingProfileFormBackend *form = editor.form();
    QSignalSpy refreshed(&editor, &BillingProfileEditorBackend::refreshed);
    editor.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(form->exists());
    QVERIFY(!form->profile().id.isEmpty());
    QVERIFY(form->profile().paymentKind != BillingProfile::PaymentKind::None);

    // A VAT number in the wrong format for the profile's country is not sent.
    QVERIFY(form->validate());
    form->setValue(BillingProfileFormBackend::VatNumber, QStringLiteral("FR1"));
    QVERIFY(!editor.save());
    QVERIFY(!form->error(BillingProfileFormBackend::VatNumber).isEmpty());

    form->revert();
    form->setValue(BillingProfileFormBackend::Company, QStringLiteral("Billdeck Testing SAS"));
    QSignalSpy saved(&editor, &BillingProfileEditorBackend::saved);
    QVERIFY(editor.save());
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!form->isDirty());
    form->loadProfile(BillingProfile(), false);
    refreshed.clear();
    editor.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(form->value(BillingProfileFormBackend::Company), QStringLiteral("Billdeck Testing SAS"));

    // No profile yet: saving creates one.
    m_server->clearScalingoBillingProfile();
    form->loadProfile(BillingProfile(), false);
    refreshed.clear();
    editor.refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(!form->exists());
    form->setValue(BillingProfileFormBackend::Name, QStringLiteral("Ada Lovelace"));
    form->setValue(BillingProfileFormBackend::Email, QStringLiteral("ada@example.com"));
    form->setValue(BillingProfileFormBackend::AddressLine1, QStringLiteral("3 place de la Bourse"));
    form->setValue(BillingProfileFormBackend::City, QStringLiteral("Strasbourg"));
    form->setValue(BillingProfileFormBackend::Zip, QStringLiteral("67000"));
    form->setValue(BillingProfileFormBackend::Country, QStringLiteral("France"));
    form->setValue(BillingProfileFormBackend::VatNumber, QStringLiteral("FR40303265045"));
    saved.clear();
    QVERIFY(editor.save());
    QVERIFY2(saved.wait(WaitMs), qPrintable(editor.lastError().longMessage()));
    QVERIFY(form->exists());
    QVERIFY(!form->profile().id.isEmpty());
}

QTEST_GUILESS_MAIN(TestEditorsIntegration)
#include "tst_editorsintegration.moc"
