#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// A Scalingo region: each one is its own API host, all share one token-exchange host.
struct ScalingoRegion {
    QString key;          // "osc-fr1": what the account settings store
    QString displayName;  // "Paris (osc-fr1)"
    QUrl apiUrl;
};

// Where each provider's API lives, and which URLs an account may point at.
namespace ProviderEndpoints
{
QUrl skySqlApiUrl();       // https://api.skysql.com
QUrl scalingoAuthUrl();    // https://auth.scalingo.com

QList<ScalingoRegion> scalingoRegions();
// The region key for a Scalingo account whose API URL is typed in by hand.
QString customRegionKey();  // "custom"
// False for "custom" and unknown keys.
bool scalingoRegion(const QString &key, ScalingoRegion *out);
QString defaultScalingoRegionKey();  // "osc-fr1"

// 127.0.0.0/8, ::1 and "localhost": the demo backend and tests, where plain http is allowed.
bool isLoopbackHost(const QString &host);

// An API URL an account may use: absolute http(s) with a host, https unless the host is
// loopback (credentials must never cross the network in clear). On refusal, `problem` gets
// one plain sentence for beside the URL field.
bool isAcceptableApiUrl(const QUrl &url, QString *problem = nullptr);
// Parses what someone typed; a missing scheme is not guessed (http vs https matters here).
QUrl parseApiUrl(const QString &text);
}
