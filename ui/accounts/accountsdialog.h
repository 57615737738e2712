#pragma once

#include "domain/account.h"

#include <QDialog>

#include <functional>

class AccountForm;
class AccountFormBackend;
class AccountManager;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

// Accounts: the list (name, provider, "demo" badge) with Add / Edit / Rename / Remove, and the
// editor form. Saving and removing go through AccountManager (settings, keychain, connection).
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asks a yes/no question; the default shows a QMessageBox. Tests answer without a box.
    using Confirm = std::function<bool(const QString &title, const QString &text, const QString &yes)>;
    using AskName = std::function<bool(const QString &current, QString *name)>;

    AccountsDialog(AccountManager *manager, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Opens straight on an empty form (the first-run screen's "Add an account").
    void startAdding();
    void startEditing(const QString &accountId);

    void setConfirm(const Confirm &confirm);
    void setAskName(const AskName &askName);

    QListWidget *accountList() const;
    AccountForm *form() const;
    AccountFormBackend *formBackend() const;
    QPushButton *addButton() const;
    QPushButton *editButton() const;
    QPushButton *renameButton() const;
    QPushButton *removeButton() const;
    QPushButton *saveButton() const;
    bool isEditing() const;
    // The last save/remove failure, as shown under the form.
    QString statusText() const;

Q_SIGNALS:
    // After an account was saved (the window refreshes its pages).
    void accountSaved(const QString &accountId);

private:
    void reloadList();
    void updateButtons();
    QString selectedAccountId() const;
    Account selectedAccount() const;
    void showList();
    void save();
    void saved(const QString &accountId);
    void renameSelected();
    void removeSelected();
    void setStatus(const QString &text, bool error);

    AccountManager *m_manager;
    AccountFormBackend *m_backend;
    QStackedWidget *m_stack;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QLabel *m_formTitle;
    AccountForm *m_form;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_cancel;
    Confirm m_confirm;
    AskName m_askName;
    bool m_saving = false;
};
