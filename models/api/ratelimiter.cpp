#include "api/ratelimiter.h"

#include <QTimer>

#include <algorithm>

RateLimiter::RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent)
    , m_maxRequests(std::max(1, maxRequests))
    , m_window(std::max(window, std::chrono::milliseconds(1)))
    , m_clock([] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
    })
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::releaseWaiters);
}

RateLimiter::~RateLimiter() = default;

int RateLimiter::maxRequests() const
{
    return m_maxRequests;
}

std::chrono::milliseconds RateLimiter::window() const
{
    return m_window;
}

void RateLimiter::setClock(const Clock &clock)
{
    m_clock = clock;
}

std::chrono::milliseconds RateLimiter::now() const
{
    return m_clock();
}

std::chrono::milliseconds RateLimiter::delayBeforeNext(std::chrono::milliseconds now) const
{
    // Starts are kept in order, so the ones still inside the window are a suffix.
    const auto firstInWindow = std::upper_bound(m_starts.cbegin(), m_starts.cend(), now - m_window);
    const auto inWindow = std::distance(firstInWindow, m_starts.cend());
    std::chrono::milliseconds delay{0};
    if (inWindow >= m_maxRequests) {
        // The request that must leave the window before one more may start.
        const std::chrono::milliseconds blocking = *(m_starts.cend() - m_maxRequests);
        delay = blocking + m_window - now;
    }
    delay = std::max(delay, m_holdUntil - now);
    return std::max(delay, std::chrono::milliseconds(0));
}

void RateLimiter::record(std::chrono::milliseconds now)
{
    forgetOld(now);
    // A clock that went backwards must not break the ordering delayBeforeNext relies on.
    if (!m_starts.empty() && now < m_starts.back())
        now = m_starts.back();
    m_starts.push_back(now);
}

void RateLimiter::holdOff(std::chrono::milliseconds duration, std::chrono::milliseconds now)
{
    m_holdUntil = std::max(m_holdUntil, now + duration);
    scheduleRelease();
}

void RateLimiter::forgetOld(std::chrono::milliseconds now)
{
    while (!m_starts.empty() && m_starts.front() <= now - m_window)
        m_starts.pop_front();
    // Only the last maxRequests starts can ever block.
    while (m_starts.size() > static_cast<size_t>(m_maxRequests))
        m_starts.pop_front();
}

void RateLimiter::acquire(QObject *context, const std::function<void()> &ready)
{
    const std::chrono::milliseconds current = now();
    if (m_waiting.empty() && delayBeforeNext(current).count() == 0) {
        record(current);
        ready();
        return;
    }
    m_waiting.push_back({QPointer<QObject>(context), ready});
    scheduleRelease();
}

int RateLimiter::waitingCount() const
{
    return static_cast<int>(m_waiting.size());
}

void RateLimiter::releaseWaiters()
{
    while (!m_waiting.empty()) {
        if (!m_waiting.front().context) {
            m_waiting.pop_front();
            continue;
        }
        const std::chrono::milliseconds current = now();
        if (delayBeforeNext(current).count() > 0)
            break;
        const Waiter waiter = m_waiting.front();
        m_waiting.pop_front();
        record(current);
        waiter.ready();
    }
    scheduleRelease();
}

void RateLimiter::scheduleRelease()
{
    if (m_waiting.empty()) {
        m_timer->stop();
        return;
    }
    const std::chrono::milliseconds delay = delayBeforeNext(now());
    m_timer->start(std::max(delay, std::chrono::milliseconds(0)));
}
