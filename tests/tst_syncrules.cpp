// The incremental rules of a sync (models/sync), pure: which invoice details to ask for and how,
// and how billing operations read "until a kept one" join what was kept.

#include "sync/billingoperationsync.h"
#include "sync/invoicefetchplan.h"

#include <QTest>

namespace
{
Invoice invoice(InvoiceStatus status, bool hasDetails)
{
    Invoice result;
    result.id = QStringLiteral("inv");
    result.status = status;
    result.hasDetails = hasDetails;
    return result;
}

QList<BillingOperation> operations(const QStringList &ids)
{
    QList<BillingOperation> result;
    for (const QString &id : ids) {
        BillingOperation operation;
        operation.id = id;
        result.append(operation);
    }
    return result;
}

QStringList idsOf(const QList<BillingOperation> &list)
{
    QStringList result;
    for (const BillingOperation &operation : list)
        result.append(operation.id);
    return result;
}
}

class TestSyncRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAPaidInvoiceIsFinal()
    {
        QVERIFY(InvoiceFetchPlan::isFinal(invoice(InvoiceStatus::Paid, false)));
        for (InvoiceStatus status : {InvoiceStatus::Unknown, InvoiceStatus::Open, InvoiceStatus::Overdue, InvoiceStatus::Failed})
            QVERIFY(!InvoiceFetchPlan::isFinal(invoice(status, false)));
    }

    void detailsAreAskedForOnlyWhenTheyCanBeNewer()
    {
        // Not there: asked for, whatever the status.
        QVERIFY(InvoiceFetchPlan::needsDetails(invoice(InvoiceStatus::Paid, false), false));
        QVERIFY(InvoiceFetchPlan::needsDetails(invoice(InvoiceStatus::Open, false), false));
        // Carried by the list (Scalingo): never.
        QVERIFY(!InvoiceFetchPlan::needsDetails(invoice(InvoiceStatus::Open, true), false));
        // Kept from before: again only while the invoice can change.
        QVERIFY(!InvoiceFetchPlan::needsDetails(invoice(InvoiceStatus::Paid, true), true));
        QVERIFY(InvoiceFetchPlan::needsDetails(invoice(InvoiceStatus::Overdue, true), true));
    }

    void aFinalInvoiceIsReadFromTheStoreWhenItCan()
    {
        QCOMPARE(InvoiceFetchPlan::detailPolicy(invoice(InvoiceStatus::Paid, false)), FetchPolicy::StoredIfAny);
        QCOMPARE(InvoiceFetchPlan::detailPolicy(invoice(InvoiceStatus::Open, false)), FetchPolicy::Network);
    }

    void aReadStopsAtAKeptOperation()
    {
        const QSet<QString> kept = BillingOperationSync::ids(operations({QStringLiteral("c"), QStringLiteral("d")}));
        QVERIFY(BillingOperationSync::reachesKept(operations({QStringLiteral("a"), QStringLiteral("c")}), kept));
        QVERIFY(!BillingOperationSync::reachesKept(operations({QStringLiteral("a"), QStringLiteral("b")}), kept));
        QVERIFY(!BillingOperationSync::reachesKept({}, kept));
    }

    void newOperationsGoInFrontOfKeptOnes()
    {
        const QList<BillingOperation> kept = operations({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
        // The first page: two new, then kept ones it repeats.
        const QList<BillingOperation> fetched = operations({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                            QStringLiteral("d")});
        QCOMPARE(idsOf(BillingOperationSync::merge(kept, fetched, false)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e")}));
    }

    void aWholeReadReplacesWhatWasKept()
    {
        // Every page read and none kept met: the provider no longer lists c, d or e.
        const QList<BillingOperation> kept = operations({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
        const QList<BillingOperation> fetched = operations({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(idsOf(BillingOperationSync::merge(kept, fetched, true)), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void aFailedReadKeepsWhatWasKept()
    {
        const QList<BillingOperation> kept = operations({QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(idsOf(BillingOperationSync::merge(kept, operations({QStringLiteral("a")}), false)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(idsOf(BillingOperationSync::merge(kept, {}, false)), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    }

    void anOperationIsListedOnce()
    {
        // A page boundary that moved while reading can repeat an operation.
        const QList<BillingOperation> fetched = operations({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")});
        QCOMPARE(idsOf(BillingOperationSync::merge({}, fetched, true)), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
