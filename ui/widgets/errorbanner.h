#pragma once

#include <QStringList>
#include <QWidget>

class ApiError;
class QDateTime;
class QLabel;
class QPushButton;
class QToolButton;

// A failure shown above the page it concerns, never in a modal box: the data already on
// screen stays usable while the user decides whether to retry.
class ErrorBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows a network failure; Retry is offered when `retryable` (refreshing can fix it).
    // Several failures of one refresh are gathered into one banner rather than stacked.
    void showError(const ApiError &error, bool retryable = true);
    // Shows a local failure (writing a file): nothing to retry on the network.
    void showMessage(const QString &message, const QString &details);
    // What could not be done, then the plain reason: "This month's forecast could not be
    // loaded. Could not reach …".
    void showFailure(const QString &what, const ApiError &error, bool retryable = true);
    // Says that what is shown is the copy stored on this computer, as of when, and why the
    // service could not refresh it; Retry refreshes.
    void showStale(const QString &accountName, const QDateTime &asOf, const ApiError &reason);
    // Says that an account's invoices could not be loaded at all, and why; Retry refreshes.
    void showAccountFailure(const QString &accountName, const ApiError &reason);
    void dismiss();

    QString message() const;
    QString details() const;
    int problemCount() const;
    QPushButton *retryButton() const;

Q_SIGNALS:
    void retryRequested();

private:
    void add(const QString &message, const QString &details, bool retryable);
    void updateTexts();

    QLabel *m_iconLabel;
    QLabel *m_messageLabel;
    QLabel *m_detailsLabel;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
    QToolButton *m_closeButton;
    QStringList m_messages;
    QStringList m_details;
};
