#pragma once

#include "api/apierror.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

// An account's memory of network-level failures (no connection, no answer in time, a
// connection dropped mid-answer), per origin. After an origin failed twice in a row, what is
// still queued for it fails at once with the same error, for a cool-down, instead of each
// request waiting out its own timeouts against a dead server. Any HTTP answer from the origin
// closes it again; after the cool-down one more try is let through.
class CircuitBreaker final
{
public:
    static constexpr int FailuresToOpen = 2;

    explicit CircuitBreaker(std::chrono::milliseconds coolDown = std::chrono::seconds(30));

    // The error a request to `url` fails with at once, or no error while the origin may be tried.
    ApiError refusal(const QUrl &url) const;
    void recordFailure(const QUrl &url, const ApiError &error);
    void recordAnswer(const QUrl &url);

    // Whether `error` says the origin could not be reached or did not answer: what opens the breaker.
    static bool isNetworkLevel(const ApiError &error);
    // "http://127.0.0.1:8080": scheme, host and port.
    static QString origin(const QUrl &url);

private:
    struct OriginState {
        int consecutiveFailures = 0;
        ApiError lastError;
        QDeadlineTimer openUntil;
    };

    std::chrono::milliseconds m_coolDown;
    QHash<QString, OriginState> m_origins;
};
