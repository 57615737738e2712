#pragma once

#include "payments/paymentmethodseditorbackend.h"

#include <QPointer>
#include <QWidget>

class AccountPicker;
class AccountRegistry;
class ErrorBanner;
class PageReadiness;
class QLabel;
class QPushButton;
class QTableView;
class QUrl;

// The organization's payment methods: brand, masked number, expiry (with a warning for a card
// that expires within 60 days or has), holder and the default. Cards are added on the
// provider's secure page in the browser, never typed here; the list is read again when the
// user comes back to Billdeck. Binds to the picked account's PaymentMethodsEditorBackend; an
// account whose means of payment lives in its billing profile shows it read-only.
class PaymentMethodsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentMethodsPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    PaymentMethodsEditorBackend *editor() const;
    AccountPicker *accountPicker() const;
    PageReadiness *readiness() const;
    ErrorBanner *errorBanner() const;
    QTableView *table() const;
    QPushButton *makeDefaultButton() const;
    QPushButton *deleteButton() const;
    QPushButton *addButton() const;
    QLabel *warningLabel() const;
    QLabel *providerNotice() const;

    void refresh();

Q_SIGNALS:
    // The provider's page to open in the browser (the window or a test decides how).
    void openUrlRequested(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildEditor();
    void onRefreshed();
    void showFailure(PaymentMethodsEditorBackend::Operation operation, const ApiError &error);
    void updateButtons();
    void updateWarnings();
    QString selectedId() const;

    AccountPicker *m_picker;
    QPointer<PaymentMethodsEditorBackend> m_editor;
    QPointer<QObject> m_profileRequest;
    PageReadiness *m_readiness;
    bool m_started = false;

    ErrorBanner *m_banner;
    QLabel *m_sourceLabel;
    QLabel *m_warnings;
    QLabel *m_providerNotice;
    QTableView *m_table;
    QPushButton *m_makeDefault;
    QPushButton *m_delete;
    QPushButton *m_add;
};
