#pragma once

#include "api/apierror.h"
#include "domain/account.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class InvoiceSource;

// Merges the accounts the window shows: loads their invoices, fills in details in the
// background, tracks what is loading and what failed. Models read from here; nothing else
// keeps a copy of the data.
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

    bool isLoading() const;
    int pendingRequests() const;
    // The failures of the last refresh, one per account at most.
    QList<ApiError> errors() const;

    // How many details to fetch at once: enough to be quick, few enough to be polite.
    static constexpr int MaxParallelDetails = 4;

public Q_SLOTS:
    // Reloads every account's invoice list, then their details.
    void refreshInvoices();
    // Moves this invoice's details to the front of the queue (the one on screen).
    void requestInvoiceDetails(const QString &accountId, const QString &invoiceId);

public:
    using DocumentCallback = std::function<void(const QByteArray &pdf, const ApiError &error)>;
    void fetchInvoiceDocument(const QString &accountId, const QString &invoiceId, QObject *context,
                              const DocumentCallback &done);

Q_SIGNALS:
    void invoicesAboutToBeReset();
    void invoicesReset();
    void invoiceChanged(int index);
    void loadingChanged(bool loading);
    // done/total requests of the current refresh, for the status bar.
    void progressChanged(int done, int total);
    void errorOccurred(const ApiError &error);
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

    void startList(const AccountEntry &entry, quint64 generation);
    void listFinished(const QString &accountId, quint64 generation, const QList<Invoice> &invoices, const ApiError &error);
    void pumpDetails();
    void detailFinished(const QString &accountId, const QString &invoiceId, quint64 generation, const Invoice &invoice, const ApiError &error);
    void requestStarted();
    void requestFinished();

    QList<AccountEntry> m_accounts;
    QList<Invoice> m_invoices;
    QList<DetailKey> m_detailQueue;
    QSet<QString> m_detailsInFlight;  // accountId + '/' + invoiceId
    QList<ApiError> m_errors;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_progressDone = 0;
    int m_progressTotal = 0;
};
