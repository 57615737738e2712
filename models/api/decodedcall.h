#pragma once

#include "api/apiclient.h"
#include "api/apiresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

// Decoding runs on a worker thread (the GUI thread never parses a body); bodies this small
// decode faster than a thread hop, so they are decoded where they arrive.
inline constexpr qsizetype DecodeInPlaceBytes = 2048;

// Sends `request` through `client`, decodes the answer's body with `decoder`
// (T decoder(const QByteArray &body, ApiError *error), a pure function) and hands `done` the
// value or the error, on the thread of `context`. `done` runs only while `context` is alive.
// Every provider backend's typed methods go through here, so a transport error and a decode
// error reach callers the same way.
template<typename T, typename Decoder>
void sendDecoded(ApiClient *client, const ApiRequest &request, QObject *context, Decoder decoder,
                 const ApiCallback<T> &done)
{
    ApiCall *apiCall = client->send(request);
    QObject::connect(apiCall, &ApiCall::finished, context, [apiCall, decoder, done, context] {
        if (!apiCall->ok()) {
            ApiResult<T> result;
            result.error = apiCall->error();
            done(result);
            return;
        }
        const ApiResponse &response = apiCall->response();
        auto decode = [decoder, body = response.body, host = response.url.host(), storedAt = response.storedAt,
                       staleReason = response.staleReason] {
            ApiResult<T> result;
            result.value = decoder(body, &result.error);
            if (result.error.isError())
                result.error.setHost(host);
            result.storedAt = storedAt;
            result.staleReason = staleReason;
            return result;
        };
        if (response.body.size() <= DecodeInPlaceBytes) {
            done(decode());
            return;
        }
        auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(decode));
    });
}
