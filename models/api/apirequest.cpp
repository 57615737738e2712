#include "api/apirequest.h"

QString ApiRequest::endpoint() const
{
    const QString target = absoluteUrl.isValid() ? absoluteUrl.path() : path;
    return QString::fromLatin1(method) + QLatin1Char(' ') + target;
}

bool ApiRequest::isIdempotent() const
{
    return createsNothing || method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::withJson(const QByteArray &method, const QString &path, const QByteArray &json)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = json;
    request.contentType = QByteArrayLiteral("application/json");
    return request;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}
