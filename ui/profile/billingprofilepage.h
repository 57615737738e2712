#pragma once

#include "widgets/editorpage.h"

#include <QPointer>

class AccountRegistry;
class BillingProfileEditor;
class BillingProfileEditorBackend;

// An account's billing profile: who is invoiced, the VAT number and the means of payment, in a
// BillingProfileEditor bound to the picked account's BillingProfileEditorBackend. With several
// accounts that keep a profile, a picker chooses which.
class BillingProfilePage final : public EditorPage
{
    Q_OBJECT

public:
    explicit BillingProfilePage(AccountRegistry *accounts, QWidget *parent = nullptr);

    BillingProfileEditorBackend *editor() const;

protected:
    EditorBackend *editorOf(AccountConnection *source) const override;
    void bindEditor(AccountConnection *source) override;

private:
    QPointer<BillingProfileEditorBackend> m_editor;
    QPointer<BillingProfileEditor> m_view;
};
