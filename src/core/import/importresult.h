#pragma once

#include "core/requisition.h"

#include <QList>
#include <QString>

namespace Reqdesk::Core {

/// Something an importer was unsure about; a person should read it before saving.
struct ImportWarning
{
    int line = 0; ///< 1-based line of the input it concerns; 0 when it concerns the whole input
    QString message;

    friend bool operator==(const ImportWarning &, const ImportWarning &) = default;
};

/// What an importer extracted: the requisitions and every doubt it had on the way.
struct ImportResult
{
    QList<Requisition> requisitions;
    QList<ImportWarning> warnings;
};

} // namespace Reqdesk::Core
