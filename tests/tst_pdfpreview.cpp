// The Invoices page's PDF preview against the demo backend over real HTTP: the demo PDF
// renders with pages and zoom, Save as… and Open write the bytes, and a PDF that fails to
// download or to parse shows a message, never a blank pane.

#include "composition.h"
#include "demoserver.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "invoices/pdfpreview.h"
#include "widgets/errorbanner.h"

#include <QFile>
#include <QLabel>
#include <QToolButton>
#include <QPdfView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace
{
constexpr int LoadTimeoutMs = 20000;
}

class TestPdfPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDemoPdfWithPagesAndZoom();
    void toolbarFitsANarrowPane();
    void pagesDrawnMeansThePageHasInk();
    void followsTheSelectedInvoice();
    void savesAndOpensTheShownPdf();
    void malformedPdfShowsAMessage_data();
    void malformedPdfShowsAMessage();
    void downloadFailureShowsAMessage();
    void bytesThatAreNotAPdfShowAMessage();

private:
    void openPreview();
    QString selectedPdfPath() const;
    // The pane shows the message label, with text, not an empty view.
    void verifyShowsMessage(const QString &contains) const;

    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<InvoicesPage> m_page;
};

void TestPdfPreview::initTestCase()
{
    // The page keeps its column layout in QSettings: keep the user's own out of it.
    QStandardPaths::setTestModeEnabled(true);
}

void TestPdfPreview::init()
{
    m_composition = std::make_unique<Composition>();
    QString problem;
    QVERIFY2(m_composition->addDemoAccount(&problem, QDate::currentDate()), qPrintable(problem));
    m_page = std::make_unique<InvoicesPage>(m_composition->repository());
    m_page->resize(1400, 900);
    m_page->show();
    QSignalSpy loaded(m_composition->repository(), &InvoiceRepository::loaded);
    m_composition->repository()->refreshInvoices();
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QVERIFY(m_composition->repository()->errors().isEmpty());
}

void TestPdfPreview::cleanup()
{
    m_page.reset();
    m_composition.reset();
}

void TestPdfPreview::openPreview()
{
    PdfPreview *preview = m_page->pdfPreview();
    QSignalSpy settled(preview, &PdfPreview::settled);
    m_page->showPdfPreview();
    QVERIFY(m_page->isPdfPreviewShown());
    QVERIFY(!preview->isSettled());
    QVERIFY(settled.wait(LoadTimeoutMs));
    QVERIFY(preview->isSettled());
}

QString TestPdfPreview::selectedPdfPath() const
{
    const QModelIndex current = m_page->tableView()->currentIndex();
    const QString id = current.data(InvoiceTableModel::InvoiceIdRole).toString();
    return QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(id);
}

void TestPdfPreview::verifyShowsMessage(const QString &contains) const
{
    PdfPreview *preview = m_page->pdfPreview();
    QCOMPARE(preview->state(), PdfPreview::State::Failed);
    QVERIFY2(preview->message().contains(contains), qPrintable(preview->message()));
    auto *stack = preview->findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *label = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY2(label, "the pane shows the PDF view instead of the message");
    QCOMPARE(label->text(), preview->message());
    QVERIFY(label->isVisible());
    QCOMPARE(preview->pageCount(), 0);
}

void TestPdfPreview::showsTheDemoPdfWithPagesAndZoom()
{
    openPreview();
    PdfPreview *preview = m_page->pdfPreview();
    QCOMPARE(preview->state(), PdfPreview::State::Ready);
    QVERIFY(preview->pageCount() >= 1);
    QCOMPARE(preview->currentPage(), 0);
    QVERIFY(preview->view()->isVisible());
    QCOMPARE(preview->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QVERIFY(preview->fileName().endsWith(QLatin1String(".pdf")));

    const qreal fitted = preview->zoomFactor();
    preview->zoomIn();
    QCOMPARE(preview->view()->zoomMode(), QPdfView::ZoomMode::Custom);
    QVERIFY(preview->zoomFactor() > fitted);
    const qreal zoomedIn = preview->zoomFactor();
    preview->zoomOut();
    preview->zoomOut();
    QVERIFY(preview->zoomFactor() < zoomedIn);
    preview->fitWidth();
    QCOMPARE(preview->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

    // Navigation stays within the document.
    preview->previousPage();
    QCOMPARE(preview->currentPage(), 0);
    for (int i = 0; i < preview->pageCount() + 2; ++i)
        preview->nextPage();
    QCOMPARE(preview->currentPage(), preview->pageCount() - 1);
    preview->goToPage(0);
    QCOMPARE(preview->currentPage(), 0);
    QVERIFY(m_page->errorBanner()->isHidden());
}

namespace
{
// Pixels of the view's picture darker than light grey within the page's white: the text.
int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 100)
                ++ink;
        }
    }
    return ink;
}
}

void TestPdfPreview::pagesDrawnMeansThePageHasInk()
{
    // QPdfView paints a page white until another thread has rendered it: a screenshot taken on
    // `settled` could be blank. pagesDrawn() comes once every page in view has its picture.
    PdfPreview *preview = m_page->pdfPreview();
    QSignalSpy drawn(preview, &PdfPreview::pagesDrawn);
    openPreview();
    QCOMPARE(preview->state(), PdfPreview::State::Ready);
    QVERIFY(preview->view()->viewport()->isVisible());
    preview->drawPages();
    QVERIFY(drawn.count() > 0 || drawn.wait(LoadTimeoutMs));
    QVERIFY(preview->arePagesDrawn());
    const QImage picture = preview->view()->viewport()->grab().toImage();
    QVERIFY2(inkPixels(picture) > 200, qPrintable(QString::number(inkPixels(picture))));
}

void TestPdfPreview::toolbarFitsANarrowPane()
{
    openPreview();
    PdfPreview *preview = m_page->pdfPreview();
    const auto squeezed = [preview] {
        QStringList cut;
        const QList<QWidget *> children = preview->findChildren<QWidget *>();
        for (const QWidget *child : children) {
            if ((qobject_cast<const QToolButton *>(child) || qobject_cast<const QLabel *>(child)) && child->isVisibleTo(preview)
                && child->width() < child->minimumSizeHint().width())
                cut << QStringLiteral("%1 \"%2\" %3 < %4")
                           .arg(QString::fromLatin1(child->metaObject()->className()),
                                qobject_cast<const QLabel *>(child) ? qobject_cast<const QLabel *>(child)->text()
                                                                    : qobject_cast<const QToolButton *>(child)->text())
                           .arg(child->width())
                           .arg(child->minimumSizeHint().width());
        }
        return cut;
    };
    // Wide: Save and Open say what they do.
    QVERIFY(!preview->isToolbarCompact());
    QVERIFY2(squeezed().isEmpty(), qPrintable(squeezed().join(QStringLiteral(", "))));
    // The pane beside the table in a 1024-pixel window: icons, titles in tooltips, nothing cut.
    m_page->resize(950, 560);
    QTRY_VERIFY(preview->isToolbarCompact());
    QTest::qWait(20);
    QVERIFY2(squeezed().isEmpty(), qPrintable(squeezed().join(QStringLiteral(", "))));
    const QList<QToolButton *> buttons = preview->findChildren<QToolButton *>();
    for (const QToolButton *button : buttons)
        QVERIFY(!button->toolTip().isEmpty());
    m_page->resize(1400, 900);
    QTRY_VERIFY(!preview->isToolbarCompact());
}

void TestPdfPreview::followsTheSelectedInvoice()
{
    openPreview();
    const QString first = m_page->pdfPreview()->fileName();
    QSignalSpy settled(m_page->pdfPreview(), &PdfPreview::settled);
    m_page->selectRow(1);
    QVERIFY(settled.wait(LoadTimeoutMs));
    QCOMPARE(m_page->pdfPreview()->state(), PdfPreview::State::Ready);
    QVERIFY(m_page->pdfPreview()->fileName() != first);
}

void TestPdfPreview::savesAndOpensTheShownPdf()
{
    openPreview();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("copy.pdf"));
    QString suggested;
    m_page->setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return target;
    });
    QSignalSpy saved(m_page.get(), &InvoicesPage::documentSaved);
    QVERIFY(m_page->pdfPreview()->saveAs());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(suggested, m_page->pdfPreview()->fileName());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));

    QUrl opened;
    m_page->pdfPreview()->setUrlOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    QVERIFY(m_page->pdfPreview()->openExternally());
    QVERIFY(opened.isLocalFile());
    QVERIFY(opened.toLocalFile().startsWith(QStandardPaths::writableLocation(QStandardPaths::TempLocation)));
    QFile temporary(opened.toLocalFile());
    QVERIFY(temporary.open(QIODevice::ReadOnly));
    QCOMPARE(temporary.readAll(), bytes);
    temporary.remove();

    // No viewer: the banner says so and where the file is.
    m_page->pdfPreview()->setUrlOpener([](const QUrl &) {
        return false;
    });
    QVERIFY(!m_page->pdfPreview()->openExternally());
    QVERIFY(m_page->errorBanner()->isVisibleTo(m_page.get()));
}

void TestPdfPreview::malformedPdfShowsAMessage_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("malformed body") << int(DemoFault::Kind::MalformedJson);
    QTest::newRow("truncated body") << int(DemoFault::Kind::TruncatedBody);
}

void TestPdfPreview::malformedPdfShowsAMessage()
{
    QFETCH(int, kind);
    DemoFault fault;
    fault.kind = static_cast<DemoFault::Kind>(kind);
    // Every retry gets the same broken answer.
    fault.times = 20;
    m_composition->demoServer()->injectFault(selectedPdfPath(), fault);
    openPreview();
    // Either the download is refused (truncated) or the bytes are not a PDF (malformed).
    verifyShowsMessage(QStringLiteral("The PDF could not be"));
    QVERIFY(m_page->pdfPreview()->message().size() > QStringLiteral("The PDF could not be read: ").size());
}

void TestPdfPreview::downloadFailureShowsAMessage()
{
    DemoFault fault;
    fault.status = 404;
    fault.times = 20;
    m_composition->demoServer()->injectFault(selectedPdfPath(), fault);
    openPreview();
    verifyShowsMessage(QStringLiteral("The PDF could not be downloaded: "));
}

void TestPdfPreview::bytesThatAreNotAPdfShowAMessage()
{
    PdfPreview preview;
    QSignalSpy settled(&preview, &PdfPreview::settled);
    preview.showLoading(QStringLiteral("x.pdf"));
    QVERIFY(!preview.isSettled());
    QTemporaryDir folder;
    const auto fileWith = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(folder.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    preview.showDocument(fileWith(QStringLiteral("x.pdf"), QByteArrayLiteral("%PDF-1.4\nthis is not really a PDF")), QStringLiteral("x.pdf"));
    if (!preview.isSettled())
        QVERIFY(settled.wait(LoadTimeoutMs));
    QCOMPARE(preview.state(), PdfPreview::State::Failed);
    QVERIFY2(preview.message().startsWith(QLatin1String("The PDF could not be read: ")), qPrintable(preview.message()));
    QVERIFY(!preview.saveAs());

    preview.showDocument(fileWith(QStringLiteral("empty.pdf"), QByteArray()), QStringLiteral("empty.pdf"));
    QCOMPARE(preview.state(), PdfPreview::State::Failed);
    QVERIFY(preview.message().contains(QLatin1String("empty")));
}

QTEST_MAIN(TestPdfPreview)
#include "tst_pdfpreview.moc"
