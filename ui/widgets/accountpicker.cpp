#include "widgets/accountpicker.h"

#include "accounts/accountregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

AccountPicker::AccountPicker(AccountRegistry *accounts, Capability capability, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_capability(capability)
    , m_combo(new QComboBox(this))
{
    auto *label = new QLabel(tr("&Account:"), this);
    label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addStretch(1);

    connect(m_combo, &QComboBox::activated, this, &AccountPicker::onActivated);
    connect(m_accounts, &AccountRegistry::shownAccountsChanged, this, &AccountPicker::fill);
    connect(m_accounts, &AccountRegistry::accountAdded, this, &AccountPicker::fill);
    connect(m_accounts, &AccountRegistry::accountRemoved, this, &AccountPicker::fill);
    fill();
}

AccountConnection *AccountPicker::currentConnection() const
{
    return m_current;
}

QComboBox *AccountPicker::comboBox() const
{
    return m_combo;
}

void AccountPicker::setLeaveCheck(const std::function<bool()> &mayLeave)
{
    m_mayLeave = mayLeave;
}

void AccountPicker::fill()
{
    const QList<AccountConnection *> offering = m_accounts->shownConnectionsOffering(m_capability);
    AccountConnection *previous = m_current;
    // The current account stays current while it is still offered; otherwise the first one.
    AccountConnection *current = offering.contains(previous) ? previous : offering.value(0);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (AccountConnection *connection : offering)
            m_combo->addItem(connection->account().displayName, connection->account().id);
        m_combo->setCurrentIndex(static_cast<int>(offering.indexOf(current)));
    }
    // With several accounts shown, the page says which one it works on, even when only one
    // offers what the page needs; with one account shown, there is nothing to tell apart.
    setVisible(m_accounts->shownConnections().size() > 1 && !offering.isEmpty());
    m_combo->setEnabled(offering.size() > 1);
    m_current = current;
    if (current != previous)
        Q_EMIT currentConnectionChanged();
}

void AccountPicker::onActivated(int index)
{
    AccountConnection *chosen = m_accounts->connection(m_combo->itemData(index).toString());
    if (chosen == m_current)
        return;
    if (m_mayLeave && !m_mayLeave()) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_current ? m_combo->findData(m_current->account().id) : -1);
        return;
    }
    m_current = chosen;
    Q_EMIT currentConnectionChanged();
}
