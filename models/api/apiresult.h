#pragma once

#include "api/apierror.h"

#include <QDateTime>

#include <functional>

// A typed answer from a backend: the decoded value, or the error that stopped it.
template<typename T>
struct ApiResult {
    T value{};
    ApiError error;
    // Set when the value was read from the account's stored responses rather than answered by
    // the server now: when that copy was current, and (when it stood in for a failed request) why.
    QDateTime storedAt;
    ApiError staleReason;
    // With KeepAnswer::ByCaller: keeps the decoded answer in the store (null when there is
    // nothing to keep). A caller that reads several answers as one (pages of a list) keeps
    // them only once all of them have been read.
    std::function<void()> keep;

    bool ok() const { return !error.isError(); }
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &result)>;
