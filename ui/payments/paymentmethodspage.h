#pragma once

#include "widgets/editorpage.h"

#include <QPointer>
#include <QWidget>

class AccountRegistry;
class PaymentMethodsEditorBackend;
class QLabel;
class QPushButton;
class QTableView;
class QUrl;

// The organization's payment methods: brand, masked number, expiry (with a warning for a card
// that expires within 60 days or has), holder and the default. Cards are added on the
// provider's secure page in the browser, never typed here; the list is read again when the
// user comes back to Billdeck. Binds to the picked account's PaymentMethodsEditorBackend; an
// account whose means of payment lives in its billing profile shows it read-only.
class PaymentMethodsPage final : public EditorPage
{
    Q_OBJECT

public:
    explicit PaymentMethodsPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    PaymentMethodsEditorBackend *editor() const;
    QTableView *table() const;
    QPushButton *makeDefaultButton() const;
    QPushButton *deleteButton() const;
    QPushButton *addButton() const;
    QLabel *warningLabel() const;
    QLabel *providerNotice() const;

Q_SIGNALS:
    // The provider's page to open in the browser (the window or a test decides how).
    void openUrlRequested(const QUrl &url);

protected:
    EditorBackend *editorOf(AccountConnection *source) const override;
    void bindEditor(AccountConnection *source) override;
    void updateState() override;

private:
    void showProfilePayment(AccountConnection *source);
    void onRefreshed();
    void updateWarnings();
    QString selectedId() const;

    QPointer<PaymentMethodsEditorBackend> m_editor;
    QPointer<QObject> m_profileRequest;

    QLabel *m_warnings;
    QLabel *m_providerNotice;
    QTableView *m_table;
    QPushButton *m_makeDefault;
    QPushButton *m_delete;
    QPushButton *m_add;
};
