#pragma once

#include <QWidget>

class AccountFormBackend;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
class QWidget;

// The fields of one account, bound to AccountFormBackend: every rule (what is required, which
// address is acceptable, what a test result means) lives there; this only shows it. Each
// field's error sits right under the field.
class AccountForm final : public QWidget
{
    Q_OBJECT

public:
    // `network` runs "Test connection"; neither is owned.
    AccountForm(AccountFormBackend *backend, QNetworkAccessManager *network, QWidget *parent = nullptr);

    AccountFormBackend *backend() const;

    QComboBox *providerCombo() const;
    QLineEdit *displayNameEdit() const;
    QLineEdit *secretEdit() const;
    QToolButton *showSecretButton() const;
    QLineEdit *organizationIdEdit() const;
    QComboBox *regionCombo() const;
    QLineEdit *apiUrlEdit() const;
    QLineEdit *authUrlEdit() const;
    QPushButton *testButton() const;
    QLabel *testResultLabel() const;
    QLabel *secretErrorLabel() const;
    QLabel *apiUrlErrorLabel() const;
    QLabel *displayNameErrorLabel() const;

private:
    void updateFromBackend();
    void updateErrors();
    void updateTestState();
    void updateProviderFields();

    AccountFormBackend *m_backend;
    QNetworkAccessManager *m_network;
    QComboBox *m_provider;
    QLineEdit *m_displayName;
    QLabel *m_displayNameError;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QLabel *m_secretError;
    QLabel *m_organizationLabel;
    QLineEdit *m_organizationId;
    QLabel *m_organizationError;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_apiUrlLabel;
    QLineEdit *m_apiUrl;
    QLabel *m_apiUrlError;
    QLabel *m_authUrlLabel;
    QLineEdit *m_authUrl;
    QLabel *m_authUrlError;
    QPushButton *m_testButton;
    QLabel *m_testResult;
};
