#pragma once

#include "api/apierror.h"

#include <functional>

// A typed answer from a backend: the decoded value, or the error that stopped it.
template<typename T>
struct ApiResult {
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &result)>;
