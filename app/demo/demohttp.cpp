#include "demohttp.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrlQuery>

#include <utility>

DemoResponse DemoResponse::json(const QJsonDocument &document, int status)
{
    DemoResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

DemoResponse DemoResponse::bytes(const QByteArray &body, const QByteArray &contentType,
                                 int status)
{
    DemoResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

QString DemoRouteContext::queryValue(const QString &key) const
{
    return request.query().queryItemValue(key, QUrl::FullyDecoded);
}

bool DemoRouteContext::hasQueryValue(const QString &key) const
{
    return request.query().hasQueryItem(key);
}

QByteArray DemoRouteContext::header(const QByteArray &name) const
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void DemoRouter::addRoute(QHttpServerRequest::Method method, const QString &pattern,
                          Handler handler)
{
    m_routes.push_back(Route {method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

void DemoRouter::setErrorBuilder(ErrorBuilder builder)
{
    m_errorBuilder = std::move(builder);
}

DemoResponse DemoRouter::dispatch(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        QStringList arguments;
        if (!matches(route, segments, &arguments))
            continue;
        pathKnown = true;
        if (route.method != request.method())
            continue;
        return route.handler(DemoRouteContext {request, arguments});
    }

    if (pathKnown)
        return m_errorBuilder(405, QStringLiteral("Method not allowed"), path);
    return m_errorBuilder(404, QStringLiteral("Not found"), path);
}

bool DemoRouter::matches(const Route &route, const QStringList &segments, QStringList *arguments)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments.at(i) == u"{}")
            arguments->append(segments.at(i));
        else if (route.segments.at(i) != segments.at(i))
            return false;
    }
    return true;
}

DemoHttpServer::DemoHttpServer(RequestCallback callback, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_callback(std::move(callback))
{
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_callback(request, makeResponder(request, socket));
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() claims every request. Answer anyway rather than hang.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
