#pragma once

#include "widgets/unsavedchangesguard.h"

#include <QPointer>
#include <QWidget>

class AccountPicker;
class AccountRegistry;
class BillingProfileEditor;
class BillingProfileEditorBackend;
class PageReadiness;
class QLabel;

// An account's billing profile: who is invoiced, the VAT number and the means of payment, in a
// BillingProfileEditor bound to the picked account's BillingProfileEditorBackend. With several
// accounts that keep a profile, a picker chooses which.
class BillingProfilePage final : public QWidget, public UnsavedChangesGuard
{
    Q_OBJECT

public:
    explicit BillingProfilePage(AccountRegistry *accounts, QWidget *parent = nullptr);

    BillingProfileEditorBackend *editor() const;
    BillingProfileEditor *editorView() const;
    AccountPicker *accountPicker() const;
    PageReadiness *readiness() const;

    void refresh();

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    bool isSavingChanges() const override;
    void discardChanges() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildEditor();

    AccountPicker *m_picker;
    QPointer<BillingProfileEditorBackend> m_editor;
    QPointer<BillingProfileEditor> m_view;
    PageReadiness *m_readiness;
    bool m_started = false;

    QLabel *m_sourceLabel;
    QWidget *m_body;
};
