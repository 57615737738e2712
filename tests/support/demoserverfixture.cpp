#include "support/demoserverfixture.h"

#include "support/plainhttp.h"

#include <QHostAddress>
#include <QtDebug>

namespace TestSupport
{
std::unique_ptr<DemoServer> startDemoServer(const QDate &referenceDate)
{
    auto server = std::make_unique<DemoServer>();
    if (referenceDate.isValid())
        server->setReferenceDate(referenceDate);
    if (!server->listen(0)) {
        qWarning("the demo server could not listen: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    // Loopback only: a test must never expose the demo on the network.
    if (!QHostAddress(server->baseUrl().host()).isLoopback() || server->port() == 0) {
        qWarning("the demo server listens at %s, not on a loopback port", qPrintable(server->baseUrl().toString()));
        return nullptr;
    }
    return server;
}

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = std::chrono::milliseconds(20);
    policy.maxDelay = std::chrono::milliseconds(100);
    return policy;
}

ApiLimits shortLimits()
{
    ApiLimits limits;
    limits.idle = std::chrono::milliseconds(400);
    limits.attempt = std::chrono::seconds(1);
    limits.operation = std::chrono::seconds(10);
    return limits;
}

QByteArray scalingoAuthorization(QNetworkAccessManager &network, const DemoServer &server)
{
    HttpRequest exchange;
    exchange.method = "POST";
    exchange.pathAndQuery = QStringLiteral("/v1/tokens/exchange");
    exchange.headers = {{"Authorization", "Basic " + (":" + server.scalingoToken().toUtf8()).toBase64()}};
    const HttpReply reply = httpSend(network, server.baseUrl(), exchange);
    const QString token = reply.object().value(QStringLiteral("token")).toString();
    if (reply.status != 200 || token.isEmpty())
        return {};
    return "Bearer " + token.toLatin1();
}
} // namespace TestSupport
