#include "api/circuitbreaker.h"

CircuitBreaker::CircuitBreaker(std::chrono::milliseconds coolDown)
    : m_coolDown(coolDown)
{
}

ApiError CircuitBreaker::refusal(const QUrl &url) const
{
    const auto it = m_origins.constFind(origin(url));
    if (it == m_origins.cend() || it->consecutiveFailures < FailuresToOpen || it->openUntil.hasExpired())
        return ApiError();
    return it->lastError;
}

void CircuitBreaker::recordFailure(const QUrl &url, const ApiError &error)
{
    OriginState &state = m_origins[origin(url)];
    ++state.consecutiveFailures;
    state.lastError = error;
    if (state.consecutiveFailures >= FailuresToOpen)
        state.openUntil = QDeadlineTimer(m_coolDown);
}

void CircuitBreaker::recordAnswer(const QUrl &url)
{
    m_origins.remove(origin(url));
}

bool CircuitBreaker::isNetworkLevel(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Timeout)
        return error.httpStatus() != 408;  // a 408 is an answer
    if (error.kind() != ApiError::Kind::Network)
        return false;
    const ApiError::Cause cause = error.cause();
    return cause == ApiError::Cause::Unspecified || cause == ApiError::Cause::ConnectionClosed
        || cause == ApiError::Cause::BodyCutShort;
}

QString CircuitBreaker::origin(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(defaultPort));
}
