#include "contacts/contactspage.h"

#include "accounts/accountregistry.h"
#include "contacts/contactformbackend.h"
#include "contacts/contactlistmodel.h"
#include "contacts/contactseditorbackend.h"
#include "forms/localecatalog.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/formbinding.h"
#include "widgets/pagecommands.h"
#include "widgets/themecolors.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
constexpr int UndoNoticeMs = 15000;

}

ContactsPage::ContactsPage(AccountRegistry *accounts, QWidget *parent)
    : EditorPage(QStringLiteral("contacts"), tr("Contacts"), accounts, Capability::Contacts, parent)
    , m_undoBar(new QFrame(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(tr("Undo"), m_undoBar))
    , m_body(new QStackedWidget(this))
    , m_noAccount(new QLabel(this))
    , m_table(new QTableView(this))
    , m_columns(new AdaptiveColumns(m_table, m_table->horizontalHeader(), QStringLiteral("ContactsPage/hiddenColumns"), this))
    , m_newButton(new QPushButton(tr("New contact"), this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_revertButton(new QPushButton(tr("Revert"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
{
    m_noAccount->setAlignment(Qt::AlignCenter);
    ThemeColors::setMutedText(m_noAccount);

    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    ThemeColors::setNoticeStyle(m_undoBar, ThemeColors::Tone::Info);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(10, 6, 10, 6);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(UndoNoticeMs);

    m_table->setAccessibleName(tr("Contacts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setStyleSheet(QStringLiteral("QTableView::item { padding: 0 8px; } QHeaderView::section { padding: 4px 8px; }"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 8, 0);
    listLayout->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);

    m_formHost = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The card's white shows through; only these two, so the editors keep their own background.
    m_formHost->setObjectName(QStringLiteral("contactForm"));
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QWidget#qt_scrollarea_viewport, QWidget#contactForm { background: transparent; }"));
    scroll->setWidget(m_formHost);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_deleteButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    m_saveButton->setDefault(true);
    PageCommands::mark(m_saveButton, PageCommands::Command::Save);
    PageCommands::mark(m_revertButton, PageCommands::Command::Revert);
    auto *formPane = new QFrame(this);
    formPane->setObjectName(QStringLiteral("contactCard"));
    ThemeColors::setCardStyle(formPane, 6);
    auto *formPaneLayout = new QVBoxLayout(formPane);
    formPaneLayout->setContentsMargins(14, 12, 14, 12);
    formPaneLayout->addWidget(scroll, 1);
    formPaneLayout->addLayout(formButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);

    m_body->addWidget(m_noAccount);
    m_body->addWidget(splitter);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(m_undoBar);
    layout->addWidget(m_body, 1);

    connect(m_newButton, &QPushButton::clicked, this, [this] {
        if (!m_editor)
            return;
        if (hasUnsavedChanges()
            && QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("Discard the changes to this contact and start a new one?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Discard)
            return;
        // The account may have gone while the question was open.
        if (!m_editor)
            return;
        m_table->clearSelection();
        m_editor->newContact();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ContactsPage::discardChanges);
    connect(m_deleteButton, &QPushButton::clicked, this, &ContactsPage::onDeleteClicked);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (m_editor)
            m_editor->undoDelete();
    });
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoBar->hide();
        if (m_editor)
            m_editor->dismissUndo();
    });
    bindPickedAccount();
}

ContactsEditorBackend *ContactsPage::editor() const
{
    return m_editor;
}

QTableView *ContactsPage::contactTable() const
{
    return m_table;
}

QPushButton *ContactsPage::saveButton() const
{
    return m_saveButton;
}

QPushButton *ContactsPage::revertButton() const
{
    return m_revertButton;
}

QPushButton *ContactsPage::deleteButton() const
{
    return m_deleteButton;
}

QPushButton *ContactsPage::undoButton() const
{
    return m_undoButton;
}

QComboBox *ContactsPage::countryCombo() const
{
    return m_country;
}

QComboBox *ContactsPage::stateCombo() const
{
    return m_state;
}

EditorBackend *ContactsPage::editorOf(AccountConnection *source) const
{
    return source->contacts();
}

void ContactsPage::bindEditor(AccountConnection *source)
{
    if (m_editor) {
        m_editor->dismissUndo();
        disconnect(m_editor->locale(), nullptr, this, nullptr);
    }
    m_editor = source ? source->contacts() : nullptr;
    m_undoBar->hide();
    m_undoTimer.stop();
    m_table->setModel(nullptr);
    ContactsEditorBackend *editor = m_editor;
    if (!editor) {
        m_noAccount->setText(tr("Show an account with billing contacts to edit them."));
        sourceLabel()->clear();
        m_body->setCurrentIndex(0);
        return;
    }
    sourceLabel()->setText(tr("Who %1 sends invoices to and calls about payments.").arg(source->account().displayName));
    m_body->setCurrentIndex(1);
    setEditedForm(editor->form());
    m_table->setModel(editor->contacts());
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ContactListModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactListModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactListModel::EmailColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactListModel::PhoneColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactListModel::CountryColumn, QHeaderView::ResizeToContents);
    // Beside the form, a narrow window keeps each contact's name and email.
    m_columns->setDropOrder({ContactListModel::PhoneColumn, ContactListModel::CountryColumn, ContactListModel::TypeColumn});
    // The style sheet pads each cell by 8 px on either side.
    m_columns->followModel(16);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPage::onSelectionChanged);
    buildForm();

    connect(editor, &ContactsEditorBackend::refreshed, this, &ContactsPage::selectFormRow);
    connect(editor, &ContactsEditorBackend::deleted, this, [this](const Contact &contact) {
        m_undoLabel->setText(tr("Contact %1 deleted.").arg(contact.fullName()));
        m_undoBar->show();
        m_undoTimer.start();
    });
    connect(editor, &ContactsEditorBackend::undoAvailableChanged, this, [this](bool available) {
        if (!available) {
            m_undoBar->hide();
            m_undoTimer.stop();
        }
    });
    connect(editor, &ContactsEditorBackend::saved, this, &ContactsPage::updateState);
    connect(editor->locale(), &LocaleCatalog::countriesLoaded, this, &ContactsPage::fillCountries);
    connect(editor->locale(), &LocaleCatalog::statesLoaded, this, &ContactsPage::fillStates);
    ContactFormBackend *form = editor->form();
    connect(form, &FormBackend::dirtyChanged, this, &ContactsPage::updateState);
    connect(form, &FormBackend::loaded, this, [this] {
        updateState();
        selectFormRow();
    });
    connect(form, &FormBackend::valueChanged, this, [this](int field) {
        if (field == ContactFormBackend::Country)
            fillStates();
    });
    if (editor->hasLoaded())
        selectFormRow();
}

void ContactsPage::buildForm()
{
    delete m_formHost->layout();
    const QList<QWidget *> old = m_formHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);

    ContactFormBackend *form = m_editor->form();
    auto *grid = new QGridLayout(m_formHost);
    grid->setContentsMargins(4, 4, 8, 4);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_formTitle = new QLabel(m_formHost);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_formTitle->setFont(titleFont);
    m_dirtyLabel = new QLabel(tr("Unsaved changes"), m_formHost);
    ThemeColors::setTextTone(m_dirtyLabel, ThemeColors::Tone::Warning);
    m_dirtyLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_formTitle, 0, 0);
    grid->addWidget(m_dirtyLabel, 0, 1);
    grid->setRowMinimumHeight(1, 6);

    m_type = new QComboBox(m_formHost);
    m_type->addItem(tr("Billing"), QStringLiteral("billing"));
    m_type->addItem(tr("Technical"), QStringLiteral("technical"));
    m_type->addItem(tr("Primary"), QStringLiteral("primary"));
    FormBinding::bindCombo(form, ContactFormBackend::Type, m_type);

    auto lineEdit = [this, form](int field, const QString &placeholder = QString()) {
        auto *edit = new QLineEdit(m_formHost);
        edit->setPlaceholderText(placeholder);
        FormBinding::bindLineEdit(form, field, edit);
        return edit;
    };

    int row = 2;
    FormBinding::addField(grid, row, 0, tr("Type"), m_type, form, ContactFormBackend::Type);
    row += 3;
    FormBinding::addField(grid, row, 0, tr("First name"), lineEdit(ContactFormBackend::FirstName), form, ContactFormBackend::FirstName);
    FormBinding::addField(grid, row, 1, tr("Last name"), lineEdit(ContactFormBackend::LastName), form, ContactFormBackend::LastName);
    row += 3;
    FormBinding::addField(grid, row, 0, tr("Email"), lineEdit(ContactFormBackend::Email, tr("name@example.com")), form, ContactFormBackend::Email);
    FormBinding::addField(grid, row, 1, tr("Phone"), lineEdit(ContactFormBackend::Phone, tr("+33 1 23 45 67 89")), form, ContactFormBackend::Phone);
    row += 3;
    FormBinding::addField(grid, row, 0, tr("Address"), lineEdit(ContactFormBackend::AddressLine1), form, ContactFormBackend::AddressLine1, 2);
    row += 3;
    FormBinding::addField(grid, row, 0, tr("Address, second line"), lineEdit(ContactFormBackend::AddressLine2, tr("Optional")), form,
                          ContactFormBackend::AddressLine2, 2);
    row += 3;
    FormBinding::addField(grid, row, 0, tr("City"), lineEdit(ContactFormBackend::City), form, ContactFormBackend::City);
    FormBinding::addField(grid, row, 1, tr("Postal code"), lineEdit(ContactFormBackend::PostalCode), form, ContactFormBackend::PostalCode);
    row += 3;
    m_country = new QComboBox(m_formHost);
    m_country->setPlaceholderText(tr("Choose a country"));
    FormBinding::bindCombo(form, ContactFormBackend::Country, m_country);
    FormBinding::addField(grid, row, 0, tr("Country"), m_country, form, ContactFormBackend::Country);
    m_state = new QComboBox(m_formHost);
    m_state->setPlaceholderText(tr("Choose one"));
    FormBinding::bindCombo(form, ContactFormBackend::State, m_state);
    FormBinding::addField(grid, row, 1, tr("State or province"), m_state, form, ContactFormBackend::State);
    m_stateCaption = grid->itemAtPosition(row, 1)->widget();
    row += 3;
    grid->setRowStretch(row, 1);
    fillCountries();
    fillStates();
}

void ContactsPage::fillCountries()
{
    if (!m_country || !m_editor)
        return;
    m_country->clear();
    const QList<Country> countries = m_editor->locale()->countries();
    for (const Country &country : countries)
        m_country->addItem(country.name, country.iso2);
    FormBinding::syncCombo(m_editor->form(), ContactFormBackend::Country, m_country);
}

void ContactsPage::fillStates()
{
    if (!m_state || !m_editor)
        return;
    const QString country = m_editor->form()->value(ContactFormBackend::Country);
    const QList<StateProvince> states = m_editor->locale()->states(country);
    m_state->clear();
    for (const StateProvince &state : states)
        m_state->addItem(state.name, state.code);
    FormBinding::syncCombo(m_editor->form(), ContactFormBackend::State, m_state);
    // Only countries with states or provinces ask for one.
    const bool shown = !states.isEmpty();
    m_state->setVisible(shown);
    m_stateCaption->setVisible(shown);
}

void ContactsPage::updateState()
{
    if (!m_editor || !m_formTitle)
        return;
    ContactFormBackend *form = m_editor->form();
    const bool busy = m_editor->isBusy();
    m_saveButton->setEnabled(!busy && (form->isDirty() || form->isCreating()));
    m_saveButton->setText(form->isCreating() ? tr("Create contact") : tr("Save"));
    m_revertButton->setEnabled(!busy && form->isDirty());
    m_deleteButton->setEnabled(!busy && !form->isCreating());
    m_dirtyLabel->setVisible(form->isDirty());
    const Contact saved = form->savedContact();
    m_formTitle->setText(form->isCreating() ? tr("New contact") : saved.fullName());
}

void ContactsPage::selectFormRow()
{
    if (!m_editor)
        return;
    const int row = m_editor->contacts()->rowOf(m_editor->form()->contactId());
    QItemSelectionModel *selection = m_table->selectionModel();
    const QSignalBlocker blocker(selection);
    if (row < 0) {
        selection->clearSelection();
    } else {
        selection->select(m_editor->contacts()->index(row, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(m_editor->contacts()->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_table->viewport()->update();
}

void ContactsPage::onSelectionChanged()
{
    if (!m_editor)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(ContactListModel::ContactIdRole).toString();
    if (id == m_editor->form()->contactId())
        return;
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Discard the changes to %1?").arg(m_formTitle->text()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            selectFormRow();
            return;
        }
        // The account may have gone while the question was open.
        if (!m_editor)
            return;
    }
    m_editor->selectContact(id);
}

void ContactsPage::onDeleteClicked()
{
    if (!m_editor || m_editor->form()->isCreating())
        return;
    const Contact contact = m_editor->form()->savedContact();
    const auto answer = QMessageBox::question(this, tr("Delete contact"),
                                              tr("Delete %1 (%2)? You can undo it for a few seconds.")
                                                  .arg(contact.fullName(), contact.email),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    // The account may have gone while the question was open.
    if (answer == QMessageBox::Yes && m_editor)
        m_editor->deleteContact(contact.id);
}
