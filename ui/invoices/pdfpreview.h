#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedWidget;
class QToolButton;
class QUrl;

// One invoice's PDF inside the window: page navigation, zoom, Save as… and Open with the
// system viewer. It always says something: "Loading…", the document, or why there is none.
class PdfPreview final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Ready, Failed };

    // Asks where to save; an empty answer means the user cancelled.
    using SaveFileChooser = std::function<QString(const QString &suggestedFileName)>;
    // Hands a file to the desktop (QDesktopServices::openUrl by default).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit PdfPreview(QWidget *parent = nullptr);
    ~PdfPreview() override;

    void setSaveFileChooser(const SaveFileChooser &chooser);
    void setUrlOpener(const UrlOpener &opener);

    // `fileName` ("INV-2025-10.pdf") is what Save as… and the temporary copy are called.
    void showLoading(const QString &fileName);
    // Shows the PDF in `filePath` (read from there, page by page as it is shown).
    void showDocument(const QString &filePath, const QString &fileName);
    void showError(const QString &message);
    void clear();

    State state() const;
    // Loaded or failed: nothing more will change without a new request.
    bool isSettled() const;
    // Loaded, and every page in view has its picture: QPdfView renders pages on another thread
    // after a paint asks for them, and paints them white until then.
    bool arePagesDrawn() const;
    // Asks the view to paint (and so to request) the pages in view; pagesDrawn() follows.
    void drawPages();
    QString message() const;
    QString fileName() const;
    int pageCount() const;
    int currentPage() const;  // 0-based
    qreal zoomFactor() const;

    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // Writes the PDF where the chooser says; false when cancelled or failed (failed() says why).
    bool saveAs();
    // Writes the PDF under the temporary folder and asks the desktop to open it.
    bool openExternally();

    QPdfView *view() const;
    // A narrow pane shows Save and Open as icons (their titles in tooltips), so the toolbar
    // fits instead of cutting "Save as…" and "Page 1 of 1".
    bool isToolbarCompact() const;

Q_SIGNALS:
    // The document is shown or the message is: screenshots and tests wait for this.
    void settled();
    // Every page in view has its picture (arePagesDrawn()): screenshots wait for this.
    void pagesDrawn();
    void saved(const QString &filePath);
    void openedExternally(const QString &filePath);
    // Saving or opening went wrong; the page shows it in its banner.
    void actionFailed(const QString &message, const QString &details);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitToolbar();
    void onStatusChanged();
    void updateControls();
    void setState(State state, const QString &message);
    bool writeTo(const QString &path);
    QList<int> pagesInView() const;
    // The view dropped its pictures (new size, zoom or document): none is drawn until rendered.
    void forgetDrawnPages();
    void onPageRendered(int page);

    QPdfDocument *m_document;
    QPdfView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_pageLabel;
    QLabel *m_zoomLabel;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_zoomOutButton;
    QToolButton *m_zoomInButton;
    QToolButton *m_fitWidthButton;
    QToolButton *m_saveButton;
    QToolButton *m_openButton;
    QString m_filePath;
    QString m_fileName;
    QString m_messageText;
    SaveFileChooser m_saveFileChooser;
    UrlOpener m_urlOpener;
    State m_state = State::Empty;
    QHBoxLayout *m_toolbar = nullptr;
    int m_fullToolbarWidth = -1;
    QSet<int> m_drawnPages;  // rendered since the view last dropped its pictures  // with Save and Open titled; -1 until measured
};
