#include "democonditional.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QList>
#include <QLocale>
#include <QTimeZone>

static QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::utc());
}

static QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name)
{
    return DemoRouteContext {request, {}}.header(name);
}

void DemoConditionalGets::dataChanged(const QDateTime &now)
{
    m_dataChangedAt = wholeSeconds(now);
}

QByteArray DemoConditionalGets::httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime DemoConditionalGets::parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QByteArray DemoConditionalGets::entityTag(const QByteArray &body)
{
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    return '"' + digest.left(16).toHex() + '"';
}

bool DemoConditionalGets::noneMatchHits(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const auto opaque = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    for (const QByteArray &tag : tags) {
        if (tag.trimmed() == "*" || opaque(tag) == opaque(etag))
            return true;
    }
    return false;
}

DemoResponse DemoConditionalGets::apply(const QHttpServerRequest &request, DemoResponse response,
                                        const QDateTime &now)
{
    if (request.method() != QHttpServerRequest::Method::Get || response.status != 200)
        return response;

    const QUrl url = request.url();
    const QString key = url.path() + u'?' + url.query(QUrl::FullyEncoded);
    const QByteArray etag = entityTag(response.body);
    const auto it = m_validators.find(key);
    if (it == m_validators.end()) {
        const QDateTime since = m_dataChangedAt.isValid() ? m_dataChangedAt : wholeSeconds(now);
        m_validators.insert(key, Validators {etag, since});
    } else if (it->etag != etag) {
        // Strictly later than the copy a client may hold, even within the same second:
        // HTTP dates have no finer resolution.
        it->etag = etag;
        it->lastModified = qMax(wholeSeconds(now), it->lastModified.addSecs(1));
    }
    const QDateTime lastModified = m_validators.value(key).lastModified;

    response.headers.append({"ETag", etag});
    response.headers.append({"Last-Modified", httpDate(lastModified)});

    const QByteArray ifNoneMatch = requestHeader(request, "If-None-Match");
    bool notModified = false;
    if (!ifNoneMatch.isEmpty()) {
        notModified = noneMatchHits(ifNoneMatch, etag);
    } else {
        const QDateTime ifModifiedSince = parseHttpDate(requestHeader(request, "If-Modified-Since"));
        notModified = ifModifiedSince.isValid() && lastModified <= ifModifiedSince;
    }
    if (notModified) {
        response.status = 304;
        response.body.clear();
    }
    return response;
}
