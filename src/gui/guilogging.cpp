#include "gui/guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "reqdesk.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiCharts, "reqdesk.gui.charts", QtWarningMsg)
