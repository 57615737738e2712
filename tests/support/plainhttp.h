#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace TestSupport
{
// One request as the demo backend's contract tests send it: through a bare
// QNetworkAccessManager, never the app's ApiClient, so the server is checked independently of
// the client's retries, redirects and decoders.
struct HttpRequest final {
    QByteArray method = "GET";
    QString pathAndQuery;  // appended to the server's base URL as it is
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;  // a non-null body goes out as application/json, an empty one included
    // Off: a 3xx comes back as it is, with its Location, for the test to check.
    bool followRedirects = false;
    int timeoutMs = 5000;
};

struct HttpReply final {
    bool finished = false;  // false: no answer within the timeout (the request was aborted)
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 declaredLength = -1;  // Content-Length; -1 without one
    QByteArray body;

    // A response header by its case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const;
    QJsonObject object() const;
    QJsonArray array() const;
};

// Sends `request` to `baseUrl` and runs the event loop until the answer or the timeout.
HttpReply httpSend(QNetworkAccessManager &network, const QUrl &baseUrl, const HttpRequest &request);

// A plain GET of `pathAndQuery` with `headers`.
HttpReply httpGet(QNetworkAccessManager &network, const QUrl &baseUrl, const QString &pathAndQuery,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000);
} // namespace TestSupport
