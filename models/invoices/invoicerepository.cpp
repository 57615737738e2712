#include "invoices/invoicerepository.h"

#include "api/invoicesource.h"
#include "store/billingstore.h"
#include "store/snapshots.h"
#include "sync/invoicefetchplan.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <numeric>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace
{
QString detailKey(const QString &accountId, const QString &invoiceId)
{
    return accountId + QLatin1Char('/') + invoiceId;
}

// How long arriving details wait to reach the models together.
constexpr int ChangeBatchMs = 100;

// A replace at least this large gives the heap's free pages back once it is over. Below it, the
// list copies a refresh strands in the heap are a few MB at most (25 MB a copy at 100k rows),
// while malloc_trim walks every free chunk of the heap and unmaps them page range by page range:
// at a start from the store after the same process had shown a synced 2,000-invoice window, that
// walk took 60-120 ms, before the window's first paint (bench_sync, "start from the store").
constexpr qsizetype ReleaseHeapRows = 20000;

bool newestFirst(const Invoice &a, const Invoice &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.id > b.id;
}
}

InvoiceRepository::InvoiceRepository(QObject *parent)
    : QObject(parent)
    , m_changeTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeBatchMs);
    connect(m_changeTimer, &QTimer::timeout, this, &InvoiceRepository::emitChanged);
    m_snapshotThread.setMaxThreadCount(1);
}

void InvoiceRepository::setHistoryStart(const QDate &from)
{
    m_historyStart = from;
}

void InvoiceRepository::setStore(BillingStore *store)
{
    finishSnapshots();
    m_store = store;
    // Another store holds none of the snapshots of what is shown.
    for (const AccountEntry &entry : std::as_const(m_accounts))
        m_changedSinceSnapshot.insert(entry.account.id);
}

QDateTime InvoiceRepository::dataAsOf(const QString &accountId) const
{
    return m_freshness.value(accountId).asOf;
}

ApiError InvoiceRepository::staleReason(const QString &accountId) const
{
    return m_freshness.value(accountId).staleReason;
}

void InvoiceRepository::noteFreshness(const QString &accountId, const QDateTime &storedAt, const ApiError &staleReason)
{
    Freshness &freshness = m_freshness[accountId];
    freshness.asOf = storedAt.isValid() ? storedAt : QDateTime::currentDateTimeUtc();
    freshness.staleReason = staleReason;
    Q_EMIT freshnessChanged(accountId);
}

void InvoiceRepository::noteChanged(int index)
{
    m_changedRows.insert(index);
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void InvoiceRepository::emitChanged()
{
    m_changeTimer->stop();
    if (m_changedRows.isEmpty())
        return;
    QList<int> rows(m_changedRows.cbegin(), m_changedRows.cend());
    m_changedRows.clear();
    std::sort(rows.begin(), rows.end());
    Q_EMIT invoicesChanged(rows);
}

InvoiceRepository::~InvoiceRepository()
{
    finishSnapshots();
}

void InvoiceRepository::addAccount(const Account &account, InvoiceSource *source)
{
    removeAccount(account.id);
    m_accounts.append({account, source});
}

void InvoiceRepository::removeAccount(const QString &accountId)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const AccountEntry &entry) {
        return entry.account.id == accountId;
    });
    if (it == m_accounts.end())
        return;
    m_accounts.erase(it);
    m_startedFromStore.remove(accountId);
    m_unsavedSnapshots.remove(accountId);
    m_changedSinceSnapshot.remove(accountId);
    // Its data is forgotten: a snapshot still being encoded must not bring it back.
    m_encodingSnapshots.erase(std::remove_if(m_encodingSnapshots.begin(), m_encodingSnapshots.end(),
                                             [&](const EncodingSnapshot &encoding) {
                                                 return encoding.accountId == accountId;
                                             }),
                              m_encodingSnapshots.end());
    m_freshness.remove(accountId);
    replaceInvoices(accountId, {});
}

void InvoiceRepository::replaceInvoices(const QString &accountId, const QList<Invoice> &invoices)
{
    emitChanged();
    Q_EMIT invoicesAboutToBeReset();
    const qsizetype before = m_invoices.size();
    m_invoices.erase(std::remove_if(m_invoices.begin(), m_invoices.end(), [&](const Invoice &invoice) {
                         return invoice.accountId == accountId;
                     }),
                     m_invoices.end());
    const qsizetype removed = before - m_invoices.size();
    m_invoices.reserve(m_invoices.size() + invoices.size());
    for (const Invoice &invoice : invoices) {
        m_invoices.append(invoice);
        m_invoices.last().accountId = accountId;
    }
    std::stable_sort(m_invoices.begin(), m_invoices.end(), newestFirst);
    // The ids' hashes, sorted, with their rows: 8 bytes a row at 100k invoices.
    m_indexByIdHash.clear();
    m_indexByIdHash.reserve(m_invoices.size());
    for (int index = 0; index < m_invoices.size(); ++index)
        m_indexByIdHash.append({quint32(qHash(m_invoices.at(index).id)), index});
    std::sort(m_indexByIdHash.begin(), m_indexByIdHash.end());
    Q_EMIT invoicesReset();
    if (releasesHeapAfter(invoices.size(), removed))
        releaseHeapLater();
}

bool InvoiceRepository::releasesHeapAfter(qsizetype listed, qsizetype removed)
{
    return listed >= ReleaseHeapRows || removed >= ReleaseHeapRows;
}

void InvoiceRepository::releaseHeapLater()
{
    // glibc raises its mmap threshold to the size of the largest block freed, so the whole lists
    // a refresh passes along (the decoded rows, the listed copy, a sort's buffer: 25 MB each at
    // 100k invoices) come from the heap after the first one, and their pages stay resident once
    // freed: 35 MB of a 100k-invoice window's 138 MB. They are given back when the event loop
    // is reached again, after the callers' copies are gone; malloc_trim only returns free pages.
    if (m_heapReleasePending)
        return;
    m_heapReleasePending = true;
    QTimer::singleShot(0, this, [this] {
        m_heapReleasePending = false;
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    });
}

bool InvoiceRepository::holdsExactly(const QString &accountId, const QList<Invoice> &invoices) const
{
    qsizetype held = 0;
    for (const Invoice &invoice : m_invoices)
        held += invoice.accountId == accountId ? 1 : 0;
    if (held != invoices.size())
        return false;
    // The order replaceInvoices() would give them, as row numbers: a sorted copy of the invoices
    // themselves is a second copy of the whole list (tens of MB at 100k rows, which the heap
    // keeps after they are freed).
    QList<qsizetype> order(invoices.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&invoices](qsizetype a, qsizetype b) {
        return newestFirst(invoices.at(a), invoices.at(b));
    });
    qsizetype next = 0;
    for (const Invoice &invoice : m_invoices) {
        if (invoice.accountId != accountId)
            continue;
        Invoice listed = invoices.at(order.at(next++));
        listed.accountId = accountId;
        if (!(invoice == listed))
            return false;
    }
    return true;
}

// The store's decoded copy of the account's invoices, details included, painted in one reset;
// false when there is none (first run, another format, a --from range).
bool InvoiceRepository::paintSnapshot(const QString &accountId)
{
    if (!m_store || m_historyStart.isValid())
        return false;
    const CachedResponse stored = m_store->response(accountId, Snapshots::invoicesKey());
    QList<Invoice> invoices;
    if (!stored.isValid() || !Snapshots::decode(stored.body, &invoices))
        return false;
    replaceInvoices(accountId, invoices);
    noteFreshness(accountId, stored.fetchedAt, ApiError());
    return true;
}

// Keeps what the network pass changed for the next start, as of the list's time.
void InvoiceRepository::saveSnapshots()
{
    if (!m_store || m_historyStart.isValid())
        return;
    for (const QString &accountId : std::as_const(m_unsavedSnapshots)) {
        if (!m_changedSinceSnapshot.remove(accountId)) {
            // The same rows as the stored snapshot: 2.5 MB for 2,000 invoices need not be
            // encoded and written again to say "as of now". Queued behind any encoding of the
            // same account, so an older body cannot come after it.
            EncodingSnapshot confirmation{accountId, dataAsOf(accountId), QtFuture::makeReadyFuture(QByteArray()), true};
            m_encodingSnapshots.append(confirmation);
            continue;
        }
        ++m_encodedSnapshots;
        QList<Invoice> invoices;
        for (const Invoice &invoice : std::as_const(m_invoices)) {
            if (invoice.accountId == accountId)
                invoices.append(invoice);
        }
        EncodingSnapshot encoding{accountId, dataAsOf(accountId), {}};
        encoding.body = QtConcurrent::run(&m_snapshotThread, [invoices] {
            return Snapshots::encode(invoices);
        });
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            snapshotEncoded();
        });
        watcher->setFuture(encoding.body);
        m_encodingSnapshots.append(encoding);
    }
    m_unsavedSnapshots.clear();
    snapshotEncoded();
}

int InvoiceRepository::encodedSnapshotCount() const
{
    return m_encodedSnapshots;
}

void InvoiceRepository::snapshotEncoded()
{
    // One thread encodes them in turn, so the oldest is done first; one already saved by
    // finishSnapshots(), or of an account since removed, is gone from the list.
    while (!m_encodingSnapshots.isEmpty() && m_encodingSnapshots.constFirst().body.isFinished()) {
        const EncodingSnapshot encoding = m_encodingSnapshots.takeFirst();
        if (encoding.timeOnly) {
            if (m_store)
                m_store->confirmResponse(encoding.accountId, Snapshots::invoicesKey(), encoding.fetchedAt);
            continue;
        }
        CachedResponse snapshot;
        snapshot.body = encoding.body.result();
        snapshot.fetchedAt = encoding.fetchedAt;
        if (m_store)
            m_store->saveResponse(encoding.accountId, Snapshots::invoicesKey(), snapshot);
    }
}

void InvoiceRepository::finishSnapshots()
{
    for (EncodingSnapshot &encoding : m_encodingSnapshots)
        encoding.body.waitForFinished();
    snapshotEncoded();
}

QList<Account> InvoiceRepository::accounts() const
{
    QList<Account> result;
    for (const AccountEntry &entry : m_accounts)
        result.append(entry.account);
    return result;
}

Account InvoiceRepository::account(const QString &accountId) const
{
    for (const AccountEntry &entry : m_accounts) {
        if (entry.account.id == accountId)
            return entry.account;
    }
    return Account();
}

const QList<Invoice> &InvoiceRepository::invoices() const
{
    return m_invoices;
}

int InvoiceRepository::indexOfInvoice(const QString &accountId, const QString &invoiceId) const
{
    // A hash, not a walk of the list: every detail that arrives looks its invoice up.
    // Every row whose id hashes the same, two accounts' same id included.
    const std::pair<quint32, int> from{quint32(qHash(invoiceId)), std::numeric_limits<int>::min()};
    for (auto it = std::lower_bound(m_indexByIdHash.cbegin(), m_indexByIdHash.cend(), from);
         it != m_indexByIdHash.cend() && it->first == from.first; ++it) {
        const Invoice &invoice = m_invoices.at(it->second);
        if (invoice.id == invoiceId && invoice.accountId == accountId)
            return it->second;
    }
    return -1;
}

bool InvoiceRepository::isLoading() const
{
    return m_pending > 0;
}

int InvoiceRepository::pendingRequests() const
{
    return m_pending;
}

QList<ApiError> InvoiceRepository::errors() const
{
    return m_errors;
}

ApiError InvoiceRepository::listError(const QString &accountId) const
{
    return m_listErrors.value(accountId);
}

void InvoiceRepository::refreshInvoices()
{
    ++m_generation;
    m_errors.clear();
    m_listErrors.clear();
    m_detailQueue.clear();
    m_progressDone = 0;
    m_progressTotal = 0;
    for (const AccountEntry &entry : std::as_const(m_accounts)) {
        // The first time, paint what the store holds (its decoded snapshot, or else its
        // responses); the network pass follows it.
        const bool fromStore = m_store && !m_startedFromStore.contains(entry.account.id);
        m_startedFromStore.insert(entry.account.id);
        const bool painted = fromStore && paintSnapshot(entry.account.id);
        startList(entry, fromStore && !painted ? FetchPolicy::StoredOnly : FetchPolicy::Network, m_generation);
    }
    if (m_accounts.isEmpty())
        Q_EMIT loaded();
}

void InvoiceRepository::startList(const AccountEntry &entry, FetchPolicy policy, quint64 generation)
{
    requestStarted();
    const QString accountId = entry.account.id;
    entry.source->listInvoices({m_historyStart, policy}, this,
                               [this, accountId, policy, generation](const ApiResult<QList<Invoice>> &result) {
                                   listFinished(accountId, policy, generation, result);
                               });
}

void InvoiceRepository::listFinished(const QString &accountId, FetchPolicy policy, quint64 generation,
                                     const ApiResult<QList<Invoice>> &result)
{
    const bool fromStoreOnly = policy == FetchPolicy::StoredOnly;
    const auto entry = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountEntry &candidate) {
        return candidate.account.id == accountId;
    });
    if (generation == m_generation && entry != m_accounts.cend()) {
        if (!result.ok()) {
            // Nothing stored yet is not a failure: the network pass comes next.
            if (!fromStoreOnly) {
                m_errors.append(result.error);
                m_listErrors.insert(accountId, result.error);
                Q_EMIT errorOccurred(result.error, accountId, true);
            }
        } else {
            // Keep details already loaded: a refresh should not blank the detail pane.
            QHash<QString, Invoice> previous;
            for (const Invoice &invoice : std::as_const(m_invoices)) {
                if (invoice.accountId == accountId && invoice.hasDetails)
                    previous.insert(invoice.id, invoice);
            }
            QList<Invoice> listed;
            listed.reserve(result.value.size());
            QList<DetailKey> wanted;
            for (Invoice invoice : result.value) {
                const auto old = previous.constFind(invoice.id);
                const bool keptDetails = !invoice.hasDetails && old != previous.constEnd() && old->amount == invoice.amount;
                if (keptDetails) {
                    invoice.services = old->services;
                    invoice.hasDetails = true;
                    if (invoice.status == InvoiceStatus::Unknown)
                        invoice.status = old->status;
                }
                if (InvoiceFetchPlan::needsDetails(invoice, keptDetails))
                    wanted.append({accountId, invoice.id});
                listed.append(invoice);
            }
            // A start paints the stored invoices, then reads the list again: the same rows
            // (offline, or nothing changed) leave the table, its selection and its charts alone.
            if (!holdsExactly(accountId, listed)) {
                replaceInvoices(accountId, listed);
                m_changedSinceSnapshot.insert(accountId);
            }
            noteFreshness(accountId, result.storedAt, result.staleReason);
            if (!fromStoreOnly && !result.staleReason.isError())
                m_unsavedSnapshots.insert(accountId);
            if (fromStoreOnly) {
                // Local reads: no queue, no politeness limit.
                for (const DetailKey &key : std::as_const(wanted))
                    requestDetails(*entry, key, FetchPolicy::StoredOnly);
            } else {
                m_progressTotal += static_cast<int>(wanted.size());
                m_detailQueue.append(wanted);
            }
        }
        if (fromStoreOnly)
            startList(*entry, FetchPolicy::Network, generation);
    }
    // Queue the next requests before counting this one done, so "loaded" fires only once
    // nothing is left.
    pumpDetails();
    requestFinished();
}

void InvoiceRepository::requestInvoiceDetails(const QString &accountId, const QString &invoiceId)
{
    const int index = indexOfInvoice(accountId, invoiceId);
    if (index < 0 || m_invoices.at(index).hasDetails || m_detailsInFlight.contains(detailKey(accountId, invoiceId)))
        return;
    m_detailQueue.erase(std::remove_if(m_detailQueue.begin(), m_detailQueue.end(), [&](const DetailKey &key) {
                            return key.accountId == accountId && key.invoiceId == invoiceId;
                        }),
                        m_detailQueue.end());
    m_detailQueue.prepend({accountId, invoiceId});
    pumpDetails();
}

void InvoiceRepository::requestDetails(const AccountEntry &entry, const DetailKey &key, FetchPolicy policy)
{
    m_detailsInFlight.insert(detailKey(key.accountId, key.invoiceId));
    requestStarted();
    const quint64 generation = m_generation;
    entry.source->invoiceDetails(key.invoiceId, policy, this, [this, key, generation](const ApiResult<Invoice> &result) {
        detailFinished(key.accountId, key.invoiceId, generation, result);
    });
}

void InvoiceRepository::pumpDetails()
{
    while (m_detailsInFlight.size() < MaxParallelDetails && !m_detailQueue.isEmpty()) {
        const DetailKey key = m_detailQueue.takeFirst();
        const auto entry = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountEntry &candidate) {
            return candidate.account.id == key.accountId;
        });
        const int index = indexOfInvoice(key.accountId, key.invoiceId);
        if (entry == m_accounts.cend() || index < 0 || m_detailsInFlight.contains(detailKey(key.accountId, key.invoiceId)))
            continue;
        const Invoice &invoice = m_invoices.at(index);
        if (invoice.hasDetails && InvoiceFetchPlan::isFinal(invoice))
            continue;  // read from the store while it waited in the queue
        requestDetails(*entry, key, InvoiceFetchPlan::detailPolicy(invoice));
    }
}

void InvoiceRepository::detailFinished(const QString &accountId, const QString &invoiceId, quint64 generation,
                                       const ApiResult<Invoice> &result)
{
    m_detailsInFlight.remove(detailKey(accountId, invoiceId));
    ++m_progressDone;
    if (!result.ok()) {
        if (generation == m_generation && result.error.kind() != ApiError::Kind::NotStored) {
            m_errors.append(result.error);
            Q_EMIT errorOccurred(result.error, accountId, false);
        }
    } else {
        const int index = indexOfInvoice(accountId, invoiceId);
        if (index >= 0) {
            Invoice merged = result.value;
            merged.accountId = accountId;
            const Invoice &listed = m_invoices.at(index);
            // The list may know things the detail does not, and the other way round.
            if (merged.number.isEmpty() || merged.number == merged.id)
                merged.number = listed.number;
            if (merged.status == InvoiceStatus::Unknown)
                merged.status = listed.status;
            if (merged.pdfUrl.isEmpty())
                merged.pdfUrl = listed.pdfUrl;
            if (!merged.dueDate.isValid())
                merged.dueDate = listed.dueDate;
            // A detail read again unchanged (a 304, a stored copy) changes no row and no snapshot.
            if (!(merged == listed)) {
                m_invoices[index] = merged;
                noteChanged(index);
                m_unsavedSnapshots.insert(accountId);
                m_changedSinceSnapshot.insert(accountId);
            }
        }
    }
    // Queue the next requests before counting this one done, so "loaded" fires only once
    // nothing is left.
    pumpDetails();
    requestFinished();
}

void InvoiceRepository::fetchInvoiceDocument(const QString &accountId, const QString &invoiceId, QObject *context,
                                             const DocumentCallback &done)
{
    const auto entry = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountEntry &candidate) {
        return candidate.account.id == accountId;
    });
    if (entry == m_accounts.cend()) {
        done(QString(), ApiError(ApiError::Kind::NotFound, QStringLiteral("unknown account %1").arg(accountId)));
        return;
    }
    const int index = indexOfInvoice(accountId, invoiceId);
    const bool final = index >= 0 && InvoiceFetchPlan::isFinal(m_invoices.at(index));
    QString filePath;
    if (final && m_store) {
        const QString kept = m_store->document(accountId, invoiceId);
        if (!kept.isEmpty()) {
            done(kept, ApiError());
            return;
        }
        filePath = m_store->documentFile(accountId, invoiceId);
    } else {
        if (!m_scratchDocuments)
            m_scratchDocuments = std::make_unique<QTemporaryDir>();
        if (!m_scratchDocuments->isValid()) {
            done(QString(), ApiError(ApiError::Kind::Decode, QStringLiteral("no folder to download to: %1")
                                                                  .arg(m_scratchDocuments->errorString())));
            return;
        }
        // A name of its own per download: a preview may still read the previous one.
        filePath = m_scratchDocuments->filePath(QStringLiteral("%1.pdf").arg(++m_scratchCount));
    }
    QPointer<BillingStore> documents = final ? m_store : nullptr;
    entry->source->invoiceDocument(invoiceId, filePath, context,
                                   [done, documents, accountId, invoiceId](const ApiResult<QString> &result) {
                                       if (result.ok() && documents)
                                           documents->recordDocument(accountId, invoiceId);
                                       done(result.value, result.error);
                                   });
}

void InvoiceRepository::requestStarted()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    Q_EMIT progressChanged(m_progressDone, std::max(m_progressTotal, m_progressDone + m_pending));
}

void InvoiceRepository::requestFinished()
{
    --m_pending;
    Q_EMIT progressChanged(m_progressDone, std::max(m_progressTotal, m_progressDone + m_pending));
    if (m_pending == 0) {
        emitChanged();
        saveSnapshots();
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    }
}
