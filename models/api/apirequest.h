#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// Whether a GET may be answered from the account's stored responses (see ResponseCache).
enum class FetchPolicy {
    Default,      // Network; but for a client that paints from the store first (the window's,
                  // ApiClient::setStoredFirst), the stored copy answers at once the first time a
                  // response is asked for, and the server is asked behind it
    Network,      // ask the server (conditionally when a stored copy has an ETag/Last-Modified);
                  // if it cannot answer, a stored copy stands in and the client says so
    StoredIfAny,  // a stored copy is enough (an immutable item: a paid invoice's details)
    StoredOnly,   // never ask the server (start from the store, --offline)
};

// What to send, built by a provider's pure request builder; ApiClient adds the base URL,
// auth, timeouts and retries.
struct ApiRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QString path;            // "/billing/v1/invoices", relative to the account's base URL
    QUrlQuery query;
    QByteArray body;         // JSON for writes, empty otherwise
    QByteArray contentType;  // set when body is set; "application/json" by default
    QByteArray accept = QByteArrayLiteral("application/json");
    // Absolute URL that overrides base URL + path (a provider-given download link).
    QUrl absoluteUrl;
    // A POST that creates nothing (Scalingo's token exchange): repeating it is as harmless as
    // repeating a GET, so it is retried like one.
    bool createsNothing = false;
    FetchPolicy fetchPolicy = FetchPolicy::Default;
    // An endpoint the API always has (the invoice lists, the token exchange): a 404 there means
    // the address is not the API's, not that an item is gone.
    bool alwaysThere = false;

    // "GET /billing/v1/invoices": names the endpoint in errors and logs, never with the query.
    QString endpoint() const;
    // GET, HEAD, PUT and DELETE are idempotent (RFC 9110) and may be retried; POST and PATCH
    // never are, unless the request createsNothing.
    bool isIdempotent() const;

    static ApiRequest get(const QString &path, const QUrlQuery &query = QUrlQuery());
    static ApiRequest withJson(const QByteArray &method, const QString &path, const QByteArray &json);
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
    QUrl url;
    QList<QNetworkReply::RawHeaderPair> headers;
    // Set when the body is a stored copy rather than the server's answer to this request
    // (a 304 Not Modified is the server's answer: storedAt stays invalid). For a copy that
    // stood in for a failed request, staleReason says why.
    QDateTime storedAt;
    ApiError staleReason;
    // Keeps this answer in the account's stored responses (null when nothing is kept: not a
    // GET of JSON, no store, or the body is itself a stored copy). The client does not keep a
    // body on its own: only its reader knows whether it decoded (sendDecoded calls this then),
    // so a malformed or partial body never reaches the store.
    std::function<void()> keep;

    QByteArray header(const QByteArray &name) const;
};
