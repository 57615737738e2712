#pragma once

#include "api/apiclient.h"
#include "api/apiresult.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

// A provider's look at a downloaded document before anyone reads it (is it a PDF at all?).
// It may rewrite the file in place (SkySQL's JSON form of the bytes); an error removes it.
using DocumentCheck = std::function<ApiError(const QString &filePath)>;

// Streams `request`'s answer to `filePath` through `client` (ApiClient::download, which owns the
// retries, deadlines, redirects and size cap), then lets `check` accept the file. `done` gets the
// file's path, or the error with no file left behind, while `context` is alive.
void sendDownload(ApiClient *client, const ApiRequest &request, const QString &filePath, QObject *context,
                  const DocumentCheck &check, const ApiCallback<QString> &done);

// The first `size` bytes of a file (fewer when it is shorter), enough to tell what it holds.
QByteArray fileHead(const QString &filePath, qint64 size);
