#include "pages.h"

#include "accounts/accountregistry.h"
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
    // Each page is built the first time it is shown: a start lays out only the page it opens on.
    AccountRegistry *accounts = composition.accounts();
    // Overview and catalogue; `invoices` stays the first page and the default.
    window.addPage(QStringLiteral("overview"), QObject::tr("Overview"), PageIcons::icon(QStringLiteral("overview")),
                   [accounts] { return new OverviewPage(accounts); });
    window.addPage(QStringLiteral("catalog"), QObject::tr("Price catalogue"), PageIcons::icon(QStringLiteral("catalog")),
                   [accounts] { return new CatalogPage(accounts); }, Capability::PriceCatalogue);
    // Budgets are preferences, kept in the application's settings (amounts only).
    window.addPage(QStringLiteral("costs"), QObject::tr("Costs"), PageIcons::icon(QStringLiteral("costs")),
                   [&composition] {
                       return new CostsPage(composition.accounts(), composition.repository(),
                                            new BudgetStore(new QSettings(&composition), &composition));
                   },
                   Capability::Invoices);
    // Scalingo's billing history, loaded from the start; "Open invoice" shows that invoice on the
    // Invoices page.
    auto *operationModel = new BillingOperationModel(&composition);
    auto *operationsLoader = new BillingOperationsLoader(accounts, operationModel, &composition);
    window.addPage(QStringLiteral("operations"), QObject::tr("Billing operations"),
                   PageIcons::icon(QStringLiteral("operations")),
                   [&window, operationModel, operationsLoader] {
                       auto *operations = new BillingOperationsPage(operationModel, operationsLoader);
                       QObject::connect(operations, &BillingOperationsPage::openInvoiceRequested, &window,
                                        [&window](const QString &accountId, const QString &invoiceId) {
                                            window.setCurrentPage(QStringLiteral("invoices"));
                                            window.invoicesPage()->selectInvoice(accountId, invoiceId);
                                        });
                       return operations;
                   },
                   Capability::BillingOperations);
    operationsLoader->refresh();
    // The editors; the window asks before leaving one with unsaved changes (UnsavedChangesGuard).
    window.addPage(QStringLiteral("contacts"), QObject::tr("Contacts"), PageIcons::icon(QStringLiteral("contacts")),
                   [accounts] { return new ContactsPage(accounts); }, Capability::Contacts);
    window.addPage(QStringLiteral("profile"), QObject::tr("Billing profile"), PageIcons::icon(QStringLiteral("profile")),
                   [accounts] { return new BillingProfilePage(accounts); }, Capability::BillingProfile);
    window.addPage(QStringLiteral("tax"), QObject::tr("Tax information"), PageIcons::icon(QStringLiteral("tax")),
                   [accounts] { return new TaxPage(accounts); }, Capability::Tax);
    window.addPage(QStringLiteral("payment-methods"), QObject::tr("Payment methods"),
                   PageIcons::icon(QStringLiteral("payment-methods")),
                   [accounts] {
                       auto *paymentMethods = new PaymentMethodsPage(accounts);
                       // Cards are entered on the provider's secure page, in the browser.
                       QObject::connect(paymentMethods, &PaymentMethodsPage::openUrlRequested, paymentMethods,
                                        [](const QUrl &url) { QDesktopServices::openUrl(url); });
                       return paymentMethods;
                   },
                   Capability::PaymentMethods);
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
