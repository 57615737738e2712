#pragma once

#include "money.h"

#include <QObject>
#include <QString>

#include <optional>

class QSettings;

// A monthly budget per account, kept in the QSettings the caller gives (group "budgets/<id>":
// the amount in minor units and its currency). Amounts only, never a secret.
class BudgetStore final : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the store.
    explicit BudgetStore(QSettings *settings, QObject *parent = nullptr);

    // Nothing when the account has no budget (or the entry cannot be read).
    std::optional<Money> budget(const QString &accountId) const;
    // A negative or currency-less amount is refused (false); budgets are spending ceilings.
    bool setBudget(const QString &accountId, const Money &budget);
    void clearBudget(const QString &accountId);

Q_SIGNALS:
    void budgetChanged(const QString &accountId);

private:
    QSettings *m_settings;
};
