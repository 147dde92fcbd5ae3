#include "gui/charts/charttheme.h"

#include "gui/appearance.h"

#include <QBrush>
#include <QChart>
#include <QFont>

namespace Reqdesk::Gui {

bool ChartTheme::isDark(const QPalette &palette)
{
    return Appearance::isDarkPalette(palette);
}

void ChartTheme::apply(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The dark theme paints a gradient; a solid colour keeps exports (which start from the
    // background colour) and the plot behind the notes one colour.
    chart->setBackgroundBrush(dark ? QColor(0x26, 0x28, 0x2d) : QColor(Qt::white));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // bar labels and value ticks in the user's digits
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
}

QColor ChartTheme::markerColour(bool dark)
{
    return dark ? QColor(0xf1, 0xf1, 0xf1) : QColor(0x1f, 0x29, 0x37);
}

QColor ChartTheme::barColour(bool dark)
{
    return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x35, 0x7e, 0xbd);
}

QColor ChartTheme::accentColour(bool dark)
{
    return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xd5, 0x5e, 0x00);
}

} // namespace Reqdesk::Gui
