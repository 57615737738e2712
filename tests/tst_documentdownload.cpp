// Invoice PDFs are streamed to a file as they arrive (ApiClient::download), over real HTTP to
// the demo backend: the file appears whole and right, or not at all, whatever goes wrong on the
// way (a body cut short, a dropped connection, an answer past the size cap, a server error, a
// deadline, a cancel, an answer that is not a PDF), and a retry after a cut starts afresh.

#include "api/apiclient.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqldecoders.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(DemoFault)

class TestDocumentDownload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aPdfArrivesAsAFileWithItsBytes();
    void aFailureLeavesNoFile_data();
    void aFailureLeavesNoFile();
    void aCancelledDownloadLeavesNoFile();
    void aRetryAfterACutWritesExactlyTheAnswer();

private:
    std::unique_ptr<ApiClient> makeClient(const ApiLimits &limits);
    // Downloads the invoice's PDF through the SkySQL backend into the test's folder.
    ApiResult<QString> download(ApiClient &client);
    QStringList filesLeft() const;

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_invoiceId;
    QString m_pdfPath;
    QByteArray m_expected;  // the PDF as the server sends it to a plain GET
    RetryPolicy m_quickRetries;
    ApiLimits m_shortLimits;
};

void TestDocumentDownload::initTestCase()
{
    m_server = TestSupport::startDemoServer(QDate(2025, 11, 14));
    QVERIFY(m_server);
    const QList<QPair<QByteArray, QByteArray>> auth = SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QString());
    const TestSupport::HttpReply list = TestSupport::httpGet(m_network, m_server->baseUrl(), SkySqlRequests::invoices(QDate()).path, auth);
    ApiError error;
    const QList<Invoice> invoices = SkySqlDecoders::invoices(list.body, &error);
    QVERIFY2(!error.isError() && !invoices.isEmpty(), qPrintable(error.message()));
    m_invoiceId = invoices.constFirst().id;
    m_pdfPath = SkySqlRequests::invoicePdf(m_invoiceId).path;
    m_expected = TestSupport::httpGet(m_network, m_server->baseUrl(), m_pdfPath, auth).body;
    QVERIFY(m_expected.startsWith("%PDF-"));
    QVERIFY(m_expected.size() > 1000);
    m_quickRetries = TestSupport::quickRetries();
    m_shortLimits = TestSupport::shortLimits();
}

void TestDocumentDownload::init()
{
    m_server->clearFaults();
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

std::unique_ptr<ApiClient> TestDocumentDownload::makeClient(const ApiLimits &limits)
{
    auto client = std::make_unique<ApiClient>(
        &m_network, m_server->baseUrl(),
        std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QString())));
    client->setRetryPolicy(m_quickRetries);
    client->setLimits(limits);
    client->setApiName(QStringLiteral("SkySQL API"));
    return client;
}

ApiResult<QString> TestDocumentDownload::download(ApiClient &client)
{
    SkySqlBackend backend(&client);
    std::optional<ApiResult<QString>> outcome;
    backend.invoicePdf(m_invoiceId, m_folder->filePath(QStringLiteral("invoice.pdf")), this,
                       [&outcome](const ApiResult<QString> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000))
        QTest::qFail("the download never finished", __FILE__, __LINE__);
    return outcome.value_or(ApiResult<QString>());
}

QStringList TestDocumentDownload::filesLeft() const
{
    // Hidden and system entries too: a temporary file left behind counts.
    return QDir(m_folder->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void TestDocumentDownload::aPdfArrivesAsAFileWithItsBytes()
{
    const auto client = makeClient(m_shortLimits);
    const ApiResult<QString> result = download(*client);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QCOMPARE(result.value, m_folder->filePath(QStringLiteral("invoice.pdf")));
    QFile file(result.value);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_expected);
    QCOMPARE(filesLeft(), QStringList {QStringLiteral("invoice.pdf")});
}

void TestDocumentDownload::aFailureLeavesNoFile_data()
{
    QTest::addColumn<DemoFault>("fault");
    QTest::addColumn<qint64>("documentCap");
    QTest::addColumn<QString>("message");

    const auto make = [](DemoFault::Kind kind) {
        DemoFault fault;
        fault.kind = kind;
        fault.times = 100;  // every attempt
        return fault;
    };
    const qint64 noCap = qint64(64) << 20;
    QTest::newRow("body cut short") << make(DemoFault::Kind::TruncatedBody) << noCap
                                    << QStringLiteral("The answer from 127.0.0.1 was cut short: the connection closed before all of it arrived. Try again in a moment.");
    QTest::newRow("dropped connection") << make(DemoFault::Kind::DropConnection) << noCap
                                        << QStringLiteral("127.0.0.1 closed the connection before answering. Try again in a moment.");
    DemoFault padded = make(DemoFault::Kind::PaddedBody);
    padded.bodyBytes = qint64(3) << 20;
    QTest::newRow("too large") << padded << (qint64(2) << 20)
                               << QStringLiteral("The answer from 127.0.0.1 is too large (more than 2 MB); Billdeck stopped reading it.");
    DemoFault serverError = make(DemoFault::Kind::Status);
    serverError.status = 500;
    QTest::newRow("server error") << serverError << noCap
                                  << QStringLiteral("127.0.0.1 had a problem answering (HTTP 500). Try again later.");
    // Headers and a first byte at once, then a byte every 20 ms: the file has begun when the
    // attempt's deadline (1 s) stops it.
    DemoFault slow = make(DemoFault::Kind::SlowBody);
    slow.intervalMs = 20;
    QTest::newRow("deadline") << slow << noCap << QStringLiteral("127.0.0.1 did not answer in time. Try again in a moment.");
    // A whole answer that is not a PDF: written, then refused and removed.
    QTest::newRow("not a PDF") << make(DemoFault::Kind::MalformedJson) << noCap
                               << QStringLiteral("The answer from 127.0.0.1 could not be read (GET /public/services/bcs/invoices/{invoice_id}/pdf: the answer is not a PDF document).");
}

void TestDocumentDownload::aFailureLeavesNoFile()
{
    QFETCH(DemoFault, fault);
    QFETCH(qint64, documentCap);
    QFETCH(QString, message);
    ApiLimits limits = m_shortLimits;
    limits.maxDocumentBytes = documentCap;
    // The deadline case: one attempt, so the whole call ends at its first deadline.
    limits.operation = fault.kind == DemoFault::Kind::SlowBody ? 1500ms : limits.operation;
    m_server->injectFault(m_pdfPath, fault);
    const auto client = makeClient(limits);
    const ApiResult<QString> result = download(*client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.message(), message);
    QVERIFY(result.value.isEmpty());
    QCOMPARE(filesLeft(), QStringList());
}

void TestDocumentDownload::aCancelledDownloadLeavesNoFile()
{
    DemoFault slow;
    slow.kind = DemoFault::Kind::SlowBody;
    slow.intervalMs = 10;
    m_server->injectFault(m_pdfPath, slow);
    const auto client = makeClient(m_shortLimits);
    const QString path = m_folder->filePath(QStringLiteral("invoice.pdf"));
    ApiCall *call = client->download(SkySqlRequests::invoicePdf(m_invoiceId), path);
    bool finished = false;
    ApiError error;
    connect(call, &ApiCall::finished, this, [&] {
        finished = true;
        error = call->error();
    });
    // Some bytes have arrived (the first with the headers, then one every 10 ms).
    QTest::qWait(300);
    QVERIFY(!finished);
    call->cancel();
    QTRY_VERIFY(finished);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(filesLeft(), QStringList());
}

void TestDocumentDownload::aRetryAfterACutWritesExactlyTheAnswer()
{
    // The first answer stops halfway (its half reaches the attempt's file), the retry is whole:
    // the file holds the retry's bytes only, not the half followed by the whole.
    DemoFault cut;
    cut.kind = DemoFault::Kind::TruncatedBody;
    m_server->injectFault(m_pdfPath, cut);
    const int before = m_server->requestCount(m_pdfPath);
    const auto client = makeClient(m_shortLimits);
    const ApiResult<QString> result = download(*client);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QCOMPARE(m_server->requestCount(m_pdfPath) - before, 2);
    QFile file(result.value);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_expected);
    QCOMPARE(filesLeft(), QStringList {QStringLiteral("invoice.pdf")});

    // The same after a connection dropped before any answer.
    DemoFault dropped;
    dropped.kind = DemoFault::Kind::DropConnection;
    m_server->injectFault(m_pdfPath, dropped);
    const ApiResult<QString> again = download(*client);
    QVERIFY2(again.ok(), qPrintable(again.error.longMessage()));
    QFile second(again.value);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), m_expected);
}

QTEST_GUILESS_MAIN(TestDocumentDownload)
#include "tst_documentdownload.moc"
