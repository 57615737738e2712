#include "minipdf.h"

void MiniPdf::setTitle(const QString &title)
{
    m_title = title;
}

void MiniPdf::newPage()
{
    m_pages.append(QByteArray());
}

QByteArray &MiniPdf::currentPage()
{
    if (m_pages.isEmpty())
        newPage();
    return m_pages.last();
}

void MiniPdf::drawText(double x, double y, const QString &text, double size, Font font)
{
    const QByteArray fontName = font == Font::Bold ? "/F2" : "/F1";
    currentPage() += "BT " + fontName + ' ' + number(size) + " Tf " + number(x) + ' '
        + number(PageHeight - y) + " Td (" + encodeText(text) + ") Tj ET\n";
}

void MiniPdf::drawTextRightAligned(double rightX, double y, const QString &text, double size,
                                   Font font)
{
    drawText(rightX - textWidth(text, size, font), y, text, size, font);
}

void MiniPdf::drawRule(double x1, double y, double x2, double width)
{
    currentPage() += number(width) + " w " + number(x1) + ' ' + number(PageHeight - y) + " m "
        + number(x2) + ' ' + number(PageHeight - y) + " l S\n";
}

double MiniPdf::textWidth(const QString &text, double size, Font font)
{
    // Widths in 1/1000 em from the Helvetica AFM files for the characters invoices use most;
    // anything else gets an average width, close enough for aligning amounts.
    const bool bold = font == Font::Bold;
    double units = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            units += 556;
        else if (u == u' ')
            units += 278;
        else if (u == u'.' || u == u',')
            units += 278;
        else if (u == u'$')
            units += 556;
        else if (u == u'-')
            units += 333;
        else if (u == u'/' || u == u':')
            units += bold ? 333 : 278;
        else if (u == u'I')
            units += 278;
        else if (u >= u'A' && u <= u'Z')
            units += bold ? 722 : 667;
        else if (u == u'i' || u == u'l' || u == u'j')
            units += bold ? 278 : 222;
        else if (u == u'm' || u == u'w')
            units += bold ? 889 : 833;
        else
            units += 556;
    }
    return units * size / 1000.0;
}

QByteArray MiniPdf::encodeText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u >= 0x20 && u < 0x7f) {
            out += char(u);
        } else if (u >= 0xa0 && u <= 0xff) {
            // WinAnsiEncoding matches Latin-1 in this range; octal keeps the stream ASCII.
            out += '\\' + QByteArray::number(int(u), 8);
        } else {
            out += '?';
        }
    }
    return out;
}

QByteArray MiniPdf::number(double value)
{
    // Two decimals at most and never an exponent: PDF numbers have no exponent syntax.
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

QByteArray MiniPdf::toPdf() const
{
    QList<QByteArray> pages = m_pages;
    if (pages.isEmpty())
        pages.append(QByteArray());

    // Object numbers: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then page + contents
    // pairs. Offsets are recorded while writing, so the xref table is right by construction.
    const int firstPageObject = 6;
    const int objectCount = firstPageObject + 2 * int(pages.size());  // includes object 0
    QList<qint64> offsets(objectCount, 0);
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";

    auto beginObject = [&](int number) {
        offsets[number] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n";
    };

    beginObject(1);
    pdf += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";

    beginObject(2);
    pdf += "<< /Type /Pages /Kids [";
    for (int i = 0; i < pages.size(); ++i)
        pdf += ' ' + QByteArray::number(firstPageObject + 2 * i) + " 0 R";
    pdf += " ] /Count " + QByteArray::number(pages.size()) + " >>\nendobj\n";

    beginObject(3);
    pdf += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\n"
           "endobj\n";
    beginObject(4);
    pdf += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
           "/Encoding /WinAnsiEncoding >>\nendobj\n";

    beginObject(5);
    pdf += "<< /Title (" + encodeText(m_title) + ") /Producer (Billdeck demo backend) >>\n"
           "endobj\n";

    for (int i = 0; i < pages.size(); ++i) {
        const int pageObject = firstPageObject + 2 * i;
        beginObject(pageObject);
        pdf += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(PageWidth) + ' '
            + number(PageHeight) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            "/Contents " + QByteArray::number(pageObject + 1) + " 0 R >>\nendobj\n";

        const QByteArray &content = pages.at(i);
        beginObject(pageObject + 1);
        pdf += "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream\nendobj\n";
    }

    const qint64 xrefOffset = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objectCount) + '\n';
    // Each entry is exactly 20 bytes, end of line included, as the format requires.
    pdf += "0000000000 65535 f \n";
    for (int number = 1; number < objectCount; ++number)
        pdf += QByteArray::number(offsets.at(number)).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objectCount)
        + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xrefOffset)
        + "\n%%EOF";
    return pdf;
}

namespace InvoicePdfLayout
{
double drawHeading(MiniPdf &pdf, const QString &brand, const QString &subtitle)
{
    double y = 70;
    pdf.drawText(Left, y, brand, 22, MiniPdf::Font::Bold);
    pdf.drawTextRightAligned(Right, y, QStringLiteral("INVOICE"), 22, MiniPdf::Font::Bold);
    y += 18;
    pdf.drawText(Left, y, subtitle, 9);
    return y + 30;
}

void drawFacts(MiniPdf &pdf, double &y, const QList<QPair<QString, QString>> &facts)
{
    for (const auto &[label, value] : facts) {
        pdf.drawText(Left, y, label, 10, MiniPdf::Font::Bold);
        pdf.drawText(Left + 110, y, value, 10);
        y += LineHeight;
    }
}

void keepTogether(MiniPdf &pdf, double &y, double height)
{
    if (y + height > MiniPdf::PageHeight - BottomMargin) {
        pdf.newPage();
        y = 60;
    }
}
}
