#include "core/import/importsupport.h"

#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Reqdesk::Core::Internal {

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, data.size());
    return int(QByteArrayView(data).first(end).count('\n')) + 1;
}

namespace {

const QRegularExpression &employmentPattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "\\b(?<full>full[- ]?time|permanent)\\b|\\b(?<part>part[- ]?time)\\b|"
                    "\\b(?<contract>contract|contractor|freelance|fixed[- ]term)\\b|"
                    "\\b(?<intern>internship|intern)\\b|\\b(?<temp>temporary|temp|seasonal)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &workplacePattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "\\b(?<hybrid>hybrid)\\b|\\b(?<remote>remote|fully remote|work from home)\\b|"
                    "\\b(?<onsite>on[- ]?site|in[- ]office|in[- ]person)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Offset of the first byte that is not part of well-formed UTF-8 text, or -1.
qsizetype firstNonText(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                return i;
            if (c == 0x7F)
                return i;
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

QString employmentTypeOf(QStringView text)
{
    QRegularExpressionMatchIterator it = employmentPattern().globalMatch(text);
    QString found;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString kind;
        if (m.capturedLength(u"full"))
            kind = QStringLiteral("full_time");
        else if (m.capturedLength(u"part"))
            kind = QStringLiteral("part_time");
        else if (m.capturedLength(u"contract"))
            kind = QStringLiteral("contract");
        else if (m.capturedLength(u"intern"))
            kind = QStringLiteral("internship");
        else
            kind = QStringLiteral("temporary");
        if (!found.isEmpty() && found != kind)
            return QString(); // two kinds stated: not ours to choose
        found = kind;
    }
    return found;
}

QString workplaceTypeOf(QStringView text)
{
    QRegularExpressionMatchIterator it = workplacePattern().globalMatch(text);
    QString found;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString kind = m.capturedLength(u"hybrid")   ? QStringLiteral("hybrid")
                             : m.capturedLength(u"remote") ? QStringLiteral("remote")
                                                           : QStringLiteral("onsite");
        if (!found.isEmpty() && found != kind)
            return QStringLiteral("hybrid") == found || kind == u"hybrid" ? QStringLiteral("hybrid")
                                                                          : QString();
        found = kind;
    }
    return found;
}

QString sharedWorkplaceTypeOf(const QStringList &locations)
{
    QString shared;
    for (const QString &location : locations) {
        const QString kind = workplaceTypeOf(location);
        if (kind.isEmpty() || (!shared.isEmpty() && kind != shared))
            return QString();
        shared = kind;
    }
    return shared;
}

Result<QString> decodeText(const QByteArray &data)
{
    const qsizetype bad = firstNonText(data);
    if (bad >= 0) {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("not text: byte %1 (0x%2) is not valid UTF-8 text")
                                 .arg(bad + 1)
                                 .arg(uint(uchar(data.at(bad))), 2, 16, QLatin1Char('0')),
                         lineOfOffset(data, bad));
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

Result<QJsonDocument> parseJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("broken JSON: %1 (byte %2)")
                                 .arg(error.errorString())
                                 .arg(error.offset + 1),
                         lineOfOffset(data, error.offset));
    }
    return doc;
}

} // namespace Reqdesk::Core::Internal
