#pragma once

#include "core/import/postingformat.h"

#include <QByteArray>
#include <QString>

namespace Reqdesk::Core {

/// Guesses the format of a posting from its bytes and, as a hint, its file name.
class PostingFormatDetector final
{
public:
    /// JSON is told apart by its keys (Greenhouse "jobs"/"absolute_url", Lever
    /// "hostedUrl"/"categories"); markup by its tags; anything else is text.
    static PostingFormat detect(const QByteArray &data, const QString &fileName = QString());
};

} // namespace Reqdesk::Core
