#pragma once

#include <QLoggingCategory>

// One category per area (Qt Creator style). Warnings show by default; enable debug with
// QT_LOGGING_RULES="reqdesk.store.debug=true". Never log a secret or a token.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcStoreMigration)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
