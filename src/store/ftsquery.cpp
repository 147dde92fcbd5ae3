#include "store/ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Reqdesk::Store {

QString FtsQuery::fromUserText(const QString &text)
{
    QStringList terms;
    const QStringList words
            = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A word of punctuation only would tokenize to nothing; FTS5 rejects an empty prefix.
        const bool searchable = std::any_of(
                word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    if (terms.isEmpty())
        return QString();
    terms.last() += QLatin1Char('*');
    return terms.join(QStringLiteral(" AND "));
}

} // namespace Reqdesk::Store
