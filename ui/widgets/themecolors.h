#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <functional>

class QAbstractButton;

class QApplication;
class QWidget;

// The one place colours come from. Every colour here is derived from a QPalette (the user's light
// or dark theme), and every text colour is moved in lightness until it reaches WCAG AA contrast
// (4.5:1) against each background it is drawn on. Widgets name a meaning (a tone, muted text, a
// card), never a colour.
namespace ThemeColors
{
// WCAG AA for normal-size text.
constexpr double MinimumTextContrast = 4.5;

// What a colour says: paid / ok, due / warning, failed / error, draft / neutral, a notice.
enum class Tone { Positive, Warning, Negative, Neutral, Info };

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double luminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);
// The colour with its hue and saturation kept and its lightness moved just enough to reach
// `ratio` against every background (or as close as the hue allows).
QColor withContrast(const QColor &color, const QList<QColor> &backgrounds, double ratio = MinimumTextContrast);
// `from` moved `amount` (0 … 1) of the way to `to`.
QColor mix(const QColor &from, const QColor &to, double amount);
bool isDark(const QPalette &palette);

// The backgrounds text is drawn on across the app: window, base, alternate base, sidebar, card.
QList<QColor> textBackgrounds(const QPalette &palette);

// A tone's text colour, readable on every text background and on that tone's tint.
QColor toneText(const QPalette &palette, Tone tone);
// A pale (light theme) or deep (dark theme) background for a badge or notice of that tone.
QColor toneTint(const QPalette &palette, Tone tone);
QColor toneBorder(const QPalette &palette, Tone tone);

// Secondary text (captions, hints, "as of" lines): quieter than WindowText, still readable.
QColor mutedText(const QPalette &palette);
// Money: a credit or a refund (positive for the customer) and a charge to notice.
QColor positiveAmount(const QPalette &palette);
QColor negativeAmount(const QPalette &palette);

QColor sidebarBackground(const QPalette &palette);
QColor sidebarBorder(const QPalette &palette);
QColor sidebarText(const QPalette &palette);
QColor sidebarSelection(const QPalette &palette);
QColor sidebarSelectedText(const QPalette &palette);

QColor cardBackground(const QPalette &palette);
QColor cardBorder(const QPalette &palette);

// Charts: the plot background, its labels and grid, and the series, which stay apart from each
// other and from the background (3:1, WCAG's figure for graphical objects).
QColor chartBackground(const QPalette &palette);
QColor chartLabelText(const QPalette &palette);
QColor chartGrid(const QPalette &palette);
QColor chartSeries(const QPalette &palette, int index);
int chartSeriesCount();

// Placeholder text ("Search…", "none") readable on the fields it is drawn in; some platform
// themes leave it far under 4.5:1 in dark mode.
QColor placeholderText(const QPalette &palette);
// Keeps the application palette's placeholder colour readable, now and after each theme change.
void keepPlaceholdersReadable(QApplication *app);

// Widgets. Each call applies now and again whenever the application palette changes.
void setTextTone(QWidget *widget, Tone tone);
void setMutedText(QWidget *widget);
// A checkable button of a segmented choice ("Category | Service") shows its checked state in
// bold as well: some styles' dark palettes draw checked and unchecked nearly alike.
void emphasizeWhenChecked(QAbstractButton *button);
// A style sheet whose colours come from the palette: `make` is called with the application
// palette now and after each palette change.
void setStyleSheet(QWidget *widget, const std::function<QString(const QPalette &)> &make);
// A rounded badge or notice in a tone: tinted background, tone text, optional border.
QString toneStyle(const QPalette &palette, Tone tone, bool border = false);
// The small "DEMO" badge beside an account: a warning-toned pill.
QString badgeStyle(const QPalette &palette);
// A status pill (paid, active, …): the label rounded and tinted in its tone.
void setPillStyle(QWidget *label, Tone tone);
// A card's background and border, for a style sheet that also rounds its corners.
QString cardStyle(const QPalette &palette);
// The widget, selected by its object name, as a rounded card (a QFrame holding a form, a figure).
void setCardStyle(QWidget *widget, int radius);
// The widget, selected by its object name, as a rounded notice in a tone: tinted, bordered;
// `extra` adds declarations such as padding.
void setNoticeStyle(QWidget *widget, Tone tone, const QString &extra = QString());
// A link-like text (an invoice number that opens the invoice).
QColor linkText(const QPalette &palette);
// A line edit holding a value that cannot be saved.
QString invalidFieldStyle(const QPalette &palette);
}
