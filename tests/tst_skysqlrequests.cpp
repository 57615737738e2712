// SkySQL invoice request builders and ApiClient's URL joining: pure functions, no network.

#include "api/apiclient.h"
#include "api/skysql/skysqlrequests.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QtTest>

Q_DECLARE_METATYPE(SkySqlRequests::InvoiceView)

namespace
{
// Builds an ApiClient only to ask it for URLs; nothing is sent.
class UrlJoiner final
{
public:
    explicit UrlJoiner(const QString &baseUrl)
        : m_client(&m_network, QUrl(baseUrl),
                   std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(QStringLiteral("k"), QString())))
    {
    }

    QString operator()(const ApiRequest &request) const
    {
        return m_client.urlFor(request).toString(QUrl::FullyEncoded);
    }

private:
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
}

class TestSkySqlRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoicesSinceDate();
    void invoicesWithoutDate();
    void invoiceViews_data();
    void invoiceViews();
    void invoiceIdIsOnePathSegment_data();
    void invoiceIdIsOnePathSegment();
    void invoicePdf();
    void authHeaders();
    void urlForJoinsBaseUrl_data();
    void urlForJoinsBaseUrl();
    void urlForKeepsEncodedSegments();
    void urlForAbsoluteUrl();
};

void TestSkySqlRequests::invoicesSinceDate()
{
    const ApiRequest request = SkySqlRequests::invoices(QDate(2024, 3, 7));
    QCOMPARE(request.method, QByteArrayLiteral("GET"));
    QCOMPARE(request.path, QStringLiteral("/billing/v1/invoices"));
    QCOMPARE(request.query.query(QUrl::FullyEncoded), QStringLiteral("start_date=2024-03-07"));
    QCOMPARE(request.accept, QByteArrayLiteral("application/json"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.isIdempotent());
    QCOMPARE(request.endpoint(), QStringLiteral("GET /billing/v1/invoices"));
}

void TestSkySqlRequests::invoicesWithoutDate()
{
    const ApiRequest request = SkySqlRequests::invoices(QDate());
    QCOMPARE(request.path, QStringLiteral("/billing/v1/invoices"));
    QVERIFY(request.query.isEmpty());
}

void TestSkySqlRequests::invoiceViews_data()
{
    QTest::addColumn<SkySqlRequests::InvoiceView>("view");
    QTest::addColumn<QString>("query");
    QTest::newRow("default") << SkySqlRequests::InvoiceView::Default << QString();
    QTest::newRow("service") << SkySqlRequests::InvoiceView::Service << QStringLiteral("as=service");
    QTest::newRow("resource") << SkySqlRequests::InvoiceView::Resource << QStringLiteral("as=resource");
}

void TestSkySqlRequests::invoiceViews()
{
    QFETCH(SkySqlRequests::InvoiceView, view);
    QFETCH(QString, query);
    const ApiRequest request = SkySqlRequests::invoice(QStringLiteral("inv_2025_10_0001"), view);
    QCOMPARE(request.method, QByteArrayLiteral("GET"));
    QCOMPARE(request.path, QStringLiteral("/billing/v1/invoices/inv_2025_10_0001"));
    QCOMPARE(request.query.query(QUrl::FullyEncoded), query);
    QVERIFY(request.isIdempotent());
}

void TestSkySqlRequests::invoiceIdIsOnePathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("segment");
    QTest::newRow("slash and question mark") << QStringLiteral("a/b?c") << QStringLiteral("a%2Fb%3Fc");
    QTest::newRow("dot dot") << QStringLiteral("../../admin") << QStringLiteral("..%2F..%2Fadmin");
    QTest::newRow("hash") << QStringLiteral("x#frag") << QStringLiteral("x%23frag");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50%25");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("a%20b");
    QTest::newRow("non-ascii") << QStringLiteral("facture-é") << QStringLiteral("facture-%C3%A9");
    QTest::newRow("plain") << QStringLiteral("inv_2025-10.1~x") << QStringLiteral("inv_2025-10.1~x");
}

void TestSkySqlRequests::invoiceIdIsOnePathSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, segment);
    QCOMPARE(SkySqlRequests::segment(id), segment);
    QCOMPARE(SkySqlRequests::invoice(id).path, QStringLiteral("/billing/v1/invoices/") + segment);
    QCOMPARE(SkySqlRequests::invoicePdf(id).path, QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(segment));

    // On the wire too: the id stays one segment and adds no query or fragment.
    const UrlJoiner urlFor(QStringLiteral("https://api.skysql.com"));
    const QUrl url(urlFor(SkySqlRequests::invoice(id, SkySqlRequests::InvoiceView::Service)), QUrl::StrictMode);
    QVERIFY(url.isValid());
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/billing/v1/invoices/") + segment);
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/billing/v1/invoices/") + id);
    QCOMPARE(url.query(), QStringLiteral("as=service"));
    QVERIFY(!url.hasFragment());
}

void TestSkySqlRequests::invoicePdf()
{
    const ApiRequest request = SkySqlRequests::invoicePdf(QStringLiteral("inv_2025_10_0001"));
    QCOMPARE(request.method, QByteArrayLiteral("GET"));
    QCOMPARE(request.path, QStringLiteral("/public/services/bcs/invoices/inv_2025_10_0001/pdf"));
    QCOMPARE(request.accept, QByteArrayLiteral("application/pdf"));
    QVERIFY(request.query.isEmpty());
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.absoluteUrl.isValid());
}

void TestSkySqlRequests::authHeaders()
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QCOMPARE(SkySqlRequests::authHeaders(QStringLiteral("sk-123"), QString()),
             (Headers{{QByteArrayLiteral("X-API-Key"), QByteArrayLiteral("sk-123")}}));
    QCOMPARE(SkySqlRequests::authHeaders(QStringLiteral("sk-123"), QStringLiteral("org-7f3a9c")),
             (Headers{{QByteArrayLiteral("X-API-Key"), QByteArrayLiteral("sk-123")},
                      {QByteArrayLiteral("X-SkySQL-Org-ID"), QByteArrayLiteral("org-7f3a9c")}}));

    // The authenticator puts exactly these on a request.
    const HeaderAuthenticator authenticator(SkySqlRequests::authHeaders(QStringLiteral("sk-123"), QStringLiteral("org-1")));
    QNetworkRequest request(QUrl(QStringLiteral("https://api.skysql.com/billing/v1/invoices")));
    authenticator.authorize(request);
    QCOMPARE(request.rawHeader("X-API-Key"), QByteArrayLiteral("sk-123"));
    QCOMPARE(request.rawHeader("X-SkySQL-Org-ID"), QByteArrayLiteral("org-1"));
    QVERIFY(!request.hasRawHeader("Authorization"));
}

void TestSkySqlRequests::urlForJoinsBaseUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no trailing slash") << QStringLiteral("https://api.skysql.com")
                                       << QStringLiteral("https://api.skysql.com/billing/v1/invoices?start_date=2024-03-07");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.skysql.com/")
                                    << QStringLiteral("https://api.skysql.com/billing/v1/invoices?start_date=2024-03-07");
    QTest::newRow("prefix") << QStringLiteral("https://gateway.example.com/skysql")
                            << QStringLiteral("https://gateway.example.com/skysql/billing/v1/invoices?start_date=2024-03-07");
    QTest::newRow("prefix with slash") << QStringLiteral("https://gateway.example.com/skysql/")
                                       << QStringLiteral("https://gateway.example.com/skysql/billing/v1/invoices?start_date=2024-03-07");
    QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:41234")
                                   << QStringLiteral("http://127.0.0.1:41234/billing/v1/invoices?start_date=2024-03-07");
}

void TestSkySqlRequests::urlForJoinsBaseUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const UrlJoiner urlFor(base);
    QCOMPARE(urlFor(SkySqlRequests::invoices(QDate(2024, 3, 7))), expected);
}

void TestSkySqlRequests::urlForKeepsEncodedSegments()
{
    const UrlJoiner urlFor(QStringLiteral("https://gateway.example.com/sky%20sql/"));
    QCOMPARE(urlFor(SkySqlRequests::invoicePdf(QStringLiteral("a/b?c"))),
             QStringLiteral("https://gateway.example.com/sky%20sql/public/services/bcs/invoices/a%2Fb%3Fc/pdf"));
    QCOMPARE(urlFor(SkySqlRequests::invoice(QStringLiteral("inv_1"), SkySqlRequests::InvoiceView::Resource)),
             QStringLiteral("https://gateway.example.com/sky%20sql/billing/v1/invoices/inv_1?as=resource"));
}

void TestSkySqlRequests::urlForAbsoluteUrl()
{
    const UrlJoiner urlFor(QStringLiteral("https://api.skysql.com"));
    ApiRequest request = SkySqlRequests::invoicePdf(QStringLiteral("inv_1"));
    request.absoluteUrl = QUrl(QStringLiteral("https://files.example.com/inv_1.pdf?sig=abc"));
    QCOMPARE(urlFor(request), QStringLiteral("https://files.example.com/inv_1.pdf?sig=abc"));
}

QTEST_GUILESS_MAIN(TestSkySqlRequests)
#include "tst_skysqlrequests.moc"
