#pragma once

#include "skysqldemocatalog.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class QRandomGenerator;

// One metered quantity on a SkySQL invoice (node hours, storage GB, IOPS, throughput).
// Rates are kept in 1/10000 USD so they can show four decimals like the provider's, while
// every cost is an integer number of cents: totals then add up exactly, which the client's
// integer Money arithmetic and the integration tests rely on.
struct SkySqlDemoCharge final
{
    qint64 quantity = 0;
    qint64 rateE4 = 0;  // USD per rate unit, times 10 000
    QString unit;
    QString rateUnit;
    qint64 costCents = 0;

    static SkySqlDemoCharge metered(qint64 quantity, qint64 rateE4, const QString &unit,
                                    const QString &rateUnit);
    // A monthly quantity (GB, IOPS) held for usedDays of a daysInMonth month: the month
    // to date's storage. Equals metered() for a whole month.
    static SkySqlDemoCharge prorated(qint64 quantity, qint64 rateE4, const QString &unit,
                                     const QString &rateUnit, int usedDays, int daysInMonth);
};

struct SkySqlDemoNodeLine final
{
    QString size;  // "sky-4x16": vCPUs x GiB of memory
    int activeNodes = 0;
    SkySqlDemoCharge usage;  // quantity in hours
};

struct SkySqlDemoStorage final
{
    QString type;
    SkySqlDemoCharge capacity;  // GB
    SkySqlDemoCharge iops;
    SkySqlDemoCharge throughput;

    qint64 totalCostCents() const;
};

struct SkySqlDemoService final
{
    QString serviceId;
    QString name;
    QString instance;
    QString provider;
    QString region;
    QString tier;
    QString topology;
    QString arch;
};

struct SkySqlDemoServiceCharge final
{
    SkySqlDemoService service;
    QList<SkySqlDemoNodeLine> nodes;
    SkySqlDemoStorage storage;

    qint64 nodeCostCents() const;
    qint64 costCents() const;
    // The catalogue dimensions of the service's prices ("provider", "product", "topology",
    // "tier"); add "size" for compute, "volume_type" for storage.
    QMap<QString, QString> priceDimensions() const;
};

struct SkySqlDemoInvoice final
{
    QString id;          // "inv_2025_10_4f1c9a"
    QString period;      // "2025-10"
    QDate usageStartDate;  // first day of the period
    QDate usageEndDate;    // last day of the period
    QDate invoiceDate;     // first day of the following month
    QDate billDate;        // same as invoiceDate
    QDate dueDate;         // invoiceDate + 30 days
    QString status;      // "paid", "open" or "failed"
    qint64 scuConsumed = 0;
    qint64 scuRemaining = 0;
    QList<SkySqlDemoServiceCharge> services;

    qint64 amountCents() const;
};

// The usage summary of one month (GET /billing/v{1,2}/bills): the invoiced months and the
// current month to date. Its total is the month's invoice amount.
struct SkySqlDemoBill final
{
    QString id;  // "bill_2025_10"
    QString period;
    QDate usageStartDate;
    int usageDays = 0;  // the whole month, or the days so far for the month to date
    bool monthToDate = false;
    QString billingMode;  // "postpaid" (commit contract) or "prepaid" (credit contract)
    QList<SkySqlDemoServiceCharge> services;
    qint64 minComputeCommitCents = 0;
    qint64 unusedComputeCommitCents = 0;  // max(0, min commit - compute)
    qint64 unusedComputeCommitLedgerCents = 0;  // the contract's unused commit so far
    qint64 remainingCreditCents = 0;  // prepaid credit left after this month's drawdown
    qint64 scuConsumed = 0;

    qint64 computeCostCents() const;
    qint64 storageCostCents() const;
    qint64 totalCents() const;
};

struct SkySqlDemoCreditEntry final
{
    QString id;
    QString contractId;
    QDateTime createdAt;
    qint64 amountCents = 0;  // positive: credit added; negative: drawn
    int batch = 0;  // the purchase (or grant) the credit belongs to; drawn oldest first
    QString reason;
    QString type;  // "trial", "purchase", "usage", "adjustment"
};

struct SkySqlDemoCommitEntry final
{
    QString id;
    QString entitlementId;
    QDateTime createdAt;
    QString period;
    qint64 invoiceAmountCents = 0;
    qint64 minComputeCommitCents = 0;
    qint64 unusedComputeCommitCents = 0;
};

struct SkySqlDemoEntitlement final
{
    QString id;
    QString entitlementId;  // the kind: "min-compute-commit", "prepaid-credit", ...
    QString contractId;
    QDateTime createdAt;
    QDate startDate;
    QDate endDate;
    QJsonObject spec;
};

struct SkySqlDemoContract final
{
    QString id;
    QString billingMode;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDate executionDate;
    QDate startDate;
    QDate endDate;
    QDate renewalDate;
    QString renewalId;  // the contract that renewed this one, empty while none
    qint64 estimatedCommitCents = 0;
    qint64 estimatedValueCents = 0;
    QString integrationId;  // the CRM's opportunity
    bool marketingCollaborationDiscount = false;
    QString state;  // "expired", "active"
    QList<SkySqlDemoEntitlement> entitlements;
};

struct SkySqlDemoAccount final
{
    QString number;
    QString legalEntityIdentifier;
    QDate startDate;
    bool active = true;
    bool remittance = false;
    QString status;
    QString tier;
    QString paymentCollectionMethod;
    QString subscriptionStatus;
    qint64 trialCreditCents = 0;
    qint64 scuConsumedMtd = 0;
    qint64 scuRemainingMtd = 0;
};

// The demo organization's SkySQL billing history, generated from a reference date ("today")
// with a fixed seed: the same reference date and invoice count always give the same bytes,
// so tests and screenshots are reproducible, while a live demo still ends last month.
//
// By default the organization has one invoice a month for three years (longer than the two
// years a client that asks for "the last 24 months" sees). A large account (more than
// MaxHistoryMonths invoices) is an organization with several projects, each invoiced every
// month, going back five years: 2,000 invoices are 34 projects over 59 months, the oldest
// month holding the remainder (the account started with fewer projects).
class SkySqlDemoData final
{
public:
    static constexpr int DefaultInvoiceCount = 36;
    static constexpr int MaxHistoryMonths = 60;
    // The story, in months before the newest invoiced month (age 0): a postpaid commit
    // contract from the start, then a prepaid credit contract for the last PrepaidMonths
    // months that runs to today.
    static constexpr int PrepaidMonths = 6;
    static constexpr qint64 MinComputeCommitCents = 320000;
    static constexpr qint64 TrialCreditCents = 50000;
    static constexpr qint64 ScuHoursPerMonth = 16000;

    SkySqlDemoData();

    // Takes effect at the next generate(); at least 1.
    void setInvoiceCount(int count);
    int invoiceCount() const;
    // Months of invoiced history and invoices per month (projects), from the invoice count.
    int monthCount() const;
    int projectCount() const;

    void generate(const QDate &referenceDate);

    QDate referenceDate() const;
    QString organizationId() const;
    QString currency() const;
    QString currencySymbol() const;

    // Newest first, like the provider's list; within a month, by project.
    const QList<SkySqlDemoInvoice> &invoices() const;
    // nullptr when no invoice has that id.
    const SkySqlDemoInvoice *invoice(const QString &id) const;

    // The "as=resource" view: one entry per node, storage attributed to the first node of
    // the service; cents are split so the entries still add up to the service's cost.
    static QList<SkySqlDemoServiceCharge> splitByResource(const SkySqlDemoServiceCharge &charge);

    const SkySqlDemoCatalog &catalog() const;
    const SkySqlDemoAccount &account() const;
    // Oldest first; the last one is the month to date.
    const QList<SkySqlDemoBill> &bills() const;
    const SkySqlDemoBill *bill(const QString &period) const;
    const SkySqlDemoBill &monthToDateBill() const;
    // Oldest first.
    const QList<SkySqlDemoCreditEntry> &prepaidCreditLedger() const;
    const QList<SkySqlDemoCommitEntry> &postpaidCommitLedger() const;
    const QList<SkySqlDemoContract> &contracts() const;

    // The open invoices are paid and the next month is invoiced (each project's services as
    // in the newest month, new ids): what a client sees when it syncs a month later. Bills,
    // ledgers and contracts stay as generated. Returns the new invoices' ids.
    QStringList issueNextMonth();

private:
    void appendServices(QList<SkySqlDemoServiceCharge> *services, int month, int age,
                        int project, const QDate &start, int usageDays,
                        QRandomGenerator &random) const;
    qint64 rateE4(const QString &meterId, const QMap<QString, QString> &dimensions,
                  qint64 quantity) const;
    int prepaidFromMonth() const;
    void generateContracts();
    void generateBillsAndLedgers(const QList<QList<SkySqlDemoInvoice>> &byMonth);
    void indexInvoices();

    SkySqlDemoCatalog m_catalog;
    QDate m_referenceDate;
    int m_invoiceCount = DefaultInvoiceCount;
    QList<SkySqlDemoInvoice> m_invoices;
    QHash<QString, qsizetype> m_invoiceIndex;  // id -> position in m_invoices
    SkySqlDemoAccount m_account;
    QList<SkySqlDemoBill> m_bills;
    QList<SkySqlDemoCreditEntry> m_creditLedger;
    QList<SkySqlDemoCommitEntry> m_commitLedger;
    QList<SkySqlDemoContract> m_contracts;
};
