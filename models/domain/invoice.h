#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

enum class InvoiceStatus {
    Unknown,
    Paid,
    Open,
    Overdue,
    Failed,
};

// Maps the providers' words ("paid", "PAID", "unpaid", "past_due", "new", "failed"...).
InvoiceStatus invoiceStatusFromString(const QString &text);
QString invoiceStatusKey(InvoiceStatus status);  // "paid", "open"... for export

// One priced line of an invoice: a node line, a storage line, its IOPS or throughput, or a
// provider item. Rates are shown, never summed, so they keep the provider's precision.
struct InvoiceLine {
    enum class Kind { Nodes, Storage, Iops, Throughput, Item };
    Kind kind = Kind::Item;
    QString description;
    QString size;         // node size ("sky-4x16") or storage type ("gp3")
    int activeNodes = 0;
    double quantity = 0;
    QString unit;         // "hours", "GB", "IOPS"...
    double rate = 0;
    QString rateUnit;     // "USD/hour"...
    Money cost;

    bool operator==(const InvoiceLine &other) const;
};

// What one service (a database, an app) cost on an invoice.
struct InvoiceService {
    QString serviceId;
    QString name;
    QString provider;     // cloud provider: aws, gcp, azure
    QString region;
    QString topology;
    QString tier;
    QString instance;
    QString arch;
    Money cost;
    Money nodeCost;
    Money storageCost;
    QList<InvoiceLine> lines;

    bool operator==(const InvoiceService &other) const;
};

struct Invoice {
    QString accountId;    // which Billdeck account the invoice belongs to
    QString id;
    QString number;       // shown to people; falls back to id where a provider has none
    QString organizationId;
    QDate date;
    QDate dueDate;
    QString period;       // "2025-10"
    QDate periodStart;
    QDate periodEnd;
    Money amount;         // what is paid, taxes included
    // Scalingo states the total before VAT and the rate; the VAT itself is
    // amount - amountExcludingVat, integer cents, never recomputed from the rate.
    std::optional<Money> amountExcludingVat;
    int vatRatePerMille = -1;  // 200 = 20 %; -1 when the provider does not say
    InvoiceStatus status = InvoiceStatus::Unknown;
    QString pdfUrl;  // the provider's text; a QUrl is built only where the link is used
    bool hasDetails = false;  // services below were loaded from the detail endpoint
    QList<InvoiceService> services;
    // Invoice-wide lines not tied to one service (Scalingo "items": plans, credits, which
    // may be negative).
    QList<InvoiceLine> lines;

    // Every field: a refresh that brings the same invoice changes nothing on screen.
    bool operator==(const Invoice &other) const;
};

Q_DECLARE_METATYPE(Invoice)
