#include "exportcommand.h"

#include "accounts/accountregistry.h"
#include "api/scalingo/scalingobackend.h"
#include "costs/costexport.h"
#include "invoices/invoiceexport.h"
#include "invoices/invoicerepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportKinds", text);
}

QString joinedMessages(const QList<ApiError> &errors)
{
    QStringList messages;
    for (const ApiError &error : errors) {
        if (!messages.contains(error.message()))
            messages << error.message();
    }
    return messages.join(QLatin1Char(' '));
}

// What is left to gather in an operations export; shared by the accounts' callbacks.
struct OperationsRun {
    QList<InvoiceExport::OperationRow> rows;
    QList<ApiError> errors;
    int pending = 0;
};
}

namespace ExportKinds
{
QList<ExportKind> all()
{
    return {
        {QStringLiteral("invoices"), tr("every invoice, one row each"), &startInvoices},
        {QStringLiteral("operations"), tr("Scalingo billing operations (invoices issued, credits, payments)"),
         &startOperations},
        {QStringLiteral("costs"), tr("monthly costs, one row per account, month and cost category"), &startCosts},
    };
}

const ExportKind *find(const QString &name)
{
    static const QList<ExportKind> kinds = all();
    const auto found = std::find_if(kinds.cbegin(), kinds.cend(), [&name](const ExportKind &kind) {
        return kind.name == name;
    });
    return found != kinds.cend() ? &*found : nullptr;
}

QStringList names()
{
    QStringList result;
    const QList<ExportKind> kinds = all();
    for (const ExportKind &kind : kinds)
        result << kind.name;
    return result;
}

void startInvoices(ExportCommand *command)
{
    InvoiceRepository *repository = command->repository();
    // Details first: the list alone may not say the currency or the status.
    QObject::connect(repository, &InvoiceRepository::loaded, command, [command, repository] {
        const QList<ApiError> errors = repository->errors();
        if (!errors.isEmpty()) {
            // A partial export would look complete in a spreadsheet; say what failed instead.
            command->fail(tr("billdeck: could not export the invoices: %1").arg(joinedMessages(errors)));
            return;
        }
        command->reportFreshness();
        QList<Invoice> invoices;
        for (const Invoice &invoice : repository->invoices()) {
            if (command->inRange(invoice.date))
                invoices << invoice;
        }
        const auto accountName = [repository](const QString &accountId) {
            return repository->account(accountId).displayName;
        };
        command->succeed(command->options().format == CommandLineOptions::ExportFormat::Json
                             ? InvoiceExport::toJson(invoices, accountName)
                             : InvoiceExport::toCsv(invoices, accountName));
    });
    // The provider lists only from --from on, where it can; the rows are still checked here.
    repository->setHistoryStart(command->options().from);
    // Deferred: with no account, loaded() would fire before the caller's event loop runs.
    QTimer::singleShot(0, repository, &InvoiceRepository::refreshInvoices);
}

void startCosts(ExportCommand *command)
{
    InvoiceRepository *repository = command->repository();
    // The same split the Costs page charts, from fully loaded invoices: a listed-only
    // invoice would put its whole amount under "other".
    QObject::connect(repository, &InvoiceRepository::loaded, command, [command, repository] {
        const QList<ApiError> errors = repository->errors();
        if (!errors.isEmpty()) {
            command->fail(tr("billdeck: could not export the costs: %1").arg(joinedMessages(errors)));
            return;
        }
        command->reportFreshness();
        QList<Invoice> invoices;
        for (const Invoice &invoice : repository->invoices()) {
            // --from/--to select months: a month is kept when its first day is.
            if (command->inRange(invoice.periodStart))
                invoices << invoice;
        }
        const auto accountName = [repository](const QString &accountId) {
            return repository->account(accountId).displayName;
        };
        command->succeed(command->options().format == CommandLineOptions::ExportFormat::Json
                             ? CostExport::toJson(invoices, accountName)
                             : CostExport::toCsv(invoices, accountName));
    });
    QTimer::singleShot(0, repository, &InvoiceRepository::refreshInvoices);
}

void startOperations(ExportCommand *command)
{
    QList<AccountConnection *> scalingo;
    QStringList others;
    const QList<AccountConnection *> shown = command->accounts()->shownConnections();
    for (AccountConnection *connection : shown) {
        if (connection->scalingo())
            scalingo << connection;
        else
            others << connection->account().displayName;
    }
    if (scalingo.isEmpty()) {
        const QString message = others.isEmpty()
            ? tr("billdeck: no account to export billing operations from.")
            : tr("billdeck: billing operations exist only on Scalingo accounts, and %1 is not one. "
                 "Choose a Scalingo account with --account NAME.")
                  .arg(others.join(QStringLiteral(", ")));
        QTimer::singleShot(0, command, [command, message] {
            command->fail(message);
        });
        return;
    }
    auto run = std::make_shared<OperationsRun>();
    run->pending = static_cast<int>(scalingo.size());
    for (AccountConnection *connection : std::as_const(scalingo)) {
        const QString accountName = connection->account().displayName;
        connection->scalingo()->billingOperations(
            command, [command, run, accountName](const ApiResult<QList<BillingOperation>> &result) {
                if (result.error.isError()) {
                    run->errors << result.error;
                } else {
                    for (const BillingOperation &operation : result.value) {
                        if (command->inRange(operation.createdAt.toUTC().date()))
                            run->rows << InvoiceExport::OperationRow{accountName, operation};
                    }
                }
                if (--run->pending > 0)
                    return;
                if (!run->errors.isEmpty()) {
                    command->fail(tr("billdeck: could not export the billing operations: %1")
                                      .arg(joinedMessages(run->errors)));
                    return;
                }
                // Newest first, like the invoices; ties keep the provider's order.
                std::stable_sort(run->rows.begin(), run->rows.end(), [](const auto &a, const auto &b) {
                    return a.operation.createdAt > b.operation.createdAt;
                });
                command->succeed(command->options().format == CommandLineOptions::ExportFormat::Json
                                     ? InvoiceExport::operationsToJson(run->rows)
                                     : InvoiceExport::operationsToCsv(run->rows));
            });
    }
}
}

ExportCommand::ExportCommand(AccountRegistry *accounts, InvoiceRepository *repository, const CommandLineOptions &options,
                             QIODevice *output, QIODevice *errors, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_repository(repository)
    , m_options(options)
    , m_output(output)
    , m_errors(errors)
{
}

void ExportCommand::start()
{
    const ExportKind *kind = ExportKinds::find(m_options.exportKind);
    if (!kind) {
        const QString message = tr("billdeck: cannot export \"%1\". Available: %2.")
                                    .arg(m_options.exportKind, ExportKinds::names().join(QStringLiteral(", ")));
        QTimer::singleShot(0, this, [this, message] {
            fail(message);
        });
        return;
    }
    kind->start(this);
}

AccountRegistry *ExportCommand::accounts() const
{
    return m_accounts;
}

InvoiceRepository *ExportCommand::repository() const
{
    return m_repository;
}

const CommandLineOptions &ExportCommand::options() const
{
    return m_options;
}

void ExportCommand::reportFreshness() const
{
    for (const Account &account : m_repository->accounts()) {
        const ApiError reason = m_repository->staleReason(account.id);
        const QString asOf = m_repository->dataAsOf(account.id).toUTC().toString(Qt::ISODate);
        if (reason.isError())
            m_errors->write(tr("billdeck: %1: the data stored on this computer, as of %2 (%3)\n")
                                .arg(account.displayName, asOf, reason.message())
                                .toUtf8());
        else if (m_options.offline)
            m_errors->write(tr("billdeck: %1: offline, the data stored on this computer, as of %2\n")
                                .arg(account.displayName, asOf)
                                .toUtf8());
    }
}

bool ExportCommand::inRange(const QDate &date) const
{
    if (!m_options.from.isValid() && !m_options.to.isValid())
        return true;
    return date.isValid() && (!m_options.from.isValid() || date >= m_options.from)
        && (!m_options.to.isValid() || date <= m_options.to);
}

void ExportCommand::succeed(const QByteArray &data)
{
    if (m_done)
        return;
    if (m_output->write(data) != data.size()) {
        fail(tr("billdeck: could not write the export: %1").arg(m_output->errorString()));
        return;
    }
    m_done = true;
    Q_EMIT finished(CommandLine::ExitSuccess);
}

void ExportCommand::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_errors->write(message.toUtf8() + '\n');
    Q_EMIT finished(CommandLine::ExitFailure);
}
