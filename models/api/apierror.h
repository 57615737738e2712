#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Every failure the network layer reports, whichever provider and whatever went wrong.
// `message()` is the one plain sentence people see; the rest is for code and logs.
// It never carries a secret: nothing here is built from request headers.
class ApiError final
{
public:
    enum class Kind {
        None,
        Network,      // could not connect, connection dropped, TLS failure
        Timeout,      // no answer within the transfer timeout
        Auth,         // 401/403: key or token refused
        NotFound,     // 404
        Validation,   // 400/422 with per-field messages
        RateLimited,  // 429
        Server,       // 5xx, or an unexpected status
        Decode,       // the answer could not be read (malformed JSON, wrong type, missing field)
        NotStored,    // offline, and nothing kept from an earlier run
        Cancelled,    // the caller gave up; never shown
    };

    // What exactly went wrong, where one Kind covers causes that call for different words
    // (and, for a refused redirect, for no retry).
    enum class Cause {
        Unspecified,
        ConnectionClosed,       // Network: closed before any answer
        BodyCutShort,           // Network: the answer ended before all of it arrived
        TooManyRedirects,       // Network: a redirect loop
        InsecureRedirect,       // Network: https redirected to http, refused
        RedirectChangesMethod,  // Network: a 301/302/303 to a POST/PUT/PATCH/DELETE, not followed
        TooLarge,               // Network: the answer passed the size cap, reading stopped
        WrongAddress,           // NotFound: a list is not there, so the address is not the API's
        CredentialsWithheld,    // Auth: refused by another host the request was redirected to
        EndlessList,            // Decode: the list kept announcing more pages past the cap
    };

    ApiError() = default;
    ApiError(Kind kind, const QString &detail);

    static ApiError decode(const QString &endpoint, const QString &field, const QString &problem);

    Kind kind() const;
    bool isError() const;

    Cause cause() const;
    void setCause(Cause cause);
    // Builds a Network/NotFound/Auth/Decode error of `cause` (its Kind follows from the cause).
    static ApiError fromCause(Cause cause, const QString &detail);

    // The API a client speaks ("SkySQL API"), for "does not answer like the SkySQL API".
    QString apiName() const;
    void setApiName(const QString &name);

    int httpStatus() const;
    void setHttpStatus(int status);

    // The endpoint, as "GET /billing/v1/invoices" (never with a query holding secrets).
    QString endpoint() const;
    void setEndpoint(const QString &endpoint);

    // The provider's own message, parsed from its error body.
    QString providerMessage() const;
    void setProviderMessage(const QString &message);

    // Field name → messages (422 `{"errors": {...}}`, SkySQL metadata).
    QMap<QString, QStringList> fieldErrors() const;
    void setFieldErrors(const QMap<QString, QStringList> &errors);

    // Technical detail (Qt's network error string, the decode problem).
    QString detail() const;

    // Seconds the server asked us to wait (429, 503); -1 when it did not say.
    int retryAfterSeconds() const;
    void setRetryAfterSeconds(int seconds);

    // Host the request went to, for messages like "api.skysql.com did not answer".
    QString host() const;
    void setHost(const QString &host);

    bool isRetryable() const;

    // One plain sentence for people, e.g. "The API key was refused by api.skysql.com."
    QString message() const;
    // message() plus the provider's message and the technical detail, for a details box.
    QString longMessage() const;

    static QString kindName(Kind kind);

private:
    QString causeMessage(const QString &where) const;

    Kind m_kind = Kind::None;
    Cause m_cause = Cause::Unspecified;
    QString m_apiName;
    int m_httpStatus = 0;
    QString m_endpoint;
    QString m_providerMessage;
    QMap<QString, QStringList> m_fieldErrors;
    QString m_detail;
    QString m_host;
    int m_retryAfterSeconds = -1;
};

Q_DECLARE_METATYPE(ApiError)
