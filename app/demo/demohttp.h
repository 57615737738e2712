#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <QtHttpServer/QAbstractHttpServer>

#include <functional>
#include <vector>

class QJsonDocument;

// What a demo route answers. Handlers return a value instead of writing to a responder so
// the server can log the status, count requests and mangle the answer for fault injection
// in one place.
struct DemoResponse final
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static DemoResponse json(const QJsonDocument &document, int status = 200);
    static DemoResponse bytes(const QByteArray &body, const QByteArray &contentType,
                              int status = 200);
};

// The values a route handler sees: the raw request and the path segments captured by the
// "{}" placeholders of its pattern, in order.
struct DemoRouteContext final
{
    const QHttpServerRequest &request;
    QStringList arguments;

    QString queryValue(const QString &key) const;
    bool hasQueryValue(const QString &key) const;
    // Header lookup ignoring case: HTTP header names are case-insensitive and clients differ.
    QByteArray header(const QByteArray &name) const;
};

// A small router: exact literal segments plus "{}" placeholders matching one segment.
// QHttpServer's own router in Qt 6.4 cannot report the status it answered with, nor run
// code before every route (fault injection), which is why the demo server has its own.
class DemoRouter final
{
public:
    using Handler = std::function<DemoResponse(const DemoRouteContext &context)>;
    // Builds the error answer for unknown paths (404) and wrong methods (405), so the body
    // has the shape of the provider the client thinks it is talking to.
    using ErrorBuilder = std::function<DemoResponse(int status, const QString &message,
                                                     const QString &location)>;

    void addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    void setErrorBuilder(ErrorBuilder builder);

    DemoResponse dispatch(const QHttpServerRequest &request) const;

private:
    struct Route final
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Handler handler;
    };

    static bool matches(const Route &route, const QStringList &segments, QStringList *arguments);

    std::vector<Route> m_routes;
    ErrorBuilder m_errorBuilder;
};

// QAbstractHttpServer forwarding every request to one callback. Subclassing is the only way
// to reach the raw responder (needed to stall or truncate answers on purpose).
class DemoHttpServer final : public QAbstractHttpServer
{
public:
    using RequestCallback =
        std::function<void(const QHttpServerRequest &request, QHttpServerResponder &&responder)>;

    explicit DemoHttpServer(RequestCallback callback, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RequestCallback m_callback;
};
