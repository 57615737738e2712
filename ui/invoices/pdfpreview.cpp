#include "invoices/pdfpreview.h"

#include "invoices/documentfile.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QResizeEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QGuiApplication>
#include <QPdfPageNavigator>
#include <QPdfPageRenderer>
#include <QScreen>
#include <QScrollBar>
#include <QPdfView>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace
{
constexpr qreal ZoomStep = 1.25;
constexpr qreal MinimumZoom = 0.25;
constexpr qreal MaximumZoom = 6.0;

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

QString pdfErrorText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return QString();
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfPreview::tr("the document is incomplete");
    case QPdfDocument::Error::FileNotFound:
        return PdfPreview::tr("the file was not found");
    case QPdfDocument::Error::InvalidFileFormat:
        return PdfPreview::tr("this is not a valid PDF file");
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfPreview::tr("the document is password-protected");
    case QPdfDocument::Error::Unknown:
        break;
    }
    return PdfPreview::tr("unknown error");
}
}

PdfPreview::PdfPreview(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_previousButton(toolButton(tr("Previous"), tr("Previous page"), this))
    , m_nextButton(toolButton(tr("Next"), tr("Next page"), this))
    , m_zoomOutButton(toolButton(QStringLiteral("−"), tr("Zoom out"), this))
    , m_zoomInButton(toolButton(QStringLiteral("+"), tr("Zoom in"), this))
    , m_fitWidthButton(toolButton(tr("Fit width"), tr("Zoom to the width of the pane"), this))
    , m_saveButton(toolButton(tr("Save as…"), tr("Save the PDF to a file"), this))
    , m_openButton(toolButton(tr("Open"), tr("Open the PDF with the system's viewer"), this))
{
    m_saveFileChooser = [this](const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save invoice PDF"), QDir(folder).filePath(suggestedName),
                                            tr("PDF documents (*.pdf)"));
    };
    m_urlOpener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    m_previousButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    // Arrows say enough for paging; the actions that leave the app keep their words.
    for (QToolButton *button : {m_previousButton, m_nextButton})
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QToolButton *button : {m_saveButton, m_openButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Room for the widest text each label takes, and a character to spare: a label's text is
    // drawn a pixel or two wider than its advance.
    m_pageLabel->setMinimumWidth(m_pageLabel->fontMetrics().horizontalAdvance(tr("Page 88 of 88"))
                                 + m_pageLabel->fontMetrics().averageCharWidth());
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("888 %"))
                                 + m_zoomLabel->fontMetrics().averageCharWidth());
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    auto *toolbar = new QHBoxLayout;
    m_toolbar = toolbar;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setSpacing(2);
    toolbar->addWidget(m_previousButton);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_nextButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_zoomOutButton);
    toolbar->addWidget(m_zoomLabel);
    toolbar->addWidget(m_zoomInButton);
    toolbar->addWidget(m_fitWidthButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_saveButton);
    toolbar->addWidget(m_openButton);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    // Fitted to its width, a page is taller when no scroll bar takes room: at some heights the
    // bar's showing makes it fit, which hides the bar, which makes it not fit... and the view
    // shows and hides the bar for ever. Always there, the bar never changes the width.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    m_view->setBackgroundRole(QPalette::Dark);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_document, &QPdfDocument::statusChanged, this, &PdfPreview::forgetDrawnPages);
    connect(m_document, &QPdfDocument::statusChanged, this, &PdfPreview::onStatusChanged);
    // The view's renderer is private; it is the view's child, and says when a page's picture
    // is ready. The view drops its pictures on a resize, a zoom or a new document.
    if (auto *renderer = m_view->findChild<QPdfPageRenderer *>()) {
        connect(renderer, &QPdfPageRenderer::pageRendered, this, [this](int page) { onPageRendered(page); });
    }
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PdfPreview::forgetDrawnPages);
    connect(m_view, &QPdfView::zoomModeChanged, this, &PdfPreview::forgetDrawnPages);
    connect(m_view, &QPdfView::pageModeChanged, this, &PdfPreview::forgetDrawnPages);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreview::updateControls);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PdfPreview::updateControls);
    connect(m_view, &QPdfView::zoomModeChanged, this, &PdfPreview::updateControls);
    connect(m_previousButton, &QToolButton::clicked, this, &PdfPreview::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &PdfPreview::nextPage);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &PdfPreview::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &PdfPreview::zoomIn);
    connect(m_fitWidthButton, &QToolButton::clicked, this, &PdfPreview::fitWidth);
    connect(m_saveButton, &QToolButton::clicked, this, &PdfPreview::saveAs);
    connect(m_openButton, &QToolButton::clicked, this, &PdfPreview::openExternally);

    clear();
}

PdfPreview::~PdfPreview()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
}

void PdfPreview::setSaveFileChooser(const SaveFileChooser &chooser)
{
    m_saveFileChooser = chooser;
}

void PdfPreview::setUrlOpener(const UrlOpener &opener)
{
    m_urlOpener = opener;
}

void PdfPreview::showLoading(const QString &fileName)
{
    m_document->close();
    m_filePath.clear();
    m_fileName = fileName;
    setState(State::Loading, tr("Downloading %1…").arg(fileName));
}

void PdfPreview::showDocument(const QString &filePath, const QString &fileName)
{
    m_document->close();
    m_filePath = filePath;
    m_fileName = fileName;
    if (QFileInfo(filePath).size() == 0) {
        m_filePath.clear();
        showError(tr("The PDF could not be read: the server sent an empty file."));
        return;
    }
    m_state = State::Loading;
    // QPdfDocument reports Ready or Error through statusChanged, possibly before load() returns.
    m_document->load(filePath);
    if (m_state == State::Loading)
        onStatusChanged();
}

void PdfPreview::onStatusChanged()
{
    if (m_filePath.isEmpty())
        return;
    switch (m_document->status()) {
    case QPdfDocument::Status::Ready:
        if (m_document->pageCount() < 1) {
            showError(tr("The PDF could not be read: it has no pages."));
            return;
        }
        if (m_state == State::Ready)
            return;
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_view->pageNavigator()->jump(0, QPointF());
        setState(State::Ready, QString());
        return;
    case QPdfDocument::Status::Error:
        showError(tr("The PDF could not be read: %1.").arg(pdfErrorText(m_document->error())));
        return;
    case QPdfDocument::Status::Null:
    case QPdfDocument::Status::Loading:
    case QPdfDocument::Status::Unloading:
        return;
    }
}

void PdfPreview::showError(const QString &message)
{
    m_document->close();
    setState(State::Failed, message);
}

void PdfPreview::clear()
{
    m_document->close();
    m_filePath.clear();
    m_fileName.clear();
    setState(State::Empty, tr("Select an invoice to see its PDF."));
}

void PdfPreview::setState(State state, const QString &message)
{
    const bool wasSettled = isSettled();
    m_state = state;
    m_messageText = message;
    m_message->setText(message);
    m_stack->setCurrentWidget(state == State::Ready ? static_cast<QWidget *>(m_view) : m_message);
    updateControls();
    if (state == State::Ready || state == State::Failed || (state == State::Empty && !wasSettled))
        Q_EMIT settled();
}

void PdfPreview::updateControls()
{
    const bool ready = m_state == State::Ready;
    const int pages = pageCount();
    const int page = currentPage();
    m_pageLabel->setText(ready ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
    m_zoomLabel->setText(ready ? QStringLiteral("%1 %").arg(qRound(zoomFactor() * 100)) : QString());
    m_previousButton->setEnabled(ready && page > 0);
    m_nextButton->setEnabled(ready && page + 1 < pages);
    m_zoomOutButton->setEnabled(ready && zoomFactor() > MinimumZoom);
    m_zoomInButton->setEnabled(ready && zoomFactor() < MaximumZoom);
    m_fitWidthButton->setEnabled(ready && m_view->zoomMode() != QPdfView::ZoomMode::FitToWidth);
    m_saveButton->setEnabled(ready);
    m_openButton->setEnabled(ready);
}

PdfPreview::State PdfPreview::state() const
{
    return m_state;
}

bool PdfPreview::isSettled() const
{
    return m_state != State::Loading;
}

QString PdfPreview::message() const
{
    return m_messageText;
}

QString PdfPreview::fileName() const
{
    return m_fileName;
}

int PdfPreview::pageCount() const
{
    return m_state == State::Ready ? m_document->pageCount() : 0;
}

int PdfPreview::currentPage() const
{
    return m_state == State::Ready ? m_view->pageNavigator()->currentPage() : 0;
}

qreal PdfPreview::zoomFactor() const
{
    return m_view->zoomFactor();
}

void PdfPreview::goToPage(int page)
{
    if (m_state != State::Ready)
        return;
    m_view->pageNavigator()->jump(std::clamp(page, 0, pageCount() - 1), QPointF());
}

void PdfPreview::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfPreview::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfPreview::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(MaximumZoom, zoomFactor() * ZoomStep));
}

void PdfPreview::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(MinimumZoom, zoomFactor() / ZoomStep));
}

void PdfPreview::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

bool PdfPreview::saveAs()
{
    if (m_state != State::Ready)
        return false;
    const QString path = m_saveFileChooser(m_fileName);
    if (path.isEmpty() || !writeTo(path))
        return false;
    Q_EMIT saved(path);
    return true;
}

bool PdfPreview::openExternally()
{
    if (m_state != State::Ready)
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("billdeck-") + m_fileName);
    if (!writeTo(path))
        return false;
    if (!m_urlOpener(QUrl::fromLocalFile(path))) {
        Q_EMIT actionFailed(tr("No application could open the PDF."),
                            tr("It was saved to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Q_EMIT openedExternally(path);
    return true;
}

bool PdfPreview::writeTo(const QString &path)
{
    QString problem;
    if (!DocumentFile::copy(m_filePath, path, &problem)) {
        Q_EMIT actionFailed(tr("The invoice could not be saved to %1.").arg(QDir::toNativeSeparators(path)), problem);
        return false;
    }
    return true;
}

bool PdfPreview::arePagesDrawn() const
{
    if (m_state != State::Ready)
        return false;
    const QList<int> pages = pagesInView();
    return std::all_of(pages.cbegin(), pages.cend(), [this](int page) { return m_drawnPages.contains(page); });
}

void PdfPreview::drawPages()
{
    m_view->viewport()->update();
}

QList<int> PdfPreview::pagesInView() const
{
    // QPdfView's own layout (Qt 6.4, multi-page): pages one below the other, the document's
    // margins around them, the page spacing between them.
    QList<int> pages;
    const QSize viewport = m_view->viewport()->size();
    const QMargins margins = m_view->documentMargins();
    const QRect visible(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value(), viewport.width(),
                        viewport.height());
    const qreal pixelsPerPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    const bool multiPage = m_view->pageMode() == QPdfView::PageMode::MultiPage;
    const int first = multiPage ? 0 : currentPage();
    const int last = multiPage ? pageCount() : std::min(currentPage() + 1, pageCount());
    int y = margins.top();
    for (int page = first; page < last; ++page) {
        QSizeF size = m_document->pagePointSize(page) * pixelsPerPoint;
        if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth && size.width() > 0)
            size *= (viewport.width() - margins.left() - margins.right()) / qreal(size.toSize().width());
        else if (m_view->zoomMode() == QPdfView::ZoomMode::FitInView)
            size.scale(QSizeF(viewport - QSize(margins.left() + margins.right(), m_view->pageSpacing())), Qt::KeepAspectRatio);
        else
            size *= m_view->zoomFactor();
        const int height = size.toSize().height();
        if (y < visible.bottom() && y + height > visible.top())
            pages << page;
        y += height + m_view->pageSpacing();
    }
    return pages;
}

void PdfPreview::forgetDrawnPages()
{
    m_drawnPages.clear();
}

void PdfPreview::onPageRendered(int page)
{
    if (m_state != State::Ready)
        return;
    const bool wasDrawn = arePagesDrawn();
    m_drawnPages.insert(page);
    if (!wasDrawn && arePagesDrawn())
        Q_EMIT pagesDrawn();
}

bool PdfPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size() != resize->oldSize() && m_view->zoomMode() != QPdfView::ZoomMode::Custom)
            forgetDrawnPages();
    }
    return QWidget::eventFilter(watched, event);
}

QPdfView *PdfPreview::view() const
{
    return m_view;
}

bool PdfPreview::isToolbarCompact() const
{
    return m_saveButton->toolButtonStyle() == Qt::ToolButtonIconOnly;
}

void PdfPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolbar();
}

void PdfPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange) {
        m_fullToolbarWidth = -1;
        fitToolbar();
    }
}

void PdfPreview::fitToolbar()
{
    if (m_fullToolbarWidth < 0) {
        // Measured with the titles shown; the layout caches its hint, so it is asked afresh.
        for (QToolButton *button : {m_saveButton, m_openButton})
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toolbar->invalidate();
        m_fullToolbarWidth = m_toolbar->sizeHint().width();
    }
    const Qt::ToolButtonStyle style = width() < m_fullToolbarWidth ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    for (QToolButton *button : {m_saveButton, m_openButton})
        button->setToolButtonStyle(style);
}
