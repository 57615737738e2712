#include "demoserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QHttpServerResponder>
#include <QDateTime>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

static QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_httpServer(new DemoHttpServer(
          [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
              handleRequest(request, std::move(responder));
          },
          this))
{
    // Unknown paths get the error shape of the provider whose paths they resemble.
    m_router.setErrorBuilder([this](int status, const QString &message, const QString &location) {
        return errorResponse(status, message, location);
    });
    m_skySql.registerRoutes(m_router);
    m_scalingo.registerRoutes(m_router);
    setReferenceDate(QDate::currentDate());
}

DemoServer::~DemoServer()
{
    // Before the HTTP server (a child) and its sockets go away.
    m_stalledResponders.clear();
}

void DemoServer::setSkySqlApiKey(const QString &apiKey)
{
    m_skySql.setApiKey(apiKey);
}

QString DemoServer::skySqlApiKey() const
{
    return m_skySql.apiKey();
}

QString DemoServer::organizationId() const
{
    return m_skySql.organizationId();
}

void DemoServer::setScalingoToken(const QString &token)
{
    m_scalingo.setApiToken(token);
}

QString DemoServer::scalingoToken() const
{
    return m_scalingo.apiToken();
}

void DemoServer::setScalingoTokenLifetime(int seconds)
{
    m_scalingo.setTokenLifetime(seconds);
}

void DemoServer::setScalingoRateLimitEnabled(bool enabled)
{
    m_scalingo.setRateLimitEnabled(enabled);
}

bool DemoServer::isScalingoRateLimitEnabled() const
{
    return m_scalingo.isRateLimitEnabled();
}

void DemoServer::clearScalingoBillingProfile()
{
    m_scalingo.clearBillingProfile();
}

void DemoServer::setReferenceDate(const QDate &referenceDate)
{
    m_referenceDate = referenceDate;
    m_skySql.generate(referenceDate);
    m_scalingo.generate(referenceDate);
    dataChanged();
}

void DemoServer::setSkySqlInvoiceCount(int count)
{
    m_skySql.setInvoiceCount(count);
    m_skySql.generate(m_referenceDate);
    dataChanged();
}

int DemoServer::skySqlInvoiceCount() const
{
    return int(m_skySql.data().invoices().size());
}

void DemoServer::setScalingoInvoiceCount(int count)
{
    m_scalingo.setInvoiceCount(count);
    m_scalingo.generate(m_referenceDate);
    dataChanged();
}

int DemoServer::scalingoInvoiceCount() const
{
    return int(m_scalingo.data().invoices().size());
}

void DemoServer::setScalingoOperationCount(int count)
{
    m_scalingo.setOperationCount(count);
    m_scalingo.generate(m_referenceDate);
    dataChanged();
}

int DemoServer::scalingoOperationCount() const
{
    return int(m_scalingo.data().billingOperations().size());
}

QStringList DemoServer::issueSkySqlNextMonth()
{
    const QStringList ids = m_skySql.issueNextMonth();
    dataChanged();
    return ids;
}

QString DemoServer::issueScalingoNextMonth()
{
    const QString id = m_scalingo.issueNextMonth();
    dataChanged();
    return id;
}

QStringList DemoServer::addScalingoOperations(int count)
{
    const QStringList ids = m_scalingo.addBillingOperations(count);
    dataChanged();
    return ids;
}

void DemoServer::dataChanged()
{
    m_conditionalGets.dataChanged(QDateTime::currentDateTimeUtc());
}

QDate DemoServer::referenceDate() const
{
    return m_referenceDate;
}

bool DemoServer::listen(quint16 port)
{
    if (m_port != 0) {
        m_errorString = tr("The demo server is already listening on port %1").arg(m_port);
        return false;
    }

    // Our own QTcpServer rather than QAbstractHttpServer::listen(), which hides the reason
    // a bind failed.
    auto *tcpServer = new QTcpServer(m_httpServer);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_httpServer->bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_errorString.clear();
    m_skySql.setBaseUrl(baseUrl());
    m_scalingo.setBaseUrl(baseUrl());
    return true;
}

QString DemoServer::errorString() const
{
    return m_errorString;
}

quint16 DemoServer::port() const
{
    return m_port;
}

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void DemoServer::injectFault(const QString &path, const DemoFault &fault)
{
    if (fault.times > 0)
        m_faults[path].append(fault);
}

void DemoServer::clearFaults()
{
    m_faults.clear();
}

int DemoServer::requestCount(const QString &path) const
{
    return m_requestCounts.value(path);
}

int DemoServer::totalRequestCount() const
{
    int total = 0;
    for (int count : m_requestCounts)
        total += count;
    return total;
}

int DemoServer::responseCount(int status) const
{
    return m_responseCounts.value(status);
}

int DemoServer::responseCount(const QString &path, int status) const
{
    return m_pathResponseCounts.value(path).value(status);
}

void DemoServer::resetCounts()
{
    m_requestCounts.clear();
    m_responseCounts.clear();
    m_pathResponseCounts.clear();
}

void DemoServer::answered(const QString &method, const QString &path, int status)
{
    ++m_responseCounts[status];
    ++m_pathResponseCounts[path][status];
    emit requestHandled(method, path, status);
}

bool DemoServer::takeFault(const QString &path, const QString &method, DemoFault *fault)
{
    const auto it = m_faults.find(path);
    if (it == m_faults.end() || it->isEmpty())
        return false;
    DemoFault &next = it->first();
    if (!next.method.isEmpty() && QString::fromLatin1(next.method).compare(method, Qt::CaseInsensitive) != 0)
        return false;
    *fault = next;
    if (--next.times <= 0) {
        it->removeFirst();
        if (it->isEmpty())
            m_faults.erase(it);
    }
    return true;
}

DemoResponse DemoServer::errorResponse(int status, const QString &message,
                                       const QString &location) const
{
    // Each provider's paths get that provider's error shape, so clients decode them.
    if (ScalingoDemoApi::ownsPath(location))
        return ScalingoDemoApi::errorResponse(status, message.toLower(), location);
    return SkySqlDemoApi::errorResponse(status, message, location);
}

void DemoServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    const QString method = methodName(request.method());
    ++m_requestCounts[path];

    DemoFault fault;
    if (!takeFault(path, method, &fault)) {
        const DemoResponse response = m_conditionalGets.apply(
            request, m_router.dispatch(request), QDateTime::currentDateTimeUtc());
        // A successful write changes what some GET answers.
        if (request.method() != QHttpServerRequest::Method::Get && response.status < 300)
            dataChanged();
        writeResponse(responder, response);
        answered(method, path, response.status);
        return;
    }

    switch (fault.kind) {
    case DemoFault::Kind::Status: {
        DemoResponse response = errorResponse(
            fault.status, QStringLiteral("Injected failure (HTTP %1)").arg(fault.status), path);
        if (!fault.retryAfterHttpDate.isEmpty())
            response.headers.append({"Retry-After", fault.retryAfterHttpDate});
        else if (fault.retryAfterSeconds >= 0)
            response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        writeResponse(responder, response);
        answered(method, path, response.status);
        return;
    }
    case DemoFault::Kind::Stall:
        m_stalledResponders.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        answered(method, path, 0);
        return;
    case DemoFault::Kind::StallAfterHandling:
        // The write is applied, only the answer is lost: what a client must not repeat blindly.
        m_router.dispatch(request);
        dataChanged();
        m_stalledResponders.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        answered(method, path, 0);
        return;
    case DemoFault::Kind::TruncatedBody: {
        // The real answer, so the client sees a plausible beginning before the cut.
        const DemoResponse response = m_router.dispatch(request);
        const QByteArray half = response.body.left(response.body.size() / 2);
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", response.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(half);
        if (QTcpSocket *socket = responder.socket()) {
            socket->flush();
            socket->disconnectFromHost();
        }
        answered(method, path, 200);
        return;
    }
    case DemoFault::Kind::MalformedJson:
        // A server that did the work and then garbled its answer: a create did happen.
        if (request.method() != QHttpServerRequest::Method::Get) {
            m_router.dispatch(request);
            dataChanged();
        }
        writeResponse(responder, DemoResponse::bytes(QByteArrayLiteral("{\"invoice_id\": "),
                                                     "application/json"));
        answered(method, path, 200);
        return;
    case DemoFault::Kind::SlowBody: {
        const DemoResponse response = m_router.dispatch(request);
        writeSlowly(std::move(responder), response, fault.intervalMs);
        emit requestHandled(method, path, response.status);
        return;
    }
    case DemoFault::Kind::DropConnection:
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        emit requestHandled(method, path, 0);
        return;
    case DemoFault::Kind::Redirect: {
        DemoResponse response = DemoResponse::bytes(QByteArray(), "text/plain");
        response.status = fault.status;
        response.headers.append({"Location", fault.location});
        writeResponse(responder, response);
        emit requestHandled(method, path, response.status);
        return;
    }
    case DemoFault::Kind::HugeBody: {
        QByteArray body(std::max<qint64>(2, fault.bodyBytes), ' ');
        body[0] = '[';
        body[body.size() - 1] = ']';
        writeResponse(responder, DemoResponse::bytes(body, "application/json"));
        emit requestHandled(method, path, 200);
        return;
    }
    case DemoFault::Kind::PaddedBody: {
        // Still a PDF to a reader that checks its header: a large invoice, not a malformed one.
        DemoResponse response = m_router.dispatch(request);
        QByteArray padding(std::max<qint64>(1, fault.bodyBytes), ' ');
        padding[0] = '%';
        padding[padding.size() - 1] = '\n';
        response.body += padding;
        writeResponse(responder, response);
        emit requestHandled(method, path, response.status);
        return;
    }
    case DemoFault::Kind::EndlessPages: {
        const DemoResponse response = withEndlessPages(m_router.dispatch(request));
        writeResponse(responder, response);
        emit requestHandled(method, path, response.status);
        return;
    }
    }
}

void DemoServer::writeSlowly(QHttpServerResponder &&responder, const DemoResponse &response, int intervalMs)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body.left(1));
    QPointer<QTcpSocket> socket = responder.socket();
    // The responder keeps the connection; the timer lives as long as the socket.
    m_stalledResponders.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    if (!socket)
        return;
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(1);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = response.body] {
        if (*sent >= body.size()) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(std::max(1, intervalMs));
}

DemoResponse DemoServer::withEndlessPages(DemoResponse response)
{
    QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    QJsonObject pagination = meta.value(QStringLiteral("pagination")).toObject();
    const int current = std::max(1, pagination.value(QStringLiteral("current_page")).toInt());
    pagination.insert(QStringLiteral("next_page"), current + 1);
    pagination.insert(QStringLiteral("total_pages"), current + 1);
    meta.insert(QStringLiteral("pagination"), pagination);
    root.insert(QStringLiteral("meta"), meta);
    response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return response;
}

void DemoServer::writeResponse(QHttpServerResponder &responder, const DemoResponse &response)
{
    // Written piece by piece: QHttpServerResponder::write() only takes a fixed
    // initializer_list of headers.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    // A 304 has no body: no Content-Type, and a Content-Length would describe the 200's.
    if (response.status != 304) {
        responder.writeHeader("Content-Type", response.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}
