#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the window shows before any account is connected: add a real account, or look around
// with the built-in demo. The window forwards both choices to the composition root.
class FirstRunPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    QPushButton *addAccountButton() const;
    QPushButton *demoButton() const;
    // While saved accounts are being read from the keychain, the buttons wait.
    void setConnecting(bool connecting);
    // A failure of "Try the demo" (the demo server could not start).
    void showProblem(const QString &message);

Q_SIGNALS:
    void addAccountRequested();
    void demoRequested();

private:
    QPushButton *m_addAccount;
    QPushButton *m_demo;
    QLabel *m_status;
};
