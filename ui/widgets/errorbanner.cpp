#include "widgets/errorbanner.h"

#include "format/displayformat.h"
#include "api/apierror.h"
#include "widgets/themecolors.h"

#include <QHBoxLayout>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(tr("Retry"), this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAttribute(Qt::WA_StyledBackground);
    ThemeColors::setStyleSheet(this, [](const QPalette &palette) {
        const QString text = ThemeColors::toneText(palette, ThemeColors::Tone::Negative).name();
        return QStringLiteral("#errorBanner { %1 border-radius: 6px; }"
                              "#errorBanner QLabel { color: %2; }"
                              "#errorBanner QToolButton { border: none; color: %2; text-decoration: underline; }")
            .arg(ThemeColors::toneStyle(palette, ThemeColors::Tone::Negative, true), text);
    });

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->hide();

    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCursor(Qt::PointingHandCursor);
    m_detailsButton->setCheckable(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss"));
    setAccessibleName(tr("Problem"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_iconLabel, 0, Qt::AlignTop);
    row->addWidget(m_messageLabel, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_retryButton);
    row->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_detailsLabel);

    connect(m_detailsButton, &QToolButton::toggled, m_detailsLabel, &QLabel::setVisible);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const ApiError &error, bool retryable)
{
    showFailure(QString(), error, retryable);
}

void ErrorBanner::showFailure(const QString &what, const ApiError &error, bool retryable)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    add(what.isEmpty() ? error.message() : tr("%1 %2").arg(what, error.message()), error.longMessage(), retryable);
}

void ErrorBanner::showMessage(const QString &message, const QString &details)
{
    add(message, details, false);
}

void ErrorBanner::showStale(const QString &accountName, const QDateTime &asOf, const ApiError &reason)
{
    const QString when = DisplayFormat().dateTime(asOf);
    add(tr("%1: showing the data stored on this computer, as of %2. %3").arg(accountName, when, reason.message()),
        reason.longMessage(), true);
}

void ErrorBanner::showAccountFailure(const QString &accountName, const ApiError &reason)
{
    add(tr("%1: the invoices could not be loaded. %2").arg(accountName, reason.message()), reason.longMessage(), true);
}

void ErrorBanner::add(const QString &message, const QString &details, bool retryable)
{
    if (isHidden()) {
        m_messages.clear();
        m_details.clear();
        m_retryButton->hide();
    }
    m_messages.append(message);
    if (!details.isEmpty() && !m_details.contains(details))
        m_details.append(details);
    if (retryable)
        m_retryButton->show();
    updateTexts();
    show();
}

void ErrorBanner::updateTexts()
{
    // The first failure usually explains the rest (one refused key fails every request).
    QString text = m_messages.value(0);
    const int more = static_cast<int>(m_messages.size()) - 1;
    if (more > 0)
        text += QLatin1Char(' ') + tr("(%n more problem(s))", nullptr, more);
    m_messageLabel->setText(text);
    // A screen reader announces the banner as a problem, with what went wrong.
    setAccessibleName(tr("Problem"));
    setAccessibleDescription(text);
    const QString details = m_details.join(QStringLiteral("\n\n"));
    m_detailsLabel->setText(details);
    m_detailsButton->setToolTip(details);
    m_detailsButton->setVisible(!details.isEmpty());
}

void ErrorBanner::dismiss()
{
    hide();
    m_detailsButton->setChecked(false);
    m_messages.clear();
    m_details.clear();
}

QString ErrorBanner::message() const
{
    return m_messageLabel->text();
}

QString ErrorBanner::details() const
{
    return m_details.join(QStringLiteral("\n\n"));
}

int ErrorBanner::problemCount() const
{
    return static_cast<int>(m_messages.size());
}

QPushButton *ErrorBanner::retryButton() const
{
    return m_retryButton;
}
