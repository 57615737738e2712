#include "payments/paymentmethodspage.h"

#include "format/displayformat.h"
#include "accounts/accountregistry.h"
#include "payments/paymentmethodmodel.h"
#include "payments/paymentmethodseditorbackend.h"
#include "profile/billingprofileeditor.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

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
            option->palette.setColor(QPalette::Text, ThemeColors::toneText(option->palette, ThemeColors::Tone::Warning));
            option->font.setBold(true);
            option->text += QStringLiteral("  ⚠ ") + PaymentMethodModel::tr("expires soon");
        } else if (index.column() == PaymentMethodModel::ExpiryColumn && state == CardExpiryState::Expired) {
            option->palette.setColor(QPalette::Text, ThemeColors::toneText(option->palette, ThemeColors::Tone::Negative));
            option->font.setBold(true);
            option->text += QStringLiteral("  ✕ ") + PaymentMethodModel::tr("expired");
        } else if (index.column() == PaymentMethodModel::DefaultColumn && index.data(PaymentMethodModel::IsDefaultRole).toBool()) {
            option->palette.setColor(QPalette::Text, ThemeColors::linkText(option->palette));
            option->font.setBold(true);
            option->text = QStringLiteral("★ ") + option->text;
        }
    }
};
}

PaymentMethodsPage::PaymentMethodsPage(AccountRegistry *accounts, QWidget *parent)
    : EditorPage(QStringLiteral("payment-methods"), tr("Payment methods"), accounts, Capability::PaymentMethods, parent)
    , m_warnings(new QLabel(this))
    , m_providerNotice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_makeDefault(new QPushButton(tr("Make default"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_add(new QPushButton(tr("Add a payment method…"), this))
{
    m_warnings->setObjectName(QStringLiteral("expiryWarnings"));
    m_warnings->setWordWrap(true);
    ThemeColors::setNoticeStyle(m_warnings, ThemeColors::Tone::Warning, QStringLiteral("padding: 8px 10px;"));
    m_warnings->hide();
    m_providerNotice->setObjectName(QStringLiteral("providerNotice"));
    m_providerNotice->setWordWrap(true);
    ThemeColors::setNoticeStyle(m_providerNotice, ThemeColors::Tone::Info, QStringLiteral("padding: 8px 10px;"));
    m_providerNotice->hide();

    m_table->setAccessibleName(tr("Payment methods"));
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
    ThemeColors::setMutedText(note);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(m_warnings);
    layout->addWidget(m_providerNotice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    // Takes the room when there is no table (a Scalingo account's single method).
    layout->addStretch(0);

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
            tr("Remove %1 from the organization?").arg(DisplayFormat::cardNumber(method.cardBrand, method.maskedCardNumber)),
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
    bindPickedAccount();
}

PaymentMethodsEditorBackend *PaymentMethodsPage::editor() const
{
    return m_editor;
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

EditorBackend *PaymentMethodsPage::editorOf(AccountConnection *source) const
{
    return source->paymentMethods();
}

void PaymentMethodsPage::bindEditor(AccountConnection *source)
{
    m_editor = source ? source->paymentMethods() : nullptr;
    // An answer for the account shown before is no longer wanted.
    delete m_profileRequest.data();
    m_providerNotice->hide();
    m_table->setModel(nullptr);
    PaymentMethodsEditorBackend *editor = m_editor;
    const bool editable = editor != nullptr;
    m_table->setVisible(editable);
    m_add->setVisible(editable);
    m_delete->setVisible(editable);
    m_makeDefault->setVisible(editable);
    if (!editor) {
        updateWarnings();
        if (source && source->offers(Capability::BillingProfile))
            showProfilePayment(source);
        else
            sourceLabel()->setText(tr("Show an account with payment methods to see them."));
        return;
    }
    sourceLabel()->setText(tr("How %1 pays its invoices. The default method is charged first.")
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentMethodsPage::updateState);

    connect(editor, &PaymentMethodsEditorBackend::refreshed, this, &PaymentMethodsPage::onRefreshed);
    connect(editor, &PaymentMethodsEditorBackend::providerPageRequested, this, [this](const QUrl &url, const QString &intentId) {
        m_providerNotice->setText(tr("Finish adding the payment method on the provider's secure page in your browser "
                                     "(setup %1). Billdeck reads the list again when you come back.")
                                      .arg(intentId));
        m_providerNotice->show();
        Q_EMIT openUrlRequested(url);
    });
    if (editor->hasLoaded())
        onRefreshed();
}

void PaymentMethodsPage::showProfilePayment(AccountConnection *source)
{
    // The means of payment lives in the billing profile and is changed on the provider's
    // dashboard.
    sourceLabel()->setText(tr("How %1 pays (changed on the provider's dashboard).").arg(source->account().displayName));
    readiness()->setLoading();
    m_profileRequest = new QObject(this);
    source->fetchBillingProfile(m_profileRequest, [this](const ApiResult<BillingProfile> &result) {
        m_profileRequest->deleteLater();
        if (!result.ok()) {
            errorBanner()->showError(result.error, false);
            errorBanner()->show();
            readiness()->setFailed(result.error.message());
            return;
        }
        m_providerNotice->setText(billingPaymentDescription(result.value));
        m_providerNotice->show();
        readiness()->setReady();
    });
}

void PaymentMethodsPage::onRefreshed()
{
    if (m_editor->paymentMethods()->rowCount() > 0 && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(0);
    updateState();
    updateWarnings();
}

QString PaymentMethodsPage::selectedId() const
{
    if (!m_table->selectionModel())
        return QString();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PaymentMethodModel::PaymentMethodIdRole).toString();
}

void PaymentMethodsPage::updateState()
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
                lines << QStringLiteral("<b>%1</b>: %2")
                             .arg(DisplayFormat::cardNumber(model->index(row, PaymentMethodModel::MethodColumn).data().toString(),
                                                            method.maskedCardNumber)
                                      .toHtmlEscaped(),
                                  warning.toHtmlEscaped());
        }
    }
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!lines.isEmpty());
}
