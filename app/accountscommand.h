#pragma once

#include "commandline.h"
#include "domain/account.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class AccountFormBackend;
class Composition;
class QIODevice;

// An account given on the command line (--provider …) rather than saved. Its secret is read
// from the environment so it never shows in `ps` or the shell history.
namespace CommandLineAccount
{
// "BILLDECK_SKYSQL_API_KEY" or "BILLDECK_SCALINGO_TOKEN".
QString secretVariable(Provider provider);
// The account --provider and its addresses describe, with its secret. False with a message
// for people (naming the variable) when the secret is missing.
bool fromOptions(const CommandLineOptions &options, const QProcessEnvironment &environment, Account *account,
                 QString *secret, QString *error);
}

// The accounts a run of the window or of `export` works on: the demo (--demo), an account
// given with --provider, and otherwise the saved ones (their secrets read from the keychain);
// then the shown one (--account NAME|all). ready() or failed() follows start(), once.
class StartupAccounts final : public QObject
{
    Q_OBJECT

public:
    // In the window, a saved account whose key cannot be read is reported (problemFound) and
    // the others are shown; an export stops instead, so a script never gets part of the data.
    enum class Use { Window, Export };

    StartupAccounts(Composition *composition, const CommandLineOptions &options,
                    const QProcessEnvironment &environment, Use use, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void ready();
    void failed(const QString &message, int exitCode);
    void problemFound(const QString &message);

private:
    void savedAccountsConnected();
    void finish();
    void fail(const QString &message, int exitCode);

    Composition *m_composition;
    CommandLineOptions m_options;
    QProcessEnvironment m_environment;
    Use m_use;
    QString m_commandLineAccountId;
    QStringList m_problems;
    bool m_done = false;
};

// `billdeck accounts add|list|remove`: the same AccountManager the Accounts dialog saves
// through; `add` checks the form's rules and tests the connection before saving anything.
class AccountsCommand final : public QObject
{
    Q_OBJECT

public:
    // The composition must have useSavedAccounts().
    AccountsCommand(Composition *composition, const CommandLineOptions &options,
                    const QProcessEnvironment &environment, QIODevice *output, QIODevice *errors,
                    QObject *parent = nullptr);
    ~AccountsCommand() override;

    // finished() follows once, from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void add();
    void list();
    void remove();
    void tested();
    void finish(int exitCode, const QString &message);

    Composition *m_composition;
    CommandLineOptions m_options;
    QProcessEnvironment m_environment;
    QIODevice *m_output;
    QIODevice *m_errors;
    AccountFormBackend *m_form = nullptr;
    bool m_done = false;
};
