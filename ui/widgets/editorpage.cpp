#include "widgets/editorpage.h"

#include "accounts/accountconnection.h"
#include "forms/editorbackend.h"
#include "forms/formbackend.h"
#include "widgets/accountpicker.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QLabel>
#include <QVBoxLayout>

EditorPage::EditorPage(const QString &pageKey, const QString &title, AccountRegistry *accounts, Capability capability,
                       QWidget *parent)
    : QWidget(parent)
    , m_picker(new AccountPicker(accounts, capability, this))
    , m_readiness(new PageReadiness(pageKey, this))
    , m_banner(new ErrorBanner(this))
    , m_sourceLabel(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    ThemeColors::setMutedText(m_sourceLabel);
    m_sourceLabel->setWordWrap(true);
    m_banner->hide();

    m_layout->setContentsMargins(20, 16, 20, 12);
    m_layout->addWidget(titleLabel);
    m_layout->addWidget(m_sourceLabel);
    m_layout->addWidget(m_picker);
    m_layout->addSpacing(6);
    m_layout->addWidget(m_banner);

    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_editor)
            m_editor->retry();
    });
    m_picker->setLeaveCheck([this] { return confirmLeavingChanges(this, this); });
    connect(m_picker, &AccountPicker::currentConnectionChanged, this, &EditorPage::bindPickedAccount);
}

EditorPage::~EditorPage() = default;

AccountPicker *EditorPage::accountPicker() const
{
    return m_picker;
}

PageReadiness *EditorPage::readiness() const
{
    return m_readiness;
}

ErrorBanner *EditorPage::errorBanner() const
{
    return m_banner;
}

QLabel *EditorPage::sourceLabel() const
{
    return m_sourceLabel;
}

QVBoxLayout *EditorPage::contentLayout() const
{
    return m_layout;
}

void EditorPage::setEditedForm(FormBackend *form)
{
    m_form = form;
}

void EditorPage::bindPickedAccount()
{
    AccountConnection *source = m_picker->currentConnection();
    EditorBackend *editor = source ? editorOf(source) : nullptr;
    if (editor && editor == m_editor)
        return;
    if (m_editor) {
        // The editor stays with its account, with its data and any edit; this page lets go of it.
        disconnect(m_editor, nullptr, this, nullptr);
        if (m_form)
            disconnect(m_form, nullptr, this, nullptr);
    }
    m_editor = editor;
    m_form = nullptr;
    m_banner->dismiss();
    m_banner->hide();
    // Nothing to load, unless the page reads something else for this account.
    if (!editor)
        m_readiness->setReady();
    bindEditor(source);
    if (!editor)
        return;
    connect(editor, &EditorBackend::refreshed, this, [this] {
        updateState();
        m_readiness->setReady();
    });
    connect(editor, &EditorBackend::failureRecorded, this, &EditorPage::showFailure);
    connect(editor, &EditorBackend::failureCleared, this, [this] {
        m_banner->dismiss();
        m_banner->hide();
    });
    connect(editor, &EditorBackend::busyChanged, this, &EditorPage::updateState);
    updateState();
    if (editor->hasFailure())
        showFailure(editor->lastError());
    if (editor->hasLoaded()) {
        // Shown before: the account kept its data and any edit.
        m_readiness->setReady();
        return;
    }
    m_readiness->setLoading();
    if (m_started)
        refresh();
}

void EditorPage::showFailure(const ApiError &error)
{
    m_banner->dismiss();
    // A 422 is shown beside the fields; the banner says so and offers nothing to retry.
    m_banner->showError(error, error.kind() != ApiError::Kind::Validation);
    m_banner->show();
    if (!m_editor->hasLoaded())
        m_readiness->setFailed(error.message());
    updateState();
}

void EditorPage::updateState()
{
}

void EditorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void EditorPage::refresh()
{
    m_started = true;
    if (m_editor)
        m_editor->refresh();
}

bool EditorPage::hasUnsavedChanges() const
{
    return m_form && m_form->isDirty();
}

bool EditorPage::saveChanges()
{
    return m_editor && m_editor->save();
}

bool EditorPage::isSavingChanges() const
{
    return m_editor && m_editor->isBusy();
}

void EditorPage::discardChanges()
{
    if (m_form)
        m_form->revert();
}
