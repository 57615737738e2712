#include "overview/billingprofileoverviewsection.h"

#include "format/displayformat.h"
#include "accounts/accountconnection.h"
#include "payments/cardexpiry.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"
#include "widgets/pageicons.h"
#include "widgets/themecolors.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace
{
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

}

BillingProfileOverviewSection::BillingProfileOverviewSection(AccountConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_today(QDate::currentDate())
    , m_readiness(new PageReadiness(QString(), this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_profileBox(new QGroupBox(tr("Billing profile"), m_content))
    , m_profileForm(new QFormLayout)
    , m_paymentBox(new QGroupBox(tr("Payment"), m_content))
    , m_paymentIcon(new QLabel(m_paymentBox))
    , m_paymentLabel(valueLabel(m_paymentBox))
    , m_paymentDetails(valueLabel(m_paymentBox))
    , m_expiryWarning(new QLabel(m_paymentBox))
    , m_creditLabel(valueLabel(m_paymentBox))
{
    m_profileForm->setLabelAlignment(Qt::AlignLeft);
    m_profileForm->setHorizontalSpacing(18);
    m_profileForm->setVerticalSpacing(6);
    m_profileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QString>> fields {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("email"), tr("Invoices sent to")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("vat"), tr("VAT number")},
        {QStringLiteral("notes"), tr("Invoice notes")},
    };
    for (const auto &[key, title] : fields) {
        QLabel *label = valueLabel(m_profileBox);
        m_fields.insert(key, label);
        m_profileForm->addRow(title, label);
    }
    auto *profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->setContentsMargins(14, 12, 14, 12);
    profileLayout->addLayout(m_profileForm);
    profileLayout->addStretch(1);

    QFont strong = m_paymentLabel->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.15);
    m_paymentLabel->setFont(strong);
    ThemeColors::setMutedText(m_paymentDetails);
    m_expiryWarning->setWordWrap(true);
    m_expiryWarning->setObjectName(QStringLiteral("expiryWarning"));
    ThemeColors::setNoticeStyle(m_expiryWarning, ThemeColors::Tone::Warning, QStringLiteral("padding: 6px 8px;"));
    m_expiryWarning->hide();
    m_paymentIcon->setPixmap(PageIcons::icon(QStringLiteral("payment-methods")).pixmap(32, 32));

    auto *methodRow = new QHBoxLayout;
    methodRow->setSpacing(12);
    methodRow->addWidget(m_paymentIcon, 0, Qt::AlignTop);
    auto *methodText = new QVBoxLayout;
    methodText->setSpacing(2);
    methodText->addWidget(m_paymentLabel);
    methodText->addWidget(m_paymentDetails);
    methodRow->addLayout(methodText, 1);

    auto *creditTitle = new QLabel(tr("Credit available"), m_paymentBox);
    ThemeColors::setMutedText(creditTitle);
    QFont creditFont = m_creditLabel->font();
    creditFont.setBold(true);
    creditFont.setPointSizeF(creditFont.pointSizeF() * 1.5);
    m_creditLabel->setFont(creditFont);
    auto *creditHint = new QLabel(tr("Used before your payment method on the next invoices."), m_paymentBox);
    creditHint->setWordWrap(true);
    ThemeColors::setMutedText(creditHint);

    auto *paymentLayout = new QVBoxLayout(m_paymentBox);
    paymentLayout->setContentsMargins(14, 12, 14, 12);
    paymentLayout->setSpacing(8);
    paymentLayout->addLayout(methodRow);
    paymentLayout->addWidget(m_expiryWarning);
    paymentLayout->addSpacing(10);
    paymentLayout->addWidget(creditTitle);
    paymentLayout->addWidget(m_creditLabel);
    paymentLayout->addWidget(creditHint);
    paymentLayout->addStretch(1);

    auto *contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(m_profileBox, 3);
    contentLayout->addWidget(m_paymentBox, 2);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    ThemeColors::setMutedText(m_placeholder);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);

    auto *title = new QLabel(tr("%1 · Scalingo").arg(connection->account().displayName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);
    // The section keeps its natural height; the Overview page may give it more than it needs.
    layout->addStretch(1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &BillingProfileOverviewSection::reload);
    reload();
}

void BillingProfileOverviewSection::setToday(const QDate &today)
{
    m_today = today;
    if (m_hasProfile)
        showProfile(m_profile);
}

void BillingProfileOverviewSection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_hasProfile)
        showProfile(m_profile);
}

void BillingProfileOverviewSection::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_readiness->setLoading();
    m_banner->dismiss();
    if (!m_hasProfile) {
        m_placeholder->setText(tr("Loading the billing profile…"));
        m_stack->setCurrentWidget(m_placeholder);
    }
    m_connection->fetchBillingProfile(this, [this](const ApiResult<BillingProfile> &result) {
        m_loading = false;
        if (result.error.isError()) {
            m_banner->showError(result.error, true);
            m_readiness->setFailed(result.error.message());
            if (!m_hasProfile) {
                m_placeholder->setText(tr("The billing profile could not be loaded. Use Retry above to try again."));
                m_stack->setCurrentWidget(m_placeholder);
            }
        } else {
            m_profile = result.value;
            m_hasProfile = true;
            showProfile(m_profile);
            m_readiness->setReady();
        }
        Q_EMIT loaded();
    });
}

void BillingProfileOverviewSection::showProfile(const BillingProfile &profile)
{
    setField(QStringLiteral("name"), profile.name);
    setField(QStringLiteral("company"), profile.company);
    setField(QStringLiteral("email"), profile.email);
    QStringList address;
    for (const QString &line : {profile.addressLine1, profile.addressLine2}) {
        if (!line.trimmed().isEmpty())
            address.append(line.trimmed());
    }
    const QString cityLine = QStringLiteral("%1 %2").arg(profile.zip, profile.city).trimmed();
    if (!cityLine.isEmpty())
        address.append(cityLine);
    for (const QString &line : {profile.state, profile.country}) {
        if (!line.trimmed().isEmpty())
            address.append(line.trimmed());
    }
    setField(QStringLiteral("address"), address.join(QLatin1Char('\n')));
    setField(QStringLiteral("vat"), profile.vatNumber);
    setField(QStringLiteral("notes"), profile.invoiceAdditionalInfo);
    m_creditLabel->setText(profile.credit.isValid() ? profile.credit.format(m_locale) : Money(0, QStringLiteral("EUR")).format(m_locale));

    QString warning;
    switch (profile.paymentKind) {
    case BillingProfile::PaymentKind::Card:
        if (profile.card) {
            const BillingCard &card = *profile.card;
            m_paymentLabel->setText(DisplayFormat::cardNumber(card.brand, card.last4));
            m_paymentDetails->setText(card.holderName.isEmpty()
                                          ? tr("Card, expires %1").arg(card.expiry)
                                          : tr("Card of %1, expires %2").arg(card.holderName, card.expiry));
            const QDate lastDay = cardLastValidDay(card.expiryMonth, card.expiryYear);
            switch (cardExpiryState(card.expiryMonth, card.expiryYear, m_today)) {
            case CardExpiryState::Expired:
                warning = tr("This card expired on %1. Invoices will fail until you add another means of payment on Scalingo.")
                              .arg(DisplayFormat(m_locale).longDate(lastDay));
                break;
            case CardExpiryState::ExpiresSoon: {
                const qint64 days = m_today.daysTo(lastDay);
                const QString when = days == 0 ? tr("today") : days == 1 ? tr("tomorrow") : tr("in %1 days").arg(days);
                warning = tr("This card expires on %1, %2. Replace it on Scalingo before the next invoice.")
                              .arg(DisplayFormat(m_locale).longDate(lastDay), when);
                break;
            }
            case CardExpiryState::Unknown:
                warning = tr("The card's expiry date (\"%1\") could not be read.").arg(card.expiry);
                break;
            case CardExpiryState::Valid:
                break;
            }
        } else {
            m_paymentLabel->setText(tr("Card"));
            m_paymentDetails->setText(tr("Scalingo did not send the card's details."));
        }
        break;
    case BillingProfile::PaymentKind::Sepa:
        if (profile.sepa) {
            const SepaMandate &sepa = *profile.sepa;
            m_paymentLabel->setText(tr("SEPA direct debit, account %1").arg(DisplayFormat::cardNumber(QString(), sepa.last4)));
            QStringList details;
            if (!sepa.mandateReference.trimmed().isEmpty())
                details << tr("Mandate reference %1").arg(sepa.mandateReference.trimmed());
            if (!sepa.country.isEmpty())
                details << sepa.country;
            m_paymentDetails->setText(details.join(QStringLiteral(" · ")));
        } else {
            m_paymentLabel->setText(tr("SEPA direct debit"));
            m_paymentDetails->setText(tr("Scalingo did not send the mandate's details."));
        }
        break;
    case BillingProfile::PaymentKind::Paypal:
        m_paymentLabel->setText(tr("PayPal"));
        m_paymentDetails->setText(profile.paypal && !profile.paypal->email.isEmpty()
                                      ? profile.paypal->email
                                      : tr("Paid through a PayPal account"));
        break;
    case BillingProfile::PaymentKind::Other:
        m_paymentLabel->setText(tr("Paid by %1").arg(profile.paymentMethod));
        m_paymentDetails->clear();
        break;
    case BillingProfile::PaymentKind::None:
        m_paymentLabel->setText(tr("No means of payment"));
        m_paymentDetails->setText(tr("Add one on Scalingo, or invoices will be paid from credit only."));
        break;
    }
    m_paymentDetails->setVisible(!m_paymentDetails->text().isEmpty());
    m_expiryWarning->setText(warning);
    m_expiryWarning->setVisible(!warning.isEmpty());
    m_stack->setCurrentWidget(m_content);
}

void BillingProfileOverviewSection::setField(const QString &key, const QString &text)
{
    // A field Scalingo leaves empty (most often the invoice notes) is left out, not filled
    // with a "Not given" line.
    if (QLabel *label = m_fields.value(key)) {
        label->setText(text.trimmed());
        m_profileForm->setRowVisible(label, !label->text().isEmpty());
    }
}

bool BillingProfileOverviewSection::isProfileFieldShown(const QString &key) const
{
    QLabel *label = m_fields.value(key);
    return label && label->isVisibleTo(m_profileBox);
}

bool BillingProfileOverviewSection::isLoading() const
{
    return m_loading;
}

bool BillingProfileOverviewSection::hasProfile() const
{
    return m_hasProfile;
}

const BillingProfile &BillingProfileOverviewSection::profile() const
{
    return m_profile;
}

QString BillingProfileOverviewSection::paymentText() const
{
    return m_paymentLabel->text() + QLatin1Char('\n') + m_paymentDetails->text();
}

QString BillingProfileOverviewSection::expiryWarningText() const
{
    return m_expiryWarning->isVisibleTo(const_cast<BillingProfileOverviewSection *>(this)) ? m_expiryWarning->text() : QString();
}

QString BillingProfileOverviewSection::profileFieldText(const QString &key) const
{
    QLabel *label = m_fields.value(key);
    return label ? label->text() : QString();
}

ErrorBanner *BillingProfileOverviewSection::errorBanner() const
{
    return m_banner;
}

PageReadiness *BillingProfileOverviewSection::readiness() const
{
    return m_readiness;
}
