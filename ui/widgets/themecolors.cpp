#include "widgets/themecolors.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace
{
// Hues (degrees on the colour wheel) of what a tone means; lightness and saturation come from
// the palette's own lightness, so the same hue reads as deep green on white and pale green on
// charcoal.
constexpr double PositiveHue = 140;
constexpr double WarningHue = 35;
constexpr double NegativeHue = 358;
constexpr double InfoHue = 215;

// Chart series, in order: blue, teal, amber, pink, violet, green, cyan, orange (far apart on the
// wheel, so neighbouring stacks differ even where lightness had to move for contrast).
constexpr std::array<double, 8> SeriesHues = {217, 174, 38, 330, 262, 95, 190, 22};

// WCAG's figure for the parts of a chart (non-text graphics).
constexpr double GraphicContrast = 3.0;

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ThemeColors::contrastRatio(color, background));
    return worst;
}

QColor fromHue(const QPalette &palette, double hue, double lightSaturation, double lightLightness,
               double darkSaturation, double darkLightness)
{
    const bool dark = ThemeColors::isDark(palette);
    return QColor::fromHslF(float(hue / 360.0), float(dark ? darkSaturation : lightSaturation),
                            float(dark ? darkLightness : lightLightness));
}

// A tone's colour before contrast: the hue at a lightness that suits the theme.
QColor toneBase(const QPalette &palette, ThemeColors::Tone tone)
{
    switch (tone) {
    case ThemeColors::Tone::Positive: return fromHue(palette, PositiveHue, 0.70, 0.30, 0.55, 0.62);
    case ThemeColors::Tone::Warning: return fromHue(palette, WarningHue, 0.95, 0.30, 0.85, 0.62);
    case ThemeColors::Tone::Negative: return fromHue(palette, NegativeHue, 0.70, 0.40, 0.80, 0.70);
    case ThemeColors::Tone::Info: return fromHue(palette, InfoHue, 0.75, 0.35, 0.80, 0.72);
    case ThemeColors::Tone::Neutral: break;
    }
    return ThemeColors::mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.25);
}

class PaletteFollower final : public QObject
{
    Q_OBJECT

public:
    PaletteFollower(QWidget *widget, const QString &slot, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        setObjectName(slot);
        widget->installEventFilter(this);
    }

    void setApply(std::function<void()> apply) { m_apply = std::move(apply); }

    void apply()
    {
        // What we apply can itself change the widget's palette (a style sheet does): that change
        // is ours, not the theme's.
        if (m_applying)
            return;
        m_applying = true;
        m_apply();
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt sends ApplicationPaletteChange to windows and passes it on to their children as
        // PaletteChange.
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

// Sets the application's placeholder colour, again when the theme changes (the second call finds
// the palette already right and stops there).
class PlaceholderKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit PlaceholderKeeper(QApplication *app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }

    void apply()
    {
        QPalette palette = QApplication::palette();
        const QColor placeholder = ThemeColors::placeholderText(palette);
        if (palette.color(QPalette::PlaceholderText) == placeholder)
            return;
        palette.setColor(QPalette::PlaceholderText, placeholder);
        QApplication::setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }
};

// One follower per widget and purpose: calling setTextTone() again replaces the earlier tone
// instead of stacking a second follower that would fight it.
void followAs(QWidget *widget, const QString &slot, const std::function<void()> &apply)
{
    const QString name = QStringLiteral("billdeck-palette-") + slot;
    auto *follower = widget->findChild<PaletteFollower *>(name, Qt::FindDirectChildrenOnly);
    if (follower)
        follower->setApply(apply);
    else
        follower = new PaletteFollower(widget, name, apply);
    follower->apply();
}

void setForeground(QWidget *widget, const std::function<QColor(const QPalette &)> &color)
{
    followAs(widget, QStringLiteral("foreground"), [widget, color] {
        const QColor foreground = color(QApplication::palette(widget));
        if (widget->palette().color(QPalette::WindowText) == foreground && widget->palette().color(QPalette::Text) == foreground)
            return;
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, foreground);
        palette.setColor(QPalette::Text, foreground);
        widget->setPalette(palette);
    });
}
}

namespace ThemeColors
{
double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(const QColor &color, const QList<QColor> &backgrounds, double ratio)
{
    QColor best = color;
    double bestContrast = worstContrast(color, backgrounds);
    if (bestContrast >= ratio)
        return color;
    const QColor hsl = color.toHsl();
    const double hue = std::max(0.0, double(hsl.hslHueF()));
    const double saturation = hsl.hslSaturationF();
    const double lightness = hsl.lightnessF();
    // Step away from the start both ways and take the nearest lightness that reads: a text only
    // changes as much as the background needs.
    constexpr double Step = 0.005;
    for (int i = 1; i * Step <= 1.0; ++i) {
        for (const int direction : {-1, 1}) {
            const double candidateLightness = lightness + direction * i * Step;
            if (candidateLightness < 0 || candidateLightness > 1)
                continue;
            QColor candidate = QColor::fromHslF(float(hue), float(saturation), float(candidateLightness));
            candidate.setAlphaF(color.alphaF());
            const double contrast = worstContrast(candidate, backgrounds);
            if (contrast >= ratio)
                return candidate;
            if (contrast > bestContrast) {
                best = candidate;
                bestContrast = contrast;
            }
        }
    }
    return best;
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto blend = [amount](float x, float y) { return float(x + (y - x) * amount); };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()), blend(a.blueF(), b.blueF()),
                            blend(a.alphaF(), b.alphaF()));
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QList<QColor> textBackgrounds(const QPalette &palette)
{
    return {palette.color(QPalette::Window), palette.color(QPalette::Base), palette.color(QPalette::AlternateBase),
            sidebarBackground(palette), cardBackground(palette)};
}

QColor toneText(const QPalette &palette, Tone tone)
{
    QList<QColor> backgrounds = textBackgrounds(palette);
    backgrounds << toneTint(palette, tone);
    return withContrast(toneBase(palette, tone), backgrounds);
}

QColor toneTint(const QPalette &palette, Tone tone)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return mix(base, palette.color(QPalette::Text), 0.08);
    const bool dark = isDark(palette);
    const QColor hue = fromHue(palette, toneBase(palette, tone).hslHueF() * 360.0, 0.75, 0.50, 0.60, 0.45);
    return mix(base, hue, dark ? 0.25 : 0.14);
}

QColor toneBorder(const QPalette &palette, Tone tone)
{
    return mix(toneTint(palette, tone), toneText(palette, tone), 0.35);
}

QColor mutedText(const QPalette &palette)
{
    const QColor start = mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4);
    return withContrast(start, textBackgrounds(palette));
}

QColor positiveAmount(const QPalette &palette)
{
    return toneText(palette, Tone::Positive);
}

QColor negativeAmount(const QPalette &palette)
{
    return toneText(palette, Tone::Negative);
}

QColor sidebarBackground(const QPalette &palette)
{
    // A shade apart from the page: darker than a light window, lighter than a dark one.
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.04);
}

QColor sidebarBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.15);
}

QColor sidebarText(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::WindowText), {sidebarBackground(palette), sidebarSelection(palette)});
}

QColor sidebarSelection(const QPalette &palette)
{
    return mix(sidebarBackground(palette), palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.18);
}

QColor sidebarSelectedText(const QPalette &palette)
{
    // The highlight's hue, as the selected page's name, readable on its row.
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor start = isDark(palette) ? mix(highlight, palette.color(QPalette::WindowText), 0.5)
                                         : mix(highlight, palette.color(QPalette::WindowText), 0.3);
    return withContrast(start, {sidebarSelection(palette)});
}

QColor cardBackground(const QPalette &palette)
{
    // Light: white cards on a grey window. Dark: a card between window and base, so the fields on
    // it (drawn on base) still stand out.
    const QColor base = palette.color(QPalette::Base);
    return isDark(palette) ? mix(base, palette.color(QPalette::Window), 0.6) : base;
}

QColor cardBorder(const QPalette &palette)
{
    return mix(cardBackground(palette), palette.color(QPalette::Text), 0.15);
}

QColor placeholderText(const QPalette &palette)
{
    const QColor start = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    return withContrast(start, {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QColor chartBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor chartLabelText(const QPalette &palette)
{
    return withContrast(mutedText(palette), {chartBackground(palette)});
}

QColor chartGrid(const QPalette &palette)
{
    return mix(chartBackground(palette), palette.color(QPalette::Text), 0.12);
}

QColor chartSeries(const QPalette &palette, int index)
{
    const double hue = SeriesHues.at(std::size_t(((index % chartSeriesCount()) + chartSeriesCount()) % chartSeriesCount()));
    return withContrast(fromHue(palette, hue, 0.75, 0.45, 0.70, 0.62), {chartBackground(palette)}, GraphicContrast);
}

int chartSeriesCount()
{
    return int(SeriesHues.size());
}

void keepPlaceholdersReadable(QApplication *app)
{
    auto *keeper = new PlaceholderKeeper(app);
    keeper->apply();
}

void setTextTone(QWidget *widget, Tone tone)
{
    setForeground(widget, [tone](const QPalette &palette) { return toneText(palette, tone); });
}

void setMutedText(QWidget *widget)
{
    setForeground(widget, [](const QPalette &palette) { return mutedText(palette); });
}

void emphasizeWhenChecked(QAbstractButton *button)
{
    const auto apply = [button](bool checked) {
        QFont font = button->font();
        font.setBold(checked);
        button->setFont(font);
    };
    QObject::connect(button, &QAbstractButton::toggled, button, apply);
    apply(button->isChecked());
}

void setStyleSheet(QWidget *widget, const std::function<QString(const QPalette &)> &make)
{
    followAs(widget, QStringLiteral("styleSheet"),
             [widget, make] {
                 const QString styleSheet = make(QApplication::palette(widget));
                 if (widget->styleSheet() != styleSheet)
                     widget->setStyleSheet(styleSheet);
             });
}

QString toneStyle(const QPalette &palette, Tone tone, bool border)
{
    QString style = QStringLiteral("color: %1; background: %2;")
                        .arg(toneText(palette, tone).name(), toneTint(palette, tone).name());
    if (border)
        style += QStringLiteral(" border: 1px solid %1;").arg(toneBorder(palette, tone).name());
    return style;
}

QString badgeStyle(const QPalette &palette)
{
    return QStringLiteral("QLabel { %1 border-radius: 4px; padding: 1px 6px; font-size: 8pt; font-weight: bold; }")
        .arg(toneStyle(palette, Tone::Warning));
}

void setPillStyle(QWidget *label, Tone tone)
{
    setStyleSheet(label, [tone](const QPalette &palette) {
        return QStringLiteral("QLabel { %1 border-radius: 9px; padding: 1px 9px; }").arg(toneStyle(palette, tone));
    });
}

QString cardStyle(const QPalette &palette)
{
    return QStringLiteral("background: %1; border: 1px solid %2;").arg(cardBackground(palette).name(), cardBorder(palette).name());
}

void setCardStyle(QWidget *widget, int radius)
{
    setStyleSheet(widget, [widget, radius](const QPalette &palette) {
        return QStringLiteral("#%1 { %2 border-radius: %3px; }").arg(widget->objectName(), cardStyle(palette)).arg(radius);
    });
}

void setNoticeStyle(QWidget *widget, Tone tone, const QString &extra)
{
    setStyleSheet(widget, [widget, tone, extra](const QPalette &palette) {
        return QStringLiteral("#%1 { %2 border-radius: 5px; %3 }").arg(widget->objectName(), toneStyle(palette, tone, true), extra);
    });
}

QColor linkText(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::Link), textBackgrounds(palette));
}

QString invalidFieldStyle(const QPalette &palette)
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; padding: 2px; }")
        .arg(toneText(palette, Tone::Negative).name());
}
}

#include "themecolors.moc"
