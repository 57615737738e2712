#include "widgets/pageicons.h"

#include "widgets/themecolors.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace
{
struct Page
{
    const char *key;
    const char *themeName;
};

constexpr Page Pages[] = {
    {"invoices", "view-financial-list"},
    {"overview", "view-dashboard"},
    {"catalog", "view-financial-category-expense"},
    {"costs", "office-chart-bar"},
    {"operations", "view-financial-transfer"},
    {"contacts", "im-user"},
    {"profile", "user-identity"},
    {"tax", "view-financial-account-investment"},
    {"payment-methods", "wallet-open"},
};

QString resourcePath(const QString &page)
{
    // The file names are the page keys, but a card for "payment-methods".
    const QString file = page == QLatin1String("payment-methods") ? QStringLiteral("payments") : page;
    return QStringLiteral(":/icons/pages/%1.svg").arg(file);
}

// Draws an SVG whose strokes are "currentColor" in the palette's colour of the moment: window
// text, the sidebar's selected text, or muted when disabled.
class PaletteSvgIconEngine final : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = ThemeColors::mutedText(palette);
        else if (mode == QIcon::Selected)
            color = ThemeColors::sidebarSelectedText(palette);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("billdeck-palette-svg"); }

private:
    QByteArray m_svg;
};
}

namespace PageIcons
{
QString themeName(const QString &page)
{
    for (const Page &entry : Pages) {
        if (page == QLatin1String(entry.key))
            return QLatin1String(entry.themeName);
    }
    return QString();
}

QIcon fallback(const QString &page)
{
    QFile file(resourcePath(page));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new PaletteSvgIconEngine(file.readAll()));
}

QIcon icon(const QString &page)
{
    const QString name = themeName(page);
    return name.isEmpty() ? fallback(page) : QIcon::fromTheme(name, fallback(page));
}
}
