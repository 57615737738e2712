#include "profile/billingprofileeditor.h"

#include "format/displayformat.h"
#include "profile/billingprofileeditorbackend.h"
#include "profile/billingprofileformbackend.h"
#include "widgets/formbinding.h"
#include "widgets/pagecommands.h"
#include "widgets/themecolors.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString billingPaymentDescription(const BillingProfile &profile)
{
    switch (profile.paymentKind) {
    case BillingProfile::PaymentKind::Card:
        if (profile.card) {
            return BillingProfileEditor::tr("%1, expires %2%3")
                .arg(DisplayFormat::cardNumber(profile.card->brand, profile.card->last4), profile.card->expiry,
                     profile.card->holderName.isEmpty() ? QString() : QStringLiteral(" · ") + profile.card->holderName);
        }
        return BillingProfileEditor::tr("Card (through Stripe)");
    case BillingProfile::PaymentKind::Sepa:
        if (profile.sepa) {
            return BillingProfileEditor::tr("SEPA direct debit from the account %1 (%2), mandate %3")
                .arg(DisplayFormat::cardNumber(QString(), profile.sepa->last4), profile.sepa->country,
                     profile.sepa->mandateReference);
        }
        return BillingProfileEditor::tr("SEPA direct debit");
    case BillingProfile::PaymentKind::Paypal:
        return profile.paypal && !profile.paypal->email.isEmpty()
            ? BillingProfileEditor::tr("PayPal (%1)").arg(profile.paypal->email)
            : BillingProfileEditor::tr("PayPal");
    case BillingProfile::PaymentKind::Other:
        return profile.paymentMethod;
    case BillingProfile::PaymentKind::None:
        break;
    }
    return BillingProfileEditor::tr("No payment method yet.");
}

BillingProfileEditor::BillingProfileEditor(BillingProfileEditorBackend *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_paymentLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_revertButton(new QPushButton(tr("Revert"), this))
{
    BillingProfileFormBackend *form = editor->form();
    ThemeColors::setTextTone(m_statusLabel, ThemeColors::Tone::Warning);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("profileCard"));
    ThemeColors::setCardStyle(card, 6);
    card->setMaximumWidth(760);
    auto *fields = new QWidget(card);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    auto line = [fields, form](int field) {
        auto *edit = new QLineEdit(fields);
        FormBinding::bindLineEdit(form, field, edit);
        return edit;
    };
    using F = BillingProfileFormBackend;
    FormBinding::addField(grid, 0, 0, tr("Name"), line(F::Name), form, F::Name);
    FormBinding::addField(grid, 0, 1, tr("Company"), line(F::Company), form, F::Company);
    FormBinding::addField(grid, 3, 0, tr("Email"), line(F::Email), form, F::Email);
    FormBinding::addField(grid, 3, 1, tr("VAT number"), line(F::VatNumber), form, F::VatNumber);
    FormBinding::addField(grid, 6, 0, tr("Address"), line(F::AddressLine1), form, F::AddressLine1, 2);
    FormBinding::addField(grid, 9, 0, tr("Address, second line"), line(F::AddressLine2), form, F::AddressLine2, 2);
    FormBinding::addField(grid, 12, 0, tr("City"), line(F::City), form, F::City);
    FormBinding::addField(grid, 12, 1, tr("Postal code"), line(F::Zip), form, F::Zip);
    FormBinding::addField(grid, 15, 0, tr("State or region"), line(F::State), form, F::State);
    FormBinding::addField(grid, 15, 1, tr("Country"), line(F::Country), form, F::Country);

    auto *paymentCaption = new QLabel(tr("Payment method"), card);
    QFont captionFont = paymentCaption->font();
    captionFont.setWeight(QFont::DemiBold);
    paymentCaption->setFont(captionFont);
    m_paymentLabel->setWordWrap(true);
    auto *paymentNote = new QLabel(tr("Changed on Scalingo's dashboard; shown here as Scalingo reports it."), card);
    ThemeColors::setMutedText(paymentNote);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    m_saveButton->setDefault(true);
    PageCommands::mark(m_saveButton, PageCommands::Command::Save);
    PageCommands::mark(m_revertButton, PageCommands::Command::Revert);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    cardLayout->addWidget(fields);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(paymentCaption);
    cardLayout->addWidget(m_paymentLabel);
    cardLayout->addWidget(paymentNote);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_saveButton, &QPushButton::clicked, editor, [editor] { editor->save(); });
    connect(m_revertButton, &QPushButton::clicked, form, &FormBackend::revert);
    connect(editor, &BillingProfileEditorBackend::busyChanged, this, &BillingProfileEditor::updateState);
    connect(editor, &BillingProfileEditorBackend::refreshed, this, &BillingProfileEditor::updateState);
    connect(editor, &BillingProfileEditorBackend::saved, this, &BillingProfileEditor::updateState);
    connect(form, &FormBackend::dirtyChanged, this, &BillingProfileEditor::updateState);
    connect(form, &FormBackend::loaded, this, &BillingProfileEditor::updateState);
    updateState();
}

BillingProfileEditorBackend *BillingProfileEditor::editor() const
{
    return m_editor;
}

QPushButton *BillingProfileEditor::saveButton() const
{
    return m_saveButton;
}

QLabel *BillingProfileEditor::paymentLabel() const
{
    return m_paymentLabel;
}

void BillingProfileEditor::updateState()
{
    BillingProfileFormBackend *form = m_editor->form();
    const bool busy = m_editor->isBusy();
    const bool creating = !form->exists();
    m_paymentLabel->setText(billingPaymentDescription(form->profile()));
    m_statusLabel->setText(m_editor->hasLoaded() && creating
                               ? tr("No billing profile yet: saving creates it.")
                               : QString());
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    m_saveButton->setText(creating ? tr("Create profile") : tr("Save"));
    m_saveButton->setEnabled(!busy && (form->isDirty() || (creating && m_editor->hasLoaded())));
    m_revertButton->setEnabled(!busy && form->isDirty());
}
