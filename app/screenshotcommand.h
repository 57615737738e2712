#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class MainWindow;
class PageReadiness;
class QIODevice;
class InvoiceRepository;

// `billdeck --screenshot out.png`: waits until the invoices are loaded and the selected one's
// charges are on screen (or loading failed), saves a picture of the window, and finishes.
// A page that loads its own data owns a PageReadiness keyed by its page: when it is the
// current page, the picture waits for that instead of the invoice charges.
// Exit code: 0 saved, 1 loading failed (the picture shows the banner), 2 timed out.
class ScreenshotCommand final : public QObject
{
    Q_OBJECT

public:
    ScreenshotCommand(MainWindow *window, InvoiceRepository *repository, const QString &filePath,
                      std::chrono::milliseconds timeout, QIODevice *errors, QObject *parent = nullptr);

    // Starts loading; finished() follows once, from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void checkReady();
    void watchCurrentPage();
    // The current page's readiness, or nullptr when the page has none.
    PageReadiness *currentPageReadiness() const;
    bool hasNothingToSelect() const;
    // No PDF preview open, or its pages in view are rendered; otherwise asks it to draw them.
    bool isPdfDrawn() const;
    void capture();
    void finish(int exitCode, const QString &message);

    MainWindow *m_window;
    InvoiceRepository *m_repository;
    QString m_filePath;
    QIODevice *m_errors;
    QTimer m_timeout;
    QPointer<PageReadiness> m_watched;  // the current page's readiness, once it exists
    bool m_loaded = false;
    bool m_capturing = false;
    bool m_done = false;
};
