#include "accounts/accountform.h"

#include "accounts/accountformbackend.h"
#include "store/providerendpoints.h"
#include "widgets/themecolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace
{
QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    ThemeColors::setTextTone(label, ThemeColors::Tone::Negative);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *createHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    ThemeColors::setMutedText(label);
    label->setWordWrap(true);
    return label;
}

// A field with its error right below it, as one row of the form.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent, QLabel *hint = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setText(QLineEdit *edit, const QString &text)
{
    // Programmatic updates must not feed back into the backend as edits.
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
}
}

AccountForm::AccountForm(AccountFormBackend *backend, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_network(network)
    , m_provider(new QComboBox(this))
    , m_displayName(new QLineEdit(this))
    , m_displayNameError(createErrorLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QToolButton(this))
    , m_secretError(createErrorLabel(this))
    , m_organizationLabel(new QLabel(tr("&Organization ID:"), this))
    , m_organizationId(new QLineEdit(this))
    , m_organizationError(createErrorLabel(this))
    , m_regionLabel(new QLabel(tr("&Region:"), this))
    , m_region(new QComboBox(this))
    , m_apiUrlLabel(new QLabel(tr("API a&ddress:"), this))
    , m_apiUrl(new QLineEdit(this))
    , m_apiUrlError(createErrorLabel(this))
    , m_authUrlLabel(new QLabel(tr("A&uth address:"), this))
    , m_authUrl(new QLineEdit(this))
    , m_authUrlError(createErrorLabel(this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
{
    m_provider->addItem(providerDisplayName(Provider::SkySql), QVariant::fromValue(Provider::SkySql));
    m_provider->addItem(providerDisplayName(Provider::Scalingo), QVariant::fromValue(Provider::Scalingo));
    m_displayName->setPlaceholderText(tr("e.g. Production"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setToolTip(tr("Show or hide the key while typing it"));
    m_organizationId->setPlaceholderText(tr("Optional"));
    const QList<ScalingoRegion> regions = ProviderEndpoints::scalingoRegions();
    for (const ScalingoRegion &region : regions)
        m_region->addItem(region.displayName, region.key);
    m_region->addItem(tr("Custom API address"), ProviderEndpoints::customRegionKey());
    m_authUrl->setPlaceholderText(ProviderEndpoints::scalingoAuthUrl().toString());
    m_testResult->setWordWrap(true);
    // The button says "Testing…" while it runs; it keeps one width so nothing jumps or clips.
    m_testButton->setText(tr("Testing…"));
    int testButtonWidth = m_testButton->sizeHint().width();
    m_testButton->setText(tr("Test connection"));
    testButtonWidth = std::max(testButtonWidth, m_testButton->sizeHint().width());
    m_testButton->setMinimumWidth(testButtonWidth);
    m_testButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->setSpacing(4);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);

    auto *testRow = new QWidget(this);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testButton);
    testLayout->addWidget(m_testResult, 1);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Name:"), withError(m_displayName, m_displayNameError, this));
    form->addRow(m_secretLabel, withError(secretRow, m_secretError, this,
                                          createHint(tr("Kept in the system keychain, never in a file."), this)));
    form->addRow(m_organizationLabel, withError(m_organizationId, m_organizationError, this));
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_apiUrlLabel, withError(m_apiUrl, m_apiUrlError, this));
    form->addRow(m_authUrlLabel, withError(m_authUrl, m_authUrlError, this));
    form->addRow(QString(), testRow);
    // Alt+letter of a label goes to its field itself, not to the box that holds its error line.
    const QList<std::pair<QWidget *, QWidget *>> buddies{
        {form->labelForField(m_provider), m_provider}, {m_secretLabel, m_secret}, {m_organizationLabel, m_organizationId},
        {m_regionLabel, m_region}, {m_apiUrlLabel, m_apiUrl}, {m_authUrlLabel, m_authUrl}};
    for (const auto &[label, field] : buddies) {
        if (auto *caption = qobject_cast<QLabel *>(label))
            caption->setBuddy(field);
    }
    if (auto *nameLabel = qobject_cast<QLabel *>(form->itemAt(1, QFormLayout::LabelRole)->widget()))
        nameLabel->setBuddy(m_displayName);
    m_showSecret->setAccessibleName(tr("Show the key"));

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_backend->setProvider(m_provider->currentData().value<Provider>());
    });
    connect(m_displayName, &QLineEdit::textEdited, m_backend, &AccountFormBackend::setDisplayName);
    connect(m_secret, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_backend->provider() == Provider::SkySql)
            m_backend->setApiKey(text);
        else
            m_backend->setToken(text);
    });
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_organizationId, &QLineEdit::textEdited, m_backend, &AccountFormBackend::setOrganizationId);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_backend->setRegion(m_region->currentData().toString());
    });
    connect(m_apiUrl, &QLineEdit::textEdited, m_backend, &AccountFormBackend::setCustomApiUrl);
    connect(m_authUrl, &QLineEdit::textEdited, m_backend, &AccountFormBackend::setCustomAuthUrl);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_backend->testConnection(m_network);
    });

    const auto values = {&AccountFormBackend::providerChanged, &AccountFormBackend::displayNameChanged,
                         &AccountFormBackend::apiKeyChanged, &AccountFormBackend::tokenChanged,
                         &AccountFormBackend::organizationIdChanged, &AccountFormBackend::regionChanged,
                         &AccountFormBackend::customApiUrlChanged, &AccountFormBackend::customAuthUrlChanged,
                         &AccountFormBackend::customApiUrlRequiredChanged, &AccountFormBackend::accountIdChanged};
    for (const auto signal : values)
        connect(m_backend, signal, this, &AccountForm::updateFromBackend);
    const auto errors = {&AccountFormBackend::displayNameErrorChanged, &AccountFormBackend::secretErrorChanged,
                         &AccountFormBackend::organizationIdErrorChanged, &AccountFormBackend::apiUrlErrorChanged,
                         &AccountFormBackend::authUrlErrorChanged};
    for (const auto signal : errors)
        connect(m_backend, signal, this, &AccountForm::updateErrors);
    connect(m_backend, &AccountFormBackend::testStateChanged, this, &AccountForm::updateTestState);

    updateFromBackend();
    updateErrors();
    updateTestState();
}

AccountFormBackend *AccountForm::backend() const
{
    return m_backend;
}

void AccountForm::updateFromBackend()
{
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(m_provider->findData(QVariant::fromValue(m_backend->provider())));
        // The provider of a saved account is part of its identity (its key belongs to it).
        m_provider->setEnabled(m_backend->accountId().isEmpty());
    }
    setText(m_displayName, m_backend->displayName());
    setText(m_secret, m_backend->provider() == Provider::SkySql ? m_backend->apiKey() : m_backend->token());
    setText(m_organizationId, m_backend->organizationId());
    setText(m_apiUrl, m_backend->customApiUrl());
    setText(m_authUrl, m_backend->customAuthUrl());
    {
        const QSignalBlocker blocker(m_region);
        m_region->setCurrentIndex(std::max(0, m_region->findData(m_backend->region())));
    }
    m_secretLabel->setText(tr("&%1:").arg(m_backend->secretLabel()));
    updateProviderFields();
}

void AccountForm::updateProviderFields()
{
    const bool skySql = m_backend->provider() == Provider::SkySql;
    const bool custom = !skySql && m_backend->isCustomApiUrlRequired();
    m_organizationLabel->setVisible(skySql);
    m_organizationId->parentWidget()->setVisible(skySql);
    m_regionLabel->setVisible(!skySql);
    m_region->setVisible(!skySql);
    // SkySQL: an optional other address (a proxy, the demo server); Scalingo: only for "custom".
    const bool showApiUrl = skySql || custom;
    m_apiUrlLabel->setVisible(showApiUrl);
    m_apiUrl->parentWidget()->setVisible(showApiUrl);
    m_apiUrl->setPlaceholderText(skySql ? ProviderEndpoints::skySqlApiUrl().toString()
                                        : QStringLiteral("https://api.example.com"));
    m_authUrlLabel->setVisible(custom);
    m_authUrl->parentWidget()->setVisible(custom);
}

void AccountForm::updateErrors()
{
    showError(m_displayNameError, m_backend->displayNameError());
    showError(m_secretError, m_backend->secretError());
    showError(m_organizationError, m_backend->organizationIdError());
    showError(m_apiUrlError, m_backend->apiUrlError());
    showError(m_authUrlError, m_backend->authUrlError());
}

void AccountForm::updateTestState()
{
    using State = AccountFormBackend::TestState;
    const State state = m_backend->testState();
    m_testButton->setEnabled(state != State::Testing);
    m_testButton->setText(state == State::Testing ? tr("Testing…") : tr("Test connection"));
    std::optional<ThemeColors::Tone> tone;
    QString text = m_backend->testMessage();
    switch (state) {
    case State::Idle:
        text.clear();
        break;
    case State::Testing:
        if (text.isEmpty())
            text = tr("Connecting…");
        break;
    case State::Works:
        tone = ThemeColors::Tone::Positive;
        text = QStringLiteral("✔ ") + text;
        break;
    case State::WrongKey:
    case State::Unreachable:
    case State::Timeout:
    case State::Failed:
        tone = ThemeColors::Tone::Negative;
        break;
    }
    if (tone)
        ThemeColors::setTextTone(m_testResult, *tone);
    else
        ThemeColors::setMutedText(m_testResult);
    m_testResult->setText(text);
}

QComboBox *AccountForm::providerCombo() const { return m_provider; }
QLineEdit *AccountForm::displayNameEdit() const { return m_displayName; }
QLineEdit *AccountForm::secretEdit() const { return m_secret; }
QToolButton *AccountForm::showSecretButton() const { return m_showSecret; }
QLineEdit *AccountForm::organizationIdEdit() const { return m_organizationId; }
QComboBox *AccountForm::regionCombo() const { return m_region; }
QLineEdit *AccountForm::apiUrlEdit() const { return m_apiUrl; }
QLineEdit *AccountForm::authUrlEdit() const { return m_authUrl; }
QPushButton *AccountForm::testButton() const { return m_testButton; }
QLabel *AccountForm::testResultLabel() const { return m_testResult; }
QLabel *AccountForm::secretErrorLabel() const { return m_secretError; }
QLabel *AccountForm::apiUrlErrorLabel() const { return m_apiUrlError; }
QLabel *AccountForm::displayNameErrorLabel() const { return m_displayNameError; }
