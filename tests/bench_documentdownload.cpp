// Prints how much this process's memory peaks while a 50 MB invoice PDF downloads: streamed to
// a file (ApiClient::download, what the app does) beside read whole into memory (ApiClient::send,
// what it did before), over real HTTP to the demo backend. The backend runs in a child process
// (this executable with --serve), so its own copy of the 50 MB answer is not counted.
// Printed, not asserted: memory depends on the machine. The peak is Linux's VmHWM, reset before
// each download through /proc/self/clear_refs.

#include "api/apiclient.h"
#include "api/skysql/skysqldecoders.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <memory>

namespace
{
constexpr qint64 PaddingBytes = qint64(50) << 20;

qint64 statusKilobytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// The child: the demo backend, every request for one invoice's PDF answered with 50 MB more.
int serve()
{
    const std::unique_ptr<DemoServer> server = TestSupport::startDemoServer(QDate(2025, 11, 14));
    if (!server)
        return 1;
    QNetworkAccessManager network;
    const auto auth = SkySqlRequests::authHeaders(server->skySqlApiKey(), QString());
    ApiError error;
    const QList<Invoice> invoices
        = SkySqlDecoders::invoices(TestSupport::httpGet(network, server->baseUrl(), SkySqlRequests::invoices(QDate()).path, auth).body, &error);
    if (invoices.isEmpty())
        return 1;
    DemoFault padded;
    padded.kind = DemoFault::Kind::PaddedBody;
    padded.bodyBytes = PaddingBytes;
    padded.times = 1000;
    server->injectFault(SkySqlRequests::invoicePdf(invoices.constFirst().id).path, padded);
    QTextStream(stdout) << server->port() << ' ' << invoices.constFirst().id << ' ' << server->skySqlApiKey() << Qt::endl;
    return QCoreApplication::exec();
}
}

class BenchDocumentDownload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void peakMemoryOfA50MbPdf();

private:
    QProcess m_server;
    QUrl m_baseUrl;
    QString m_invoiceId;
    QString m_apiKey;
};

void BenchDocumentDownload::initTestCase()
{
    m_server.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve")});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] { return m_server.canReadLine(); }, 10000));
    const QStringList words = QString::fromUtf8(m_server.readLine()).trimmed().split(QLatin1Char(' '));
    QCOMPARE(words.size(), 3);
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(words.at(0)));
    m_invoiceId = words.at(1);
    m_apiKey = words.at(2);
}

void BenchDocumentDownload::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

void BenchDocumentDownload::peakMemoryOfA50MbPdf()
{
    QNetworkAccessManager network;
    ApiClient client(&network, m_baseUrl, std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(m_apiKey, QString())));
    ApiLimits limits;
    limits.maxDocumentBytes = qint64(64) << 20;
    limits.attempt = std::chrono::seconds(60);
    limits.operation = std::chrono::seconds(60);
    client.setLimits(limits);
    QTemporaryDir folder;
    const ApiRequest request = SkySqlRequests::invoicePdf(m_invoiceId);
    for (const bool streamed : {true, false}) {
        const QString path = folder.filePath(streamed ? QStringLiteral("streamed.pdf") : QStringLiteral("unused.pdf"));
        resetPeak();
        const qint64 before = statusKilobytes("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        ApiCall *call = streamed ? client.download(request, path) : client.send(request);
        bool finished = false;
        qint64 bodyBytes = 0;
        connect(call, &ApiCall::finished, this, [&] {
            finished = true;
            QVERIFY2(call->ok(), qPrintable(call->error().longMessage()));
            bodyBytes = streamed ? QFileInfo(path).size() : call->response().body.size();
        });
        QVERIFY(QTest::qWaitFor([&finished] { return finished; }, 120000));
        const qint64 peak = statusKilobytes("VmHWM:");
        qInfo("%s: %.1f MB in %lld ms; RSS before %.1f MB, peak %.1f MB: +%.1f MB", streamed ? "streamed to a file" : "read into memory",
              double(bodyBytes) / (1 << 20), timer.elapsed(), double(before) / 1024, double(peak) / 1024, double(peak - before) / 1024);
        QVERIFY(bodyBytes > PaddingBytes);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--serve")))
        return serve();
    BenchDocumentDownload bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_documentdownload.moc"
