#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class QRandomGenerator;

// One line of a Scalingo invoice's `items`: one per application (its containers and
// addons), plus negative lines for credits (vouchers, referrals) used on that invoice.
struct ScalingoDemoInvoiceItem final
{
    QString id;
    QString label;
    qint64 priceCents = 0;
};

// One line of `detailed_items`: a process type or an addon of one application. For every
// application, its detailed items add up to its line in `items`.
struct ScalingoDemoDetailedItem final
{
    QString id;
    QString label;
    qint64 priceCents = 0;
    QString app;
    qint64 durationSeconds = 0;  // how long the resource ran during the month
};

struct ScalingoDemoInvoice final
{
    QString id;             // UUID
    QString invoiceNumber;  // "SC-2024-10-0042"
    QDate billingMonth;     // first day of the billed month
    QDateTime createdAt;    // issued on the 1st of the following month
    QString state;          // "new", "paid" or "failed"
    int vatRatePerMille = 200;
    QList<ScalingoDemoInvoiceItem> items;
    QList<ScalingoDemoDetailedItem> detailedItems;

    qint64 totalPriceCents() const;         // sum of the items
    qint64 vatCents() const;                // rounded half away from zero, once
    qint64 totalPriceWithVatCents() const;  // total + VAT
};

struct ScalingoDemoBillingOperation final
{
    QString id;
    QDateTime createdAt;
    // Always >= 0: `source` says which way the money went. Euros with cents on the wire.
    qint64 amountCents = 0;
    QString source;       // "invoicing", "payment", "credit" or "refund"
    QString description;  // "Invoice for August 2016", "Payment of invoice SC-...", ...
    QString invoiceId;    // empty (null on the wire) for credits
};

// The demo Scalingo account, its billing profile and (by default) 30 months of invoices and
// billing operations, generated from a reference date with a fixed seed: the same reference
// date and sizes always give the same data. A large account has more months of invoices (one
// a month, as Scalingo invoices an account) and, when asked for more billing operations than
// its invoices make, prepaid credit top-ups spread over its history fill the difference.
class ScalingoDemoData final
{
public:
    static constexpr int DefaultInvoiceCount = 30;

    struct PaymentCard final
    {
        QString id;
        QString last4;
        QString expiry;  // "MM/YYYY"
        QString brand;
        QString name;
    };

    struct BillingProfile final
    {
        QString id;  // 24 hex digits, like the provider's
        QString name;
        QString email;
        QString addressLine1;
        QString addressLine2;
        QString addressCity;
        QString addressZip;
        QString addressState;  // empty: null on the wire
        QString addressCountry;
        QString vatNumber;
        QString invoiceAdditionalInfo;
        QString company;
        qint64 creditCents = 0;
        PaymentCard card;
    };

    ScalingoDemoData();

    // Both take effect at the next generate(). An operation count of 0 keeps the operations
    // the invoices make; a larger one adds credit top-ups, a smaller one keeps the newest.
    void setInvoiceCount(int count);
    int invoiceCount() const;
    void setOperationCount(int count);
    int operationCount() const;

    void generate(const QDate &referenceDate);

    QDate referenceDate() const;
    QString userId() const;      // "us-..." like the provider's user ids
    QString currency() const;    // EUR
    BillingProfile initialBillingProfile() const;

    // Newest first, like the provider's lists.
    const QList<ScalingoDemoInvoice> &invoices() const;
    const QList<ScalingoDemoBillingOperation> &billingOperations() const;
    // nullptr when no invoice has that id.
    const ScalingoDemoInvoice *invoice(const QString &id) const;

    // New operations, after the newest one: prepaid credit top-ups. Returns their ids,
    // newest first.
    QStringList addOperations(int count);
    // The newest invoice is paid (with its payment operation) and the next month invoiced
    // (the same lines, new ids, with its invoicing operation). Returns the new invoice's id.
    QString issueNextMonth();

private:
    void addCreditTopUps(int count, const QDateTime &from, const QDateTime &to,
                         QRandomGenerator &random, QList<ScalingoDemoBillingOperation> *into) const;
    void indexInvoices();

    int m_invoiceCount = DefaultInvoiceCount;
    int m_operationCount = 0;
    QDate m_referenceDate;
    QString m_userId;
    BillingProfile m_profile;
    QList<ScalingoDemoInvoice> m_invoices;
    QHash<QString, qsizetype> m_invoiceIndex;  // id -> position in m_invoices
    QList<ScalingoDemoBillingOperation> m_operations;
    int m_addedOperations = 0;  // serial of the top-ups addOperations() made
};
