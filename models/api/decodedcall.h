#pragma once

#include "api/apiclient.h"
#include "api/apiresult.h"

#include <QObject>

// Sends `request` through `client`, decodes the answer's body with `decoder`
// (T decoder(const QByteArray &body, ApiError *error)) and hands `done` the value or the error.
// `done` runs only while `context` is alive. Every provider backend's typed methods go through
// here, so a transport error and a decode error reach callers the same way.
template<typename T, typename Decoder>
void sendDecoded(ApiClient *client, const ApiRequest &request, QObject *context, Decoder decoder,
                 const ApiCallback<T> &done)
{
    ApiCall *apiCall = client->send(request);
    QObject::connect(apiCall, &ApiCall::finished, context, [apiCall, decoder, done] {
        ApiResult<T> result;
        if (!apiCall->ok()) {
            result.error = apiCall->error();
        } else {
            result.value = decoder(apiCall->response().body, &result.error);
            if (result.error.isError())
                result.error.setHost(apiCall->response().url.host());
        }
        done(result);
    });
}
