#include "overview/overviewpage.h"

#include "accounts/accountregistry.h"
#include "overview/overviewsections.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

OverviewPage::OverviewPage(AccountRegistry *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_readiness(new PageReadiness(QStringLiteral("overview"), this))
    , m_sectionsLayout(nullptr)
    , m_placeholder(new QLabel(this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_sectionsLayout = new QVBoxLayout(content);
    m_sectionsLayout->setContentsMargins(16, 12, 16, 16);
    m_sectionsLayout->setSpacing(24);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    ThemeColors::setMutedText(m_placeholder);
    m_sectionsLayout->addWidget(m_placeholder);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_accounts, &AccountRegistry::shownAccountsChanged, this, &OverviewPage::rebuild);
    connect(m_accounts, &AccountRegistry::accountAdded, this, &OverviewPage::rebuild);
    connect(m_accounts, &AccountRegistry::accountRemoved, this, &OverviewPage::rebuild);
    rebuild();
}

void OverviewPage::rebuild()
{
    for (const QPointer<QWidget> &section : std::as_const(m_sections))
        delete section.data();
    m_sections.clear();

    const QList<AccountConnection *> connections = m_accounts->shownConnections();
    for (AccountConnection *connection : connections) {
        QWidget *section = createOverviewSection(connection, this);
        if (!section)
            continue;
        m_sectionsLayout->addWidget(section, 1);
        m_sections.append(section);
        if (auto *readiness = section->findChild<PageReadiness *>(QString(), Qt::FindDirectChildrenOnly))
            connect(readiness, &PageReadiness::readyChanged, this, &OverviewPage::updateReadiness);
    }
    if (m_sections.isEmpty()) {
        m_placeholder->setText(connections.isEmpty()
                                   ? tr("Add an account to see its balance, credit and contracts here.")
                                   : tr("The accounts shown have no overview yet."));
        m_placeholder->show();
    } else {
        m_placeholder->hide();
    }
    updateReadiness();
}

void OverviewPage::updateReadiness()
{
    QStringList failures;
    for (const QPointer<QWidget> &section : std::as_const(m_sections)) {
        if (!section)
            continue;
        const auto *readiness = section->findChild<PageReadiness *>(QString(), Qt::FindDirectChildrenOnly);
        if (!readiness)
            continue;
        if (!readiness->isReady()) {
            m_readiness->setLoading();
            return;
        }
        if (!readiness->failureMessage().isEmpty())
            failures << readiness->failureMessage();
    }
    if (failures.isEmpty())
        m_readiness->setReady();
    else
        m_readiness->setFailed(failures.join(QLatin1Char(' ')));
}

QList<QWidget *> OverviewPage::sections() const
{
    QList<QWidget *> result;
    for (const QPointer<QWidget> &section : m_sections) {
        if (section)
            result.append(section.data());
    }
    return result;
}

PageReadiness *OverviewPage::readiness() const
{
    return m_readiness;
}

QString OverviewPage::placeholderText() const
{
    return m_placeholder->isVisibleTo(this) ? m_placeholder->text() : QString();
}
