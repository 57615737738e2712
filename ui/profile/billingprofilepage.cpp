#include "profile/billingprofilepage.h"

#include "accounts/accountconnection.h"
#include "profile/billingprofileeditor.h"
#include "profile/billingprofileeditorbackend.h"
#include "profile/billingprofileformbackend.h"

#include <QLabel>
#include <QVBoxLayout>

BillingProfilePage::BillingProfilePage(AccountRegistry *accounts, QWidget *parent)
    : EditorPage(QStringLiteral("profile"), tr("Billing profile"), accounts, Capability::BillingProfile, parent)
{
    contentLayout()->addStretch(1);
    bindPickedAccount();
}

BillingProfileEditorBackend *BillingProfilePage::editor() const
{
    return m_editor;
}

EditorBackend *BillingProfilePage::editorOf(AccountConnection *source) const
{
    return source->billingProfile();
}

void BillingProfilePage::bindEditor(AccountConnection *source)
{
    // The editor stays with its account, with its data and any edit; only the view goes.
    delete m_view.data();
    m_editor = source ? source->billingProfile() : nullptr;
    if (!m_editor) {
        sourceLabel()->setText(tr("Show an account with a billing profile to edit it."));
        return;
    }
    sourceLabel()->setText(tr("Who %1 invoices, and how it is paid.").arg(source->account().displayName));
    setEditedForm(m_editor->form());
    m_view = new BillingProfileEditor(m_editor, this);
    // Above the stretch that keeps the card at the top.
    contentLayout()->insertWidget(contentLayout()->count() - 1, m_view);
}
