#include "screenshotcommand.h"

#include "commandline.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/pdfpreview.h"
#include "mainwindow.h"
#include "widgets/pagereadiness.h"

#include <QDir>
#include <QIODevice>
#include <QPixmap>
#include <QStringList>

ScreenshotCommand::ScreenshotCommand(MainWindow *window, InvoiceRepository *repository, const QString &filePath,
                                     std::chrono::milliseconds timeout, QIODevice *errors, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_repository(repository)
    , m_filePath(filePath)
    , m_errors(errors)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(CommandLine::ExitTimedOut,
               tr("billdeck: gave up after %1 s waiting for the invoices; no screenshot was saved.")
                   .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout.intervalAsDuration()).count()));
    });
}

void ScreenshotCommand::start()
{
    connect(m_repository, &InvoiceRepository::loaded, this, [this] {
        m_loaded = true;
        checkReady();
    });
    connect(m_window->invoicesPage(), &InvoicesPage::detailsShown, this, &ScreenshotCommand::checkReady);
    connect(m_window->invoicesPage()->pdfPreview(), &PdfPreview::settled, this, &ScreenshotCommand::checkReady);
    connect(m_window->invoicesPage()->pdfPreview(), &PdfPreview::pagesDrawn, this, &ScreenshotCommand::checkReady);
    watchCurrentPage();
    m_timeout.start();
    QTimer::singleShot(0, m_repository, &InvoiceRepository::refreshInvoices);
}

PageReadiness *ScreenshotCommand::currentPageReadiness() const
{
    const QString page = m_window->currentPage();
    const QList<PageReadiness *> all = m_window->findChildren<PageReadiness *>();
    for (PageReadiness *readiness : all) {
        if (!readiness->pageKey().isEmpty() && readiness->pageKey() == page)
            return readiness;
    }
    return nullptr;
}

void ScreenshotCommand::watchCurrentPage()
{
    // A page is built the first time it is shown, and may be only once the accounts are known:
    // its readiness is looked for again at every step until there is one.
    PageReadiness *readiness = currentPageReadiness();
    if (!readiness || readiness == m_watched)
        return;
    m_watched = readiness;
    connect(readiness, &PageReadiness::readyChanged, this, &ScreenshotCommand::checkReady);
}

void ScreenshotCommand::checkReady()
{
    watchCurrentPage();
    if (!m_loaded || m_capturing || m_done)
        return;
    if (const PageReadiness *readiness = currentPageReadiness()) {
        if (!readiness->isReady())
            return;
        m_capturing = true;
        QTimer::singleShot(100, this, &ScreenshotCommand::capture);
        return;
    }
    const bool nothingToSelect = hasNothingToSelect();
    const bool failed = !m_repository->errors().isEmpty();
    if (!nothingToSelect && !failed && !m_window->invoicesPage()->detailView()->isShowingDetails())
        return;
    // An open PDF preview is part of the picture: wait for the document or its message.
    const InvoicesPage *invoices = m_window->invoicesPage();
    if (!nothingToSelect && invoices->isPdfPreviewShown() && !invoices->pdfPreview()->isSettled())
        return;
    // A loaded PDF is painted white until its pages are rendered, on another thread.
    if (!nothingToSelect && !isPdfDrawn())
        return;
    m_capturing = true;
    // Let the last model changes reach layouts and paint before taking the picture.
    QTimer::singleShot(100, this, &ScreenshotCommand::capture);
}

bool ScreenshotCommand::hasNothingToSelect() const
{
    return m_window->isShowingEmptyState() || m_repository->invoices().isEmpty();
}

bool ScreenshotCommand::isPdfDrawn() const
{
    const InvoicesPage *invoices = m_window->invoicesPage();
    PdfPreview *preview = invoices->pdfPreview();
    if (!invoices->isPdfPreviewShown() || preview->state() != PdfPreview::State::Ready || preview->arePagesDrawn())
        return true;
    preview->drawPages();
    return false;
}

void ScreenshotCommand::capture()
{
    if (m_done)
        return;
    // The last layout may have resized the preview, and the view dropped its pictures: wait for
    // them again.
    if (!currentPageReadiness() && !hasNothingToSelect() && !isPdfDrawn()) {
        m_capturing = false;
        return;
    }
    if (!m_window->grab().save(m_filePath)) {
        finish(CommandLine::ExitFailure,
               tr("billdeck: could not save the screenshot to %1.").arg(QDir::toNativeSeparators(m_filePath)));
        return;
    }
    if (const PageReadiness *readiness = currentPageReadiness()) {
        if (!readiness->failureMessage().isEmpty()) {
            finish(CommandLine::ExitFailure, tr("billdeck: loading failed: %1").arg(readiness->failureMessage()));
            return;
        }
        finish(CommandLine::ExitSuccess, QString());
        return;
    }
    const QList<ApiError> errors = m_repository->errors();
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ApiError &error : errors) {
            if (!messages.contains(error.message()))
                messages << error.message();
        }
        finish(CommandLine::ExitFailure, tr("billdeck: loading failed: %1").arg(messages.join(QLatin1Char(' '))));
        return;
    }
    finish(CommandLine::ExitSuccess, QString());
}

void ScreenshotCommand::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (!message.isEmpty())
        m_errors->write(message.toUtf8() + '\n');
    Q_EMIT finished(exitCode);
}
