// An error answer as either provider (or a proxy in front of it) may send it: any status, any
// body. errorFromHttpResponse gives one ApiError whose kind follows the status alone, with a
// plain message and field errors whatever the body holds; the body never turns it into success.

#include "api/apiclient.h"
#include "fuzzcheck.h"

namespace
{
ApiError::Kind expectedKind(int status)
{
    if (status == 401 || status == 403)
        return ApiError::Kind::Auth;
    if (status == 404 || status == 410)
        return ApiError::Kind::NotFound;
    if (status == 408)
        return ApiError::Kind::Timeout;
    if (status == 429)
        return ApiError::Kind::RateLimited;
    if (status >= 400 && status < 500)
        return ApiError::Kind::Validation;
    return ApiError::Kind::Server;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The statuses a client meets, and one odd one (a 3xx left over, a 600) per input.
    static const int statuses[] = {400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 504};
    const Fuzz::Pick pick = Fuzz::pick(data, size, std::size(statuses) + 1);
    const int status = pick.index < std::size(statuses) ? statuses[pick.index] : (size > 1 ? 200 + data[1] * 2 : 600);
    const QString endpoint = QStringLiteral("GET /billing/v1/invoices");

    const ApiError error = errorFromHttpResponse(status, pick.rest, endpoint);
    const QString context = QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(pick.rest.left(200));
    Fuzz::check(error.isError() && error.kind() == expectedKind(status), "the kind follows the status", context);
    Fuzz::check(error.httpStatus() == status && error.endpoint() == endpoint, "status and endpoint are kept", context);
    Fuzz::check(!error.message().isEmpty(), "an error has a message", context);
    Fuzz::check(error.longMessage().contains(error.message()), "the long message starts from the message", context);
    const QMap<QString, QStringList> fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        Fuzz::check(!it.value().isEmpty(), "a field error has a message", context + QStringLiteral(" field ") + it.key());
    return 0;
}
