#include "store/billingstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <iterator>

Q_LOGGING_CATEGORY(lcStore, "billdeck.store")

namespace
{
// How long queued writes wait to be committed together: a burst of arriving details becomes
// one transaction.
constexpr int BatchDelayMs = 100;

// Each step takes the schema from version (index) to version (index + 1).
const char *const Migrations[][4] = {
    {"CREATE TABLE responses (account_id TEXT NOT NULL, key TEXT NOT NULL, body BLOB NOT NULL,"
     " etag BLOB, last_modified BLOB, fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, key))",
     nullptr, nullptr, nullptr},
    {"CREATE TABLE documents (account_id TEXT NOT NULL, invoice_id TEXT NOT NULL, file TEXT NOT NULL,"
     " size INTEGER NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, invoice_id))",
     "CREATE INDEX responses_by_account ON responses (account_id, fetched_at)", nullptr, nullptr},
};
static_assert(std::size(Migrations) == BillingStore::SchemaVersion);

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

qint64 toStored(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromStored(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool configure(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                               // The file is mapped for reading: a start's 2.5 MB snapshot of 2,000
                               // invoices was 600 page reads, a tenth of the painted start.
                               "PRAGMA mmap_size=268435456"}) {
        if (!query.exec(QLatin1String(pragma))) {
            *error = sqlError(query);
            return false;
        }
    }
    return true;
}
}

struct BillingStoreRow {
    QString accountId;
    QString key;
    CachedResponse response;
    bool confirmOnly = false;
    quint64 sequence = 0;
};

// Lives on the store's thread with its own connection; commits each batch in one transaction.
class BillingStoreWriter final : public QObject
{
public:
    BillingStoreWriter(BillingStore *store, const QString &path)
        : m_store(store)
        , m_path(path)
        , m_connectionName(QStringLiteral("billdeck-store-writer-") + QUuid::createUuid().toString(QUuid::Id128))
    {
    }

    ~BillingStoreWriter() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    void write(const QList<BillingStoreRow> &rows)
    {
        QString error = writeRows(rows);
        QHash<BillingStore::PendingKey, quint64> written;
        for (const BillingStoreRow &row : rows)
            written.insert({row.accountId, row.key}, row.sequence);
        {
            QMutexLocker lock(&m_store->m_mutex);
            for (auto it = written.cbegin(); it != written.cend(); ++it) {
                const auto pending = m_store->m_unwritten.constFind(it.key());
                // A newer write of the same key stays queued.
                if (pending != m_store->m_unwritten.cend() && pending->sequence == it.value())
                    m_store->m_unwritten.erase(pending);
            }
        }
        const int count = static_cast<int>(rows.size());
        QMetaObject::invokeMethod(m_store, [store = m_store, count, error] {
            if (error.isEmpty())
                Q_EMIT store->batchWritten(count);
            else
                Q_EMIT store->writeFailed(error);
        }, Qt::QueuedConnection);
    }

private:
    QString writeRows(const QList<BillingStoreRow> &rows)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_path);
            QString error;
            if (!db.open())
                return db.lastError().text();
            if (!configure(db, &error))
                return error;
        }
        if (!db.transaction())
            return db.lastError().text();
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO responses (account_id, key, body, etag, last_modified, fetched_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery confirm(db);
        confirm.prepare(QStringLiteral("UPDATE responses SET fetched_at = ? WHERE account_id = ? AND key = ?"));
        for (const BillingStoreRow &row : rows) {
            bool ok = false;
            if (row.confirmOnly) {
                confirm.addBindValue(toStored(row.response.fetchedAt));
                confirm.addBindValue(row.accountId);
                confirm.addBindValue(row.key);
                ok = confirm.exec();
            } else {
                upsert.addBindValue(row.accountId);
                upsert.addBindValue(row.key);
                upsert.addBindValue(row.response.body);
                upsert.addBindValue(row.response.etag);
                upsert.addBindValue(row.response.lastModified);
                upsert.addBindValue(toStored(row.response.fetchedAt));
                ok = upsert.exec();
            }
            if (!ok) {
                const QString error = (row.confirmOnly ? confirm : upsert).lastError().text();
                db.rollback();
                qCWarning(lcStore) << "could not write the store:" << error;
                return error;
            }
        }
        if (!db.commit())
            return db.lastError().text();
        return QString();
    }

    BillingStore *m_store;
    QString m_path;
    QString m_connectionName;
};

namespace
{
// One account's responses, as ApiClient sees them.
class AccountResponseCache final : public ResponseCache
{
public:
    AccountResponseCache(BillingStore *store, const QString &accountId)
        : m_store(store)
        , m_accountId(accountId)
    {
    }

    CachedResponse lookup(const QString &key) const override { return m_store->response(m_accountId, key); }
    void save(const QString &key, const CachedResponse &response) override
    {
        m_store->saveResponse(m_accountId, key, response);
    }
    void confirm(const QString &key, const QDateTime &fetchedAt) override
    {
        m_store->confirmResponse(m_accountId, key, fetchedAt);
    }

private:
    BillingStore *m_store;
    QString m_accountId;
};
}

BillingStore::BillingStore(const QString &databasePath, const QString &documentsFolder, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_documentsFolder(documentsFolder)
    , m_connectionName(QStringLiteral("billdeck-store-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchDelayMs);
    connect(m_batchTimer, &QTimer::timeout, this, &BillingStore::sendBatch);
    m_open = open();
    if (!m_open) {
        qCWarning(lcStore) << "billing store unavailable:" << m_errorString;
        return;
    }
    m_writer = new BillingStoreWriter(this, m_databasePath);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("billdeck-store"));
    m_thread.start();
}

BillingStore::~BillingStore()
{
    if (m_open)
        flush();
    m_thread.quit();
    m_thread.wait();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString BillingStore::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/billing.sqlite");
}

QString BillingStore::defaultDocumentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/documents");
}

bool BillingStore::open()
{
    const QFileInfo info(m_databasePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_errorString = tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_databasePath);
    if (!db.open()) {
        m_errorString = db.lastError().text();
        return false;
    }
    if (!configure(db, &m_errorString))
        return false;
    return migrate();
}

bool BillingStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_errorString = sqlError(query);
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        // Written by a newer Billdeck: reading it could misread it, and changing it would break it.
        m_errorString = tr("%1 was written by a newer version of Billdeck (schema %2, this version reads up to %3)")
                            .arg(m_databasePath)
                            .arg(version)
                            .arg(SchemaVersion);
        return false;
    }
    for (int from = version; from < SchemaVersion; ++from) {
        if (!db.transaction()) {
            m_errorString = db.lastError().text();
            return false;
        }
        for (const char *statement : Migrations[from]) {
            if (statement && !query.exec(QLatin1String(statement))) {
                m_errorString = tr("Migrating the store to version %1 failed: %2").arg(from + 1).arg(sqlError(query));
                db.rollback();
                return false;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1)) || !db.commit()) {
            m_errorString = sqlError(query);
            db.rollback();
            return false;
        }
        qCDebug(lcStore) << "store migrated to version" << from + 1;
    }
    return true;
}

bool BillingStore::isOpen() const
{
    return m_open;
}

QString BillingStore::errorString() const
{
    return m_errorString;
}

QString BillingStore::databasePath() const
{
    return m_databasePath;
}

qint64 BillingStore::mappedSize() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("PRAGMA mmap_size")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

CachedResponse BillingStore::response(const QString &accountId, const QString &key) const
{
    if (!m_open)
        return {};
    {
        QMutexLocker lock(&m_mutex);
        const auto pending = m_unwritten.constFind({accountId, key});
        if (pending != m_unwritten.cend() && !pending->confirmOnly)
            return pending->response;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT body, etag, last_modified, fetched_at FROM responses WHERE account_id = ? AND key = ?"));
    query.addBindValue(accountId);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    CachedResponse stored;
    stored.body = query.value(0).toByteArray();
    stored.etag = query.value(1).toByteArray();
    stored.lastModified = query.value(2).toByteArray();
    stored.fetchedAt = fromStored(query.value(3));
    QMutexLocker lock(&m_mutex);
    const auto pending = m_unwritten.constFind({accountId, key});
    if (pending != m_unwritten.cend() && pending->confirmOnly)
        stored.fetchedAt = pending->response.fetchedAt;
    return stored;
}

void BillingStore::saveResponse(const QString &accountId, const QString &key, const CachedResponse &response)
{
    Pending pending;
    pending.response = response;
    queue(accountId, key, pending);
}

void BillingStore::confirmResponse(const QString &accountId, const QString &key, const QDateTime &fetchedAt)
{
    Pending pending;
    pending.confirmOnly = true;
    pending.response.fetchedAt = fetchedAt;
    {
        // Confirming a body still queued just moves its time.
        QMutexLocker lock(&m_mutex);
        const auto queued = m_unwritten.find({accountId, key});
        if (queued != m_unwritten.end() && !queued->confirmOnly) {
            pending = *queued;
            pending.response.fetchedAt = fetchedAt;
        }
    }
    queue(accountId, key, pending);
}

void BillingStore::queue(const QString &accountId, const QString &key, const Pending &pending)
{
    if (!m_open)
        return;
    {
        QMutexLocker lock(&m_mutex);
        Pending entry = pending;
        entry.sequence = ++m_sequence;
        m_unwritten.insert({accountId, key}, entry);
        m_unsent.insert({accountId, key}, entry.sequence);
    }
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void BillingStore::sendBatch()
{
    QList<BillingStoreRow> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows.reserve(m_unsent.size());
        for (auto it = m_unsent.cbegin(); it != m_unsent.cend(); ++it) {
            const Pending &pending = m_unwritten.value(it.key());
            rows.append({it.key().first, it.key().second, pending.response, pending.confirmOnly, pending.sequence});
        }
        m_unsent.clear();
    }
    if (rows.isEmpty())
        return;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, rows] { writer->write(rows); }, Qt::QueuedConnection);
}

void BillingStore::flush()
{
    if (!m_open)
        return;
    m_batchTimer->stop();
    sendBatch();
    // Runs after every batch already queued on the writer's thread.
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

int BillingStore::pendingWrites() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_unwritten.size());
}

QDateTime BillingStore::lastFetched(const QString &accountId) const
{
    if (!m_open)
        return {};
    QDateTime newest;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_unwritten.cbegin(); it != m_unwritten.cend(); ++it) {
            if (it.key().first == accountId && it->response.fetchedAt > newest)
                newest = it->response.fetchedAt;
        }
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT MAX(fetched_at) FROM responses WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (query.exec() && query.next()) {
        const QDateTime stored = fromStored(query.value(0));
        if (stored > newest)
            newest = stored;
    }
    return newest;
}

int BillingStore::responseCount(const QString &accountId) const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM responses WHERE account_id = ?"));
    query.addBindValue(accountId);
    int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_unwritten.cbegin(); it != m_unwritten.cend(); ++it) {
        if (it.key().first == accountId && !it->confirmOnly)
            ++count;  // may count a queued replacement of a stored row twice until it is written
    }
    return count;
}

QStringList BillingStore::responseKeys(const QString &accountId) const
{
    if (!m_open)
        return {};
    QSet<QString> keys;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT key FROM responses WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (query.exec()) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    QMutexLocker lock(&m_mutex);
    for (auto it = m_unwritten.cbegin(); it != m_unwritten.cend(); ++it) {
        if (it.key().first == accountId && !it->confirmOnly)
            keys.insert(it.key().second);
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

void BillingStore::removeAccount(const QString &accountId)
{
    if (!m_open)
        return;
    flush();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT file FROM documents WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (query.exec()) {
        while (query.next())
            QFile::remove(query.value(0).toString());
    }
    for (const QString &table : {QStringLiteral("responses"), QStringLiteral("documents")}) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(table));
        remove.addBindValue(accountId);
        if (!remove.exec())
            qCWarning(lcStore) << "could not forget account data:" << sqlError(remove);
    }
}

QString BillingStore::documentFile(const QString &accountId, const QString &invoiceId) const
{
    // Ids come from the provider: hash them into safe file names.
    const auto hash = [](const QString &text) {
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    };
    return m_documentsFolder + QLatin1Char('/') + hash(accountId) + QLatin1Char('/') + hash(invoiceId) + QStringLiteral(".pdf");
}

QString BillingStore::document(const QString &accountId, const QString &invoiceId) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT file, size FROM documents WHERE account_id = ? AND invoice_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(invoiceId);
    if (!query.exec() || !query.next())
        return {};
    const QFileInfo file(query.value(0).toString());
    // A file gone, or not the one listed (cut short, replaced), is not the document.
    return file.isFile() && file.size() == query.value(1).toLongLong() ? file.filePath() : QString();
}

bool BillingStore::recordDocument(const QString &accountId, const QString &invoiceId)
{
    if (!m_open)
        return false;
    const QString path = documentFile(accountId, invoiceId);
    const QFileInfo file(path);
    if (!file.isFile())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO documents (account_id, invoice_id, file, size, fetched_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(accountId);
    query.addBindValue(invoiceId);
    query.addBindValue(path);
    query.addBindValue(file.size());
    query.addBindValue(toStored(QDateTime::currentDateTimeUtc()));
    return query.exec();
}

std::unique_ptr<ResponseCache> BillingStore::cacheFor(const QString &accountId)
{
    return std::make_unique<AccountResponseCache>(this, accountId);
}
