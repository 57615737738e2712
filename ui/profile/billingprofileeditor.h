#pragma once

#include <QWidget>

class BillingProfileEditorBackend;
class QLabel;
class QPushButton;

// Scalingo's billing profile: who is invoiced (name, company, email, address) and the VAT
// number, each problem in red under its field, and the payment method Stripe, SEPA or PayPal
// holds, read-only (it is changed on Scalingo's dashboard). Binds to a BillingProfileEditorBackend;
// its failures go to the page's banner.
struct BillingProfile;

// "Visa card ending in 4242, expires 10/2027 · Ada", "SEPA direct debit from…", "PayPal (…)".
QString billingPaymentDescription(const BillingProfile &profile);

class BillingProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit BillingProfileEditor(BillingProfileEditorBackend *editor, QWidget *parent = nullptr);

    BillingProfileEditorBackend *editor() const;
    QPushButton *saveButton() const;
    QLabel *paymentLabel() const;

private:
    void updateState();

    BillingProfileEditorBackend *m_editor;
    QLabel *m_paymentLabel;
    QLabel *m_statusLabel;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
};
