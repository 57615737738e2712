// What a large list refresh leaves resident once it is over: the rows the repository keeps, not
// the whole-list copies the refresh passed through on its way (the decoded rows, the listed copy,
// a sort's buffer). glibc puts such blocks inside its heap once it has freed one of their size,
// and keeps their pages when they are freed; at 100k invoices that was 35 MB of a 138 MB window.
//
// Compares, in this process, how much the resident size grew with how much the heap holds in
// use: both measured the same way before and after, so what the libraries map does not count.

#include "invoices/invoicerepository.h"
#include "support/generatedinvoices.h"

#include <QSignalSpy>
#include <QtTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Only glibc's own heap says what it holds; a sanitizer replaces it.
#if defined(__SANITIZE_ADDRESS__)
#define BILLDECK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BILLDECK_ASAN 1
#endif
#endif
#if defined(__GLIBC__) && !defined(BILLDECK_ASAN)
#define BILLDECK_MEASURES_HEAP 1
#endif

#if defined(BILLDECK_MEASURES_HEAP)
using namespace TestSupport;

namespace
{
constexpr int InvoiceCount = 100000;

qint64 heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}
}
#endif

class TestInvoiceMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLargeRefreshLeavesOnlyItsRowsResident();
    void onlyALargeReplaceWalksTheHeap();
};

void TestInvoiceMemory::aLargeRefreshLeavesOnlyItsRowsResident()
{
#if !defined(BILLDECK_MEASURES_HEAP)
    QSKIP("measures glibc's heap, which a sanitizer replaces");
#else
    const qint64 residentBefore = residentKb() * 1024;
    const qint64 inUseBefore = heapInUseBytes();
    QVERIFY(residentBefore > 0);

    // Two accounts, a large one and a small one: the second list, after the first, is what
    // finds the heap's threshold raised.
    InvoiceRepository repository;
    const std::unique_ptr<InvoiceSource> large = generatedInvoiceSource(QStringLiteral("sky"), InvoiceCount);
    const std::unique_ptr<InvoiceSource> small = generatedInvoiceSource(QStringLiteral("scale"), InvoiceCount);
    Account account;
    account.id = QStringLiteral("sky");
    repository.addAccount(account, large.get());
    account.id = QStringLiteral("scale");
    repository.addAccount(account, small.get());
    QSignalSpy loaded(&repository, &InvoiceRepository::loaded);
    repository.refreshInvoices();
    QVERIFY(loaded.wait(60000));
    QCOMPARE(repository.invoices().size(), InvoiceCount);
    // What the refresh left before the event loop came back, and after.
    const qint64 leftOver = (residentKb() * 1024 - residentBefore) - (heapInUseBytes() - inUseBefore);
    QCoreApplication::processEvents();
    const qint64 growth = residentKb() * 1024 - residentBefore;
    const qint64 inUse = heapInUseBytes() - inUseBefore;
    qInfo("100k invoices: heap in use +%.1f MB, resident +%.1f MB; resident beyond the heap in use %.1f MB before the"
          " event loop came back, %.1f MB after",
          inUse / 1048576.0, growth / 1048576.0, leftOver / 1048576.0, (growth - inUse) / 1048576.0);
    // A few MB for pages the heap keeps at its top and for what else the run touched.
    constexpr qint64 Slack = 8 * 1024 * 1024;
    QVERIFY2(growth <= inUse + Slack, qPrintable(QStringLiteral("%1 MB resident beyond what the heap holds")
                                                     .arg(double(growth - inUse) / 1048576.0, 0, 'f', 1)));
#endif
}

void TestInvoiceMemory::onlyALargeReplaceWalksTheHeap()
{
    // A start from the store paints a 2,000-invoice account: the heap is not walked before the
    // window's first paint for the MB such a list strands; 100k rows, listed or removed, are.
    QVERIFY(!InvoiceRepository::releasesHeapAfter(2000, 0));
    QVERIFY(!InvoiceRepository::releasesHeapAfter(2000, 2000));
    QVERIFY(InvoiceRepository::releasesHeapAfter(100000, 0));
    QVERIFY(InvoiceRepository::releasesHeapAfter(0, 100000));
}

QTEST_GUILESS_MAIN(TestInvoiceMemory)
#include "tst_invoicememory.moc"
