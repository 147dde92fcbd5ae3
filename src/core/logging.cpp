#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "reqdesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "reqdesk.core.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "reqdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStoreMigration, "reqdesk.store.migration", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "reqdesk.cli", QtWarningMsg)
