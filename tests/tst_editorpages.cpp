// The editor pages as people use them, over the demo backend: a field's problem appears in red
// right under that field (from the provider's 422 or the form's own check), and the window asks
// before a page with unsaved changes is left (another page, closing), keeping the edit on Cancel.
// With BILLDECK_SCREENSHOT_DIR set, the tax page showing a VAT error is saved there as a PNG.

#include "accounts/accountregistry.h"
#include "composition.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "contacts/contactseditorbackend.h"
#include "contacts/contactspage.h"
#include "demoserver.h"
#include "forms/localecatalog.h"
#include "mainwindow.h"
#include "support/messageboxanswer.h"
#include "tax/taxeditorbackend.h"
#include "tax/taxformbackend.h"
#include "tax/taxpage.h"
#include "widgets/accountpicker.h"
#include "widgets/pagereadiness.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace
{
constexpr int WaitMs = 15000;

bool waitReady(PageReadiness *readiness)
{
    if (readiness->isReady())
        return true;
    QSignalSpy spy(readiness, &PageReadiness::readyChanged);
    return spy.wait(WaitMs) && readiness->isReady();
}
}

class TestEditorPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverFieldErrorShowsUnderTheField();
    void vatFormatErrorShowsUnderTheFieldWithHint();
    void leavingDirtyPageAsks();
    void closingWithUnsavedChangesAsks();
    void saveFromTheQuestionSendsTheEdit();
    void switchingAccountWithUnsavedChangesAsks();

private:
    enum class WithTaxPage { No, Yes };
    // Adds the Contacts page (and the Tax page, to leave it for) to `window` and shows it.
    ContactsPage *showEditorPages(MainWindow &window, WithTaxPage withTax);

    std::unique_ptr<Composition> m_composition;
};

void TestEditorPages::init()
{
    m_composition = std::make_unique<Composition>();
    QString problem;
    QVERIFY2(m_composition->addDemoAccount(&problem), qPrintable(problem));
}

void TestEditorPages::cleanup()
{
    m_composition.reset();
}

ContactsPage *TestEditorPages::showEditorPages(MainWindow &window, WithTaxPage withTax)
{
    auto *contacts = new ContactsPage(m_composition->accounts());
    window.addPage(QStringLiteral("contacts"), QStringLiteral("Contacts"), QIcon(), contacts);
    if (withTax == WithTaxPage::Yes)
        window.addPage(QStringLiteral("tax"), QStringLiteral("Tax"), QIcon(), new TaxPage(m_composition->accounts()));
    window.show();
    return contacts;
}

void TestEditorPages::serverFieldErrorShowsUnderTheField()
{
    ContactsPage page(m_composition->accounts());
    page.resize(1100, 700);
    page.show();
    QVERIFY(waitReady(page.readiness()));
    ContactsEditorBackend *editor = page.editor();
    QVERIFY(editor);
    QCOMPARE(editor->contacts()->rowCount(), 3);
    auto *email = page.findChild<QLineEdit *>(QStringLiteral("email"));
    QVERIFY(email);
    QCOMPARE(email->text(), editor->form()->value(ContactFormBackend::Email));

    // The state list only offers real states, so an unknown code can only come from elsewhere:
    // the provider refuses it with a 422 naming address.state.
    editor->form()->setValue(ContactFormBackend::State, QStringLiteral("ZZ"));
    QSignalSpy failed(editor, &ContactsEditorBackend::failed);
    QVERIFY(page.saveButton()->isEnabled());
    page.saveButton()->click();
    QVERIFY(failed.wait(WaitMs));
    auto *stateError = page.findChild<QLabel *>(QStringLiteral("address.state_error"));
    QVERIFY(stateError);
    QVERIFY(stateError->isVisible());
    QVERIFY2(stateError->text().contains(QStringLiteral("ZZ")), qPrintable(stateError->text()));
    // Beside its field: right under the state picker, once the layout has placed the label it
    // just showed (a posted layout request: on a loaded machine it may not have run yet).
    QTRY_VERIFY(stateError->geometry().top() >= page.stateCombo()->geometry().bottom()
                && stateError->geometry().top() - page.stateCombo()->geometry().bottom() < 20);
    QVERIFY(editor->form()->isDirty());

    // A local check shows the same way, and typing clears it.
    QTest::keyClicks(email, QStringLiteral(" broken"));
    page.saveButton()->click();
    auto *emailError = page.findChild<QLabel *>(QStringLiteral("email_error"));
    QVERIFY(emailError->isVisible());
    QVERIFY(!emailError->text().isEmpty());
    QTest::keyClick(email, Qt::Key_Backspace);
    QVERIFY(!emailError->isVisible());
}

void TestEditorPages::vatFormatErrorShowsUnderTheFieldWithHint()
{
    TaxPage page(m_composition->accounts());
    page.resize(1100, 600);
    page.show();
    QVERIFY(waitReady(page.readiness()));
    TaxEditorBackend *editor = page.editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->locale()->hasCountries(), WaitMs);
    QComboBox *country = page.countryCombo();
    const int germany = country->findData(QStringLiteral("DE"));
    QVERIFY(germany >= 0);
    country->setCurrentIndex(germany);
    Q_EMIT country->activated(germany);
    QCOMPARE(editor->form()->value(TaxFormBackend::Country), QStringLiteral("DE"));
    QVERIFY(page.hintLabel()->text().contains(QStringLiteral("DE + 9 digits")));

    page.registrationEdit()->clear();
    QTest::keyClicks(page.registrationEdit(), QStringLiteral("DE12345"));
    const int patches = m_composition->demoServer()->requestCount(QStringLiteral("/billing/v1/tax/tax-0001"));
    page.saveButton()->click();
    auto *error = page.findChild<QLabel *>(QStringLiteral("registration_error"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("DE + 9 digits")));
    QVERIFY(error->geometry().top() >= page.registrationEdit()->geometry().bottom());
    // A request that is never sent gives no signal to wait for: a short spin of the event loop
    // lets a wrongly sent one reach the server.
    QTest::qWait(50);
    QCOMPARE(m_composition->demoServer()->requestCount(QStringLiteral("/billing/v1/tax/tax-0001")), patches);

    const QString directory = qEnvironmentVariable("BILLDECK_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("tax-field-error.png"))));
}

void TestEditorPages::leavingDirtyPageAsks()
{
    MainWindow window(m_composition->repository());
    ContactsPage *contacts = showEditorPages(window, WithTaxPage::Yes);
    QVERIFY(window.setCurrentPage(QStringLiteral("contacts")));
    QVERIFY(waitReady(contacts->readiness()));
    ContactFormBackend *form = contacts->editor()->form();
    form->setValue(ContactFormBackend::City, QStringLiteral("Oakland"));
    QVERIFY(contacts->hasUnsavedChanges());

    int asked = 0;
    answerNextBox(QMessageBox::Cancel, &asked);
    window.setCurrentPage(QStringLiteral("tax"));
    QCOMPARE(asked, 1);
    QCOMPARE(window.currentPage(), QStringLiteral("contacts"));
    QVERIFY(contacts->isVisible());
    QCOMPARE(form->value(ContactFormBackend::City), QStringLiteral("Oakland"));

    answerNextBox(QMessageBox::Discard, &asked);
    window.setCurrentPage(QStringLiteral("tax"));
    QCOMPARE(asked, 2);
    QCOMPARE(window.currentPage(), QStringLiteral("tax"));
    QVERIFY(!contacts->hasUnsavedChanges());
    QCOMPARE(form->value(ContactFormBackend::City), form->savedValue(ContactFormBackend::City));

    // A clean page is left without a question.
    window.setCurrentPage(QStringLiteral("contacts"));
    QCOMPARE(asked, 2);
    QCOMPARE(window.currentPage(), QStringLiteral("contacts"));
}

void TestEditorPages::closingWithUnsavedChangesAsks()
{
    MainWindow window(m_composition->repository());
    ContactsPage *contacts = showEditorPages(window, WithTaxPage::No);
    QVERIFY(window.setCurrentPage(QStringLiteral("contacts")));
    QVERIFY(waitReady(contacts->readiness()));
    contacts->editor()->form()->setValue(ContactFormBackend::FirstName, QStringLiteral("Mariam"));
    int asked = 0;
    answerNextBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(contacts->hasUnsavedChanges());
}

void TestEditorPages::saveFromTheQuestionSendsTheEdit()
{
    MainWindow window(m_composition->repository());
    ContactsPage *contacts = showEditorPages(window, WithTaxPage::Yes);
    QVERIFY(window.setCurrentPage(QStringLiteral("contacts")));
    QVERIFY(waitReady(contacts->readiness()));
    ContactsEditorBackend *editor = contacts->editor();
    editor->form()->setValue(ContactFormBackend::City, QStringLiteral("Sausalito"));
    QSignalSpy saved(editor, &ContactsEditorBackend::saved);
    int asked = 0;
    answerNextBox(QMessageBox::Save, &asked);
    window.setCurrentPage(QStringLiteral("tax"));
    QCOMPARE(asked, 1);
    QCOMPARE(window.currentPage(), QStringLiteral("tax"));
    QVERIFY(saved.wait(WaitMs));
    QVERIFY(!contacts->hasUnsavedChanges());
    QCOMPARE(editor->form()->savedValue(ContactFormBackend::City), QStringLiteral("Sausalito"));

    // A form with errors cannot be saved from the question: the user stays to fix it.
    window.setCurrentPage(QStringLiteral("contacts"));
    QCOMPARE(asked, 1);
    editor->form()->setValue(ContactFormBackend::Email, QStringLiteral("nope"));
    answerNextBox(QMessageBox::Save, &asked);
    window.setCurrentPage(QStringLiteral("tax"));
    QCOMPARE(asked, 2);
    QCOMPARE(window.currentPage(), QStringLiteral("contacts"));
    QVERIFY(!editor->form()->error(ContactFormBackend::Email).isEmpty());
    QCOMPARE(editor->form()->value(ContactFormBackend::Email), QStringLiteral("nope"));
}

void TestEditorPages::switchingAccountWithUnsavedChangesAsks()
{
    MainWindow window(m_composition->repository());
    window.setAccountRegistry(m_composition->accounts());
    ContactsPage *contacts = showEditorPages(window, WithTaxPage::No);
    QVERIFY(window.setCurrentPage(QStringLiteral("contacts")));
    QVERIFY(waitReady(contacts->readiness()));
    QCOMPARE(m_composition->accounts()->shownAccountId(), QStringLiteral("demo"));
    contacts->editor()->form()->setValue(ContactFormBackend::LastName, QStringLiteral("Okafor-Smith"));

    QComboBox *switcher = window.accountSwitcher();
    const int scalingo = switcher->findData(QStringLiteral("demo-scalingo"));
    QVERIFY(scalingo >= 0);
    int asked = 0;
    answerNextBox(QMessageBox::Cancel, &asked);
    switcher->setCurrentIndex(scalingo);
    Q_EMIT switcher->activated(scalingo);
    QCOMPARE(asked, 1);
    // Still the SkySQL account, with the edit.
    QCOMPARE(m_composition->accounts()->shownAccountId(), QStringLiteral("demo"));
    QCOMPARE(switcher->currentData().toString(), QStringLiteral("demo"));
    QVERIFY(contacts->hasUnsavedChanges());

    answerNextBox(QMessageBox::Discard, &asked);
    switcher->setCurrentIndex(scalingo);
    Q_EMIT switcher->activated(scalingo);
    QCOMPARE(asked, 2);
    QCOMPARE(m_composition->accounts()->shownAccountId(), QStringLiteral("demo-scalingo"));
    // Scalingo keeps no list of contacts: the page lets go of the SkySQL account's editor,
    // which keeps its data for when that account is shown again.
    QVERIFY(!contacts->editor());
    QVERIFY(!contacts->accountPicker()->isVisibleTo(contacts));
}

QTEST_MAIN(TestEditorPages)
#include "tst_editorpages.moc"
