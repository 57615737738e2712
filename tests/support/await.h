#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"

#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <functional>
#include <optional>

namespace TestSupport
{
// Runs `start(context, done)` and the event loop until `done(value)` is called or `timeoutMs`
// passes; nullopt on a timeout. The context lives only as long as the wait, so an answer that
// comes too late is dropped instead of writing to a finished test's stack.
template<typename T, typename Start>
std::optional<T> awaitCallback(Start start, int timeoutMs)
{
    std::optional<T> answer;
    QObject context;
    const std::function<void(const T &)> done = [&answer](const T &value) { answer = value; };
    start(&context, done);
    // A timeout is reported through the empty optional: the caller's QVERIFY says what was missing.
    static_cast<void>(QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs));
    return answer;
}

// One backend call, awaited: its result, or a Timeout error when it never answered, so the
// caller's ok() or error-kind check fails instead of reading a default value. The default
// allows for a loaded machine; an answer ends the wait at once.
template<typename T, typename Start>
ApiResult<T> awaitApi(Start start, int timeoutMs = 30000)
{
    const std::optional<ApiResult<T>> answer = awaitCallback<ApiResult<T>>(
        [&start](QObject *context, const std::function<void(const ApiResult<T> &)> &done) {
            start(context, ApiCallback<T>(done));
        },
        timeoutMs);
    if (answer)
        return *answer;
    ApiResult<T> timedOut;
    timedOut.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return timedOut;
}

// True once `spy` has caught its signal, waiting up to `timeoutMs` when it has not yet.
// QSignalSpy::wait() alone waits for a further emission and times out on one that came early.
bool waitForSignal(QSignalSpy &spy, int timeoutMs);
} // namespace TestSupport
