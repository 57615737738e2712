#include "accounts/firstrunpage.h"

#include "widgets/themecolors.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
QWidget *createChoice(const QString &title, const QString &text, QPushButton *button, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("choice"));
    ThemeColors::setCardStyle(card, 8);
    card->setFixedWidth(340);
    auto *heading = new QLabel(title, card);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setWordWrap(true);
    auto *body = new QLabel(text, card);
    body->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    layout->addSpacing(6);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return card;
}
}

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_addAccount(new QPushButton(tr("Add an account…"), this))
    , m_demo(new QPushButton(tr("Try the demo"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRun"));
    auto *title = new QLabel(tr("Welcome to Billdeck"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *subtitle = new QLabel(tr("See your cloud invoices and what you spend, month by month."), this);
    subtitle->setAlignment(Qt::AlignCenter);
    ThemeColors::setMutedText(subtitle);

    m_addAccount->setDefault(true);
    auto *choices = new QHBoxLayout;
    choices->setSpacing(20);
    choices->addStretch(1);
    choices->addWidget(createChoice(tr("Add a SkySQL or Scalingo account"),
                                    tr("Enter an API key (SkySQL) or an API token (Scalingo). Billdeck keeps it in "
                                       "the system keychain and tests it before saving."),
                                    m_addAccount, this));
    choices->addWidget(createChoice(tr("Try the demo"),
                                    tr("Look around with generated billing data for one SkySQL and one Scalingo "
                                       "account, served on this computer only."),
                                    m_demo, this));
    choices->addStretch(1);

    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(subtitle);
    layout->addSpacing(28);
    layout->addLayout(choices);
    layout->addSpacing(16);
    layout->addWidget(m_status);
    layout->addStretch(2);

    connect(m_addAccount, &QPushButton::clicked, this, &FirstRunPage::addAccountRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
}

QPushButton *FirstRunPage::addAccountButton() const
{
    return m_addAccount;
}

QPushButton *FirstRunPage::demoButton() const
{
    return m_demo;
}

void FirstRunPage::setConnecting(bool connecting)
{
    m_addAccount->setEnabled(!connecting);
    m_demo->setEnabled(!connecting);
    ThemeColors::setMutedText(m_status);
    m_status->setText(connecting ? tr("Connecting your saved accounts…") : QString());
    m_status->setVisible(connecting);
}

void FirstRunPage::showProblem(const QString &message)
{
    ThemeColors::setTextTone(m_status, ThemeColors::Tone::Negative);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}
