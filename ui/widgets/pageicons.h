#pragma once

#include <QIcon>
#include <QString>

// The sidebar's page icons. The user's icon theme comes first (a Breeze desktop gets Breeze's
// icons); where it has none, ours (resources/icons/pages/*.svg) are drawn in the palette's text
// colour at paint time, so they read on a light and a dark theme and follow a theme switch.
namespace PageIcons
{
// The freedesktop / Breeze icon name tried first for a page ("costs" → "office-chart-bar").
QString themeName(const QString &page);
// Our own icon for a page, drawn from the palette; a null icon for an unknown page.
QIcon fallback(const QString &page);
// The theme's icon for the page, or our own.
QIcon icon(const QString &page);
}
