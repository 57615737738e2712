#pragma once

#include "commandline.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class AccountRegistry;
class ExportCommand;
class QIODevice;
class InvoiceRepository;

// One kind of `billdeck export KIND`. Adding a kind is one row in ExportKinds::all() and one
// start function: it gathers its rows, then calls command->succeed(bytes) or command->fail(why)
// exactly once, from the event loop.
struct ExportKind {
    QString name;         // what the command line accepts: "invoices"
    QString description;  // for --help
    void (*start)(ExportCommand *command);
};

namespace ExportKinds
{
QList<ExportKind> all();
const ExportKind *find(const QString &name);
QStringList names();

// The built-in kinds' start functions.
void startInvoices(ExportCommand *command);
void startOperations(ExportCommand *command);
void startCosts(ExportCommand *command);
}

// `billdeck export KIND`: gathers the rows of the accounts shown (the --account choice, or the
// default), keeps those within --from/--to, and writes them all or, on any failure, nothing.
class ExportCommand final : public QObject
{
    Q_OBJECT

public:
    // `options.exportKind` must be one of ExportKinds::names().
    ExportCommand(AccountRegistry *accounts, InvoiceRepository *repository, const CommandLineOptions &options,
                  QIODevice *output, QIODevice *errors, QObject *parent = nullptr);

    // Starts gathering; finished() follows once, from the event loop.
    void start();

    AccountRegistry *accounts() const;
    InvoiceRepository *repository() const;
    const CommandLineOptions &options() const;
    // Within --from/--to (both included; an unset side is open).
    bool inRange(const QDate &date) const;
    // Says on standard error, per account, when the exported data was current if it is a
    // stored copy (offline, or the service could not answer); nothing when it is fresh.
    void reportFreshness() const;

    // For the kinds: the one outcome of the run. Later calls are ignored.
    void succeed(const QByteArray &data);
    void fail(const QString &message);

Q_SIGNALS:
    void finished(int exitCode);

private:
    AccountRegistry *m_accounts;
    InvoiceRepository *m_repository;
    CommandLineOptions m_options;
    QIODevice *m_output;
    QIODevice *m_errors;
    bool m_done = false;
};
