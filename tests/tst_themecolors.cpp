// The palette helper: every text colour it gives reaches WCAG AA (4.5:1) against the
// backgrounds it is drawn on, in light and dark palettes; widgets given a tone follow a palette
// change; the Costs charts take the palette and follow it while running.

#include "composition.h"
#include "costs/charttheme.h"
#include "costs/costspage.h"
#include "invoices/invoicerepository.h"
#include "store/budgetstore.h"
#include "widgets/pageicons.h"
#include "widgets/themecolors.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using ThemeColors::Tone;

namespace
{
constexpr int LoadTimeoutMs = 60000;

QPalette makePalette(QColor window, QColor windowText, QColor base, QColor alternateBase, QColor highlight, QColor link)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, windowText);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    palette.setColor(QPalette::Text, windowText);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, windowText);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, windowText);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, windowText);
    palette.setColor(QPalette::PlaceholderText, ThemeColors::mix(windowText, window, 0.4));
    return palette;
}

// KDE Breeze Dark, as /work/shared/dark/kdeglobals (Colors:Window, Colors:View, Colors:Selection).
QPalette breezeDark()
{
    return makePalette(QColor(42, 46, 50), QColor(252, 252, 252), QColor(27, 30, 32), QColor(35, 38, 41),
                       QColor(61, 174, 233), QColor(29, 153, 243));
}

QPalette breezeLight()
{
    return makePalette(QColor(239, 240, 241), QColor(35, 38, 41), QColor(252, 252, 252), QColor(239, 240, 241),
                       QColor(61, 174, 233), QColor(41, 128, 185));
}

// The common "dark Fusion" recipe: grey window, near-black views.
QPalette darkFusion()
{
    return makePalette(QColor(53, 53, 53), QColor(255, 255, 255), QColor(25, 25, 25), QColor(53, 53, 53),
                       QColor(42, 130, 218), QColor(42, 130, 218));
}

QPalette highContrastDark()
{
    return makePalette(QColor(0, 0, 0), QColor(255, 255, 255), QColor(0, 0, 0), QColor(16, 16, 16),
                       QColor(26, 235, 255), QColor(255, 255, 0));
}

QPalette fusionLight()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

struct Pair
{
    QString what;
    QColor text;
    QColor background;
};

// Every text colour the helper hands out, with every background it is drawn on.
QList<Pair> textPairs(const QPalette &palette)
{
    QList<Pair> pairs;
    const QStringList backgroundNames = {QStringLiteral("window"), QStringLiteral("base"), QStringLiteral("alternate base"),
                                         QStringLiteral("sidebar"), QStringLiteral("card")};
    const QList<QColor> backgrounds = ThemeColors::textBackgrounds(palette);
    const QList<std::pair<QString, Tone>> tones = {{QStringLiteral("positive"), Tone::Positive},
                                                   {QStringLiteral("warning"), Tone::Warning},
                                                   {QStringLiteral("negative"), Tone::Negative},
                                                   {QStringLiteral("neutral"), Tone::Neutral},
                                                   {QStringLiteral("info"), Tone::Info}};
    for (int i = 0; i < backgrounds.size(); ++i) {
        const QString on = QStringLiteral(" on ") + backgroundNames.at(i);
        for (const auto &[name, tone] : tones)
            pairs << Pair{name + on, ThemeColors::toneText(palette, tone), backgrounds.at(i)};
        pairs << Pair{QStringLiteral("muted") + on, ThemeColors::mutedText(palette), backgrounds.at(i)};
        pairs << Pair{QStringLiteral("positive amount") + on, ThemeColors::positiveAmount(palette), backgrounds.at(i)};
        pairs << Pair{QStringLiteral("negative amount") + on, ThemeColors::negativeAmount(palette), backgrounds.at(i)};
        pairs << Pair{QStringLiteral("link") + on, ThemeColors::linkText(palette), backgrounds.at(i)};
    }
    for (const auto &[name, tone] : tones)
        pairs << Pair{name + QStringLiteral(" on its tint"), ThemeColors::toneText(palette, tone), ThemeColors::toneTint(palette, tone)};
    pairs << Pair{QStringLiteral("sidebar text"), ThemeColors::sidebarText(palette), ThemeColors::sidebarBackground(palette)};
    pairs << Pair{QStringLiteral("sidebar text on the selection"), ThemeColors::sidebarText(palette), ThemeColors::sidebarSelection(palette)};
    pairs << Pair{QStringLiteral("selected page"), ThemeColors::sidebarSelectedText(palette), ThemeColors::sidebarSelection(palette)};
    pairs << Pair{QStringLiteral("window text on the sidebar"), palette.color(QPalette::WindowText), ThemeColors::sidebarBackground(palette)};
    pairs << Pair{QStringLiteral("chart labels"), ThemeColors::chartLabelText(palette), ThemeColors::chartBackground(palette)};
    pairs << Pair{QStringLiteral("placeholder on base"), ThemeColors::placeholderText(palette), palette.color(QPalette::Base)};
    pairs << Pair{QStringLiteral("placeholder on alternate base"), ThemeColors::placeholderText(palette), palette.color(QPalette::AlternateBase)};
    pairs << Pair{QStringLiteral("chart legend"), palette.color(QPalette::Text), ThemeColors::chartBackground(palette)};
    return pairs;
}

// Qt delivers a new application palette to shown windows through posted events.
void switchPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << fusionLight();
    QTest::newRow("Breeze light") << breezeLight();
    QTest::newRow("Breeze Dark") << breezeDark();
    QTest::newRow("dark Fusion") << darkFusion();
    QTest::newRow("high contrast dark") << highContrastDark();
}
}

class TestThemeColors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioMatchesWcag();
    void aCheckedSegmentIsBold();
    void withContrastMovesOnlyLightness();
    void textColoursReachAaContrast_data() { addPalettes(); }
    void textColoursReachAaContrast();
    void chartSeriesStandApartFromTheBackground_data() { addPalettes(); }
    void chartSeriesStandApartFromTheBackground();
    void darkPaletteGivesDarkSurfaces();
    void tonedLabelFollowsAPaletteChange();
    void costsChartFollowsAPaletteChange();
    void everyPageHasItsOwnIcon();
    void placeholdersStayReadableAcrossThemeChanges();
    void pageIconsAreDrawnInThePaletteTextColour();

private:
    void printContrastTable(const QPalette &palette, const char *name);
};

void TestThemeColors::contrastRatioMatchesWcag()
{
    // The figures WCAG itself gives: black on white 21:1, a colour on itself 1:1, #767676 on
    // white is the lightest grey that passes AA (4.54:1).
    QCOMPARE(qRound(ThemeColors::contrastRatio(QColor(0, 0, 0), QColor(255, 255, 255)) * 100), 2100);
    QCOMPARE(ThemeColors::contrastRatio(QColor(120, 30, 200), QColor(120, 30, 200)), 1.0);
    QCOMPARE(qRound(ThemeColors::contrastRatio(QColor(0x76, 0x76, 0x76), QColor(255, 255, 255)) * 100), 454);
    QVERIFY(ThemeColors::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(255, 255, 255)) < 4.5);
}

void TestThemeColors::withContrastMovesOnlyLightness()
{
    // A light orange on white fails; it becomes a darker orange of the same hue that passes.
    const QColor orange = QColor::fromHsl(30, 230, 150);
    const QColor white(255, 255, 255);
    QVERIFY(ThemeColors::contrastRatio(orange, white) < 4.5);
    const QColor fixed = ThemeColors::withContrast(orange, {white});
    QVERIFY2(ThemeColors::contrastRatio(fixed, white) >= 4.5, qPrintable(fixed.name()));
    QVERIFY(qAbs(fixed.toHsl().hslHue() - 30) <= 1);
    QVERIFY(fixed.lightness() < orange.lightness());
    // On black it goes lighter instead; a colour that already passes is left alone.
    const QColor black(0, 0, 0);
    const QColor deep = QColor::fromHsl(30, 230, 60);
    const QColor lifted = ThemeColors::withContrast(deep, {black});
    QVERIFY(ThemeColors::contrastRatio(lifted, black) >= 4.5);
    QVERIFY(lifted.lightness() > deep.lightness());
    QCOMPARE(ThemeColors::withContrast(black, {white}), black);
}

void TestThemeColors::printContrastTable(const QPalette &palette, const char *name)
{
    double lowest = 21;
    QString lowestWhat;
    for (const Pair &pair : textPairs(palette)) {
        const double ratio = ThemeColors::contrastRatio(pair.text, pair.background);
        if (ratio < lowest) {
            lowest = ratio;
            lowestWhat = pair.what;
        }
    }
    qInfo("%s: lowest text contrast %.2f:1 (%s)", name, lowest, qPrintable(lowestWhat));
}

void TestThemeColors::textColoursReachAaContrast()
{
    QFETCH(QPalette, palette);
    const QList<Pair> pairs = textPairs(palette);
    QVERIFY(pairs.size() > 40);
    for (const Pair &pair : pairs) {
        const double ratio = ThemeColors::contrastRatio(pair.text, pair.background);
        QVERIFY2(ratio >= ThemeColors::MinimumTextContrast,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(pair.what, pair.text.name(), pair.background.name()).arg(ratio, 0, 'f', 2)));
    }
    printContrastTable(palette, QTest::currentDataTag());
}

void TestThemeColors::chartSeriesStandApartFromTheBackground()
{
    QFETCH(QPalette, palette);
    const QColor background = ThemeColors::chartBackground(palette);
    QSet<QRgb> seen;
    for (int i = 0; i < ThemeColors::chartSeriesCount(); ++i) {
        const QColor series = ThemeColors::chartSeries(palette, i);
        QVERIFY2(ThemeColors::contrastRatio(series, background) >= 3.0, qPrintable(series.name()));
        seen.insert(series.rgb());
    }
    QCOMPARE(seen.size(), ThemeColors::chartSeriesCount());
    QVERIFY(ThemeColors::contrastRatio(ChartTheme::categoryColor(palette, QStringLiteral("other")), background) >= 3.0);
}

void TestThemeColors::darkPaletteGivesDarkSurfaces()
{
    // The failure this replaces: a light sidebar and white cards under a dark theme.
    const QPalette dark = breezeDark();
    QVERIFY(ThemeColors::isDark(dark));
    QVERIFY(!ThemeColors::isDark(breezeLight()));
    for (const QColor &surface : {ThemeColors::sidebarBackground(dark), ThemeColors::cardBackground(dark),
                                  ThemeColors::chartBackground(dark), ThemeColors::toneTint(dark, Tone::Warning)})
        QVERIFY2(ThemeColors::luminance(surface) < 0.1, qPrintable(surface.name()));
    // The same tone is a deeper colour on light than on dark.
    QVERIFY(ThemeColors::toneText(breezeLight(), Tone::Positive).lightness()
            < ThemeColors::toneText(dark, Tone::Positive).lightness());
}

void TestThemeColors::tonedLabelFollowsAPaletteChange()
{
    const QPalette original = QApplication::palette();
    switchPalette(breezeLight());
    // In a window, as in the app (Qt sends the application's palette change to child widgets).
    QWidget window;
    QLabel label(QStringLiteral("Payment failed"), &window);
    ThemeColors::setTextTone(&label, Tone::Negative);
    QLabel muted(QStringLiteral("as of 10:42"), &window);
    ThemeColors::setMutedText(&muted);
    window.show();
    QCOMPARE(label.palette().color(QPalette::WindowText), ThemeColors::toneText(breezeLight(), Tone::Negative));

    switchPalette(breezeDark());
    QCOMPARE(label.palette().color(QPalette::WindowText), ThemeColors::toneText(breezeDark(), Tone::Negative));
    QCOMPARE(muted.palette().color(QPalette::WindowText), ThemeColors::mutedText(breezeDark()));
    // The roles the helper does not set still come from the application.
    QCOMPARE(label.palette().color(QPalette::Window), breezeDark().color(QPalette::Window));

    // A second tone replaces the first; it does not fight it on the next change.
    ThemeColors::setTextTone(&label, Tone::Positive);
    switchPalette(breezeLight());
    QCOMPARE(label.palette().color(QPalette::WindowText), ThemeColors::toneText(breezeLight(), Tone::Positive));
    switchPalette(original);
}

void TestThemeColors::costsChartFollowsAPaletteChange()
{
    const QPalette original = QApplication::palette();
    switchPalette(breezeLight());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Composition composition;
    QString problem;
    QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    BudgetStore budgets(&settings);
    QWidget window;
    CostsPage page(composition.accounts(), composition.repository(), &budgets, &window);
    window.resize(1300, 900);
    page.resize(1300, 900);
    window.show();
    composition.repository()->refreshInvoices();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && !composition.repository()->isLoading(), LoadTimeoutMs);

    QChart *chart = page.chart();
    const auto checkChart = [chart](const QPalette &palette) {
        QCOMPARE(chart->backgroundBrush().color(), ThemeColors::chartBackground(palette));
        QCOMPARE(chart->legend()->labelColor(), palette.color(QPalette::Text));
        const QList<QAbstractAxis *> axes = chart->axes();
        QVERIFY(!axes.isEmpty());
        for (QAbstractAxis *axis : axes) {
            QCOMPARE(axis->labelsColor(), ThemeColors::chartLabelText(palette));
            QCOMPARE(axis->gridLineColor(), ThemeColors::chartGrid(palette));
        }
        const auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().constFirst());
        QVERIFY(bars);
        QVERIFY(!bars->barSets().isEmpty());
        // Each stack in one of this palette's series colours.
        QSet<QRgb> colours = {ChartTheme::categoryColor(palette, QStringLiteral("other")).rgb()};
        for (int i = 0; i < ThemeColors::chartSeriesCount(); ++i)
            colours.insert(ChartTheme::seriesColor(palette, i).rgb());
        for (QBarSet *set : bars->barSets())
            QVERIFY2(colours.contains(set->color().rgb()), qPrintable(set->label() + u' ' + set->color().name()));
    };
    checkChart(breezeLight());
    if (QTest::currentTestFailed())
        return;
    const QColor lightBackground = chart->backgroundBrush().color();

    switchPalette(breezeDark());
    checkChart(breezeDark());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(ThemeColors::luminance(chart->backgroundBrush().color()) < ThemeColors::luminance(lightBackground));

    switchPalette(breezeLight());
    checkChart(breezeLight());
    switchPalette(original);
}

namespace
{
const QStringList PageKeys = {QStringLiteral("invoices"), QStringLiteral("overview"), QStringLiteral("catalog"),
                              QStringLiteral("costs"), QStringLiteral("operations"), QStringLiteral("contacts"),
                              QStringLiteral("profile"), QStringLiteral("tax"), QStringLiteral("payment-methods")};

// The colour of the icon's most opaque pixel: its strokes.
QColor strokeColour(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor strongest(0, 0, 0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > strongest.alpha())
                strongest = pixel;
        }
    }
    return strongest;
}
}

void TestThemeColors::everyPageHasItsOwnIcon()
{
    QSet<QByteArray> drawings;
    for (const QString &page : PageKeys) {
        QVERIFY2(!PageIcons::themeName(page).isEmpty(), qPrintable(page));
        const QIcon icon = PageIcons::fallback(page);
        QVERIFY2(!icon.isNull(), qPrintable(page));
        QVERIFY2(!PageIcons::icon(page).isNull(), qPrintable(page));
        const QImage image = icon.pixmap(32, 32).toImage();
        drawings.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), int(image.sizeInBytes())));
    }
    // Nine pages, nine different drawings (not one generic icon).
    QCOMPARE(drawings.size(), PageKeys.size());
    QVERIFY(PageIcons::fallback(QStringLiteral("no-such-page")).isNull());
}

void TestThemeColors::pageIconsAreDrawnInThePaletteTextColour()
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(breezeLight());
    const QIcon icon = PageIcons::fallback(QStringLiteral("costs"));
    QCOMPARE(strokeColour(icon).rgb(), breezeLight().color(QPalette::WindowText).rgb());
    // The same icon, after a switch to a dark theme: drawn light, nothing to reload.
    QApplication::setPalette(breezeDark());
    QCOMPARE(strokeColour(icon).rgb(), breezeDark().color(QPalette::WindowText).rgb());
    QCOMPARE(strokeColour(icon).alpha(), 255);
    QApplication::setPalette(original);
}

void TestThemeColors::placeholdersStayReadableAcrossThemeChanges()
{
    const QPalette original = QApplication::palette();
    // A dark theme whose placeholder is nearly the field's own colour (what Xvfb + kdeglobals gave).
    QPalette faint = breezeDark();
    faint.setColor(QPalette::PlaceholderText, QColor(40, 44, 48));
    QApplication::setPalette(faint);
    QVERIFY(ThemeColors::contrastRatio(QApplication::palette().color(QPalette::PlaceholderText), faint.color(QPalette::Base)) < 2);
    ThemeColors::keepPlaceholdersReadable(qApp);
    QVERIFY(ThemeColors::contrastRatio(QApplication::palette().color(QPalette::PlaceholderText), faint.color(QPalette::Base)) >= 4.5);

    QPalette faintLight = breezeLight();
    faintLight.setColor(QPalette::PlaceholderText, QColor(240, 240, 240));
    switchPalette(faintLight);
    QVERIFY(ThemeColors::contrastRatio(QApplication::palette().color(QPalette::PlaceholderText), faintLight.color(QPalette::Base)) >= 4.5);
    QCOMPARE(QApplication::palette().color(QPalette::Window), faintLight.color(QPalette::Window));
    switchPalette(original);
}

void TestThemeColors::aCheckedSegmentIsBold()
{
    // Fusion's dark palette draws a checked tool button nearly like an unchecked one.
    QWidget row;
    QToolButton first(&row);
    QToolButton second(&row);
    QButtonGroup group;
    for (QToolButton *button : {&first, &second}) {
        button->setCheckable(true);
        group.addButton(button);
    }
    group.setExclusive(true);
    first.setChecked(true);
    ThemeColors::emphasizeWhenChecked(&first);
    ThemeColors::emphasizeWhenChecked(&second);
    QVERIFY(first.font().bold());
    QVERIFY(!second.font().bold());
    second.click();
    QVERIFY(second.font().bold());
    QVERIFY(!first.font().bold());
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
