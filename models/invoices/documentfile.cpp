#include "invoices/documentfile.h"

#include <QFile>
#include <QSaveFile>

namespace DocumentFile
{
bool copy(const QString &from, const QString &to, QString *errorString)
{
    constexpr qint64 ChunkBytes = 256 * 1024;
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *errorString = source.errorString();
        return false;
    }
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly)) {
        *errorString = target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(ChunkBytes);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *errorString = source.errorString();
            return false;
        }
        if (target.write(chunk) != chunk.size()) {
            *errorString = target.errorString();
            return false;
        }
    }
    if (!target.commit()) {
        *errorString = target.errorString();
        return false;
    }
    return true;
}
}
