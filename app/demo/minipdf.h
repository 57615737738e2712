#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A minimal PDF 1.4 writer: text in the standard Helvetica fonts (no embedding, so any
// viewer has them) and thin rules, on A4 pages. Just enough for the demo backend to serve
// real invoice PDFs that Qt PDF, poppler and browsers open; byte-identical for the same
// input because nothing time-dependent is written.
class MiniPdf final
{
public:
    enum class Font { Regular, Bold };

    static constexpr double PageWidth = 595.0;   // A4 in points
    static constexpr double PageHeight = 842.0;

    void setTitle(const QString &title);

    // Starts a new page; drawing before the first call starts one implicitly.
    void newPage();
    // Coordinates in points from the top-left corner, y being the text baseline.
    void drawText(double x, double y, const QString &text, double size = 10,
                  Font font = Font::Regular);
    void drawTextRightAligned(double rightX, double y, const QString &text, double size = 10,
                              Font font = Font::Regular);
    void drawRule(double x1, double y, double x2, double width = 0.5);

    // Helvetica advance widths (AFM metrics), for right alignment.
    static double textWidth(const QString &text, double size, Font font);

    QByteArray toPdf() const;

private:
    // Content streams hold WinAnsi bytes; characters outside Latin-1 become '?'.
    static QByteArray encodeText(const QString &text);
    static QByteArray number(double value);
    QByteArray &currentPage();

    QString m_title;
    QList<QByteArray> m_pages;  // content streams
};

// The page layout both providers' demo invoices share: the heading, a block of labelled facts,
// and page breaks that keep a block of lines together.
namespace InvoicePdfLayout
{
constexpr double Left = 50;
constexpr double Right = MiniPdf::PageWidth - 50;
constexpr double LineHeight = 15;
constexpr double BottomMargin = 60;

// "<brand> ... INVOICE" and a subtitle at the top of the first page; returns the y below them.
double drawHeading(MiniPdf &pdf, const QString &brand, const QString &subtitle);
// One "label  value" line per fact, advancing y.
void drawFacts(MiniPdf &pdf, double &y, const QList<QPair<QString, QString>> &facts);
// Starts a new page when `height` more points would run into the bottom margin.
void keepTogether(MiniPdf &pdf, double &y, double height);
}
