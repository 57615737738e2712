#include "mainwindow.h"

#include "invoicespage.h"
#include "repository.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace
{
constexpr int SidebarWidth = 180;

QWidget *createEmptyState(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *title = new QLabel(MainWindow::tr("No account yet"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(MainWindow::tr(
        "Billdeck cannot add SkySQL or Scalingo accounts yet.<br>"
        "To look around with generated billing data, start it with<br><br>"
        "<code>billdeck --demo</code>"), page);
    text->setAlignment(Qt::AlignCenter);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch(2);
    return page;
}
}

MainWindow::MainWindow(Repository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_accountLabel(new QLabel(this))
    , m_accountBadge(new QLabel(tr("DEMO"), this))
    , m_providerLabel(new QLabel(this))
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyState(createEmptyState(this))
    , m_invoicesPage(new InvoicesPage(repository, this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
{
    setWindowTitle(tr("Billdeck"));

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(SidebarWidth);
    sidebar->setStyleSheet(QStringLiteral(
        "#sidebar { background: #f2f4f7; border-right: 1px solid #dde1e6; }"
        "#sidebar QListWidget { background: transparent; border: none; outline: none; }"
        "#sidebar QListWidget::item { padding: 7px 8px; border-radius: 5px; color: #1f2933; }"
        "#sidebar QListWidget::item:selected { background: #dde6f3; color: #0b3d91; }"));

    QFont accountFont = m_accountLabel->font();
    accountFont.setBold(true);
    accountFont.setPointSizeF(accountFont.pointSizeF() * 1.1);
    m_accountLabel->setFont(accountFont);
    m_accountLabel->setWordWrap(true);
    m_accountBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde8c8; color: #8a5a00; border-radius: 4px; padding: 1px 6px;"
        " font-size: 8pt; font-weight: bold; }"));
    m_accountBadge->setToolTip(tr("Generated data from the built-in demo server"));
    m_providerLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *providerRow = new QHBoxLayout;
    providerRow->setSpacing(6);
    providerRow->addWidget(m_providerLabel);
    providerRow->addWidget(m_accountBadge);
    providerRow->addStretch(1);

    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(12, 16, 12, 12);
    sidebarLayout->setSpacing(2);
    sidebarLayout->addWidget(m_accountLabel);
    sidebarLayout->addLayout(providerRow);
    sidebarLayout->addSpacing(16);
    sidebarLayout->addWidget(m_pageList, 1);
    // Keeps the account header at the top when the page list is hidden (no account yet).
    sidebarLayout->addStretch(0);

    m_pageList->setIconSize(QSize(16, 16));
    m_pageList->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(m_emptyState);
    addPage(QStringLiteral("invoices"), tr("Invoices"), style()->standardIcon(QStyle::SP_FileIcon), m_invoicesPage);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_progressBar->setMaximumWidth(180);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !isShowingEmptyState())
            m_pages->setCurrentIndex(row + 1);
    });
    connect(m_repository, &Repository::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_repository, &Repository::progressChanged, this, &MainWindow::onProgressChanged);
    connect(m_repository, &Repository::invoicesReset, this, &MainWindow::updateAccounts);

    m_pageList->setCurrentRow(0);
    updateAccounts();
    resize(1280, 800);
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page)
{
    m_pageKeys.append(key);
    new QListWidgetItem(icon, title, m_pageList);
    m_pages->addWidget(page);
}

QStringList MainWindow::pageKeys() const
{
    return m_pageKeys;
}

bool MainWindow::setCurrentPage(const QString &key)
{
    const int row = static_cast<int>(m_pageKeys.indexOf(key));
    if (row < 0)
        return false;
    m_pageList->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPage() const
{
    return m_pageKeys.value(m_pageList->currentRow());
}

InvoicesPage *MainWindow::invoicesPage() const
{
    return m_invoicesPage;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateAccounts()
{
    const QList<Account> accounts = m_repository->accounts();
    if (accounts.isEmpty()) {
        m_accountLabel->setText(tr("No account"));
        m_accountBadge->hide();
        m_providerLabel->setText(tr("Nothing to show yet"));
        m_pageList->hide();
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    bool anyDemo = false;
    QStringList providers;
    for (const Account &account : accounts) {
        anyDemo = anyDemo || account.isDemo;
        const QString provider = providerDisplayName(account.provider);
        if (!providers.contains(provider))
            providers << provider;
    }
    m_accountLabel->setText(accounts.size() == 1 ? accounts.first().displayName
                                                 : tr("All accounts (%1)").arg(accounts.size()));
    m_accountBadge->setVisible(anyDemo);
    m_providerLabel->setText(providers.join(QStringLiteral(", ")));
    m_pageList->show();
    if (isShowingEmptyState())
        m_pages->setCurrentIndex(std::max(0, m_pageList->currentRow()) + 1);
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_progressBar->setVisible(loading);
    if (loading) {
        m_statusLabel->setText(tr("Loading invoices…"));
        return;
    }
    const int count = static_cast<int>(m_repository->invoices().size());
    if (!m_repository->errors().isEmpty()) {
        m_statusLabel->setText(tr("Some invoices could not be loaded"));
        return;
    }
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_statusLabel->setText(count == 1 ? tr("1 invoice · updated at %1").arg(time)
                                      : tr("%1 invoices · updated at %2").arg(count).arg(time));
}

void MainWindow::onProgressChanged(int done, int total)
{
    if (!m_repository->isLoading())
        return;
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
    m_statusLabel->setText(tr("Loading invoices… %1/%2").arg(done).arg(total));
}
