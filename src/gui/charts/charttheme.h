#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// The chart look shared by every chart view: QtCharts' light or dark theme chosen from the
/// widget's palette (Appearance), square corners, no animation, a bold title, and the few
/// colours the views draw with that must read on both backgrounds.
class ChartTheme final
{
public:
    /// True when charts on a widget with `palette` should be dark.
    static bool isDark(const QPalette &palette);
    /// Sets the QChart theme (ChartThemeDark or ChartThemeLight) and the shared chart settings.
    /// A theme resets fonts and series colours: call before (re)building series.
    static void apply(QChart *chart, bool dark);
    /// Marks drawn over bars (pay band midpoints, time-in-stage means): near-black or near-white.
    static QColor markerColour(bool dark);
    /// The main bar colour (colour-blind-safe blue, lighter on dark).
    static QColor barColour(bool dark);
    /// A second series colour (colour-blind-safe orange).
    static QColor accentColour(bool dark);
};

} // namespace Reqdesk::Gui
