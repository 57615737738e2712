#include "support/demoserverfixture.h"

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
} // namespace TestSupport
