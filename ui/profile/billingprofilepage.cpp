#include "profile/billingprofilepage.h"

#include "accounts/accountregistry.h"
#include "profile/billingprofileeditor.h"
#include "profile/billingprofileeditorbackend.h"
#include "profile/billingprofileformbackend.h"
#include "widgets/accountpicker.h"
#include "widgets/pagereadiness.h"

#include <QLabel>
#include <QVBoxLayout>

BillingProfilePage::BillingProfilePage(AccountRegistry *accounts, QWidget *parent)
    : QWidget(parent)
    , m_picker(new AccountPicker(accounts, Capability::BillingProfile, this))
    , m_readiness(new PageReadiness(QStringLiteral("profile"), this))
    , m_sourceLabel(new QLabel(this))
    , m_body(new QWidget(this))
{
    auto *title = new QLabel(tr("Billing profile"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_sourceLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_sourceLabel->setWordWrap(true);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(title);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_picker);
    layout->addSpacing(6);
    layout->addWidget(m_body, 1);

    m_picker->setLeaveCheck([this] { return confirmLeavingChanges(this, this); });
    connect(m_picker, &AccountPicker::currentConnectionChanged, this, &BillingProfilePage::rebuildEditor);
    rebuildEditor();
}

BillingProfileEditorBackend *BillingProfilePage::editor() const
{
    return m_editor;
}

BillingProfileEditor *BillingProfilePage::editorView() const
{
    return m_view;
}

AccountPicker *BillingProfilePage::accountPicker() const
{
    return m_picker;
}

PageReadiness *BillingProfilePage::readiness() const
{
    return m_readiness;
}

void BillingProfilePage::rebuildEditor()
{
    AccountConnection *source = m_picker->currentConnection();
    BillingProfileEditorBackend *editor = source ? source->billingProfile() : nullptr;
    if (editor && editor == m_editor)
        return;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    // The editor stays with its account, with its data and any edit; only the view goes.
    delete m_view.data();
    m_editor = editor;
    if (!editor) {
        m_sourceLabel->setText(tr("Show an account with a billing profile to edit it."));
        m_readiness->setReady();
        return;
    }
    m_sourceLabel->setText(tr("Who %1 invoices, and how it is paid.").arg(source->account().displayName));
    m_view = new BillingProfileEditor(editor, m_body);
    m_body->layout()->addWidget(m_view);
    connect(editor, &BillingProfileEditorBackend::refreshed, this, [this] { m_readiness->setReady(); });
    connect(editor, &BillingProfileEditorBackend::failed, this,
            [this](BillingProfileEditorBackend::Operation operation, const ApiError &error) {
                if (operation == BillingProfileEditorBackend::Operation::Refresh && !m_editor->hasLoaded())
                    m_readiness->setFailed(error.message());
            });
    if (editor->hasLoaded()) {
        m_readiness->setReady();
        return;
    }
    m_readiness->setLoading();
    if (m_started)
        refresh();
}

void BillingProfilePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void BillingProfilePage::refresh()
{
    m_started = true;
    if (m_editor)
        m_editor->refresh();
}

bool BillingProfilePage::hasUnsavedChanges() const
{
    return m_editor && m_editor->form()->isDirty();
}

bool BillingProfilePage::saveChanges()
{
    return m_editor && m_editor->save();
}

bool BillingProfilePage::isSavingChanges() const
{
    return m_editor && m_editor->isBusy();
}

void BillingProfilePage::discardChanges()
{
    if (m_editor)
        m_editor->form()->revert();
}
