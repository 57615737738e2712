#include "payments/paymentmethodspage.h"

#include "accounts/accountregistry.h"
#include "payments/paymentmethodmodel.h"
#include "payments/paymentmethodseditorbackend.h"
#include "profile/billingprofileeditor.h"
#include "widgets/accountpicker.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
// Paints a card's expiry in amber when it is close, red when it has passed.
class ExpiryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = static_cast<CardExpiryState>(index.data(PaymentMethodModel::ExpiryStateRole).toInt());
        if (index.column() == PaymentMethodModel::ExpiryColumn && state == CardExpiryState::ExpiresSoon) {
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x5a, 0x00));
            option->font.setBold(true);
            option->text += QStringLiteral("  ⚠ ") + PaymentMethodModel::tr("expires soon");
        } else if (index.column() == PaymentMethodModel::ExpiryColumn && state == CardExpiryState::Expired) {
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
            option->font.setBold(true);
            option->text += QStringLiteral("  ✕ ") + PaymentMethodModel::tr("expired");
        } else if (index.column() == PaymentMethodModel::DefaultColumn && index.data(PaymentMethodModel::IsDefaultRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0x0b, 0x3d, 0x91));
            option->font.setBold(true);
            option->text = QStringLiteral("★ ") + option->text;
        }
    }
};
}

PaymentMethodsPage::PaymentMethodsPage(AccountRegistry *accounts, QWidget *parent)
    : QWidget(parent)
    , m_picker(new AccountPicker(accounts, Capability::PaymentMethods, this))
    , m_readiness(new PageReadiness(QStringLiteral("payment-methods"), this))
    , m_banner(new ErrorBanner(this))
    , m_sourceLabel(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_providerNotice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_makeDefault(new QPushButton(tr("Make default"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_add(new QPushButton(tr("Add a payment method…"), this))
{
    auto *title = new QLabel(tr("Payment methods"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_sourceLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_sourceLabel->setWordWrap(true);
    m_banner->hide();
    m_warnings->setObjectName(QStringLiteral("expiryWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
        "#expiryWarnings { background: #fff4e0; border: 1px solid #f3d19c; border-radius: 5px; padding: 8px 10px; color: #6b4500; }"));
    m_warnings->hide();
    m_providerNotice->setObjectName(QStringLiteral("providerNotice"));
    m_providerNotice->setWordWrap(true);
    m_providerNotice->setStyleSheet(QStringLiteral(
        "#providerNotice { background: #e8f0fe; border: 1px solid #c6d8f5; border-radius: 5px; padding: 8px 10px; }"));
    m_providerNotice->hide();

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setStyleSheet(QStringLiteral("QTableView::item { padding: 0 8px; } QHeaderView::section { padding: 4px 8px; }"));
    m_table->setItemDelegate(new ExpiryDelegate(m_table));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_makeDefault);

    auto *note = new QLabel(tr("Card numbers are never typed into Billdeck: new cards are entered on the provider's "
                               "secure page in your browser."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(title);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_picker);
    layout->addSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(m_providerNotice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    // Takes the room when there is no table (a Scalingo account's single method).
    layout->addStretch(0);

    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_editor)
            m_editor->retry();
    });
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        if (m_editor && !selectedId().isEmpty())
            m_editor->makeDefault(selectedId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (!m_editor || id.isEmpty())
            return;
        const PaymentMethod method = m_editor->paymentMethods()->paymentMethodAt(m_editor->paymentMethods()->rowOf(id));
        const auto answer = QMessageBox::question(
            this, tr("Delete payment method"),
            tr("Remove %1 %2 from the organization?").arg(method.cardBrand, method.maskedCardNumber),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        // The account may have gone while the question was open.
        if (answer == QMessageBox::Yes && m_editor)
            m_editor->deletePaymentMethod(id);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_editor)
            m_editor->addPaymentMethod();
    });
    // Back from the provider's page in the browser: the new card should be there now.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_editor)
            m_editor->userReturned();
    });
    connect(m_picker, &AccountPicker::currentConnectionChanged, this, &PaymentMethodsPage::rebuildEditor);
    rebuildEditor();
}

PaymentMethodsEditorBackend *PaymentMethodsPage::editor() const
{
    return m_editor;
}

AccountPicker *PaymentMethodsPage::accountPicker() const
{
    return m_picker;
}

PageReadiness *PaymentMethodsPage::readiness() const
{
    return m_readiness;
}

ErrorBanner *PaymentMethodsPage::errorBanner() const
{
    return m_banner;
}

QTableView *PaymentMethodsPage::table() const
{
    return m_table;
}

QPushButton *PaymentMethodsPage::makeDefaultButton() const
{
    return m_makeDefault;
}

QPushButton *PaymentMethodsPage::deleteButton() const
{
    return m_delete;
}

QPushButton *PaymentMethodsPage::addButton() const
{
    return m_add;
}

QLabel *PaymentMethodsPage::warningLabel() const
{
    return m_warnings;
}

QLabel *PaymentMethodsPage::providerNotice() const
{
    return m_providerNotice;
}

void PaymentMethodsPage::rebuildEditor()
{
    AccountConnection *source = m_picker->currentConnection();
    PaymentMethodsEditorBackend *editor = source ? source->paymentMethods() : nullptr;
    if (editor && editor == m_editor)
        return;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    // An answer for the account shown before is no longer wanted.
    delete m_profileRequest.data();
    m_banner->dismiss();
    m_banner->hide();
    m_providerNotice->hide();
    m_table->setModel(nullptr);
    if (!editor) {
        m_table->hide();
        m_add->hide();
        m_delete->hide();
        m_makeDefault->hide();
        updateWarnings();
        if (!source || !source->offers(Capability::BillingProfile)) {
            m_sourceLabel->setText(tr("Show an account with payment methods to see them."));
            m_readiness->setReady();
            return;
        }
        // The means of payment lives in the billing profile and is changed on the provider's
        // dashboard.
        m_sourceLabel->setText(tr("How %1 pays (changed on the provider's dashboard).").arg(source->account().displayName));
        m_readiness->setLoading();
        m_profileRequest = new QObject(this);
        source->fetchBillingProfile(m_profileRequest, [this](const ApiResult<BillingProfile> &result) {
            m_profileRequest->deleteLater();
            if (!result.ok()) {
                m_banner->showError(result.error, false);
                m_banner->show();
                m_readiness->setFailed(result.error.message());
                return;
            }
            m_providerNotice->setText(billingPaymentDescription(result.value));
            m_providerNotice->show();
            m_readiness->setReady();
        });
        return;
    }
    m_table->show();
    m_add->show();
    m_delete->show();
    m_makeDefault->show();
    m_sourceLabel->setText(tr("How %1 pays its invoices. The default method is charged first.")
                               .arg(source->account().displayName));
    m_table->setModel(editor->paymentMethods());
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < PaymentMethodModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(PaymentMethodModel::HolderColumn, QHeaderView::Stretch);
    header->resizeSection(PaymentMethodModel::MethodColumn, 150);
    header->resizeSection(PaymentMethodModel::NumberColumn, 190);
    header->resizeSection(PaymentMethodModel::ExpiryColumn, 230);
    header->resizeSection(PaymentMethodModel::DefaultColumn, 130);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentMethodsPage::updateButtons);

    connect(editor, &PaymentMethodsEditorBackend::refreshed, this, &PaymentMethodsPage::onRefreshed);
    connect(editor, &PaymentMethodsEditorBackend::failed, this, &PaymentMethodsPage::showFailure);
    connect(editor, &PaymentMethodsEditorBackend::failureCleared, this, [this] {
        m_banner->dismiss();
        m_banner->hide();
    });
    connect(editor, &PaymentMethodsEditorBackend::busyChanged, this, &PaymentMethodsPage::updateButtons);
    connect(editor, &PaymentMethodsEditorBackend::providerPageRequested, this, [this](const QUrl &url, const QString &intentId) {
        m_providerNotice->setText(tr("Finish adding the payment method on the provider's secure page in your browser "
                                     "(setup %1). Billdeck reads the list again when you come back.")
                                      .arg(intentId));
        m_providerNotice->show();
        Q_EMIT openUrlRequested(url);
    });
    updateButtons();
    if (editor->hasFailure())
        showFailure(editor->failedOperation(), editor->lastError());
    if (editor->hasLoaded()) {
        // Shown before: the account kept its list.
        onRefreshed();
        return;
    }
    m_readiness->setLoading();
    if (m_started)
        refresh();
}

void PaymentMethodsPage::onRefreshed()
{
    if (m_editor->paymentMethods()->rowCount() > 0 && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(0);
    updateButtons();
    updateWarnings();
    m_readiness->setReady();
}

void PaymentMethodsPage::showFailure(PaymentMethodsEditorBackend::Operation operation, const ApiError &error)
{
    m_banner->dismiss();
    m_banner->showError(error, true);
    m_banner->show();
    if (operation == PaymentMethodsEditorBackend::Operation::Refresh && !m_editor->hasLoaded())
        m_readiness->setFailed(error.message());
}

QString PaymentMethodsPage::selectedId() const
{
    if (!m_table->selectionModel())
        return QString();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PaymentMethodModel::PaymentMethodIdRole).toString();
}

void PaymentMethodsPage::updateButtons()
{
    const QString id = selectedId();
    const bool busy = !m_editor || m_editor->isBusy();
    m_add->setEnabled(!busy);
    if (!m_editor || id.isEmpty()) {
        m_makeDefault->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    const PaymentMethod method = m_editor->paymentMethods()->paymentMethodAt(m_editor->paymentMethods()->rowOf(id));
    m_makeDefault->setEnabled(!busy && !method.isDefault);
    QString reason;
    m_delete->setEnabled(!busy && m_editor->canDelete(id, &reason));
    m_delete->setToolTip(reason);
}

void PaymentMethodsPage::updateWarnings()
{
    QStringList lines;
    if (m_editor) {
        const PaymentMethodModel *model = m_editor->paymentMethods();
        for (int row = 0; row < model->rowCount(); ++row) {
            const PaymentMethod method = model->paymentMethodAt(row);
            const QString warning = model->expiryWarning(method);
            if (!warning.isEmpty())
                lines << QStringLiteral("<b>%1 %2</b>: %3")
                             .arg(model->index(row, PaymentMethodModel::MethodColumn).data().toString().toHtmlEscaped(),
                                  method.maskedCardNumber.right(4).prepend(QStringLiteral("•••• ")).toHtmlEscaped(),
                                  warning.toHtmlEscaped());
        }
    }
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!lines.isEmpty());
}

void PaymentMethodsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void PaymentMethodsPage::refresh()
{
    m_started = true;
    if (m_editor)
        m_editor->refresh();
}
