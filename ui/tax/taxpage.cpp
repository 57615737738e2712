#include "tax/taxpage.h"

#include "accounts/accountregistry.h"
#include "forms/localecatalog.h"
#include "tax/taxeditorbackend.h"
#include "tax/taxformbackend.h"
#include "widgets/formbinding.h"
#include "widgets/pagecommands.h"
#include "widgets/themecolors.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

TaxPage::TaxPage(AccountRegistry *accounts, QWidget *parent)
    : EditorPage(QStringLiteral("tax"), tr("Tax information"), accounts, Capability::Tax, parent)
    , m_statusLabel(new QLabel(this))
    , m_formHost(new QWidget(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_revertButton(new QPushButton(tr("Revert"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
{
    ThemeColors::setTextTone(m_statusLabel, ThemeColors::Tone::Warning);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("taxCard"));
    ThemeColors::setCardStyle(card, 6);
    card->setMaximumWidth(620);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    cardLayout->addWidget(m_formHost);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    m_saveButton->setDefault(true);
    PageCommands::mark(m_saveButton, PageCommands::Command::Save);
    PageCommands::mark(m_revertButton, PageCommands::Command::Revert);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(buttons);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(m_statusLabel);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revertButton, &QPushButton::clicked, this, &TaxPage::discardChanges);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_editor)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete tax information"),
            tr("Delete the organization's tax registration? Invoices may then include VAT."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        // The account may have gone while the question was open.
        if (answer == QMessageBox::Yes && m_editor)
            m_editor->deleteTaxInfo();
    });
    bindPickedAccount();
}

TaxEditorBackend *TaxPage::editor() const
{
    return m_editor;
}

QPushButton *TaxPage::saveButton() const
{
    return m_saveButton;
}

QPushButton *TaxPage::deleteButton() const
{
    return m_deleteButton;
}

QComboBox *TaxPage::countryCombo() const
{
    return m_country;
}

QLineEdit *TaxPage::registrationEdit() const
{
    return m_registration;
}

QLabel *TaxPage::hintLabel() const
{
    return m_hint;
}

EditorBackend *TaxPage::editorOf(AccountConnection *source) const
{
    return source->tax();
}

void TaxPage::bindEditor(AccountConnection *source)
{
    if (m_editor)
        disconnect(m_editor->locale(), nullptr, this, nullptr);
    m_editor = source ? source->tax() : nullptr;
    TaxEditorBackend *editor = m_editor;
    if (!editor) {
        sourceLabel()->setText(tr("Show an account with a tax registration to edit it."));
        m_formHost->parentWidget()->hide();
        m_statusLabel->hide();
        return;
    }
    m_formHost->parentWidget()->show();
    sourceLabel()->setText(tr("The registration %1 uses to decide whether VAT is charged on its invoices.")
                               .arg(source->account().displayName));
    setEditedForm(editor->form());
    buildForm();
    connect(editor, &TaxEditorBackend::saved, this, &TaxPage::updateState);
    connect(editor, &TaxEditorBackend::deleted, this, &TaxPage::updateState);
    connect(editor->locale(), &LocaleCatalog::countriesLoaded, this, &TaxPage::fillCountries);
    connect(editor->locale(), &LocaleCatalog::countriesLoaded, this, &TaxPage::updateState);
    connect(editor->form(), &FormBackend::dirtyChanged, this, &TaxPage::updateState);
    connect(editor->form(), &FormBackend::loaded, this, &TaxPage::updateState);
    connect(editor->form(), &FormBackend::valueChanged, this, &TaxPage::updateState);
    connect(editor->form(), &FormBackend::errorChanged, this, &TaxPage::updateState);
}

void TaxPage::buildForm()
{
    delete m_formHost->layout();
    const QList<QWidget *> old = m_formHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);

    TaxFormBackend *form = m_editor->form();
    auto *grid = new QGridLayout(m_formHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);

    m_country = new QComboBox(m_formHost);
    m_country->setPlaceholderText(tr("Choose a country"));
    FormBinding::bindCombo(form, TaxFormBackend::Country, m_country);
    FormBinding::addField(grid, 0, 0, tr("Country"), m_country, form, TaxFormBackend::Country);
    auto *postalCode = new QLineEdit(m_formHost);
    FormBinding::bindLineEdit(form, TaxFormBackend::PostalCode, postalCode);
    FormBinding::addField(grid, 0, 1, tr("Postal code"), postalCode, form, TaxFormBackend::PostalCode);
    m_registration = new QLineEdit(m_formHost);
    FormBinding::bindLineEdit(form, TaxFormBackend::Registration, m_registration);
    FormBinding::addField(grid, 3, 0, tr("VAT or tax number"), m_registration, form, TaxFormBackend::Registration, 2);
    m_hint = new QLabel(m_formHost);
    m_hint->setObjectName(QStringLiteral("registration_hint"));
    ThemeColors::setMutedText(m_hint);
    m_hint->setWordWrap(true);
    grid->addWidget(m_hint, 6, 0, 1, 2);
    fillCountries();
}

void TaxPage::fillCountries()
{
    if (!m_country || !m_editor)
        return;
    m_country->clear();
    const QList<Country> countries = m_editor->locale()->countries();
    for (const Country &country : countries)
        m_country->addItem(country.name, country.iso2);
    FormBinding::syncCombo(m_editor->form(), TaxFormBackend::Country, m_country);
}

void TaxPage::updateState()
{
    if (!m_editor || !m_hint)
        return;
    TaxFormBackend *form = m_editor->form();
    const bool busy = m_editor->isBusy();
    const QString country = form->value(TaxFormBackend::Country);
    const bool hasVat = m_editor->locale()->countryHasVat(country);
    form->setCountryHasVat(hasVat);
    const QString hint = form->registrationHint();
    if (!hint.isEmpty())
        m_hint->setText(tr("Expected format: %1").arg(hint));
    else if (hasVat)
        m_hint->setText(tr("Your VAT number, with its country prefix."));
    else if (!country.isEmpty())
        m_hint->setText(tr("No VAT in this country: a tax number is optional."));
    else
        m_hint->clear();
    // The error already says what is expected; one sentence is enough.
    m_hint->setVisible(!m_hint->text().isEmpty() && form->error(TaxFormBackend::Registration).isEmpty());

    const bool creating = !form->exists();
    m_statusLabel->setText(m_editor->hasLoaded() && creating
                               ? tr("No tax information yet: invoices may include VAT until you add it.")
                               : QString());
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    m_saveButton->setText(creating ? tr("Add tax information") : tr("Save"));
    m_saveButton->setEnabled(!busy && (form->isDirty() || (creating && m_editor->hasLoaded())));
    m_revertButton->setEnabled(!busy && form->isDirty());
    m_deleteButton->setEnabled(!busy && !creating);
}
