#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>

class QTimer;

// A client-side sliding window: at most `maxRequests` requests start within any `window`
// (Scalingo allows 60 per minute and answers 429 "Retry later" beyond). Staying under the limit
// ourselves is cheaper than being refused and backing off. One limiter may be shared by every
// ApiClient of an account, so their requests count together.
class RateLimiter final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::milliseconds()>;

    explicit RateLimiter(int maxRequests = 60, std::chrono::milliseconds window = std::chrono::seconds(60),
                         QObject *parent = nullptr);
    ~RateLimiter() override;

    int maxRequests() const;
    std::chrono::milliseconds window() const;

    // Monotonic time source; tests inject a fake one. Defaults to a steady clock.
    void setClock(const Clock &clock);
    std::chrono::milliseconds now() const;

    // How long a request starting at `now` would wait: zero while fewer than maxRequests
    // started in the last window, else until the oldest of them leaves it (or until a hold-off
    // from a 429 ends, whichever is later). Pure: does not count the request.
    std::chrono::milliseconds delayBeforeNext(std::chrono::milliseconds now) const;
    // Counts a request that starts at `now`.
    void record(std::chrono::milliseconds now);
    // After a 429: let nothing start for `duration` from `now`.
    void holdOff(std::chrono::milliseconds duration, std::chrono::milliseconds now);

    // Runs `ready` (counted as one request) as soon as the window allows, in arrival order;
    // immediately when it already does. Dropped if `context` is destroyed while waiting.
    void acquire(QObject *context, const std::function<void()> &ready);

    // Requests waiting for the window, for tests and status displays.
    int waitingCount() const;

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> ready;
    };

    void releaseWaiters();
    void scheduleRelease();
    void forgetOld(std::chrono::milliseconds now);

    int m_maxRequests;
    std::chrono::milliseconds m_window;
    Clock m_clock;
    std::deque<std::chrono::milliseconds> m_starts;
    std::chrono::milliseconds m_holdUntil{0};
    std::deque<Waiter> m_waiting;
    QTimer *m_timer;
};
