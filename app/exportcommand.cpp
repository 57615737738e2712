#include "exportcommand.h"

#include "invoiceexport.h"
#include "repository.h"

#include <QIODevice>
#include <QStringList>
#include <QTimer>

InvoiceExportCommand::InvoiceExportCommand(Repository *repository, CommandLineOptions::ExportFormat format,
                                           QIODevice *output, QIODevice *errors, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_format(format)
    , m_output(output)
    , m_errors(errors)
{
}

void InvoiceExportCommand::start()
{
    connect(m_repository, &Repository::loaded, this, &InvoiceExportCommand::onLoaded);
    // Deferred: with no account, loaded() would fire before the caller's event loop runs.
    QTimer::singleShot(0, m_repository, &Repository::refreshInvoices);
}

void InvoiceExportCommand::onLoaded()
{
    if (m_done)
        return;
    m_done = true;

    const QList<ApiError> errors = m_repository->errors();
    if (!errors.isEmpty()) {
        // A partial export would look complete in a spreadsheet; say what failed instead.
        QStringList messages;
        for (const ApiError &error : errors) {
            if (!messages.contains(error.message()))
                messages << error.message();
        }
        fail(tr("billdeck: could not export the invoices: %1").arg(messages.join(QLatin1Char(' '))));
        return;
    }

    const auto accountName = [this](const QString &accountId) {
        return m_repository->account(accountId).displayName;
    };
    const QByteArray data = m_format == CommandLineOptions::ExportFormat::Json
        ? InvoiceExport::toJson(m_repository->invoices(), accountName)
        : InvoiceExport::toCsv(m_repository->invoices(), accountName);
    if (m_output->write(data) != data.size()) {
        fail(tr("billdeck: could not write the export: %1").arg(m_output->errorString()));
        return;
    }
    Q_EMIT finished(CommandLine::ExitSuccess);
}

void InvoiceExportCommand::fail(const QString &message)
{
    m_errors->write(message.toUtf8() + '\n');
    Q_EMIT finished(CommandLine::ExitFailure);
}
