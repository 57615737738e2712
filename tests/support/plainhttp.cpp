#include "support/plainhttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace TestSupport
{
QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const QNetworkReply::RawHeaderPair &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonDocument HttpReply::json() const
{
    return QJsonDocument::fromJson(body);
}

QJsonObject HttpReply::object() const
{
    return json().object();
}

QJsonArray HttpReply::array() const
{
    return json().array();
}

HttpReply httpSend(QNetworkAccessManager &network, const QUrl &baseUrl, const HttpRequest &request)
{
    QNetworkRequest networkRequest(QUrl(baseUrl.toString() + request.pathAndQuery));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                request.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                        : QNetworkRequest::ManualRedirectPolicy);
    if (!request.body.isNull())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    // A GET goes out as QNetworkAccessManager::get() sends it, with no request body at all.
    QNetworkReply *reply = request.method == "GET" && request.body.isNull()
        ? network.get(networkRequest)
        : network.sendCustomRequest(networkRequest, request.method, request.body);

    // A local loop rather than QSignalSpy::wait(): a stalled answer must end the wait at the
    // timeout and still leave a reply to abort.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(request.timeoutMs);
    loop.exec();

    HttpReply result;
    result.finished = reply->isFinished();
    if (!result.finished) {
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.headers = reply->rawHeaderPairs();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        result.declaredLength = length.isValid() ? length.toLongLong() : -1;
        result.body = reply->readAll();
    }
    reply->deleteLater();
    return result;
}

HttpReply httpGet(QNetworkAccessManager &network, const QUrl &baseUrl, const QString &pathAndQuery,
                  const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    HttpRequest request;
    request.pathAndQuery = pathAndQuery;
    request.headers = headers;
    request.timeoutMs = timeoutMs;
    return httpSend(network, baseUrl, request);
}
} // namespace TestSupport
