#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

// What a contract entitles the organization to. `spec` is the provider's free-form JSON
// (commit levels, discounts, SCU grants...), kept as is so nothing is lost and shown raw.
struct Entitlement {
    QString id;
    QString entitlementId;
    QString contractId;
    QDate startDate;
    QString startDateText;
    QDate endDate;
    QString endDateText;
    QDateTime createdAt;
    QJsonValue spec;
};

struct Contract {
    QString id;
    QString organizationId;
    QString currency;
    QString billingMode;     // "prepaid", "postpaid"...
    QString state;
    QString integrationId;   // the contract in the provider's CRM
    QString renewalId;
    QDate startDate;
    QString startDateText;
    QDate endDate;
    QString endDateText;
    QDate executionDate;
    QDate renewalDate;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    Money estimatedContractCommit;  // in `currency`
    Money estimatedContractValue;
    bool marketingCollaborationDiscount = false;
    QList<Entitlement> entitlements;
};

Q_DECLARE_METATYPE(Contract)
