#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/apiresult.h"
#include "domain/account.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QSet>

#include <functional>
#include <memory>

class BillingStore;
class QTemporaryDir;
class InvoiceSource;
class QTimer;

// Merges the accounts the window shows: loads their invoices, fills in details in the
// background, tracks what is loading and what failed. Models read from here; nothing else
// keeps a copy of the data.
//
// The sync of each account follows the data layer's rules (ARCHITECTURE.md): the first
// refresh paints what the store holds before any request goes out, then asks the network for
// the whole history (conditionally); a final (paid) invoice's details are fetched once and then
// read from the store; details arriving together reach the models as one batch.
class InvoiceRepository final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceRepository(QObject *parent = nullptr);
    ~InvoiceRepository() override;

    // The repository does not own the source; it must outlive the repository's use of it.
    void addAccount(const Account &account, InvoiceSource *source);
    void removeAccount(const QString &accountId);
    QList<Account> accounts() const;
    Account account(const QString &accountId) const;

    const QList<Invoice> &invoices() const;
    int indexOfInvoice(const QString &accountId, const QString &invoiceId) const;

    // Lists only invoices from this day on (the provider filters when it can); invalid, the
    // default: the whole history.
    void setHistoryStart(const QDate &from);
    // The store behind the accounts' clients (not owned; may be null): with one, the first
    // refresh of an account paints its stored copy before asking the network, and final
    // invoices' PDFs are kept in it once fetched.
    void setStore(BillingStore *store);
    // The snapshots of a finished sync are encoded on a worker thread and reach the store a
    // little after loaded(): this waits for them and hands them to the store (done before the
    // store is replaced and when the repository goes; call it before flushing the store).
    void finishSnapshots();
    // Snapshots encoded so far. A refresh that changed nothing encodes none: it only moves the
    // stored snapshot's time.
    int encodedSnapshotCount() const;

    // When the account's invoice list shown was current: now-ish after a successful refresh,
    // the stored copy's time when it stands in (offline, or before the first answer).
    QDateTime dataAsOf(const QString &accountId) const;
    // Why the account's list shown is a stored copy (none when it is current).
    ApiError staleReason(const QString &accountId) const;

    bool isLoading() const;
    int pendingRequests() const;
    // The failures of the last refresh, one per account at most.
    QList<ApiError> errors() const;
    // Why the last refresh could not read the account's invoice list (none when it could).
    ApiError listError(const QString &accountId) const;

    // How many details to fetch at once: enough to be quick, few enough to be polite.
    static constexpr int MaxParallelDetails = 4;
    // Whether replacing an account's rows with `listed` rows, `removed` gone, is large enough to
    // give the heap's free pages back afterwards (glibc): only lists of tens of thousands of rows
    // strand enough to pay for a walk of the whole heap.
    static bool releasesHeapAfter(qsizetype listed, qsizetype removed);

public Q_SLOTS:
    // Reloads every account's invoice list, then their details.
    void refreshInvoices();
    // Moves this invoice's details to the front of the queue (the one on screen).
    void requestInvoiceDetails(const QString &accountId, const QString &invoiceId);

public:
    // The invoice's PDF as a file, never whole in memory: a final invoice's kept copy, or one
    // streamed from the provider (into the store's documents folder for a final invoice, kept
    // once; into a scratch folder that lives as long as the repository for an open one, fetched
    // again each time). `done` gets the file's path, or the error and no file.
    using DocumentCallback = std::function<void(const QString &filePath, const ApiError &error)>;
    void fetchInvoiceDocument(const QString &accountId, const QString &invoiceId, QObject *context,
                              const DocumentCallback &done);

Q_SIGNALS:
    void invoicesAboutToBeReset();
    void invoicesReset();
    // Details arrived for these rows (sorted, no duplicates): one signal per batch.
    void invoicesChanged(const QList<int> &rows);
    // dataAsOf() or staleReason() changed for an account.
    void freshnessChanged(const QString &accountId);
    void loadingChanged(bool loading);
    // done/total requests of the current refresh, for the status bar.
    void progressChanged(int done, int total);
    // `accountId`'s whole invoice list failed when `wholeList`; otherwise one invoice's details.
    void errorOccurred(const ApiError &error, const QString &accountId, bool wholeList);
    void loaded();

private:
    struct AccountEntry {
        Account account;
        InvoiceSource *source = nullptr;
    };
    struct DetailKey {
        QString accountId;
        QString invoiceId;
    };

    struct Freshness {
        QDateTime asOf;
        ApiError staleReason;
    };

    void startList(const AccountEntry &entry, FetchPolicy policy, quint64 generation);
    void listFinished(const QString &accountId, FetchPolicy policy, quint64 generation,
                      const ApiResult<QList<Invoice>> &result);
    void requestDetails(const AccountEntry &entry, const DetailKey &key, FetchPolicy policy);
    void pumpDetails();
    void detailFinished(const QString &accountId, const QString &invoiceId, quint64 generation,
                        const ApiResult<Invoice> &result);
    void noteChanged(int index);
    void emitChanged();
    void noteFreshness(const QString &accountId, const QDateTime &storedAt, const ApiError &staleReason);
    void replaceInvoices(const QString &accountId, const QList<Invoice> &invoices);
    // Whether the account's rows are already `invoices`, field for field, in the same order.
    bool holdsExactly(const QString &accountId, const QList<Invoice> &invoices) const;
    // Once back in the event loop, gives the pages a large replace freed back to the system.
    void releaseHeapLater();
    bool paintSnapshot(const QString &accountId);
    // Encodes the changed accounts' snapshots on a worker thread (2,000 invoices take tens of
    // milliseconds), saved to the store when done, in the order asked.
    void saveSnapshots();
    void snapshotEncoded();
    void requestStarted();
    void requestFinished();

    QList<AccountEntry> m_accounts;
    QSet<QString> m_startedFromStore;  // accounts whose stored copy was already read
    QSet<QString> m_unsavedSnapshots;  // accounts the network read again since their snapshot
    QSet<QString> m_changedSinceSnapshot;  // of those, accounts whose rows differ from it
    struct EncodingSnapshot {
        QString accountId;
        QDateTime fetchedAt;
        QFuture<QByteArray> body;
        bool timeOnly = false;  // unchanged rows: the stored snapshot only gets the new time
    };
    int m_encodedSnapshots = 0;
    QList<EncodingSnapshot> m_encodingSnapshots;  // oldest first
    QThreadPool m_snapshotThread;                 // one thread: snapshots are saved in order
    QList<std::pair<quint32, int>> m_indexByIdHash;  // (qHash of id, index in m_invoices), sorted
    QHash<QString, Freshness> m_freshness;
    QDate m_historyStart;
    BillingStore *m_store = nullptr;
    QSet<int> m_changedRows;
    QTimer *m_changeTimer = nullptr;
    QList<Invoice> m_invoices;
    QList<DetailKey> m_detailQueue;
    QSet<QString> m_detailsInFlight;  // accountId + '/' + invoiceId
    QList<ApiError> m_errors;
    QHash<QString, ApiError> m_listErrors;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    std::unique_ptr<QTemporaryDir> m_scratchDocuments;  // open invoices' PDFs, made on first need
    int m_scratchCount = 0;
    bool m_heapReleasePending = false;
};
