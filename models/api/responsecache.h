#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A response body the client kept, with what it needs to ask the server whether it changed
// (ETag, Last-Modified) and when it was last confirmed current.
struct CachedResponse {
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetchedAt;

    bool isValid() const { return fetchedAt.isValid(); }
};

// Where ApiClient keeps the GET responses of one account, keyed by "GET /path?query". The
// implementation (BillingStore's per-account view) decides how and when they reach the disk.
class ResponseCache
{
public:
    virtual ~ResponseCache();

    virtual CachedResponse lookup(const QString &key) const = 0;
    virtual void save(const QString &key, const CachedResponse &response) = 0;
    // The server said 304 Not Modified: the stored body is current as of `fetchedAt`.
    virtual void confirm(const QString &key, const QDateTime &fetchedAt) = 0;
};
