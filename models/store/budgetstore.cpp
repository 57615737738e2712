#include "store/budgetstore.h"

#include <QRegularExpression>
#include <QSettings>

namespace
{
QString groupOf(const QString &accountId)
{
    // Account ids are ours (QUuid or "demo"), but a slash would open a sub-group.
    return QStringLiteral("budgets/") + QString(accountId).replace(QLatin1Char('/'), QLatin1Char('_'));
}

bool isCurrencyCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    return code.match(text).hasMatch();
}
}

BudgetStore::BudgetStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

std::optional<Money> BudgetStore::budget(const QString &accountId) const
{
    m_settings->beginGroup(groupOf(accountId));
    bool ok = false;
    const qint64 minorUnits = m_settings->value(QStringLiteral("minorUnits")).toLongLong(&ok);
    const QString currency = m_settings->value(QStringLiteral("currency")).toString();
    m_settings->endGroup();
    if (!ok || minorUnits < 0 || !isCurrencyCode(currency))
        return std::nullopt;
    return Money(minorUnits, currency);
}

bool BudgetStore::setBudget(const QString &accountId, const Money &budget)
{
    if (accountId.isEmpty() || budget.minorUnits() < 0 || !isCurrencyCode(budget.currency()))
        return false;
    m_settings->beginGroup(groupOf(accountId));
    m_settings->setValue(QStringLiteral("minorUnits"), budget.minorUnits());
    m_settings->setValue(QStringLiteral("currency"), budget.currency());
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT budgetChanged(accountId);
    return true;
}

void BudgetStore::clearBudget(const QString &accountId)
{
    m_settings->remove(groupOf(accountId));
    m_settings->sync();
    Q_EMIT budgetChanged(accountId);
}
