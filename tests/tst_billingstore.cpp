// BillingStore: the SQLite file that keeps every account's responses between runs. Schema
// migrations from every earlier version, a newer schema refused, queued writes readable at once
// and committed in batches, PDFs kept as files, an account forgotten entirely.

#include "store/billingstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// Runs SQL on the file directly, the way an older Billdeck left it.
void execute(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersion(const QString &path)
{
    const QString name = QStringLiteral("version-") + path;
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

CachedResponse response(const QByteArray &body, const QByteArray &etag = QByteArray())
{
    return {body, etag, QByteArrayLiteral("Fri, 27 Nov 2026 10:00:00 GMT"),
            QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)};
}

// As a download does: the bytes land at documentFile(), then the store lists them.
bool keepDocument(BillingStore &store, const QString &accountId, const QString &invoiceId, const QByteArray &pdf)
{
    const QString path = store.documentFile(accountId, invoiceId);
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size()
        && (file.close(), store.recordDocument(accountId, invoiceId));
}

QByteArray keptDocument(const BillingStore &store, const QString &accountId, const QString &invoiceId)
{
    QFile file(store.document(accountId, invoiceId));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

class TestBillingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newStoreHasTheCurrentSchema()
    {
        {
            BillingStore store(dbPath(), docsPath());
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        }
        QCOMPARE(userVersion(dbPath()), BillingStore::SchemaVersion);
    }

    void migratesFromVersion1KeepingItsData()
    {
        // Version 1 had the responses only.
        execute(dbPath(), {
            QStringLiteral("CREATE TABLE responses (account_id TEXT NOT NULL, key TEXT NOT NULL, body BLOB NOT NULL,"
                           " etag BLOB, last_modified BLOB, fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, key))"),
            QStringLiteral("INSERT INTO responses VALUES ('acc', 'GET /billing/v1/invoices', '{\"invoices\":[]}',"
                           " '\"v1\"', NULL, 1790000000000)"),
            QStringLiteral("PRAGMA user_version = 1"),
        });
        BillingStore store(dbPath(), docsPath());
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(userVersion(dbPath()), BillingStore::SchemaVersion);
        const CachedResponse kept = store.response(QStringLiteral("acc"), QStringLiteral("GET /billing/v1/invoices"));
        QCOMPARE(kept.body, QByteArrayLiteral("{\"invoices\":[]}"));
        QCOMPARE(kept.etag, QByteArrayLiteral("\"v1\""));
        QCOMPARE(kept.fetchedAt.toMSecsSinceEpoch(), 1790000000000);
        // Version 2's documents table works on the migrated file.
        QVERIFY(keepDocument(store, QStringLiteral("acc"), QStringLiteral("inv-1"), QByteArrayLiteral("%PDF-1.4 x")));
        QCOMPARE(keptDocument(store, QStringLiteral("acc"), QStringLiteral("inv-1")), QByteArrayLiteral("%PDF-1.4 x"));
    }

    void refusesASchemaFromANewerVersion()
    {
        execute(dbPath(), {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")});
        BillingStore store(dbPath(), docsPath());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(QStringLiteral("newer version")), qPrintable(store.errorString()));
        // Nothing is read or written, and the file is left as it was.
        store.saveResponse(QStringLiteral("acc"), QStringLiteral("GET /x"), response("{}"));
        QVERIFY(!store.response(QStringLiteral("acc"), QStringLiteral("GET /x")).isValid());
        QCOMPARE(userVersion(dbPath()), 99);
    }

    void aQueuedWriteIsReadAtOnceAndSurvivesReopening()
    {
        {
            BillingStore store(dbPath(), docsPath());
            store.saveResponse(QStringLiteral("acc"), QStringLiteral("GET /a"), response("{\"a\":1}", "\"e1\""));
            // Not committed yet, already readable.
            QCOMPARE(store.response(QStringLiteral("acc"), QStringLiteral("GET /a")).body, QByteArrayLiteral("{\"a\":1}"));
            QVERIFY(!store.response(QStringLiteral("other"), QStringLiteral("GET /a")).isValid());
        }
        BillingStore reopened(dbPath(), docsPath());
        const CachedResponse kept = reopened.response(QStringLiteral("acc"), QStringLiteral("GET /a"));
        QCOMPARE(kept.body, QByteArrayLiteral("{\"a\":1}"));
        QCOMPARE(kept.etag, QByteArrayLiteral("\"e1\""));
        QCOMPARE(kept.lastModified, QByteArrayLiteral("Fri, 27 Nov 2026 10:00:00 GMT"));
        QCOMPARE(kept.fetchedAt, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        QCOMPARE(reopened.responseCount(QStringLiteral("acc")), 1);
    }

    void aLargeRecordIsReadThroughAMap()
    {
        // A 4 MB record (a start's snapshot is 2.5 MB at 2,000 invoices) is read from the
        // mapped file, whole, after reopening.
        QByteArray large(4 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char(i * 7 % 251);
        {
            BillingStore store(dbPath(), docsPath());
            CachedResponse record;
            record.body = large;
            record.fetchedAt = QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC);
            store.saveResponse(QStringLiteral("acc"), QStringLiteral("snapshot invoices"), record);
            store.flush();
        }
        BillingStore reopened(dbPath(), docsPath());
        QVERIFY(reopened.mappedSize() >= large.size());
        QCOMPARE(reopened.response(QStringLiteral("acc"), QStringLiteral("snapshot invoices")).body, large);
    }

    void aBurstOfWritesIsOneTransaction()
    {
        BillingStore store(dbPath(), docsPath());
        QSignalSpy written(&store, &BillingStore::batchWritten);
        for (int i = 0; i < 500; ++i)
            store.saveResponse(QStringLiteral("acc"), QStringLiteral("GET /invoices/%1").arg(i), response("{}"));
        QVERIFY(QTest::qWaitFor([&] { return store.pendingWrites() == 0 && !written.isEmpty(); }, 10000));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toInt(), 500);
        QCOMPARE(store.responseCount(QStringLiteral("acc")), 500);
    }

    void confirmingMovesOnlyTheTime()
    {
        BillingStore store(dbPath(), docsPath());
        store.saveResponse(QStringLiteral("acc"), QStringLiteral("GET /a"), response("{\"a\":1}", "\"e1\""));
        store.flush();
        const QDateTime later(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        store.confirmResponse(QStringLiteral("acc"), QStringLiteral("GET /a"), later);
        QCOMPARE(store.response(QStringLiteral("acc"), QStringLiteral("GET /a")).fetchedAt, later);
        store.flush();
        const CachedResponse kept = store.response(QStringLiteral("acc"), QStringLiteral("GET /a"));
        QCOMPARE(kept.fetchedAt, later);
        QCOMPARE(kept.body, QByteArrayLiteral("{\"a\":1}"));
        QCOMPARE(kept.etag, QByteArrayLiteral("\"e1\""));
        QCOMPARE(store.lastFetched(QStringLiteral("acc")), later);
        QVERIFY(!store.lastFetched(QStringLiteral("nobody")).isValid());
    }

    void documentsAreFilesAndACutFileIsNotADocument()
    {
        BillingStore store(dbPath(), docsPath());
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(4096, 'x');
        // Nothing at the document's place yet: nothing to list.
        QVERIFY(!store.recordDocument(QStringLiteral("acc"), QStringLiteral("../../etc/passwd")));
        QVERIFY(store.document(QStringLiteral("acc"), QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(keepDocument(store, QStringLiteral("acc"), QStringLiteral("../../etc/passwd"), pdf));
        QCOMPARE(keptDocument(store, QStringLiteral("acc"), QStringLiteral("../../etc/passwd")), pdf);
        // The provider's id never becomes a path: the file is inside the documents folder.
        const QStringList files = QDir(docsPath()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QVERIFY(files.isEmpty());  // one folder per account
        QStringList all;
        for (const QString &folder : QDir(docsPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            all << QDir(docsPath() + QLatin1Char('/') + folder).entryList(QDir::Files);
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().endsWith(QLatin1String(".pdf")));
        // Cut short on disk: not served.
        QFile file(docsPath() + QLatin1Char('/') + QDir(docsPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first()
                   + QLatin1Char('/') + all.first());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(100));
        file.close();
        QVERIFY(store.document(QStringLiteral("acc"), QStringLiteral("../../etc/passwd")).isEmpty());
    }

    void removingAnAccountForgetsItsDataAndFiles()
    {
        BillingStore store(dbPath(), docsPath());
        store.saveResponse(QStringLiteral("gone"), QStringLiteral("GET /a"), response("{}"));
        store.saveResponse(QStringLiteral("kept"), QStringLiteral("GET /a"), response("{}"));
        QVERIFY(keepDocument(store, QStringLiteral("gone"), QStringLiteral("i"), QByteArrayLiteral("%PDF")));
        store.removeAccount(QStringLiteral("gone"));
        QVERIFY(!store.response(QStringLiteral("gone"), QStringLiteral("GET /a")).isValid());
        QVERIFY(store.document(QStringLiteral("gone"), QStringLiteral("i")).isEmpty());
        QVERIFY(store.response(QStringLiteral("kept"), QStringLiteral("GET /a")).isValid());
        int files = 0;
        for (const QString &folder : QDir(docsPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += static_cast<int>(QDir(docsPath() + QLatin1Char('/') + folder).entryList(QDir::Files).size());
        QCOMPARE(files, 0);
    }

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("billing.sqlite")); }
    QString docsPath() const { return m_dir->filePath(QStringLiteral("documents")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestBillingStore)
#include "tst_billingstore.moc"
