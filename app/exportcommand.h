#pragma once

#include "commandline.h"

#include <QObject>

class QIODevice;
class Repository;

// `billdeck export invoices`: loads every invoice with its details (the list alone may not
// say the currency or the status), then writes them all or, on any failure, nothing.
class InvoiceExportCommand final : public QObject
{
    Q_OBJECT

public:
    InvoiceExportCommand(Repository *repository, CommandLineOptions::ExportFormat format, QIODevice *output,
                         QIODevice *errors, QObject *parent = nullptr);

    // Starts loading; finished() follows once, from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onLoaded();
    void fail(const QString &message);

    Repository *m_repository;
    CommandLineOptions::ExportFormat m_format;
    QIODevice *m_output;
    QIODevice *m_errors;
    bool m_done = false;
};
