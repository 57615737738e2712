#include "api/downloadcall.h"

#include <QFile>
#include <QObject>

void sendDownload(ApiClient *client, const ApiRequest &request, const QString &filePath, QObject *context,
                  const DocumentCheck &check, const ApiCallback<QString> &done)
{
    ApiCall *apiCall = client->download(request, filePath);
    QObject::connect(apiCall, &ApiCall::finished, context, [apiCall, check, done] {
        ApiResult<QString> result;
        result.error = apiCall->error();
        if (result.ok()) {
            result.error = check(apiCall->filePath());
            if (result.error.isError()) {
                QFile::remove(apiCall->filePath());
                result.error.setHost(apiCall->response().url.host());
            } else {
                result.value = apiCall->filePath();
            }
        }
        done(result);
    });
}

QByteArray fileHead(const QString &filePath, qint64 size)
{
    QFile file(filePath);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}
