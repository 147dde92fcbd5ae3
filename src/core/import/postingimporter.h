#pragma once

#include "core/import/importresult.h"
#include "core/import/postingformat.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Reqdesk::Core {

/// The single entry point for posting import: bytes in a known format → requisitions + warnings.
///
/// Empty input, bytes that are not UTF-8 text, broken JSON, JSON of the wrong shape and text
/// without a title are a ParseError naming the line; never a partial result.
class PostingImporter final
{
public:
    /// Dispatches to the text, HTML, Greenhouse or Lever reader; sourceName is for log messages.
    static Result<ImportResult>
    import(const QByteArray &data, PostingFormat format, const QString &sourceName = QString());
};

} // namespace Reqdesk::Core
