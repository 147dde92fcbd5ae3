#pragma once

#include <QLoggingCategory>

// Logging categories of the desktop app's GUI layer (warnings by default).
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcGuiCharts)
