#include "core/import/htmltextconverter.h"

#include <QHash>

namespace Reqdesk::Core {

namespace {

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> table = {
            {QStringLiteral("amp"), u'&'},     {QStringLiteral("lt"), u'<'},
            {QStringLiteral("gt"), u'>'},      {QStringLiteral("quot"), u'"'},
            {QStringLiteral("apos"), u'\''},   {QStringLiteral("nbsp"), u' '},
            {QStringLiteral("ndash"), u'–'},   {QStringLiteral("mdash"), u'—'},
            {QStringLiteral("minus"), u'−'},   {QStringLiteral("lsquo"), u'‘'},
            {QStringLiteral("rsquo"), u'’'},   {QStringLiteral("ldquo"), u'“'},
            {QStringLiteral("rdquo"), u'”'},   {QStringLiteral("hellip"), u'…'},
            {QStringLiteral("euro"), u'€'},    {QStringLiteral("pound"), u'£'},
            {QStringLiteral("yen"), u'¥'},     {QStringLiteral("cent"), u'¢'},
            {QStringLiteral("bull"), u'•'},    {QStringLiteral("middot"), u'·'},
            {QStringLiteral("copy"), u'©'},    {QStringLiteral("reg"), u'®'},
            {QStringLiteral("trade"), u'™'},   {QStringLiteral("times"), u'×'},
            {QStringLiteral("shy"), QChar()},  {QStringLiteral("zwj"), QChar()},
            {QStringLiteral("zwnj"), QChar()}, {QStringLiteral("ensp"), u' '},
            {QStringLiteral("emsp"), u' '},    {QStringLiteral("thinsp"), u' '},
            {QStringLiteral("dollar"), u'$'},  {QStringLiteral("colon"), u':'},
            {QStringLiteral("comma"), u','},   {QStringLiteral("period"), u'.'},
            {QStringLiteral("sol"), u'/'},     {QStringLiteral("lpar"), u'('},
            {QStringLiteral("rpar"), u')'},    {QStringLiteral("num"), u'#'},
            {QStringLiteral("percnt"), u'%'},  {QStringLiteral("plus"), u'+'},
            {QStringLiteral("rsaquo"), u'›'},  {QStringLiteral("lsaquo"), u'‹'},
            {QStringLiteral("raquo"), u'»'},   {QStringLiteral("laquo"), u'«'},
            {QStringLiteral("eacute"), u'é'},  {QStringLiteral("Eacute"), u'É'},
            {QStringLiteral("egrave"), u'è'},  {QStringLiteral("ecirc"), u'ê'},
            {QStringLiteral("aacute"), u'á'},  {QStringLiteral("agrave"), u'à'},
            {QStringLiteral("acirc"), u'â'},   {QStringLiteral("auml"), u'ä'},
            {QStringLiteral("Auml"), u'Ä'},    {QStringLiteral("ouml"), u'ö'},
            {QStringLiteral("Ouml"), u'Ö'},    {QStringLiteral("uuml"), u'ü'},
            {QStringLiteral("Uuml"), u'Ü'},    {QStringLiteral("szlig"), u'ß'},
            {QStringLiteral("ccedil"), u'ç'},  {QStringLiteral("ntilde"), u'ñ'},
            {QStringLiteral("iacute"), u'í'},  {QStringLiteral("oacute"), u'ó'},
            {QStringLiteral("uacute"), u'ú'},  {QStringLiteral("oslash"), u'ø'},
            {QStringLiteral("aring"), u'å'},   {QStringLiteral("aelig"), u'æ'},
    };
    return table;
}

enum class TagKind { Inline, Block, ListItem, Cell, Skip };

TagKind kindOf(QStringView name)
{
    static const QHash<QString, TagKind> kinds = [] {
        QHash<QString, TagKind> k;
        for (const char16_t *n :
             {u"p",     u"div",     u"br",         u"ul",     u"ol",         u"h1",
              u"h2",    u"h3",      u"h4",         u"h5",     u"h6",         u"tr",
              u"table", u"section", u"article",    u"header", u"footer",     u"dt",
              u"dd",    u"dl",      u"blockquote", u"hr",     u"pre",        u"main",
              u"aside", u"body",    u"html",       u"figure", u"figcaption", u"address"})
            k.insert(QString::fromUtf16(n), TagKind::Block);
        k.insert(QStringLiteral("li"), TagKind::ListItem);
        // Table cells stay on their row's line, "label: value", so "Zone A | $150k" keeps its
        // zone with its range.
        k.insert(QStringLiteral("td"), TagKind::Cell);
        k.insert(QStringLiteral("th"), TagKind::Cell);
        for (const char16_t *n : {u"script",
                                  u"style",
                                  u"head",
                                  u"noscript",
                                  u"template",
                                  u"svg",
                                  u"iframe",
                                  u"object",
                                  u"title",
                                  u"nav",
                                  u"form",
                                  u"button",
                                  u"select"})
            k.insert(QString::fromUtf16(n), TagKind::Skip);
        return k;
    }();
    return kinds.value(name.toString().toLower(), TagKind::Inline);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == QChar(0xA0);
}

// Accumulates text the way a browser lays it out: collapsed spaces, blocks on their own lines.
class LineWriter
{
public:
    void text(QStringView t)
    {
        for (const QChar c : t) {
            if (isSpace(c) && c != QChar(0xA0)) {
                m_pendingSpace = !m_line.isEmpty();
            } else {
                if (m_pendingSpace)
                    m_line += u' ';
                m_pendingSpace = false;
                m_line += c;
            }
        }
    }
    void breakLine()
    {
        const QString line = m_line.trimmed();
        if (!line.isEmpty() && line != QStringLiteral("-")) {
            m_out += line;
            m_out += u'\n';
        }
        m_line.clear();
        m_pendingSpace = false;
    }
    void cell()
    {
        const QString line = m_line.trimmed();
        if (line.isEmpty())
            return;
        m_line = line.endsWith(u':') ? line : line + u':';
        m_pendingSpace = true;
    }
    void listItem()
    {
        breakLine();
        m_line = QStringLiteral("- ");
    }
    QString finish()
    {
        breakLine();
        if (m_out.endsWith(u'\n'))
            m_out.chop(1);
        return m_out;
    }

private:
    QString m_out;
    QString m_line;
    bool m_pendingSpace = false;
};

} // namespace

QString HtmlTextConverter::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && end - i <= 32 && text[end] != u';' && !isSpace(text[end])
               && text[end] != u'&')
            ++end;
        if (end >= n || text[end] != u';') {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, end - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X'))
                                      ? name.mid(2).toUInt(&ok, 16)
                                      : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                if (code == 0xA0)
                    out += u' ';
                else
                    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = end;
                continue;
            }
        } else {
            const auto found = namedEntities().constFind(name.toString());
            if (found != namedEntities().constEnd()) {
                if (!found->isNull())
                    out += *found;
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool HtmlTextConverter::looksEscaped(QStringView text)
{
    return text.contains(QStringLiteral("&lt;")) && !text.contains(u'<');
}

QString HtmlTextConverter::toText(QStringView html)
{
    LineWriter writer;
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype upTo) {
        if (upTo > textStart)
            writer.text(decodeEntities(html.mid(textStart, upTo - textStart)));
    };
    while (i < n) {
        if (html[i] != u'<') {
            ++i;
            continue;
        }
        // "<" not followed by a tag start is text ("salary < 100k").
        if (i + 1 >= n
            || !(html[i + 1].isLetter() || html[i + 1] == u'/' || html[i + 1] == u'!'
                 || html[i + 1] == u'?')) {
            ++i;
            continue;
        }
        flushText(i);
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype close = html.indexOf(QStringLiteral("-->"), i + 4);
            i = close < 0 ? n : close + 3;
            textStart = i;
            continue;
        }
        qsizetype j = i + 1;
        const bool closing = j < n && html[j] == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
            ++j;
        const QStringView name = html.mid(nameStart, j - nameStart);
        // Find the end of the tag, skipping quoted attribute values.
        QChar quote;
        while (j < n) {
            const QChar c = html[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++j;
        }
        i = j < n ? j + 1 : n;
        textStart = i;
        const TagKind kind = kindOf(name);
        if (kind == TagKind::Skip && !closing) {
            const QString closeTag = QStringLiteral("</") + name.toString();
            const qsizetype close = html.indexOf(closeTag, i, Qt::CaseInsensitive);
            if (close < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', close);
                i = gt < 0 ? n : gt + 1;
            }
            textStart = i;
            continue;
        }
        if (kind == TagKind::ListItem && !closing)
            writer.listItem();
        else if (kind == TagKind::Cell && !closing)
            writer.cell();
        else if (kind == TagKind::Block || kind == TagKind::ListItem)
            writer.breakLine();
    }
    flushText(n);
    return writer.finish();
}

} // namespace Reqdesk::Core
