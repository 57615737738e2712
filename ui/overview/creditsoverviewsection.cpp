#include "overview/creditsoverviewsection.h"

#include "format/displayformat.h"
#include "accounts/accountregistry.h"
#include "overview/commitledgermodel.h"
#include "overview/contractmodel.h"
#include "overview/ledgermodel.h"
#include "overview/overviewloader.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
// Below this width the two ledgers go one above the other.
constexpr int StackLedgersBelowWidth = 1100;

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString collectionMethodText(const QString &method)
{
    if (method == u"charge_automatically")
        return CreditsOverviewSection::tr("charged automatically");
    if (method == u"send_invoice")
        return CreditsOverviewSection::tr("paid on invoice");
    return QString(method).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// A card: a small muted title over a large value and a line of facts.
QFrame *makeCard(const QString &title, QLabel *value, QWidget *extra, QLabel *facts, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("overviewCard"));
    ThemeColors::setCardStyle(card, 8);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    auto *titleLabel = new QLabel(title.toUpper(), card);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    ThemeColors::setMutedText(titleLabel);
    layout->addWidget(titleLabel);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(value);
    if (extra)
        layout->addWidget(extra);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(facts);
    layout->addStretch(1);
    return card;
}

QGroupBox *makeGroup(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return group;
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
}
}

CreditsOverviewSection::CreditsOverviewSection(AccountConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(connection->overview())
    , m_readiness(new PageReadiness(QString(), this))
    , m_banner(new ErrorBanner(this))
    , m_tierLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_accountFacts(new QLabel(this))
    , m_scuLabel(new QLabel(this))
    , m_scuBar(new QProgressBar(this))
    , m_scuFacts(new QLabel(this))
    , m_creditLabel(new QLabel(this))
    , m_creditFacts(new QLabel(this))
    , m_creditTable(new QTableView(this))
    , m_commitTable(new QTableView(this))
    , m_contractTree(new QTreeView(this))
{
    m_banner->hide();

    auto *title = new QLabel(connection->account().displayName, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    const QString organization = connection->account().organizationId;
    auto *subtitle = new QLabel(organization.isEmpty() ? tr("SkySQL")
                                                       : tr("SkySQL · organization %1").arg(organization), this);
    ThemeColors::setMutedText(subtitle);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(8);
    titleRow->addWidget(subtitle, 0, Qt::AlignBottom);
    titleRow->addStretch(1);

    auto *tierRow = new QWidget(this);
    auto *tierLayout = new QHBoxLayout(tierRow);
    tierLayout->setContentsMargins(0, 0, 0, 0);
    tierLayout->addWidget(m_statusLabel);
    tierLayout->addStretch(1);
    m_scuBar->setTextVisible(false);
    m_scuBar->setFixedHeight(8);
    m_scuBar->setRange(0, 1000);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(makeCard(tr("Account"), m_tierLabel, tierRow, m_accountFacts, this), 1);
    cards->addWidget(makeCard(tr("SCU this month"), m_scuLabel, m_scuBar, m_scuFacts, this), 1);
    cards->addWidget(makeCard(tr("Prepaid credit left"), m_creditLabel, nullptr, m_creditFacts, this), 1);

    auto *creditProxy = new QSortFilterProxyModel(this);
    creditProxy->setSourceModel(m_loader->creditLedger());
    creditProxy->setSortRole(LedgerModel::RawValueRole);
    m_creditTable->setModel(creditProxy);
    m_creditTable->setAccessibleName(tr("Prepaid credit ledger"));
    m_commitTable->setAccessibleName(tr("Postpaid commitment"));
    m_contractTree->setAccessibleName(tr("Contracts and entitlements"));
    setUpTable(m_creditTable);
    m_creditTable->setSortingEnabled(true);
    m_creditTable->sortByColumn(LedgerModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *creditHeader = m_creditTable->horizontalHeader();
    creditHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    creditHeader->setSectionResizeMode(LedgerModel::ReasonColumn, QHeaderView::Stretch);
    // A narrow window keeps each entry's date, reason and amounts whole: the batch and the
    // type go first.
    auto *creditColumns = new AdaptiveColumns(m_creditTable, creditHeader, QStringLiteral("Overview/hiddenCreditColumns"), this);
    creditColumns->setDropOrder({LedgerModel::BatchColumn, LedgerModel::TypeColumn});
    creditColumns->capNeededWidth(LedgerModel::ReasonColumn, 220);
    creditColumns->followModel(0);

    m_commitTable->setModel(m_loader->commitLedger());
    setUpTable(m_commitTable);
    // The months take what they need and the last amount shown (Unused) the rest, so it does
    // not end flush against the scroll bar with its title touching the edge.
    m_commitTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commitTable->horizontalHeader()->setStretchLastSection(true);
    // The months stay readable: the minimum commitment (the same every month) goes first.
    auto *commitColumns = new AdaptiveColumns(m_commitTable, m_commitTable->horizontalHeader(),
                                              QStringLiteral("Overview/hiddenCommitColumns"), this);
    commitColumns->setDropOrder({CommitLedgerModel::MinimumCommitColumn, CommitLedgerModel::UnusedColumn});
    commitColumns->followModel(0);

    m_contractTree->setModel(m_loader->contracts());
    m_contractTree->setAlternatingRowColors(true);
    m_contractTree->setUniformRowHeights(true);
    m_contractTree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_contractTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contractTree->header()->setStretchLastSection(false);
    m_contractTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contractTree->header()->setSectionResizeMode(ContractModel::DetailColumn, QHeaderView::Stretch);

    m_ledgers = new QBoxLayout(QBoxLayout::LeftToRight);
    m_ledgers->setSpacing(12);
    m_ledgers->addWidget(makeGroup(tr("Prepaid credit ledger"), m_creditTable, this), 3);
    m_ledgers->addWidget(makeGroup(tr("Postpaid commitment"), m_commitTable, this), 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addLayout(cards);
    layout->addLayout(m_ledgers, 1);
    layout->addWidget(makeGroup(tr("Contracts and entitlements"), m_contractTree, this), 0);
    m_creditTable->setMinimumHeight(240);
    m_commitTable->setMinimumHeight(240);
    // Contracts are few: room for two with their entitlements, the ledgers take the rest.
    m_contractTree->setMinimumHeight(210);

    m_tierLabel->setText(tr("Loading…"));
    m_scuLabel->setText(QStringLiteral("–"));
    m_creditLabel->setText(QStringLiteral("–"));

    connect(m_loader, &OverviewLoader::accountLoaded, this, &CreditsOverviewSection::showAccount);
    connect(m_loader, &OverviewLoader::failed, this, [this](const ApiError &error) { m_banner->showError(error, true); });
    connect(m_loader, &OverviewLoader::loaded, this, &CreditsOverviewSection::onLoaded);
    connect(m_banner, &ErrorBanner::retryRequested, this, &CreditsOverviewSection::refresh);
}

void CreditsOverviewSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void CreditsOverviewSection::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side, a narrow window leaves the credit ledger too little room for its reasons
    // ("Usage 2026-10 (invoice inv_2026_10_b0fafd)") and the commitment none for its minimum:
    // below this width each gets the full width, one above the other (the page scrolls).
    const bool stacked = width() < StackLedgersBelowWidth;
    if (stacked != ledgersStacked())
        m_ledgers->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool CreditsOverviewSection::ledgersStacked() const
{
    return m_ledgers->direction() == QBoxLayout::TopToBottom;
}

void CreditsOverviewSection::refresh()
{
    m_started = true;
    m_banner->dismiss();
    m_readiness->setLoading();
    m_loader->load();
}

void CreditsOverviewSection::showAccount()
{
    const BillingAccount &account = m_loader->account();
    m_tierLabel->setText(account.tier.isEmpty() ? tr("No tier") : tr("%1 tier").arg(capitalized(account.tier)));
    const bool active = account.active || account.status == u"active";
    m_statusLabel->setText(capitalized(account.status.isEmpty() ? (active ? tr("active") : tr("inactive")) : account.status));
    ThemeColors::setPillStyle(m_statusLabel, active ? ThemeColors::Tone::Positive : ThemeColors::Tone::Warning);
    QStringList facts;
    facts << tr("Account %1").arg(account.number);
    const QString subscription = account.subscription.status.isEmpty()
        ? tr("no subscription")
        : tr("Subscription %1, %2").arg(account.subscription.status,
                                        collectionMethodText(account.subscription.paymentCollectionMethod));
    facts << subscription;
    facts << tr("Customer since %1").arg(account.startDate.isValid()
                                              ? DisplayFormat(m_locale).longDate(account.startDate)
                                              : account.startDateText);
    m_accountFacts->setText(facts.join(QLatin1Char('\n')));

    const double consumed = account.scuConsumedMonthToDate;
    const double remaining = account.scuRemainingMonthToDate;
    const double allowance = consumed + remaining;
    const auto number = [this](double value) { return DisplayFormat(m_locale).number(value); };
    m_scuLabel->setText(tr("%1 SCU used").arg(number(consumed)));
    m_scuBar->setValue(allowance > 0 ? int(1000 * consumed / allowance) : 0);
    // The provider stops counting down at zero: past the allowance, usage is billed.
    m_scuFacts->setText(remaining > 0 ? tr("%1 SCU remaining this month").arg(number(remaining))
                                      : tr("Monthly allowance used up: further use is billed"));
    showCredit();
}

void CreditsOverviewSection::showCredit()
{
    const QString currency = m_connection->billingCurrency();
    const LedgerModel *ledger = m_loader->creditLedger();
    m_creditLabel->setText(ledger->currentBalance(currency).format(m_locale));
    QStringList facts;
    if (m_loader->hasAccount())
        facts << tr("Trial credit granted: %1").arg(m_loader->account().trialCredit.format(m_locale));
    facts << tr("%n ledger entries", nullptr, ledger->rowCount());
    // Credit held in another currency is its own balance, never added to this one.
    const QStringList currencies = ledger->currencies();
    for (const QString &other : currencies) {
        if (other != currency)
            facts << tr("Also %1").arg(ledger->currentBalance(other).format(m_locale));
    }
    m_creditFacts->setText(facts.join(QLatin1Char('\n')));
}

void CreditsOverviewSection::onLoaded()
{
    showCredit();
    m_contractTree->expandAll();
    const QList<ApiError> errors = m_loader->errors();
    if (errors.isEmpty()) {
        m_readiness->setReady();
        return;
    }
    if (!m_loader->hasAccount())
        m_tierLabel->setText(tr("Unavailable"));
    m_readiness->setFailed(errors.constFirst().message());
}

OverviewLoader *CreditsOverviewSection::loader() const
{
    return m_loader;
}

PageReadiness *CreditsOverviewSection::readiness() const
{
    return m_readiness;
}

ErrorBanner *CreditsOverviewSection::errorBanner() const
{
    return m_banner;
}

QTableView *CreditsOverviewSection::creditTable() const
{
    return m_creditTable;
}

QTableView *CreditsOverviewSection::commitTable() const
{
    return m_commitTable;
}

QTreeView *CreditsOverviewSection::contractTree() const
{
    return m_contractTree;
}

QString CreditsOverviewSection::tierText() const
{
    return m_tierLabel->text();
}

QString CreditsOverviewSection::remainingCreditText() const
{
    return m_creditLabel->text();
}
