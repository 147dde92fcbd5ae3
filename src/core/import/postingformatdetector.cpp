#include "core/import/postingformatdetector.h"

namespace Reqdesk::Core {

namespace {

// Only the first few kilobytes are sniffed: enough for any key or tag that tells formats apart.
constexpr qsizetype kSniffBytes = 16 * 1024;

PostingFormat jsonKind(QByteArrayView head)
{
    if (head.contains("\"hostedUrl\"") || head.contains("\"categories\"")
        || head.contains("\"descriptionPlain\"") || head.contains("\"salaryRange\""))
        return PostingFormat::Lever;
    return PostingFormat::Greenhouse;
}

} // namespace

PostingFormat PostingFormatDetector::detect(const QByteArray &data, const QString &fileName)
{
    const QByteArrayView head = QByteArrayView(data).first(qMin(data.size(), kSniffBytes));
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".html") || lower.endsWith(u".htm"))
        return PostingFormat::Html;
    if (lower.endsWith(u".txt") || lower.endsWith(u".text"))
        return PostingFormat::Text;
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size()
           && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    const char first = i < head.size() ? head[i] : '\0';
    if (lower.endsWith(u".json") || first == '{' || first == '[')
        return jsonKind(head);
    const QByteArray lowered = head.toByteArray().toLower();
    if (first == '<' || lowered.contains("<html") || lowered.contains("<p>")
        || lowered.contains("<div") || lowered.contains("<li>") || lowered.contains("<br"))
        return PostingFormat::Html;
    return PostingFormat::Text;
}

} // namespace Reqdesk::Core
