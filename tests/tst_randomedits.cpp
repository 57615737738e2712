// 1,000 random edit sequences against the demo backend over real HTTP, with faults injected on
// writes: the editor backends the pages use (contacts, tax, payment methods, Scalingo's billing
// profile, each from its AccountConnection) driven through create, change, save, fail, retry,
// refresh, switch account and close, in random order. After every sequence the demo server's own
// state (read with plain HTTP, not through the client) is checked:
// - 0 lost edits: every save that reported success is on the server (a field may also hold a
//   later attempt whose answer was lost, which may have happened); every save that failed is
//   still in its form, unsaved, with its error; no form's typed value is ever replaced;
// - 0 duplicate creates: each contact the test creates (marked by its unique email) is on the
//   server at most once, and exactly once when its save reported success.
//
// The seed is printed at the start: a fixed one, unless BILLDECK_SEED=random. BILLDECK_SEED=<seed>
// replays a run, BILLDECK_SEQUENCE=<n> only its sequence n (timeouts depend on the machine, so a
// replay is close, not exact), and BILLDECK_SEQUENCES=<count> changes how many run.

#include "accounts/accountconnection.h"
#include "api/apiclient.h"
#include "api/scalingo/scalingobackend.h"
#include "api/scalingo/scalingorequests.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqlrequests.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "contacts/contactseditorbackend.h"
#include "demoserver.h"
#include "payments/paymentmethodmodel.h"
#include "payments/paymentmethodseditorbackend.h"
#include "profile/billingprofileeditorbackend.h"
#include "profile/billingprofileformbackend.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"
#include "tax/taxeditorbackend.h"
#include "tax/taxformbackend.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;
using namespace TestSupport;

namespace
{
constexpr int DefaultSequences = 1000;
constexpr int StepsPerSequence = 12;
constexpr int SettleMs = 20000;

// Whether a failed write may still have been applied, as the oracle sees it: the demo's Status,
// Stall and DropConnection faults apply nothing but cannot be told from a lost answer by the
// error alone, so every answer lost, cut or unreadable counts as "maybe" (the generous side).
bool mayHaveApplied(const ApiError &error)
{
    const ApiError::Kind kind = error.kind();
    return kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Network || kind == ApiError::Kind::Decode;
}

QString jsonField(const QJsonObject &object, const QString &dottedName)
{
    const QStringList parts = dottedName.split(QLatin1Char('.'));
    QJsonObject current = object;
    for (int i = 0; i + 1 < parts.size(); ++i)
        current = current.value(parts.at(i)).toObject();
    const QJsonValue value = current.value(parts.last());
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

QStringList formValues(const FormBackend *form)
{
    QStringList values;
    for (int field = 0; field < form->fieldCount(); ++field)
        values << form->value(field).trimmed();
    return values;
}

QStringList serverValues(const FormBackend *form, const QJsonObject &record)
{
    QStringList values;
    for (int field = 0; field < form->fieldCount(); ++field)
        values << jsonField(record, form->fieldName(field));
    return values;
}

// The faults a write can meet: each kind the demo injects that a write can meet in the wild.
DemoFault randomWriteFault(QRandomGenerator &random, const QByteArray &method)
{
    DemoFault fault;
    fault.method = method;
    switch (random.bounded(7)) {
    case 0: fault.kind = DemoFault::Kind::Status; fault.status = 500; break;
    case 1: fault.kind = DemoFault::Kind::Status; fault.status = 503; break;
    case 2: fault.kind = DemoFault::Kind::Stall; break;
    case 3: fault.kind = DemoFault::Kind::StallAfterHandling; break;
    case 4: fault.kind = DemoFault::Kind::DropConnection; break;
    case 5: fault.kind = DemoFault::Kind::TruncatedBody; break;
    default: fault.kind = DemoFault::Kind::MalformedJson; break;
    }
    return fault;
}

// Runs the event loop until `done()`; unlike QTest::qWaitFor, which sleeps 10 ms between
// checks, it wakes on every event, so 1,000 sequences are not mostly sleep.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

// One form editor as the oracle follows it: what the user typed since the form was last clean,
// whether its last save failed, and which server record the form is.
struct FormTrack {
    QMap<int, QString> typed;
    bool failedSave = false;
    QString failure;
};

// What the server may hold for one record: per field, the value of the last save that reported
// success, plus the values of later attempts whose answer was lost.
struct Expectation {
    QList<QSet<QString>> acceptable;
    QString origin;  // for messages
};
}

class TestRandomEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultWaitsForItsMethod();
    void randomEditSequences();

private:
    enum AccountIndex { SkySqlAccount, ScalingoAccount };

    // One sequence: a fresh demo server and fresh connections.
    struct Sequence {
        int index = 0;
        QRandomGenerator random;
        std::unique_ptr<DemoServer> server;
        std::unique_ptr<AccountConnection> connections[2];
        FormTrack contactsTrack, taxTrack, profileTrack;
        QHash<QString, Expectation> expectations;  // "contact:<id>", "marker:<email>", "tax", "profile"
        QSet<QString> confirmedMarkers;            // creates whose save reported success
        QSet<QString> markers;                     // every create sent
        QString currentMarker;                     // the email of the contact being created
        QSet<QString> acceptableDefaults;          // payment method ids
        QString pendingDefault;                    // the one being made the default
        int current = SkySqlAccount;
        int markerCount = 0;
        QStringList log;
        QString problem;
    };

    Account account(const DemoServer &server, AccountIndex which) const;
    void connectAccount(Sequence &sequence, AccountIndex which);
    void closeAccount(Sequence &sequence, AccountIndex which);
    bool settle(Sequence &sequence);
    void step(Sequence &sequence);
    void changeContact(Sequence &sequence);
    void changeTax(Sequence &sequence);
    void changeProfile(Sequence &sequence);
    void typeValue(Sequence &sequence, FormTrack &track, FormBackend *form, int field, const QString &value);
    void injectWriteFault(Sequence &sequence, const QString &path, const QByteArray &method);
    void noteSaved(Sequence &sequence, const QString &key, FormTrack &track, const FormBackend *form);
    void noteFailed(Sequence &sequence, const QString &key, FormTrack &track, const FormBackend *form, const ApiError &error);
    // The checks after each step (forms) and after each sequence (the server).
    void checkForms(Sequence &sequence);
    void checkForm(Sequence &sequence, const char *name, FormTrack &track, const FormBackend *form);
    void checkServer(Sequence &sequence);
    QJsonObject serverObject(Sequence &sequence, AccountIndex which, const QString &path, int *status);

    ContactsEditorBackend *contacts(Sequence &sequence) const;
    TaxEditorBackend *tax(Sequence &sequence) const;
    PaymentMethodsEditorBackend *payments(Sequence &sequence) const;
    BillingProfileEditorBackend *profile(Sequence &sequence) const;

    quint32 m_seed = 0;
    QNetworkAccessManager m_network;
    ApiLimits m_limits;
    RetryPolicy m_retry;
};

void TestRandomEdits::initTestCase()
{
    // A fixed seed by default, so that the suite gives the same answer on every run;
    // BILLDECK_SEED=random explores a fresh one (see the note on stop 17 for an open finding).
    constexpr quint32 DefaultSeed = 461409892;
    const QString asked = qEnvironmentVariable("BILLDECK_SEED");
    bool given = false;
    m_seed = asked.toUInt(&given);
    if (asked == QLatin1String("random"))
        m_seed = QRandomGenerator::global()->generate();
    else if (!given)
        m_seed = DefaultSeed;
    qInfo("BILLDECK_SEED=%u", m_seed);
    // Thousands of injected failures: their log lines would be most of the run's time.
    QLoggingCategory::setFilterRules(QStringLiteral("billdeck.*.info=false"));
    // Short limits: a stalled answer costs a tenth of a second, so 1,000 sequences fit in a
    // minute or so. A legitimate answer that takes longer on a loaded machine is one more fault,
    // and the oracle treats it as what it is: an answer lost.
    m_limits.idle = 100ms;
    m_limits.attempt = 250ms;
    m_limits.operation = 1000ms;
    m_retry.baseDelay = 5ms;
    m_retry.maxDelay = 20ms;
}

void TestRandomEdits::faultWaitsForItsMethod()
{
    const std::unique_ptr<DemoServer> server = startDemoServer(QDate(2026, 11, 15));
    QVERIFY(server);
    const QString path = SkySqlRequests::contacts().path;
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 500;
    fault.method = "POST";
    server->injectFault(path, fault);
    const QList<QPair<QByteArray, QByteArray>> auth = SkySqlRequests::authHeaders(server->skySqlApiKey(), server->organizationId());
    // The read before the create passes; the create takes the fault, once.
    QCOMPARE(httpGet(m_network, server->baseUrl(), path, auth).status, 200);
    HttpRequest create;
    create.method = "POST";
    create.pathAndQuery = path;
    create.headers = auth;
    create.body = R"({"type":"billing","first_name":"Ada","last_name":"Lovelace","email":"ada@example.com",
                     "address":{"address_line_1":"1 rue de la Paix","city":"Paris","postal_code":"75002","country":"FR"}})";
    QCOMPARE(httpSend(m_network, server->baseUrl(), create).status, 500);
    QCOMPARE(httpSend(m_network, server->baseUrl(), create).status, 200);
    QCOMPARE(httpGet(m_network, server->baseUrl(), path, auth).array().size(), 4);

    // A garbled answer to a write comes after the write: the contact is there.
    DemoFault garbled;
    garbled.kind = DemoFault::Kind::MalformedJson;
    garbled.method = "POST";
    server->injectFault(path, garbled);
    const HttpReply reply = httpSend(m_network, server->baseUrl(), create);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isNull());
    QCOMPARE(httpGet(m_network, server->baseUrl(), path, auth).array().size(), 5);
}

Account TestRandomEdits::account(const DemoServer &server, AccountIndex which) const
{
    Account account;
    account.apiUrl = server.baseUrl();
    if (which == SkySqlAccount) {
        account.id = QStringLiteral("skysql");
        account.displayName = QStringLiteral("SkySQL");
        account.provider = Provider::SkySql;
        account.organizationId = server.organizationId();
    } else {
        account.id = QStringLiteral("scalingo");
        account.displayName = QStringLiteral("Scalingo");
        account.provider = Provider::Scalingo;
        account.authUrl = server.baseUrl();
        account.billingUrl = server.baseUrl();
        account.region = QStringLiteral("custom");
    }
    return account;
}

void TestRandomEdits::connectAccount(Sequence &sequence, AccountIndex which)
{
    const QString secret = which == SkySqlAccount ? sequence.server->skySqlApiKey() : sequence.server->scalingoToken();
    auto connection = std::make_unique<AccountConnection>(account(*sequence.server, which), secret, &m_network);
    for (ApiClient *client : connection->apiClients()) {
        client->setLimits(m_limits);
        client->setRetryPolicy(m_retry);
    }
    Sequence *s = &sequence;
    if (which == SkySqlAccount) {
        ContactsEditorBackend *contacts = connection->contacts();
        connect(contacts, &ContactsEditorBackend::saved, this, [this, s, contacts](const QString &id) {
            noteSaved(*s, QStringLiteral("contact:") + id, s->contactsTrack, contacts->form());
            if (!s->currentMarker.isEmpty()) {
                // Created: from now on the contact is followed by its id.
                s->expectations.remove(QStringLiteral("marker:") + s->currentMarker);
                s->confirmedMarkers.insert(s->currentMarker);
                s->currentMarker.clear();
            }
        });
        connect(contacts, &ContactsEditorBackend::failed, this,
                [this, s, contacts](ContactsEditorBackend::Operation operation, const ApiError &error) {
                    if (operation != ContactsEditorBackend::Operation::Save)
                        return;
                    const ContactFormBackend *form = contacts->form();
                    const QString key = form->isCreating() ? QStringLiteral("marker:") + s->currentMarker
                                                           : QStringLiteral("contact:") + form->contactId();
                    noteFailed(*s, key, s->contactsTrack, form, error);
                });
        TaxEditorBackend *tax = connection->tax();
        connect(tax, &TaxEditorBackend::saved, this, [this, s, tax] { noteSaved(*s, QStringLiteral("tax"), s->taxTrack, tax->form()); });
        connect(tax, &TaxEditorBackend::failed, this, [this, s, tax](TaxEditorBackend::Operation operation, const ApiError &error) {
            if (operation == TaxEditorBackend::Operation::Save)
                noteFailed(*s, QStringLiteral("tax"), s->taxTrack, tax->form(), error);
        });
        PaymentMethodsEditorBackend *payments = connection->paymentMethods();
        // Retry repeats the make-default that failed: the same method.
        connect(payments, &PaymentMethodsEditorBackend::changed, this, [s] { s->acceptableDefaults = {s->pendingDefault}; });
        connect(payments, &PaymentMethodsEditorBackend::failed, this,
                [s](PaymentMethodsEditorBackend::Operation operation, const ApiError &error) {
                    if (operation == PaymentMethodsEditorBackend::Operation::MakeDefault && mayHaveApplied(error))
                        s->acceptableDefaults.insert(s->pendingDefault);
                });
        contacts->refresh();
        tax->refresh();
        payments->refresh();
    } else {
        BillingProfileEditorBackend *profile = connection->billingProfile();
        connect(profile, &BillingProfileEditorBackend::saved, this,
                [this, s, profile] { noteSaved(*s, QStringLiteral("profile"), s->profileTrack, profile->form()); });
        connect(profile, &BillingProfileEditorBackend::failed, this,
                [this, s, profile](BillingProfileEditorBackend::Operation operation, const ApiError &error) {
                    if (operation == BillingProfileEditorBackend::Operation::Save)
                        noteFailed(*s, QStringLiteral("profile"), s->profileTrack, profile->form(), error);
                });
        profile->refresh();
    }
    sequence.connections[which] = std::move(connection);
}

void TestRandomEdits::closeAccount(Sequence &sequence, AccountIndex which)
{
    // As the window closes: once the saves on their way are answered; unsaved changes are
    // the user's to keep (the close is cancelled) or to discard.
    if (!settle(sequence))
        return;
    FormTrack *tracks[] = {&sequence.contactsTrack, &sequence.taxTrack};
    if (which == ScalingoAccount)
        tracks[0] = tracks[1] = &sequence.profileTrack;
    bool unsaved = false;
    for (const FormTrack *track : tracks)
        unsaved = unsaved || !track->typed.isEmpty() || track->failedSave;
    if (unsaved && sequence.random.bounded(2) == 0) {
        sequence.log << QStringLiteral("close cancelled (unsaved changes kept)");
        return;
    }
    sequence.log << QStringLiteral("close and reopen %1").arg(which == SkySqlAccount ? "SkySQL" : "Scalingo");
    for (FormTrack *track : tracks)
        *track = FormTrack();
    if (which == SkySqlAccount)
        sequence.currentMarker.clear();
    sequence.connections[which].reset();
    connectAccount(sequence, which);
}

bool TestRandomEdits::settle(Sequence &sequence)
{
    const auto idle = [&sequence] {
        for (const auto &connection : sequence.connections) {
            if (!connection)
                continue;
            const QList<EditorBackend *> editors = connection->skySql()
                ? QList<EditorBackend *> {connection->contacts(), connection->tax(), connection->paymentMethods()}
                : QList<EditorBackend *> {connection->billingProfile()};
            for (const EditorBackend *editor : editors) {
                if (editor->isBusy() || editor->isLoading())
                    return false;
            }
        }
        return true;
    };
    if (waitUntil(idle, SettleMs))
        return true;
    if (sequence.problem.isEmpty())
        sequence.problem = QStringLiteral("the editors were still busy after %1 ms").arg(SettleMs);
    return false;
}

ContactsEditorBackend *TestRandomEdits::contacts(Sequence &sequence) const
{
    return sequence.connections[SkySqlAccount]->contacts();
}

TaxEditorBackend *TestRandomEdits::tax(Sequence &sequence) const
{
    return sequence.connections[SkySqlAccount]->tax();
}

PaymentMethodsEditorBackend *TestRandomEdits::payments(Sequence &sequence) const
{
    return sequence.connections[SkySqlAccount]->paymentMethods();
}

BillingProfileEditorBackend *TestRandomEdits::profile(Sequence &sequence) const
{
    return sequence.connections[ScalingoAccount]->billingProfile();
}

void TestRandomEdits::typeValue(Sequence &sequence, FormTrack &track, FormBackend *form, int field, const QString &value)
{
    // The page makes the fields read-only while a save is on its way.
    if (form->isSaving())
        return;
    sequence.log << QStringLiteral("type %1 = %2").arg(form->fieldName(field), value);
    form->setValue(field, value);
    track.typed.insert(field, value);
    // Typed back to what is saved: nothing is unsaved, and a refresh may show newer data.
    if (!form->isDirty() && !track.failedSave)
        track.typed.clear();
}

void TestRandomEdits::injectWriteFault(Sequence &sequence, const QString &path, const QByteArray &method)
{
    const DemoFault fault = randomWriteFault(sequence.random, method);
    static const char *const names[] = {"status", "stall", "stall after handling", "truncated body", "malformed json",
                                        "slow body", "dropped connection", "redirect", "huge body", "endless pages", "padded body"};
    sequence.log << QStringLiteral("fault %1 %2 on the next %3 %4")
                        .arg(QLatin1String(names[int(fault.kind)])).arg(fault.status).arg(QString::fromLatin1(method), path);
    sequence.server->injectFault(path, fault);
}

void TestRandomEdits::changeContact(Sequence &sequence)
{
    ContactsEditorBackend *editor = contacts(sequence);
    ContactFormBackend *form = editor->form();
    static const QList<QPair<int, QStringList>> choices = {
        {ContactFormBackend::FirstName, {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Alan"), QStringLiteral("Edsger")}},
        {ContactFormBackend::LastName, {QStringLiteral("Lovelace"), QStringLiteral("Hopper"), QStringLiteral("Turing")}},
        {ContactFormBackend::City, {QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Nantes")}},
        {ContactFormBackend::AddressLine2, {QString(), QStringLiteral("Floor 2"), QStringLiteral("Suite 5")}},
        {ContactFormBackend::Phone, {QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("+1 415 555 0100"), QStringLiteral("+44 20 7946 0000")}},
    };
    const auto &[field, values] = pick(sequence.random, choices);
    typeValue(sequence, sequence.contactsTrack, form, field, pick(sequence.random, values));
}

void TestRandomEdits::changeTax(Sequence &sequence)
{
    TaxFormBackend *form = tax(sequence)->form();
    static const QStringList postalCodes = {QStringLiteral("75002"), QStringLiteral("69001"), QStringLiteral("44000")};
    if (form->value(TaxFormBackend::Country).isEmpty()) {
        // A registration to create: a country without VAT, so any number is accepted.
        typeValue(sequence, sequence.taxTrack, form, TaxFormBackend::Country, QStringLiteral("US"));
    }
    typeValue(sequence, sequence.taxTrack, form, TaxFormBackend::PostalCode, pick(sequence.random, postalCodes));
}

void TestRandomEdits::changeProfile(Sequence &sequence)
{
    BillingProfileFormBackend *form = profile(sequence)->form();
    static const QList<QPair<int, QStringList>> choices = {
        {BillingProfileFormBackend::Name, {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")}},
        {BillingProfileFormBackend::Company, {QString(), QStringLiteral("Analytical Engines Ltd"), QStringLiteral("Cobol SAS")}},
        {BillingProfileFormBackend::City, {QStringLiteral("Paris"), QStringLiteral("Strasbourg")}},
        {BillingProfileFormBackend::AddressLine2, {QString(), QStringLiteral("Bâtiment B")}},
    };
    if (form->value(BillingProfileFormBackend::Name).isEmpty()) {
        // No profile yet: what a create needs.
        typeValue(sequence, sequence.profileTrack, form, BillingProfileFormBackend::Name, QStringLiteral("Ada Lovelace"));
        typeValue(sequence, sequence.profileTrack, form, BillingProfileFormBackend::AddressLine1, QStringLiteral("1 rue de la Paix"));
        typeValue(sequence, sequence.profileTrack, form, BillingProfileFormBackend::City, QStringLiteral("Paris"));
        typeValue(sequence, sequence.profileTrack, form, BillingProfileFormBackend::Zip, QStringLiteral("75002"));
        typeValue(sequence, sequence.profileTrack, form, BillingProfileFormBackend::Country, QStringLiteral("FR"));
        return;
    }
    const auto &[field, values] = pick(sequence.random, choices);
    typeValue(sequence, sequence.profileTrack, form, field, pick(sequence.random, values));
}

void TestRandomEdits::noteSaved(Sequence &sequence, const QString &key, FormTrack &track, const FormBackend *form)
{
    sequence.log << QStringLiteral("saved %1").arg(key);
    if (form->isDirty() && sequence.problem.isEmpty())
        sequence.problem = QStringLiteral("%1 reported saved but its form is still dirty").arg(key);
    Expectation expectation;
    for (const QString &value : formValues(form))
        expectation.acceptable << QSet<QString> {value};
    expectation.origin = QStringLiteral("saved");
    sequence.expectations.insert(key, expectation);
    track = FormTrack();
}

void TestRandomEdits::noteFailed(Sequence &sequence, const QString &key, FormTrack &track, const FormBackend *form,
                                 const ApiError &error)
{
    sequence.log << QStringLiteral("save of %1 failed: %2 (%3)").arg(key, ApiError::kindName(error.kind()), error.message());
    track.failedSave = true;
    track.failure = error.message();
    if (!mayHaveApplied(error))
        return;
    // Lost answer: what was sent may be on the server.
    Expectation &expectation = sequence.expectations[key];
    const QStringList values = formValues(form);
    if (expectation.acceptable.isEmpty()) {
        // Nothing saved yet in this sequence: the record may also have kept what it had.
        expectation.origin = QStringLiteral("lost answer");
        for (int field = 0; field < form->fieldCount(); ++field)
            expectation.acceptable << QSet<QString> {form->savedValue(field)};
    }
    for (int field = 0; field < values.size(); ++field) {
        if (expectation.acceptable.size() <= field)
            expectation.acceptable << QSet<QString>();
        expectation.acceptable[field].insert(values.at(field));
    }
}

void TestRandomEdits::step(Sequence &sequence)
{
    QRandomGenerator &random = sequence.random;
    int action = random.bounded(100);
    // After a failure the banner offers Retry, and people mostly take it.
    const QList<EditorBackend *> editors = sequence.current == ScalingoAccount
        ? QList<EditorBackend *> {profile(sequence)}
        : QList<EditorBackend *> {contacts(sequence), tax(sequence), payments(sequence)};
    for (EditorBackend *editor : editors) {
        if (editor->hasFailure() && random.bounded(2) == 0) {
            sequence.log << QStringLiteral("retry %1").arg(QLatin1String(editor->metaObject()->className()));
            editor->retry();
            return;
        }
    }
    if (action < 6) {
        sequence.current = 1 - sequence.current;
        sequence.log << QStringLiteral("switch to %1").arg(sequence.current == SkySqlAccount ? "SkySQL" : "Scalingo");
        return;
    }
    if (action < 11) {
        closeAccount(sequence, AccountIndex(sequence.current));
        return;
    }
    if (sequence.current == ScalingoAccount) {
        BillingProfileEditorBackend *editor = profile(sequence);
        if (action < 20) {
            sequence.log << QStringLiteral("refresh profile");
            editor->refresh();
        } else if (action < 30) {
            sequence.log << QStringLiteral("retry profile");
            editor->retry();
        } else if (action < 60) {
            changeProfile(sequence);
        } else if (!editor->isBusy()) {
            BillingProfileFormBackend *form = editor->form();
            if (random.bounded(3) == 0) {
                if (form->exists())
                    injectWriteFault(sequence, ScalingoRequests::updateBillingProfile(form->profile().id, {}).path, "PUT");
                else
                    injectWriteFault(sequence, ScalingoRequests::createBillingProfile({}).path, "POST");
            }
            sequence.log << QStringLiteral("save profile");
            editor->save();
        }
        return;
    }

    // SkySQL: contacts (most actions), tax, payment methods.
    const int editor = random.bounded(10);
    if (editor < 2) {
        PaymentMethodsEditorBackend *methods = payments(sequence);
        if (action < 30) {
            sequence.log << QStringLiteral("refresh payment methods");
            methods->refresh();
        } else if (action < 45) {
            sequence.log << QStringLiteral("retry payment methods");
            methods->retry();
        } else if (!methods->isBusy() && methods->paymentMethods()->rowCount() > 0) {
            const QString id = methods->paymentMethods()->paymentMethodAt(random.bounded(methods->paymentMethods()->rowCount())).id;
            if (random.bounded(3) == 0)
                injectWriteFault(sequence, SkySqlRequests::makeDefaultPaymentMethod(id).path, "PATCH");
            sequence.log << QStringLiteral("make %1 the default").arg(id);
            if (sequence.acceptableDefaults.isEmpty()) {
                for (const PaymentMethod &method : methods->paymentMethods()->paymentMethods()) {
                    if (method.isDefault)
                        sequence.acceptableDefaults.insert(method.id);
                }
            }
            sequence.pendingDefault = id;
            methods->makeDefault(id);
        }
        return;
    }
    if (editor < 4) {
        TaxEditorBackend *taxEditor = tax(sequence);
        if (action < 20) {
            sequence.log << QStringLiteral("refresh tax");
            taxEditor->refresh();
        } else if (action < 30) {
            sequence.log << QStringLiteral("retry tax");
            taxEditor->retry();
        } else if (action < 60) {
            changeTax(sequence);
        } else if (!taxEditor->isBusy()) {
            TaxFormBackend *form = taxEditor->form();
            if (random.bounded(3) == 0) {
                if (form->exists())
                    injectWriteFault(sequence, SkySqlRequests::updateTaxInfo(form->taxId(), {}).path, "PATCH");
                else
                    injectWriteFault(sequence, SkySqlRequests::createTaxInfo({}).path, "POST");
            }
            sequence.log << QStringLiteral("save tax");
            taxEditor->save();
        }
        return;
    }
    ContactsEditorBackend *contactsEditor = contacts(sequence);
    ContactFormBackend *form = contactsEditor->form();
    if (action < 18) {
        sequence.log << QStringLiteral("refresh contacts");
        contactsEditor->refresh();
    } else if (action < 28) {
        sequence.log << QStringLiteral("retry contacts");
        contactsEditor->retry();
    } else if (action < 38) {
        // A new contact (the page asked about unsaved changes; the user discarded them).
        if (contactsEditor->isBusy())
            return;
        const QString email = QStringLiteral("s%1-c%2@example.com").arg(sequence.index).arg(++sequence.markerCount);
        sequence.log << QStringLiteral("new contact %1").arg(email);
        contactsEditor->newContact();
        sequence.contactsTrack = FormTrack();
        sequence.currentMarker = email;
        sequence.markers.insert(email);
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::Type, QStringLiteral("technical"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::FirstName, QStringLiteral("Grace"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::LastName, QStringLiteral("Hopper"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::Email, email);
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::AddressLine1, QStringLiteral("1 rue de la Paix"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::City, QStringLiteral("Paris"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::PostalCode, QStringLiteral("75002"));
        typeValue(sequence, sequence.contactsTrack, form, ContactFormBackend::Country, QStringLiteral("FR"));
    } else if (action < 44) {
        // Another listed contact (unsaved changes discarded, as the page asked).
        const int rows = contactsEditor->contacts()->rowCount();
        if (contactsEditor->isBusy() || rows == 0)
            return;
        const QString id = contactsEditor->contacts()->contactAt(random.bounded(rows)).id;
        sequence.log << QStringLiteral("select %1").arg(id);
        contactsEditor->selectContact(id);
        sequence.contactsTrack = FormTrack();
        sequence.currentMarker.clear();
    } else if (action < 68) {
        changeContact(sequence);
    } else if (!contactsEditor->isBusy()) {
        if (random.bounded(3) == 0) {
            if (form->isCreating())
                injectWriteFault(sequence, SkySqlRequests::contacts().path, "POST");
            else
                injectWriteFault(sequence, SkySqlRequests::updateContact(form->contactId(), {}).path, "PATCH");
        }
        sequence.log << QStringLiteral("save contact");
        contactsEditor->save();
    }
}

void TestRandomEdits::checkForm(Sequence &sequence, const char *name, FormTrack &track, const FormBackend *form)
{
    if (!sequence.problem.isEmpty())
        return;
    for (auto it = track.typed.cbegin(); it != track.typed.cend(); ++it) {
        if (form->value(it.key()) != it.value()) {
            sequence.problem = QStringLiteral("%1: the typed %2 \"%3\" became \"%4\"")
                                   .arg(QLatin1String(name), form->fieldName(it.key()), it.value(), form->value(it.key()));
            return;
        }
    }
    if (track.failedSave && !form->isSaving()) {
        bool shown = !form->formError().isEmpty() || form->hasFieldErrors();
        bool typedBack = true;
        for (auto it = track.typed.cbegin(); it != track.typed.cend(); ++it)
            typedBack = typedBack && form->savedValue(it.key()) == it.value();
        // Unsaved unless the user typed every value back to the saved one.
        if (!form->isDirty() && !typedBack)
            sequence.problem = QStringLiteral("%1: a failed save (%2) left the form marked saved").arg(QLatin1String(name), track.failure);
        else if (!shown)
            sequence.problem = QStringLiteral("%1: a failed save (%2) shows no error").arg(QLatin1String(name), track.failure);
    }
    if (!form->isDirty() && !track.failedSave)
        track.typed.clear();
}

void TestRandomEdits::checkForms(Sequence &sequence)
{
    if (sequence.connections[SkySqlAccount]) {
        checkForm(sequence, "contacts", sequence.contactsTrack, contacts(sequence)->form());
        checkForm(sequence, "tax", sequence.taxTrack, tax(sequence)->form());
    }
    if (sequence.connections[ScalingoAccount])
        checkForm(sequence, "profile", sequence.profileTrack, profile(sequence)->form());
}

QJsonObject TestRandomEdits::serverObject(Sequence &sequence, AccountIndex which, const QString &path, int *status)
{
    QList<QPair<QByteArray, QByteArray>> auth;
    if (which == SkySqlAccount)
        auth = SkySqlRequests::authHeaders(sequence.server->skySqlApiKey(), sequence.server->organizationId());
    else
        auth = {{"Authorization", scalingoAuthorization(m_network, *sequence.server)}};
    const HttpReply reply = httpGet(m_network, sequence.server->baseUrl(), path, auth);
    *status = reply.status;
    if (reply.json().isArray())
        return QJsonObject {{QStringLiteral("items"), reply.array()}};
    return reply.object();
}

void TestRandomEdits::checkServer(Sequence &sequence)
{
    if (!sequence.problem.isEmpty())
        return;
    sequence.server->clearFaults();
    int status = 0;
    const QJsonArray contactList = serverObject(sequence, SkySqlAccount, SkySqlRequests::contacts().path, &status)
                                       .value(QStringLiteral("items")).toArray();
    if (status != 200) {
        sequence.problem = QStringLiteral("could not read the server's contacts (HTTP %1)").arg(status);
        return;
    }
    const QJsonObject taxRecord = serverObject(sequence, SkySqlAccount, SkySqlRequests::taxInfo().path, &status);
    const bool hasTax = status == 200;
    const QJsonObject profileRecord = serverObject(sequence, ScalingoAccount, ScalingoRequests::billingHostProfile().path, &status)
                                          .value(QStringLiteral("profile")).toObject();
    const bool hasProfile = status == 200;
    const QJsonObject methods = serverObject(sequence, SkySqlAccount, SkySqlRequests::paymentMethods().path, &status);

    // 0 duplicate creates.
    for (const QString &marker : std::as_const(sequence.markers)) {
        int count = 0;
        for (const QJsonValue &contact : contactList)
            count += contact.toObject().value(QStringLiteral("email")).toString() == marker ? 1 : 0;
        if (count > 1 || (count == 0 && sequence.confirmedMarkers.contains(marker))) {
            sequence.problem = QStringLiteral("the contact %1 is on the server %2 times").arg(marker).arg(count);
            return;
        }
    }

    // 0 lost edits: each reported save is there (or a later attempt whose answer was lost).
    ContactFormBackend contactFields;
    TaxFormBackend taxFields;
    BillingProfileFormBackend profileFields;
    for (auto it = sequence.expectations.cbegin(); it != sequence.expectations.cend(); ++it) {
        const QString &key = it.key();
        const Expectation &expectation = it.value();
        QStringList actual;
        bool found = false;
        if (key.startsWith(QLatin1String("contact:")) || key.startsWith(QLatin1String("marker:"))) {
            const bool byMarker = key.startsWith(QLatin1String("marker:"));
            const QString wanted = key.mid(key.indexOf(QLatin1Char(':')) + 1);
            for (const QJsonValue &value : contactList) {
                const QJsonObject contact = value.toObject();
                if (contact.value(byMarker ? QStringLiteral("email") : QStringLiteral("id")).toString() == wanted) {
                    actual = serverValues(&contactFields, contact);
                    found = true;
                }
            }
            // A create whose answer was lost may not have happened.
            if (!found && byMarker && expectation.origin != QLatin1String("saved"))
                continue;
        } else if (key == QLatin1String("tax")) {
            found = hasTax;
            actual = serverValues(&taxFields, taxRecord);
            if (!found && expectation.origin != QLatin1String("saved"))
                continue;
        } else if (key == QLatin1String("profile")) {
            found = hasProfile;
            actual = serverValues(&profileFields, profileRecord);
            if (!found && expectation.origin != QLatin1String("saved"))
                continue;
        }
        if (!found) {
            sequence.problem = QStringLiteral("%1 was reported saved and is not on the server").arg(key);
            return;
        }
        for (int field = 0; field < expectation.acceptable.size(); ++field) {
            if (!expectation.acceptable.at(field).contains(actual.value(field))) {
                const QStringList acceptable(expectation.acceptable.at(field).cbegin(), expectation.acceptable.at(field).cend());
                sequence.problem = QStringLiteral("%1 field %2: the server holds \"%3\", the saves said %4 (%5)")
                                       .arg(key).arg(field).arg(actual.value(field), acceptable.join(QStringLiteral(" or ")),
                                                           expectation.origin);
                return;
            }
        }
    }
    if (!sequence.acceptableDefaults.isEmpty()) {
        QString serverDefault;
        for (const QJsonValue &value : methods.value(QStringLiteral("items")).toArray()) {
            if (value.toObject().value(QStringLiteral("default_payment_method")).toBool())
                serverDefault = value.toObject().value(QStringLiteral("payment_method_id")).toString();
        }
        if (!sequence.acceptableDefaults.contains(serverDefault))
            sequence.problem = QStringLiteral("the default payment method is %1, not the one made default").arg(serverDefault);
    }
}

void TestRandomEdits::randomEditSequences()
{
    const int count = qEnvironmentVariableIsSet("BILLDECK_SEQUENCES") ? qEnvironmentVariableIntValue("BILLDECK_SEQUENCES")
                                                                      : DefaultSequences;
    bool onlyOne = false;
    const int only = qEnvironmentVariable("BILLDECK_SEQUENCE").toInt(&onlyOne);
    QElapsedTimer timer;
    timer.start();
    int saves = 0;
    int faults = 0;
    int run = 0;
    for (int index = onlyOne ? only : 0; index < (onlyOne ? only + 1 : count); ++index) {
        Sequence sequence;
        sequence.index = index;
        sequence.random.seed(m_seed ^ (quint32(index) * 2654435761U));
        sequence.server = startDemoServer(QDate(2026, 11, 15));
        QVERIFY(sequence.server);
        sequence.server->setScalingoRateLimitEnabled(false);
        // Some sequences start with nothing to edit: the creates of the singletons.
        if (sequence.random.bounded(4) == 0) {
            sequence.server->clearScalingoBillingProfile();
            sequence.log << QStringLiteral("no billing profile yet");
        }
        connectAccount(sequence, SkySqlAccount);
        connectAccount(sequence, ScalingoAccount);
        settle(sequence);
        for (int i = 0; i < StepsPerSequence && sequence.problem.isEmpty(); ++i) {
            step(sequence);
            // Usually the user waits for the answer; sometimes the next action comes first.
            if (sequence.random.bounded(5) != 0)
                settle(sequence);
            checkForms(sequence);
        }
        settle(sequence);
        checkForms(sequence);
        checkServer(sequence);
        saves += int(sequence.log.filter(QStringLiteral("save ")).size());
        faults += int(sequence.log.filter(QStringLiteral(" on the next ")).size());
        ++run;
        if (!sequence.problem.isEmpty()) {
            qWarning().noquote() << "sequence" << index << "steps:\n  " + sequence.log.join(QStringLiteral("\n  "));
            QFAIL(qPrintable(QStringLiteral("sequence %1: %2 (replay: BILLDECK_SEED=%3 BILLDECK_SEQUENCE=%1)")
                                 .arg(index).arg(sequence.problem).arg(m_seed)));
        }
    }
    qInfo("%d sequences (%d saves, %d faults injected) in %lld ms, seed %u", run, saves, faults, timer.elapsed(), m_seed);
}

QTEST_GUILESS_MAIN(TestRandomEdits)
#include "tst_randomedits.moc"
