#pragma once

#include "domain/billingprofile.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QWidget>

class AccountConnection;
class ErrorBanner;
class PageReadiness;
class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;

// A Scalingo account's billing profile (who is invoiced) and its means of payment, with a
// warning when the card on file has expired or is about to.
class BillingProfileOverviewSection final : public QWidget
{
    Q_OBJECT

public:
    // The connection's account titles the section ("Demo Scalingo · Scalingo").
    explicit BillingProfileOverviewSection(AccountConnection *connection, QWidget *parent = nullptr);

    // "Today" for the card expiry warning; tests pin it.
    void setToday(const QDate &today);
    void setLocale(const QLocale &locale);

    void reload();
    bool isLoading() const;
    bool hasProfile() const;
    const BillingProfile &profile() const;

    // What the view says, for tests: the payment line and the expiry warning ("" when none).
    QString paymentText() const;
    QString expiryWarningText() const;
    QString profileFieldText(const QString &key) const;
    // False for a field the profile leaves empty: its row is left out.
    bool isProfileFieldShown(const QString &key) const;
    ErrorBanner *errorBanner() const;
    // The Overview page waits for it (see overviewsections.h).
    PageReadiness *readiness() const;

Q_SIGNALS:
    // The profile arrived or failed: nothing more is pending.
    void loaded();

private:
    void showProfile(const BillingProfile &profile);
    void setField(const QString &key, const QString &text);

    AccountConnection *m_connection;
    QDate m_today;
    QLocale m_locale;
    BillingProfile m_profile;
    bool m_hasProfile = false;
    bool m_loading = false;

    PageReadiness *m_readiness;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_content;
    QGroupBox *m_profileBox;
    QFormLayout *m_profileForm;
    QGroupBox *m_paymentBox;
    QLabel *m_paymentIcon;
    QLabel *m_paymentLabel;
    QLabel *m_paymentDetails;
    QLabel *m_expiryWarning;
    QLabel *m_creditLabel;
    QHash<QString, QLabel *> m_fields;
};
