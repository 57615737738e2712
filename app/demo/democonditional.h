#pragma once

#include "demohttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

class QHttpServerRequest;

// Conditional GETs the way many real APIs offer them: every 200 answer to a GET carries a
// strong ETag (a hash of the body) and a Last-Modified; a request whose If-None-Match names
// the current ETag, or (without If-None-Match) whose If-Modified-Since is not older than
// Last-Modified, gets 304 Not Modified with no body. Works on finished answers, so every
// route of both providers gets it without knowing.
class DemoConditionalGets final
{
public:
    // Last-Modified of a representation not served before: the last change of the data.
    // Call it when the data is generated or changed (whole seconds, as HTTP dates are).
    void dataChanged(const QDateTime &now);

    // Adds the validators to a 200 answer to a GET, or turns it into a 304.
    DemoResponse apply(const QHttpServerRequest &request, DemoResponse response,
                       const QDateTime &now);

    static QByteArray httpDate(const QDateTime &time);
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); an invalid QDateTime otherwise.
    static QDateTime parseHttpDate(const QByteArray &text);
    static QByteArray entityTag(const QByteArray &body);
    // If-None-Match against a current tag, with the weak comparison RFC 9110 asks for.
    static bool noneMatchHits(const QByteArray &ifNoneMatch, const QByteArray &etag);

private:
    struct Validators final
    {
        QByteArray etag;
        QDateTime lastModified;  // UTC, whole seconds
    };

    QDateTime m_dataChangedAt;
    // Per path and query: when its body last changed, so an unchanged representation keeps
    // its Last-Modified while others change.
    QHash<QString, Validators> m_validators;
};
