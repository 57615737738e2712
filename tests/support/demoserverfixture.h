#pragma once

#include "api/apiclient.h"
#include "demoserver.h"

#include <QByteArray>
#include <QDate>

#include <memory>

class QNetworkAccessManager;

namespace TestSupport
{
// The demo backend as integration tests use it: on 127.0.0.1 with a port the OS picks, so test
// executables can run in parallel, and with its generated history ending at `referenceDate`
// (a null date keeps the server's default, today). Null when it could not start; the reason is
// in the test log, because a helper cannot fail the calling test itself.
std::unique_ptr<DemoServer> startDemoServer(const QDate &referenceDate = QDate());

// "Bearer <jwt>" for the server's Scalingo routes, from its token exchange over plain HTTP;
// empty when the exchange failed.
QByteArray scalingoAuthorization(QNetworkAccessManager &network, const DemoServer &server);
// Retries and deadlines for fault tests against the demo: a retry within tens of milliseconds,
// no byte for 400 ms or an attempt past 1 s given up, 10 s for a whole call.
RetryPolicy quickRetries();
ApiLimits shortLimits();
} // namespace TestSupport
