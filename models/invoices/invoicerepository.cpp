#include "invoices/invoicerepository.h"

#include "api/invoicesource.h"

#include <algorithm>

namespace
{
QString detailKey(const QString &accountId, const QString &invoiceId)
{
    return accountId + QLatin1Char('/') + invoiceId;
}

bool newestFirst(const Invoice &a, const Invoice &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.id > b.id;
}
}

InvoiceRepository::InvoiceRepository(QObject *parent)
    : QObject(parent)
{
}

InvoiceRepository::~InvoiceRepository() = default;

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
    Q_EMIT invoicesAboutToBeReset();
    m_invoices.erase(std::remove_if(m_invoices.begin(), m_invoices.end(), [&](const Invoice &invoice) {
                         return invoice.accountId == accountId;
                     }),
                     m_invoices.end());
    Q_EMIT invoicesReset();
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
    for (int i = 0; i < m_invoices.size(); ++i) {
        if (m_invoices.at(i).id == invoiceId && m_invoices.at(i).accountId == accountId)
            return i;
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

void InvoiceRepository::refreshInvoices()
{
    ++m_generation;
    m_errors.clear();
    m_detailQueue.clear();
    m_progressDone = 0;
    m_progressTotal = 0;
    for (const AccountEntry &entry : std::as_const(m_accounts))
        startList(entry, m_generation);
    if (m_accounts.isEmpty())
        Q_EMIT loaded();
}

void InvoiceRepository::startList(const AccountEntry &entry, quint64 generation)
{
    requestStarted();
    const QString accountId = entry.account.id;
    entry.source->listInvoices(this, [this, accountId, generation](const ApiResult<QList<Invoice>> &result) {
        listFinished(accountId, generation, result.value, result.error);
    });
}

void InvoiceRepository::listFinished(const QString &accountId, quint64 generation, const QList<Invoice> &invoices, const ApiError &error)
{
    if (generation == m_generation) {
        if (error.isError()) {
            m_errors.append(error);
            Q_EMIT errorOccurred(error);
        } else {
            Q_EMIT invoicesAboutToBeReset();
            // Keep details already loaded: a refresh should not blank the detail pane.
            QHash<QString, Invoice> previous;
            for (const Invoice &invoice : std::as_const(m_invoices)) {
                if (invoice.accountId == accountId && invoice.hasDetails)
                    previous.insert(invoice.id, invoice);
            }
            m_invoices.erase(std::remove_if(m_invoices.begin(), m_invoices.end(), [&](const Invoice &invoice) {
                                 return invoice.accountId == accountId;
                             }),
                             m_invoices.end());
            for (Invoice invoice : invoices) {
                invoice.accountId = accountId;
                const auto old = previous.constFind(invoice.id);
                if (old != previous.constEnd() && old->amount == invoice.amount) {
                    invoice.services = old->services;
                    invoice.hasDetails = true;
                    if (invoice.status == InvoiceStatus::Unknown)
                        invoice.status = old->status;
                }
                m_invoices.append(invoice);
                if (!invoice.hasDetails)
                    m_detailQueue.append({accountId, invoice.id});
            }
            std::stable_sort(m_invoices.begin(), m_invoices.end(), newestFirst);
            Q_EMIT invoicesReset();
            m_progressTotal += static_cast<int>(invoices.size());
        }
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

void InvoiceRepository::pumpDetails()
{
    while (m_detailsInFlight.size() < MaxParallelDetails && !m_detailQueue.isEmpty()) {
        const DetailKey key = m_detailQueue.takeFirst();
        const auto entry = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountEntry &candidate) {
            return candidate.account.id == key.accountId;
        });
        if (entry == m_accounts.cend())
            continue;
        m_detailsInFlight.insert(detailKey(key.accountId, key.invoiceId));
        requestStarted();
        const quint64 generation = m_generation;
        entry->source->invoiceDetails(key.invoiceId, this, [this, key, generation](const ApiResult<Invoice> &result) {
            detailFinished(key.accountId, key.invoiceId, generation, result.value, result.error);
        });
    }
}

void InvoiceRepository::detailFinished(const QString &accountId, const QString &invoiceId, quint64 generation,
                                const Invoice &details, const ApiError &error)
{
    m_detailsInFlight.remove(detailKey(accountId, invoiceId));
    ++m_progressDone;
    if (error.isError()) {
        if (generation == m_generation) {
            m_errors.append(error);
            Q_EMIT errorOccurred(error);
        }
    } else {
        const int index = indexOfInvoice(accountId, invoiceId);
        if (index >= 0) {
            Invoice merged = details;
            merged.accountId = accountId;
            const Invoice &listed = m_invoices.at(index);
            // The list may know things the detail does not, and the other way round.
            if (merged.number.isEmpty() || merged.number == merged.id)
                merged.number = listed.number;
            if (merged.status == InvoiceStatus::Unknown)
                merged.status = listed.status;
            if (!merged.pdfUrl.isValid())
                merged.pdfUrl = listed.pdfUrl;
            if (!merged.dueDate.isValid())
                merged.dueDate = listed.dueDate;
            m_invoices[index] = merged;
            Q_EMIT invoiceChanged(index);
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
        done(QByteArray(), ApiError(ApiError::Kind::NotFound, QStringLiteral("unknown account %1").arg(accountId)));
        return;
    }
    entry->source->invoiceDocument(invoiceId, context, [done](const ApiResult<QByteArray> &result) {
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
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    }
}
