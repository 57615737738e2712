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

// Who keeps a decoded answer in the account's store: sendDecoded, as soon as the body decoded,
// or the caller (ApiResult::keep), when one answer is only good with others (pages of a list).
enum class KeepAnswer { OnDecode, ByCaller };

// Sends `request` through `client`, decodes the answer's body with `decoder`
// (T decoder(const QByteArray &body, ApiError *error), a pure function) and hands `done` the
// value or the error, on the thread of `context`. `done` runs only while `context` is alive.
// Every provider backend's typed methods go through here, so a transport error and a decode
// error reach callers the same way. Only a body that decoded is kept in the store.
template<typename T, typename Decoder>
void sendDecoded(ApiClient *client, const ApiRequest &request, QObject *context, Decoder decoder,
                 const ApiCallback<T> &done, KeepAnswer keepAnswer = KeepAnswer::OnDecode)
{
    ApiCall *apiCall = client->send(request);
    QObject::connect(apiCall, &ApiCall::finished, context, [apiCall, decoder, done, context, keepAnswer] {
        if (!apiCall->ok()) {
            ApiResult<T> result;
            result.error = apiCall->error();
            done(result);
            return;
        }
        const ApiResponse &response = apiCall->response();
        // On the context's thread, not the decoder's: the store's writes are queued from there.
        const auto deliver = [done, keepAnswer, keep = response.keep](ApiResult<T> result) {
            if (result.ok() && keep) {
                if (keepAnswer == KeepAnswer::ByCaller)
                    result.keep = keep;
                else
                    keep();
            }
            done(result);
        };
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
            deliver(decode());
            return;
        }
        auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, deliver] {
            watcher->deleteLater();
            deliver(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(decode));
    });
}
