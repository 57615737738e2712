#pragma once

#include "accounts/capabilities.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class AccountConnection;
class AccountRegistry;
class QComboBox;

// "Account: [Production ▾]" on a page that works on one account at a time (an editor, the price
// catalogue): it lists the shown accounts that offer the page's capability, and is there while
// the window shows several accounts. The page binds to currentConnection().
class AccountPicker final : public QWidget
{
    Q_OBJECT

public:
    AccountPicker(AccountRegistry *accounts, Capability capability, QWidget *parent = nullptr);

    AccountConnection *currentConnection() const;
    QComboBox *comboBox() const;
    // Asked before the user's choice replaces the current account (unsaved changes); false keeps
    // the current one.
    void setLeaveCheck(const std::function<bool()> &mayLeave);

Q_SIGNALS:
    // Another account (or none) is now current.
    void currentConnectionChanged();

private:
    void fill();
    void onActivated(int index);

    AccountRegistry *m_accounts;
    Capability m_capability;
    std::function<bool()> m_mayLeave;
    QPointer<AccountConnection> m_current;
    QComboBox *m_combo;
};
