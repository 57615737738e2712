#include "pages.h"

#include "api/apierror.h"
#include "catalog/catalogpage.h"
#include "composition.h"
#include "contacts/contactspage.h"
#include "costs/costspage.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoicespage.h"
#include "mainwindow.h"
#include "operations/billingoperationmodel.h"
#include "operations/billingoperationsloader.h"
#include "operations/billingoperationspage.h"
#include "overview/overviewpage.h"
#include "payments/paymentmethodspage.h"
#include "profile/billingprofilepage.h"
#include "store/budgetstore.h"
#include "tax/taxpage.h"
#include "widgets/errorbanner.h"
#include "widgets/pageicons.h"

#include <QDesktopServices>
#include <QSettings>

void addPages(MainWindow &window, Composition &composition)
{
    // Overview and catalogue; `invoices` stays the first page and the default.
    window.addPage(QStringLiteral("overview"), QObject::tr("Overview"),
                   PageIcons::icon(QStringLiteral("overview")), new OverviewPage(composition.accounts()));
    window.addPage(QStringLiteral("catalog"), QObject::tr("Price catalogue"),
                   PageIcons::icon(QStringLiteral("catalog")), new CatalogPage(composition.accounts()),
                   Capability::PriceCatalogue);
    // Budgets are preferences, kept in the application's settings (amounts only).
    auto *costs = new CostsPage(composition.accounts(), composition.repository(),
                                new BudgetStore(new QSettings(&composition), &composition));
    window.addPage(QStringLiteral("costs"), QObject::tr("Costs"), PageIcons::icon(QStringLiteral("costs")),
                   costs, Capability::Invoices);
    // Scalingo's billing history; "Open invoice" shows that invoice on the Invoices page.
    auto *operationModel = new BillingOperationModel(&composition);
    auto *operationsLoader = new BillingOperationsLoader(composition.accounts(), operationModel, &composition);
    auto *operations = new BillingOperationsPage(operationModel, operationsLoader);
    QObject::connect(operations, &BillingOperationsPage::openInvoiceRequested, &window,
                     [&window](const QString &accountId, const QString &invoiceId) {
                         window.setCurrentPage(QStringLiteral("invoices"));
                         window.invoicesPage()->selectInvoice(accountId, invoiceId);
                     });
    window.addPage(QStringLiteral("operations"), QObject::tr("Billing operations"),
                   PageIcons::icon(QStringLiteral("operations")), operations, Capability::BillingOperations);
    operationsLoader->refresh();
    // The editors; the window asks before leaving one with unsaved changes (UnsavedChangesGuard).
    window.addPage(QStringLiteral("contacts"), QObject::tr("Contacts"),
                   PageIcons::icon(QStringLiteral("contacts")), new ContactsPage(composition.accounts()),
                   Capability::Contacts);
    window.addPage(QStringLiteral("profile"), QObject::tr("Billing profile"),
                   PageIcons::icon(QStringLiteral("profile")),
                   new BillingProfilePage(composition.accounts()), Capability::BillingProfile);
    window.addPage(QStringLiteral("tax"), QObject::tr("Tax information"),
                   PageIcons::icon(QStringLiteral("tax")), new TaxPage(composition.accounts()),
                   Capability::Tax);
    auto *paymentMethods = new PaymentMethodsPage(composition.accounts());
    // Cards are entered on the provider's secure page, in the browser.
    QObject::connect(paymentMethods, &PaymentMethodsPage::openUrlRequested, paymentMethods,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    window.addPage(QStringLiteral("payment-methods"), QObject::tr("Payment methods"),
                   PageIcons::icon(QStringLiteral("payment-methods")), paymentMethods, Capability::PaymentMethods);
    // SkySQL invoices can also be shown by resource; a failure goes to the page's banner.
    InvoiceDetailView *detail = window.invoicesPage()->detailView();
    detail->setAccountRegistry(composition.accounts());
    QObject::connect(detail, &InvoiceDetailView::resourceViewFailed, window.invoicesPage()->errorBanner(),
                     [banner = window.invoicesPage()->errorBanner()](const ApiError &error) { banner->showError(error, false); });
}

QStringList pageKeys()
{
    return {QStringLiteral("invoices"), QStringLiteral("overview"), QStringLiteral("catalog"),
            QStringLiteral("costs"), QStringLiteral("operations"), QStringLiteral("contacts"),
            QStringLiteral("profile"), QStringLiteral("tax"), QStringLiteral("payment-methods")};
}
