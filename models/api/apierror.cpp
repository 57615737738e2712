#include "api/apierror.h"

#include <QCoreApplication>

ApiError::ApiError(Kind kind, const QString &detail)
    : m_kind(kind)
    , m_detail(detail)
{
}

ApiError ApiError::decode(const QString &endpoint, const QString &field, const QString &problem)
{
    ApiError error(Kind::Decode, field.isEmpty() ? QStringLiteral("%1: %2").arg(endpoint, problem)
                                                 : QStringLiteral("%1: field \"%2\": %3").arg(endpoint, field, problem));
    error.setEndpoint(endpoint);
    if (!field.isEmpty())
        error.m_fieldErrors.insert(field, {problem});
    return error;
}

ApiError::Kind ApiError::kind() const
{
    return m_kind;
}

ApiError::Cause ApiError::cause() const
{
    return m_cause;
}

void ApiError::setCause(Cause cause)
{
    m_cause = cause;
}

ApiError ApiError::fromCause(Cause cause, const QString &detail)
{
    Kind kind = Kind::Network;
    if (cause == Cause::WrongAddress)
        kind = Kind::NotFound;
    else if (cause == Cause::CredentialsWithheld)
        kind = Kind::Auth;
    else if (cause == Cause::EndlessList)
        kind = Kind::Decode;
    ApiError error(kind, detail);
    error.m_cause = cause;
    return error;
}

QString ApiError::apiName() const
{
    return m_apiName;
}

void ApiError::setApiName(const QString &name)
{
    m_apiName = name;
}

bool ApiError::isError() const
{
    return m_kind != Kind::None;
}

int ApiError::httpStatus() const
{
    return m_httpStatus;
}

void ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
}

QString ApiError::endpoint() const
{
    return m_endpoint;
}

void ApiError::setEndpoint(const QString &endpoint)
{
    m_endpoint = endpoint;
}

QString ApiError::providerMessage() const
{
    return m_providerMessage;
}

void ApiError::setProviderMessage(const QString &message)
{
    m_providerMessage = message;
}

QMap<QString, QStringList> ApiError::fieldErrors() const
{
    return m_fieldErrors;
}

void ApiError::setFieldErrors(const QMap<QString, QStringList> &errors)
{
    m_fieldErrors = errors;
}

QString ApiError::detail() const
{
    return m_detail;
}

int ApiError::retryAfterSeconds() const
{
    return m_retryAfterSeconds;
}

void ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

QString ApiError::host() const
{
    return m_host;
}

void ApiError::setHost(const QString &host)
{
    m_host = host;
}

bool ApiError::isRetryable() const
{
    // Asking again gets the same loop, the same refused redirect, the same oversized answer.
    if (m_cause == Cause::TooManyRedirects || m_cause == Cause::InsecureRedirect
        || m_cause == Cause::RedirectChangesMethod || m_cause == Cause::TooLarge)
        return false;
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::causeMessage(const QString &where) const
{
    switch (m_cause) {
    case Cause::Unspecified:
        return QString();
    case Cause::ConnectionClosed:
        return QCoreApplication::translate("ApiError", "%1 closed the connection before answering. Try again in a moment.").arg(where);
    case Cause::BodyCutShort:
        return QCoreApplication::translate("ApiError", "The answer from %1 was cut short: the connection closed before all of it arrived. Try again in a moment.").arg(where);
    case Cause::TooManyRedirects:
        return QCoreApplication::translate("ApiError", "%1 redirected the request too many times (a redirect loop). Check the account's address.").arg(where);
    case Cause::InsecureRedirect:
        return QCoreApplication::translate("ApiError", "%1 redirected a secure (https) request to an insecure address; Billdeck did not follow it.").arg(where);
    case Cause::RedirectChangesMethod:
        return QCoreApplication::translate("ApiError", "%1 answered a change with a redirect that would turn it into a plain read; Billdeck did not follow it.").arg(where);
    case Cause::TooLarge:
        return QCoreApplication::translate("ApiError", "The answer from %1 is too large (%2); Billdeck stopped reading it.").arg(where, m_detail);
    case Cause::WrongAddress:
        return QCoreApplication::translate("ApiError", "%1 does not answer like the %2: check the address in the account settings.")
            .arg(where, m_apiName.isEmpty() ? QCoreApplication::translate("ApiError", "billing API") : m_apiName);
    case Cause::CredentialsWithheld:
        return QCoreApplication::translate("ApiError", "The request was redirected to another host, %1, which refused it: Billdeck does not send the account's credentials to another host.").arg(where);
    case Cause::EndlessList:
        return QCoreApplication::translate("ApiError", "%1 kept announcing more pages (%2); Billdeck stopped reading the list.").arg(where, m_detail);
    }
    return QString();
}

QString ApiError::message() const
{
    const QString where = m_host.isEmpty() ? QCoreApplication::translate("ApiError", "the billing service") : m_host;
    if (m_kind != Kind::None && m_cause != Cause::Unspecified)
        return causeMessage(where);
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Could not reach %1. Check your network connection and try again.").arg(where);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "%1 did not answer in time. Try again in a moment.").arg(where);
    case Kind::Auth:
        if (m_httpStatus == 403)
            return QCoreApplication::translate("ApiError", "%1 refused access: this key or token may not see this organization.").arg(where);
        return QCoreApplication::translate("ApiError", "The API key or token was refused by %1. Check it in the account settings.").arg(where);
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "%1 does not know this item (it may have been deleted).").arg(where);
    case Kind::Validation: {
        QStringList parts;
        for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral("; ")));
        if (parts.isEmpty() && !m_providerMessage.isEmpty())
            parts << m_providerMessage;
        if (parts.isEmpty())
            return QCoreApplication::translate("ApiError", "%1 rejected the request as invalid.").arg(where);
        return QCoreApplication::translate("ApiError", "%1 rejected some values: %2.").arg(where, parts.join(QStringLiteral(", ")));
    }
    case Kind::RateLimited:
        if (m_retryAfterSeconds >= 0)
            return QCoreApplication::translate("ApiError", "Too many requests to %1; it asks to wait %n second(s).", nullptr, m_retryAfterSeconds).arg(where);
        return QCoreApplication::translate("ApiError", "Too many requests to %1. Wait a minute and try again.").arg(where);
    case Kind::Server:
        if (m_httpStatus > 0)
            return QCoreApplication::translate("ApiError", "%1 had a problem answering (HTTP %2). Try again later.").arg(where).arg(m_httpStatus);
        return QCoreApplication::translate("ApiError", "%1 had a problem answering. Try again later.").arg(where);
    case Kind::Decode:
        return QCoreApplication::translate("ApiError", "The answer from %1 could not be read (%2).").arg(where, m_detail);
    case Kind::NotStored:
        return QCoreApplication::translate("ApiError", "Nothing from %1 is stored on this computer yet: connect once to fetch it.").arg(where);
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    }
    return QString();
}

QString ApiError::longMessage() const
{
    QStringList parts{message()};
    if (!m_providerMessage.isEmpty() && m_kind != Kind::Validation)
        parts << QCoreApplication::translate("ApiError", "The service said: %1").arg(m_providerMessage);
    if (!m_detail.isEmpty() && m_kind != Kind::Decode && m_cause != Cause::TooLarge && m_cause != Cause::EndlessList)
        parts << QCoreApplication::translate("ApiError", "Details: %1").arg(m_detail);
    if (!m_endpoint.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Request: %1").arg(m_endpoint);
    return parts.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Decode: return QStringLiteral("decode");
    case Kind::NotStored: return QStringLiteral("not-stored");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}
