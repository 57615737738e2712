#pragma once

#include "api/responsecache.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

class QTimer;
class BillingStoreWriter;

// What Billdeck keeps of every account's billing data between runs: one SQLite file
// (WAL, `PRAGMA user_version`, forward migrations), by default in AppDataLocation.
//
// Each entity the pages show is kept as the provider's own response to the GET that returned
// it (invoice lists and details with their lines, bills, ledgers, contracts, catalogue,
// billing operations, profile, contacts, tax, payment methods), with its ETag, Last-Modified
// and the time it was last confirmed current. Reading it back goes through the same pure
// decoders as a fresh answer, so a stored page and a live page cannot disagree. Beside them, under
// keys that never answer a request, are the decoded records a start paints from (Snapshots:
// the invoices with their details, the Scalingo billing operations). PDFs are files
// in the documents folder, listed in the store. Nothing secret is ever written: only GET
// bodies, never a request header or a token exchange.
//
// Reads are synchronous on the caller's thread. Writes are queued, then committed by a worker
// thread in one transaction per batch; a read sees a write as soon as it is queued.
class BillingStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingStore)

public:
    // 1: responses. 2: documents (PDF files kept in the cache folder).
    static constexpr int SchemaVersion = 2;

    // Opens (creating if needed) the store at `databasePath`, migrating it to SchemaVersion.
    // PDFs go into `documentsFolder`. On failure isOpen() is false and the store keeps nothing.
    BillingStore(const QString &databasePath, const QString &documentsFolder, QObject *parent = nullptr);
    ~BillingStore() override;

    static QString defaultDatabasePath();
    static QString defaultDocumentsFolder();

    bool isOpen() const;
    QString errorString() const;
    QString databasePath() const;

    CachedResponse response(const QString &accountId, const QString &key) const;
    void saveResponse(const QString &accountId, const QString &key, const CachedResponse &response);
    void confirmResponse(const QString &accountId, const QString &key, const QDateTime &fetchedAt);
    // When the account's data was last confirmed current (its newest response); invalid when
    // nothing is stored for it.
    QDateTime lastFetched(const QString &accountId) const;
    int responseCount(const QString &accountId) const;
    // The keys of the responses kept for the account, queued ones included, sorted.
    QStringList responseKeys(const QString &accountId) const;
    // Forgets everything kept for the account (it was removed), PDFs included.
    void removeAccount(const QString &accountId);

    // Where the invoice's PDF is kept (whether or not it is there yet): a download is streamed
    // straight to it, then recordDocument() lists it.
    QString documentFile(const QString &accountId, const QString &invoiceId) const;
    // Lists the file now at documentFile() as the invoice's PDF, with its size.
    bool recordDocument(const QString &accountId, const QString &invoiceId);
    // The kept PDF's path; empty when none is kept, or the file is gone or not the size it was.
    QString document(const QString &accountId, const QString &invoiceId) const;

    // The account's responses as a ResponseCache for its ApiClients. The store must outlive it.
    std::unique_ptr<ResponseCache> cacheFor(const QString &accountId);

    // Commits every queued write and waits for it (before exit, in tests).
    void flush();
    // Writes queued and not yet committed.
    int pendingWrites() const;
    // How much of the file reads go through a memory map (PRAGMA mmap_size) instead of a
    // read() per page: a start reads a snapshot of a few MB in one piece.
    qint64 mappedSize() const;

Q_SIGNALS:
    // A batch of `rows` writes was committed (on the store's thread's behalf, delivered here).
    void batchWritten(int rows);
    void writeFailed(const QString &message);

private:
    struct Pending {
        CachedResponse response;
        bool confirmOnly = false;
        quint64 sequence = 0;
    };
    using PendingKey = QPair<QString, QString>;

    bool open();
    bool migrate();
    void queue(const QString &accountId, const QString &key, const Pending &pending);
    void sendBatch();

    QString m_databasePath;
    QString m_documentsFolder;
    QString m_connectionName;
    QString m_errorString;
    bool m_open = false;

    mutable QMutex m_mutex;
    QHash<PendingKey, Pending> m_unwritten;  // queued or being written
    QHash<PendingKey, quint64> m_unsent;     // not yet handed to the writer
    quint64 m_sequence = 0;
    QTimer *m_batchTimer = nullptr;
    QThread m_thread;
    BillingStoreWriter *m_writer = nullptr;

    friend class BillingStoreWriter;
};
