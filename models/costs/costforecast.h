#pragma once

#include "api/apierror.h"
#include "costs/costtrend.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class AccountRegistry;
class InvoiceRepository;

// The current month's forecast per shown account. SkySQL says what the month cost so far
// (its bill for the month in progress), which is scaled to the whole month; Scalingo has no
// month-to-date figure, so its forecast is the moving average of the last complete months.
class CostForecaster final : public QObject
{
    Q_OBJECT

public:
    CostForecaster(AccountRegistry *accounts, InvoiceRepository *repository, QObject *parent = nullptr);

    // "Today"; invalid = the system date.
    void setReferenceDate(const QDate &date);
    QDate currentMonth() const;

    // Nothing while a bill is loading, when it failed, or without enough history.
    std::optional<CostTrend::Forecast> forecast(const QString &accountId) const;
    bool isLoading() const;
    // The failures of the last refresh, one per account at most.
    QList<ApiError> errors() const;

public Q_SLOTS:
    // Reads the month-to-date bills of the shown SkySQL accounts again.
    void refresh();

Q_SIGNALS:
    void changed();
    void loadingChanged(bool loading);

private:
    void billFinished(const QString &accountId, quint64 generation, const std::optional<Money> &forecast,
                      const ApiError &error);

    AccountRegistry *m_accounts;
    InvoiceRepository *m_repository;
    QDate m_referenceDate;
    QHash<QString, Money> m_monthToDate;  // account id → forecast from its bill
    QHash<QString, ApiError> m_errors;
    quint64 m_generation = 0;
    int m_pending = 0;
};
