#include "accounts/accountsdialog.h"

#include "accounts/accountform.h"
#include "accounts/accountformbackend.h"
#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "store/accountstore.h"
#include "widgets/themecolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace
{
constexpr int AccountIdRole = Qt::UserRole + 1;

QWidget *createAccountRow(const Account &account, const QString &note, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *name = new QLabel(account.displayName, row);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    QString details = providerDisplayName(account.provider);
    if (!account.apiUrl.isEmpty())
        details += QStringLiteral(" · ") + account.apiUrl.host();
    if (!note.isEmpty())
        details += QStringLiteral(" · ") + note;
    auto *provider = new QLabel(details, row);
    ThemeColors::setMutedText(provider);
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(name);
    text->addWidget(provider);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(text, 1);
    if (account.isDemo) {
        auto *badge = new QLabel(AccountsDialog::tr("DEMO"), row);
        badge->setObjectName(QStringLiteral("demoBadge"));
        ThemeColors::setStyleSheet(badge, [](const QPalette &palette) { return ThemeColors::badgeStyle(palette); });
        layout->addWidget(badge, 0, Qt::AlignVCenter);
    }
    return row;
}
}

AccountsDialog::AccountsDialog(AccountManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_backend(new AccountFormBackend(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_formTitle(new QLabel(this))
    , m_form(new AccountForm(m_backend, manager->registry()->network(), this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Back"), this))
{
    setWindowTitle(tr("Accounts"));
    resize(620, 460);

    m_confirm = [this](const QString &title, const QString &text, const QString &yes) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
        QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
    m_askName = [this](const QString &current, QString *name) {
        bool ok = false;
        *name = QInputDialog::getText(this, tr("Rename account"), tr("New name:"), QLineEdit::Normal, current, &ok);
        return ok;
    };

    // The list.
    auto *listPage = new QWidget(this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    m_list->setAccessibleName(tr("Accounts"));
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, listPage);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *intro = new QLabel(tr("The SkySQL and Scalingo accounts Billdeck shows. Keys and tokens are kept in the "
                                "system keychain."), listPage);
    intro->setWordWrap(true);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(intro);
    listLayout->addLayout(listRow, 1);
    listLayout->addWidget(close);

    // The editor.
    auto *editorPage = new QWidget(this);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_formTitle->setFont(titleFont);
    m_status->setWordWrap(true);
    m_status->hide();
    m_save->setDefault(true);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_cancel);
    editorButtons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_formTitle);
    editorLayout->addSpacing(6);
    editorLayout->addWidget(m_form);
    editorLayout->addStretch(1);
    editorLayout->addWidget(m_status);
    editorLayout->addLayout(editorButtons);

    m_stack->addWidget(listPage);
    m_stack->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            startEditing(selectedAccountId());
    });
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::startAdding);
    connect(m_edit, &QPushButton::clicked, this, [this] { startEditing(selectedAccountId()); });
    connect(m_rename, &QPushButton::clicked, this, &AccountsDialog::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_backend->cancelTest();
        showList();
    });
    connect(m_backend, &AccountFormBackend::validChanged, this, &AccountsDialog::updateButtons);
    connect(m_backend, &AccountFormBackend::dirtyChanged, this, &AccountsDialog::updateButtons);
    connect(m_manager, &AccountManager::accountsChanged, this, &AccountsDialog::reloadList);
    connect(m_manager->registry(), &AccountRegistry::accountAdded, this, &AccountsDialog::reloadList);
    connect(m_manager->registry(), &AccountRegistry::accountRemoved, this, &AccountsDialog::reloadList);

    reloadList();
    showList();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setConfirm(const Confirm &confirm)
{
    m_confirm = confirm;
}

void AccountsDialog::setAskName(const AskName &askName)
{
    m_askName = askName;
}

void AccountsDialog::reloadList()
{
    const QString selected = selectedAccountId();
    m_list->clear();
    const QList<Account> accounts = m_manager->accounts();
    for (const Account &account : accounts) {
        QString note;
        if (m_manager->isSessionOnly(account.id))
            note = tr("key kept for this session only");
        else if (!m_manager->registry()->connection(account.id))
            note = tr("not connected");
        else if (!m_manager->store()->contains(account.id) && !account.isDemo)
            note = tr("from the command line");
        auto *item = new QListWidgetItem(m_list);
        item->setData(AccountIdRole, account.id);
        item->setData(Qt::AccessibleTextRole, account.displayName);
        QWidget *row = createAccountRow(account, note, m_list);
        item->setSizeHint(row->sizeHint());
        m_list->setItemWidget(item, row);
        if (account.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString AccountsDialog::selectedAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(AccountIdRole).toString() : QString();
}

Account AccountsDialog::selectedAccount() const
{
    const QString id = selectedAccountId();
    const QList<Account> accounts = m_manager->accounts();
    for (const Account &account : accounts) {
        if (account.id == id)
            return account;
    }
    return Account();
}

void AccountsDialog::updateButtons()
{
    const QString id = selectedAccountId();
    // Demo and command-line accounts live for this run only: nothing to edit or rename.
    const bool saved = !id.isEmpty() && m_manager->store()->contains(id);
    m_edit->setEnabled(saved);
    m_rename->setEnabled(saved);
    m_remove->setEnabled(!id.isEmpty());
    m_save->setEnabled(!m_saving && m_backend->isValid() && (m_backend->isDirty() || m_backend->accountId().isEmpty()));
}

void AccountsDialog::showList()
{
    m_stack->setCurrentIndex(0);
    m_status->hide();
    updateButtons();
}

bool AccountsDialog::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void AccountsDialog::startAdding()
{
    m_backend->cancelTest();
    m_backend->setExistingAccounts(m_manager->accounts());
    m_backend->clear();
    m_formTitle->setText(tr("Add an account"));
    m_status->hide();
    m_stack->setCurrentIndex(1);
    m_form->displayNameEdit()->setFocus();
    updateButtons();
}

void AccountsDialog::startEditing(const QString &accountId)
{
    const Account account = m_manager->store()->account(accountId);
    if (account.id.isEmpty())
        return;
    m_backend->cancelTest();
    m_backend->setExistingAccounts(m_manager->accounts());
    m_backend->loadFrom(account, QString());
    m_formTitle->setText(tr("Edit “%1”").arg(account.displayName));
    m_status->hide();
    m_stack->setCurrentIndex(1);
    updateButtons();
    m_manager->readSecret(accountId, this, [this, account](const QString &secret, const SecretStoreError &error) {
        if (m_backend->accountId() != account.id)
            return;
        m_backend->loadFrom(account, secret);
        if (error.isError() && error.kind != SecretStoreError::Kind::NotFound)
            setStatus(error.message, true);
        else if (secret.isEmpty())
            setStatus(tr("The key is not in the keychain; enter it again."), true);
        updateButtons();
    });
}

void AccountsDialog::save()
{
    if (!m_backend->validate() || m_saving)
        return;
    m_saving = true;
    updateButtons();
    setStatus(tr("Saving…"), false);
    const Account account = m_backend->account();
    const QString secret = m_backend->secret();
    m_manager->save(account, secret, AccountManager::SecretLocation::Keychain, this,
                    [this, account, secret](const QString &accountId, const SecretStoreError &error) {
        if (!error.isError()) {
            saved(accountId);
            return;
        }
        if (error.kind != SecretStoreError::Kind::NoKeychain) {
            m_saving = false;
            setStatus(tr("The account was not saved: %1").arg(error.message), true);
            updateButtons();
            return;
        }
        const bool keep = m_confirm(tr("No keychain"),
                                    tr("No keychain is available on this system, so Billdeck cannot store the key "
                                       "safely. Keep it for this session only?"),
                                    tr("Keep for this session"));
        if (!keep) {
            m_saving = false;
            setStatus(tr("Not saved: no keychain is available."), true);
            updateButtons();
            return;
        }
        m_manager->save(account, secret, AccountManager::SecretLocation::SessionOnly, this,
                        [this](const QString &sessionAccountId, const SecretStoreError &sessionError) {
            if (!sessionError.isError()) {
                saved(sessionAccountId);
                return;
            }
            m_saving = false;
            setStatus(tr("The account was not saved: %1").arg(sessionError.message), true);
            updateButtons();
        });
    });
}

void AccountsDialog::saved(const QString &accountId)
{
    m_saving = false;
    m_backend->markSaved(accountId);
    reloadList();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(AccountIdRole).toString() == accountId)
            m_list->setCurrentRow(row);
    }
    showList();
    Q_EMIT accountSaved(accountId);
}

void AccountsDialog::renameSelected()
{
    const Account account = selectedAccount();
    if (account.id.isEmpty())
        return;
    QString name;
    if (!m_askName(account.displayName, &name))
        return;
    if (!m_manager->rename(account.id, name))
        QMessageBox::warning(this, tr("Rename account"), m_manager->errorString());
}

void AccountsDialog::removeSelected()
{
    const Account account = selectedAccount();
    if (account.id.isEmpty())
        return;
    const QString text = m_manager->store()->contains(account.id)
        ? tr("Remove “%1”? Its settings and its key in the keychain are deleted.").arg(account.displayName)
        : tr("Remove “%1” from this session?").arg(account.displayName);
    if (!m_confirm(tr("Remove account"), text, tr("Remove")))
        return;
    m_manager->remove(account.id, this, [this](const SecretStoreError &error) {
        if (error.isError())
            QMessageBox::warning(this, tr("Remove account"), error.message);
    });
}

void AccountsDialog::setStatus(const QString &text, bool error)
{
    if (error)
        ThemeColors::setTextTone(m_status, ThemeColors::Tone::Negative);
    else
        ThemeColors::setMutedText(m_status);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QListWidget *AccountsDialog::accountList() const { return m_list; }
AccountForm *AccountsDialog::form() const { return m_form; }
AccountFormBackend *AccountsDialog::formBackend() const { return m_backend; }
QPushButton *AccountsDialog::addButton() const { return m_add; }
QPushButton *AccountsDialog::editButton() const { return m_edit; }
QPushButton *AccountsDialog::renameButton() const { return m_rename; }
QPushButton *AccountsDialog::removeButton() const { return m_remove; }
QPushButton *AccountsDialog::saveButton() const { return m_save; }
QString AccountsDialog::statusText() const { return m_status->isVisible() ? m_status->text() : QString(); }
