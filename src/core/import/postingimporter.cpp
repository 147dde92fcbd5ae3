#include "core/import/postingimporter.h"

#include "core/import/greenhousejsonimporter.h"
#include "core/import/htmlpostingparser.h"
#include "core/import/importsupport.h"
#include "core/import/leverjsonimporter.h"
#include "core/import/textpostingparser.h"
#include "core/logging.h"

namespace Reqdesk::Core {

namespace {

bool isBlank(const QByteArray &data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            return false;
    }
    return true;
}

Result<ImportResult> dispatch(const QByteArray &data, PostingFormat format)
{
    if (isBlank(data))
        return makeError(ErrorCode::ParseError, QStringLiteral("the input is empty"), 1);
    // Every format is text: refuse binary before any reader sees it.
    Result<QString> text = Internal::decodeText(data);
    if (!text)
        return text.error();
    switch (format) {
    case PostingFormat::Text:
        return TextPostingParser::parse(*text);
    case PostingFormat::Html:
        return HtmlPostingParser::parse(*text);
    case PostingFormat::Greenhouse:
        return GreenhouseJsonImporter::import(data);
    case PostingFormat::Lever:
        return LeverJsonImporter::import(data);
    }
    return makeError(ErrorCode::UnsupportedFormat, QStringLiteral("unknown posting format"));
}

} // namespace

Result<ImportResult>
PostingImporter::import(const QByteArray &data, PostingFormat format, const QString &sourceName)
{
    Result<ImportResult> result = dispatch(data, format);
    if (!result) {
        qCDebug(lcImport) << "import of" << sourceName << "as" << postingFormatName(format)
                          << "failed:" << result.error().message();
    } else {
        qCDebug(lcImport) << "imported" << result->requisitions.size() << "requisition(s) from"
                          << sourceName << "with" << result->warnings.size() << "warning(s)";
    }
    return result;
}

} // namespace Reqdesk::Core
