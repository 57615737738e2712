// The window shows the pages the shown accounts offer, and an editor page works on the account
// its picker names: a Scalingo account opens no price catalogue, tax or contacts page, a SkySQL
// account no billing operations or billing profile, and "all accounts" gives each editor a
// picker. Two SkySQL accounts on the demo backend show that the picker really switches which
// account is edited, and asks before it drops an edit.

#include "accounts/accountregistry.h"
#include "accounts/capabilities.h"
#include "catalog/catalogpage.h"
#include "costs/costspage.h"
#include "invoices/invoicerepository.h"
#include "composition.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactseditorbackend.h"
#include "contacts/contactspage.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "pages.h"
#include "support/demowindow.h"
#include "payments/paymentmethodspage.h"
#include "profile/billingprofilepage.h"
#include "support/messageboxanswer.h"
#include "tax/taxpage.h"
#include "widgets/accountpicker.h"
#include "widgets/pagereadiness.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace
{
constexpr int WaitMs = 15000;
const QString SkySqlId = QStringLiteral("demo");
const QString ScalingoId = QStringLiteral("demo-scalingo");

bool waitReady(PageReadiness *readiness)
{
    return QTest::qWaitFor([readiness] { return readiness->isReady(); }, WaitMs);
}
}

class TestPagesByCapability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void providersOfferWhatTheirApisHave();
    void scalingoAccountShowsOnlyItsPages();
    void skySqlAccountShowsOnlyItsPages();
    void allAccountsGiveEachEditorAPicker();
    void pickerSwitchesTheEditedAccount();
    void aPageIsBuiltWhenFirstShownWithTheDataLoadedBefore();

private:
    QStringList shownPages() const;

    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<MainWindow> m_window;
};

void TestPagesByCapability::init()
{
    m_composition = std::make_unique<Composition>();
    QString problem;
    m_window = TestSupport::openDemoWindow(*m_composition, &problem);
    QVERIFY2(m_window, qPrintable(problem));
}

void TestPagesByCapability::cleanup()
{
    m_window.reset();
    m_composition.reset();
}

QStringList TestPagesByCapability::shownPages() const
{
    QStringList shown;
    const QStringList keys = m_window->pageKeys();
    for (const QString &key : keys) {
        if (m_window->isPageShown(key))
            shown << key;
    }
    return shown;
}

void TestPagesByCapability::providersOfferWhatTheirApisHave()
{
    const Capabilities skySql = capabilitiesOf(Provider::SkySql);
    const Capabilities scalingo = capabilitiesOf(Provider::Scalingo);
    for (Capability both : {Capability::Invoices, Capability::PaymentMethods}) {
        QVERIFY(skySql.testFlag(both));
        QVERIFY(scalingo.testFlag(both));
    }
    for (Capability only : {Capability::UsageBills, Capability::CreditsAndCommitments, Capability::PriceCatalogue,
                            Capability::Contacts, Capability::Tax, Capability::InvoicesByResource}) {
        QVERIFY(skySql.testFlag(only));
        QVERIFY(!scalingo.testFlag(only));
    }
    for (Capability only : {Capability::BillingOperations, Capability::BillingProfile}) {
        QVERIFY(!skySql.testFlag(only));
        QVERIFY(scalingo.testFlag(only));
    }
    AccountConnection *connection = m_composition->accounts()->connection(ScalingoId);
    QVERIFY(connection);
    QCOMPARE(connection->capabilities(), scalingo);
    // What an account does not offer, it does not create.
    QVERIFY(!connection->contacts());
    QVERIFY(!connection->tax());
    QVERIFY(!connection->catalog());
    QVERIFY(connection->billingProfile());
}

void TestPagesByCapability::scalingoAccountShowsOnlyItsPages()
{
    m_composition->accounts()->setShownAccountId(ScalingoId);
    QCOMPARE(shownPages(), QStringList({"invoices", "overview", "costs", "operations", "profile", "payment-methods"}));
    for (const char *absent : {"catalog", "tax", "contacts"})
        QVERIFY2(!m_window->setCurrentPage(QString::fromLatin1(absent)), absent);

    // The page on screen goes away with the account that had it: the window falls back.
    m_composition->accounts()->setShownAccountId(SkySqlId);
    QVERIFY(m_window->setCurrentPage(QStringLiteral("tax")));
    m_composition->accounts()->setShownAccountId(ScalingoId);
    QCOMPARE(m_window->currentPage(), QStringLiteral("invoices"));
}

void TestPagesByCapability::skySqlAccountShowsOnlyItsPages()
{
    m_composition->accounts()->setShownAccountId(SkySqlId);
    QCOMPARE(shownPages(),
             QStringList({"invoices", "overview", "catalog", "costs", "contacts", "tax", "payment-methods"}));
    QVERIFY(!m_window->setCurrentPage(QStringLiteral("operations")));
    QVERIFY(!m_window->setCurrentPage(QStringLiteral("profile")));
    // One account shown: nothing to pick.
    auto *contacts = qobject_cast<ContactsPage *>(m_window->page(QStringLiteral("contacts")));
    QVERIFY(contacts);
    QVERIFY(!contacts->accountPicker()->isVisibleTo(contacts));
}

void TestPagesByCapability::allAccountsGiveEachEditorAPicker()
{
    m_composition->accounts()->setShownAccountId(QString());
    QCOMPARE(shownPages(), m_window->pageKeys());
    // `billdeck --help` lists the pages from pageKeys(): the same, in sidebar order.
    QCOMPARE(m_window->pageKeys(), pageKeys());
    auto *contacts = qobject_cast<ContactsPage *>(m_window->page(QStringLiteral("contacts")));
    auto *tax = qobject_cast<TaxPage *>(m_window->page(QStringLiteral("tax")));
    auto *payments = qobject_cast<PaymentMethodsPage *>(m_window->page(QStringLiteral("payment-methods")));
    auto *profile = qobject_cast<BillingProfilePage *>(m_window->page(QStringLiteral("profile")));
    QVERIFY(contacts && tax && payments && profile);
    const QList<std::pair<QWidget *, AccountPicker *>> pages{
        {contacts, contacts->accountPicker()},
        {tax, tax->accountPicker()},
        {payments, payments->accountPicker()},
        {profile, profile->accountPicker()},
    };
    for (const auto &[page, picker] : pages) {
        QVERIFY2(picker->isVisibleTo(page), page->metaObject()->className());
        QVERIFY(picker->currentConnection());
    }
    // Both providers have payment methods: the picker offers both and the page follows it.
    QComboBox *combo = payments->accountPicker()->comboBox();
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->isEnabled());
    QCOMPARE(payments->accountPicker()->currentConnection()->account().id, SkySqlId);
    QVERIFY(payments->editor());
    combo->setCurrentIndex(combo->findData(ScalingoId));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(payments->accountPicker()->currentConnection()->account().id, ScalingoId);
    // Scalingo's means of payment is read from its billing profile, not edited here.
    QVERIFY(!payments->editor());
    // Only one account has contacts: named, but nothing else to choose.
    QCOMPARE(contacts->accountPicker()->comboBox()->count(), 1);
    QVERIFY(!contacts->accountPicker()->comboBox()->isEnabled());
}

void TestPagesByCapability::pickerSwitchesTheEditedAccount()
{
    // A second SkySQL organization on the same backend.
    Account second;
    second.id = QStringLiteral("second");
    second.displayName = QStringLiteral("Second SkySQL");
    second.provider = Provider::SkySql;
    second.apiUrl = m_composition->demoServer()->baseUrl();
    m_composition->accounts()->add(second, m_composition->demoServer()->skySqlApiKey());
    m_composition->accounts()->setShownAccountId(QString());

    auto *contacts = qobject_cast<ContactsPage *>(m_window->page(QStringLiteral("contacts")));
    m_window->show();
    QVERIFY(m_window->setCurrentPage(QStringLiteral("contacts")));
    QVERIFY(waitReady(contacts->readiness()));
    AccountPicker *picker = contacts->accountPicker();
    QComboBox *combo = picker->comboBox();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(picker->currentConnection()->account().id, SkySqlId);
    ContactsEditorBackend *first = contacts->editor();
    QCOMPARE(first, m_composition->accounts()->connection(SkySqlId)->contacts());
    first->form()->setValue(ContactFormBackend::City, QStringLiteral("Oakland"));

    // Cancel keeps the account and the edit.
    int asked = 0;
    answerNextBox(QMessageBox::Cancel, &asked);
    const int secondIndex = combo->findData(QStringLiteral("second"));
    combo->setCurrentIndex(secondIndex);
    Q_EMIT combo->activated(secondIndex);
    QCOMPARE(asked, 1);
    QCOMPARE(picker->currentConnection()->account().id, SkySqlId);
    QCOMPARE(combo->currentData().toString(), SkySqlId);
    QCOMPARE(contacts->editor(), first);
    QVERIFY(contacts->hasUnsavedChanges());

    // Discard: the page now edits the second organization's contacts.
    answerNextBox(QMessageBox::Discard, &asked);
    combo->setCurrentIndex(secondIndex);
    Q_EMIT combo->activated(secondIndex);
    QCOMPARE(asked, 2);
    QCOMPARE(picker->currentConnection()->account().id, QStringLiteral("second"));
    ContactsEditorBackend *other = contacts->editor();
    QVERIFY(other && other != first);
    QCOMPARE(other, m_composition->accounts()->connection(QStringLiteral("second"))->contacts());
    QVERIFY(!first->form()->isDirty());
    QVERIFY(waitReady(contacts->readiness()));
    QVERIFY(other->hasLoaded());

    // Removing the picked account leaves the page on the one that remains.
    m_composition->accounts()->remove(QStringLiteral("second"));
    QCOMPARE(picker->currentConnection()->account().id, SkySqlId);
    QCOMPARE(contacts->editor(), first);
    QCOMPARE(combo->count(), 1);
}

QTEST_MAIN(TestPagesByCapability)
#include "tst_pagesbycapability.moc"

void TestPagesByCapability::aPageIsBuiltWhenFirstShownWithTheDataLoadedBefore()
{
    m_composition->accounts()->setShownAccountId(QString());
    m_window->show();
    InvoiceRepository *repository = m_composition->repository();
    QSignalSpy loaded(repository, &InvoiceRepository::loaded);
    repository->refreshInvoices();
    QVERIFY(loaded.wait(WaitMs));
    QVERIFY(!repository->invoices().isEmpty());
    // The start built the page it opens on and no other.
    QVERIFY(m_window->isPageBuilt(QStringLiteral("invoices")));
    for (const QString &key : m_window->pageKeys()) {
        if (key != QLatin1String("invoices"))
            QVERIFY2(!m_window->isPageBuilt(key), qPrintable(key));
    }
    // Opened after the invoices arrived, Costs charts them at once and Overview loads its own.
    QVERIFY(m_window->setCurrentPage(QStringLiteral("costs")));
    QVERIFY(m_window->isPageBuilt(QStringLiteral("costs")));
    auto *costs = qobject_cast<CostsPage *>(m_window->page(QStringLiteral("costs")));
    QVERIFY(costs);
    QVERIFY(costs->isVisible());
    QVERIFY(waitReady(costs->findChild<PageReadiness *>()));
    QVERIFY(!costs->monthLabels().isEmpty());
    QCOMPARE(m_window->page(QStringLiteral("costs")), costs);
    QVERIFY(!m_window->isPageBuilt(QStringLiteral("overview")));
    QVERIFY(m_window->setCurrentPage(QStringLiteral("overview")));
    QVERIFY(waitReady(m_window->page(QStringLiteral("overview"))->findChild<PageReadiness *>()));
    QCOMPARE(m_window->currentPage(), QStringLiteral("overview"));
    // Back and forth keeps the one page built, not a second copy.
    QVERIFY(m_window->setCurrentPage(QStringLiteral("costs")));
    QCOMPARE(m_window->findChildren<CostsPage *>().size(), 1);
}
