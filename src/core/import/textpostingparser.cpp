#include "core/import/textpostingparser.h"

#include "core/import/importsupport.h"
#include "core/import/paystatementparser.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Reqdesk::Core {

using Internal::employmentTypeOf;
using Internal::workplaceTypeOf;

namespace {

enum class Section {
    Preamble,
    Overview,
    Responsibilities,
    Required,
    Preferred,
    Other,
    Benefits,
    Pay,
    Ignored
};

struct HeadingRow
{
    const char16_t *text;
    Section section;
};

// Lower-case heading text → section. Apostrophes are normalised to ' before lookup.
constexpr HeadingRow kHeadings[] = {
        {u"overview", Section::Overview},
        {u"about the role", Section::Overview},
        {u"about the job", Section::Overview},
        {u"about this role", Section::Overview},
        {u"about the position", Section::Overview},
        {u"the role", Section::Overview},
        {u"role overview", Section::Overview},
        {u"job description", Section::Overview},
        {u"description", Section::Overview},
        {u"summary", Section::Overview},
        {u"job summary", Section::Overview},
        {u"position summary", Section::Overview},
        {u"about us", Section::Overview},
        {u"about the company", Section::Overview},
        {u"who we are", Section::Overview},
        {u"about the team", Section::Overview},
        {u"the team", Section::Overview},
        {u"the opportunity", Section::Overview},
        {u"about the opportunity", Section::Overview},
        {u"responsibilities", Section::Responsibilities},
        {u"key responsibilities", Section::Responsibilities},
        {u"your responsibilities", Section::Responsibilities},
        {u"job responsibilities", Section::Responsibilities},
        {u"role responsibilities", Section::Responsibilities},
        {u"what you'll do", Section::Responsibilities},
        {u"what you will do", Section::Responsibilities},
        {u"what you'll be doing", Section::Responsibilities},
        {u"what you will be doing", Section::Responsibilities},
        {u"duties", Section::Responsibilities},
        {u"key duties", Section::Responsibilities},
        {u"day to day", Section::Responsibilities},
        {u"day-to-day", Section::Responsibilities},
        {u"in this role you will", Section::Responsibilities},
        {u"in this role, you will", Section::Responsibilities},
        {u"you will", Section::Responsibilities},
        {u"your role", Section::Responsibilities},
        {u"the work", Section::Responsibilities},
        {u"required qualifications", Section::Required},
        {u"requirements", Section::Required},
        {u"minimum qualifications", Section::Required},
        {u"basic qualifications", Section::Required},
        {u"qualifications", Section::Required},
        {u"what you'll bring", Section::Required},
        {u"what you will bring", Section::Required},
        {u"what you bring", Section::Required},
        {u"what we're looking for", Section::Required},
        {u"what we are looking for", Section::Required},
        {u"must have", Section::Required},
        {u"must haves", Section::Required},
        {u"must-haves", Section::Required},
        {u"you have", Section::Required},
        {u"who you are", Section::Required},
        {u"about you", Section::Required},
        {u"required skills", Section::Required},
        {u"your background", Section::Required},
        {u"preferred qualifications", Section::Preferred},
        {u"preferred", Section::Preferred},
        {u"preferred skills", Section::Preferred},
        {u"nice to have", Section::Preferred},
        {u"nice to haves", Section::Preferred},
        {u"nice-to-have", Section::Preferred},
        {u"nice-to-haves", Section::Preferred},
        {u"bonus points", Section::Preferred},
        {u"desired qualifications", Section::Preferred},
        {u"additional qualifications", Section::Preferred},
        {u"pluses", Section::Preferred},
        {u"other requirements", Section::Other},
        {u"additional requirements", Section::Other},
        {u"other qualifications", Section::Other},
        {u"physical requirements", Section::Other},
        {u"benefits", Section::Benefits},
        {u"perks", Section::Benefits},
        {u"perks and benefits", Section::Benefits},
        {u"benefits and perks", Section::Benefits},
        {u"what we offer", Section::Benefits},
        {u"we offer", Section::Benefits},
        {u"why join us", Section::Benefits},
        {u"our benefits", Section::Benefits},
        {u"compensation and benefits", Section::Benefits},
        {u"compensation", Section::Pay},
        {u"pay", Section::Pay},
        {u"salary", Section::Pay},
        {u"pay range", Section::Pay},
        {u"pay ranges", Section::Pay},
        {u"salary range", Section::Pay},
        {u"pay transparency", Section::Pay},
        {u"base pay", Section::Pay},
        {u"base salary", Section::Pay},
        {u"compensation range", Section::Pay},
        {u"equal opportunity", Section::Ignored},
        {u"equal employment opportunity", Section::Ignored},
        {u"eeo statement", Section::Ignored},
        {u"application status", Section::Ignored},
        {u"how to apply", Section::Ignored},
        {u"accommodations", Section::Ignored},
        {u"privacy notice", Section::Ignored},
};

// Headings that scraped pages glue to the following text on one line.
constexpr const char16_t *kGluable[] = {
        u"compensation",
        u"qualifications",
        u"equal opportunity",
        u"application status",
        u"overview",
        u"responsibilities",
        u"benefits",
        u"required qualifications",
        u"preferred qualifications",
        u"other requirements",
        u"minimum qualifications",
        u"basic qualifications",
};

const QHash<QString, Section> &headingTable()
{
    static const QHash<QString, Section> table = [] {
        QHash<QString, Section> t;
        for (const HeadingRow &row : kHeadings)
            t.insert(QString::fromUtf16(row.text), row.section);
        return t;
    }();
    return table;
}

QString headingKey(QStringView line)
{
    QString key = line.trimmed().toString().toLower();
    key.replace(u'’', u'\'');
    while (key.startsWith(u'#') || key.startsWith(u'*'))
        key.remove(0, 1);
    while (key.endsWith(u':') || key.endsWith(u'*'))
        key.chop(1);
    return key.trimmed();
}

std::optional<Section> exactHeading(QStringView line)
{
    if (line.size() > 60)
        return std::nullopt;
    const auto found = headingTable().constFind(headingKey(line));
    if (found == headingTable().constEnd())
        return std::nullopt;
    return *found;
}

struct HeadingHit
{
    Section section;
    QString remainder;
};

std::optional<HeadingHit> headingOf(const QString &line)
{
    if (const auto s = exactHeading(line))
        return HeadingHit{*s, QString()};
    for (const char16_t *g : kGluable) {
        const QStringView glue(g);
        if (line.size() <= glue.size() + 1 || line.at(glue.size()) != u' '
            || !QStringView(line).left(glue.size()).startsWith(glue, Qt::CaseInsensitive))
            continue;
        const QString rest = line.mid(glue.size() + 1).trimmed();
        if (rest.isEmpty() || !rest.front().isUpper())
            continue;
        if (const auto inner = exactHeading(rest))
            return HeadingHit{*inner, QString()};
        return HeadingHit{headingTable().value(QString::fromUtf16(g)), rest};
    }
    return std::nullopt;
}

const QRegularExpression &boilerplatePattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "^(?:get ai-powered advice\\b.*|#[a-z0-9]+(?:-[a-z0-9]+)*|show (?:more|less)|"
                    "apply(?: now)?|save(?: job)?|share|report this job|sign in\\b.*|"
                    "easy apply|see who .* has hired for this role|"
                    "referrals increase your chances\\b.*|be an early applicant)$"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bulletPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-•*·–—▪◦●]+|\\d{1,2}[.)])\\s+"));
    return re;
}

const QRegularExpression &continuationPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:OR|or|Or|and/or|And/or)\\b"));
    return re;
}

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(
            QStringLiteral("^(?<key>title|job title|position|company|employer|organization|"
                           "organisation|org|division|team|department|location|locations|office|"
                           "offices|employment type|job type|commitment|workplace|"
                           "workplace type|work model|work arrangement|closes|closing date|"
                           "apply by|application deadline|applications close|deadline|posted|"
                           "date posted|level)\\s*:\\s*(?<value>\\S.{0,150})$"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &joinToApplyPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(?:.+?\\s+role\\s+at\\s+.+?\\s*\\.\\s+)?Join to apply for the\\s+(.+?)\\s+"
            "role\\s+at\\s+(.+?)\\s*\\.(?:\\s+|$)"));
    return re;
}

const QRegularExpression &titleAtCompanyPattern()
{
    static const QRegularExpression re(QStringLiteral("^(.+?)\\s+(?:at|@)\\s+([^,.;]+)$"));
    return re;
}

const QRegularExpression &closingSentencePattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "\\b(?:apply by|applications? (?:close|closes|will close|deadline)(?: on)?|"
                    "closing date(?: is)?|application deadline(?: is)?)[:\\s]+"
                    "(\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]+\\.? \\d{1,2},? \\d{4}|"
                    "\\d{1,2} [A-Z][a-z]+\\.? \\d{4})"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

QDate parseDate(QStringView text)
{
    QString t = text.trimmed().toString();
    t.remove(u'.');
    while (!t.isEmpty() && !t.back().isLetterOrNumber())
        t.chop(1);
    static const QStringList formats = {
            QStringLiteral("yyyy-MM-dd"),
            QStringLiteral("MMMM d, yyyy"),
            QStringLiteral("MMMM d yyyy"),
            QStringLiteral("MMM d, yyyy"),
            QStringLiteral("MMM d yyyy"),
            QStringLiteral("d MMMM yyyy"),
            QStringLiteral("d MMM yyyy"),
    };
    for (const QString &f : formats) {
        const QDate d = QDate::fromString(t, f);
        if (d.isValid())
            return d;
    }
    return QDate();
}

QStringList splitLocations(QStringView value)
{
    static const QRegularExpression separators(
            QStringLiteral("\\s*(?:;|\\||\\s/\\s|\\bor\\b)\\s*"));
    QStringList out;
    for (const QString &part : value.toString().split(separators, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty() && !out.contains(p))
            out << p;
    }
    return out;
}

// Whether next continues the paragraph of prev: scraped pages break lines mid-sentence
// ("Software Engineer 2 role at" / "Microsoft . Join to apply for the"), but a short line
// such as a place name followed by a sentence is a paragraph of its own.
bool continuesParagraph(QStringView prev, QStringView next)
{
    if (prev.isEmpty() || next.isEmpty())
        return false;
    if (next.front().isLower())
        return true;
    static const QStringList joiners = {QStringLiteral("a"),
                                        QStringLiteral("an"),
                                        QStringLiteral("the"),
                                        QStringLiteral("at"),
                                        QStringLiteral("for"),
                                        QStringLiteral("of"),
                                        QStringLiteral("to"),
                                        QStringLiteral("and"),
                                        QStringLiteral("or"),
                                        QStringLiteral("in"),
                                        QStringLiteral("with"),
                                        QStringLiteral("by"),
                                        QStringLiteral("on"),
                                        QStringLiteral("as"),
                                        QStringLiteral("our")};
    const qsizetype space = prev.lastIndexOf(u' ');
    const QStringView lastWord = space < 0 ? prev : prev.mid(space + 1);
    for (const QString &j : joiners) {
        if (lastWord.compare(j, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Markdown a pasted posting may carry: "## Heading", "**Company:** Acme", "__bold__".
QString withoutMarkdown(QString line)
{
    if (line.startsWith(u'#')) {
        qsizetype i = 0;
        while (i < line.size() && i < 6 && line.at(i) == u'#')
            ++i;
        if (i < line.size() && line.at(i) == u' ')
            line = line.mid(i + 1);
    }
    if (line.contains(QStringLiteral("**")))
        line.remove(QStringLiteral("**"));
    if (line.contains(QStringLiteral("__")))
        line.remove(QStringLiteral("__"));
    return line.trimmed();
}

// Cheap pre-check for closingSentencePattern: a close date needs a digit.
bool mentionsClosing(const QString &line)
{
    bool digit = false;
    for (const QChar c : line) {
        if (c.isDigit()) {
            digit = true;
            break;
        }
    }
    return digit;
}

struct Parsed
{
    Requisition req;
    QList<ImportWarning> warnings;
    int firstLine = 0;
};

class Reader
{
public:
    Parsed run(QStringView text);

private:
    void field(const QString &key, const QString &value, int lineNumber);
    void content(const QString &line, int lineNumber, bool heldElsewhere);
    void addItem(QStringList &list, const QString &line);
    void finishTitle();

    Parsed m_out;
    Section m_section = Section::Preamble;
    QStringList m_preamble;
    QList<int> m_preambleLines;
    QStringList m_overview;
    QString m_fieldTitle;
    QString m_fieldCompany;
    QString m_headerText; // preamble and field text an employment type may be read from
    const QStringList *m_lastList = nullptr;
    qsizetype m_lastIndex = -1;
    bool m_findTitle = true;
    bool m_workplaceStated = false;
    QString m_workplaceLine; // a header line such as "Remote (US)" read as the workplace
    QSet<QString> m_payLinesSeen;
    QSet<QString> m_payLinesWithBands;

public:
    explicit Reader(bool findTitle)
        : m_findTitle(findTitle)
    {}
};

void Reader::field(const QString &key, const QString &value, int lineNumber)
{
    Requisition &r = m_out.req;
    const QString k = key.toLower();
    if (k == u"title" || k == u"job title" || k == u"position") {
        if (m_fieldTitle.isEmpty())
            m_fieldTitle = value;
    } else if (k == u"company" || k == u"employer") {
        if (m_fieldCompany.isEmpty())
            m_fieldCompany = value;
    } else if (k == u"organization" || k == u"organisation" || k == u"org" || k == u"division") {
        r.org = value;
    } else if (k == u"team" || k == u"department") {
        if (r.team.isEmpty())
            r.team = value;
    } else if (k.startsWith(u"location") || k.startsWith(u"office")) {
        for (const QString &l : splitLocations(value)) {
            if (!r.locations.contains(l))
                r.locations << l;
        }
        if (!m_workplaceStated)
            r.workplaceType = Internal::sharedWorkplaceTypeOf(r.locations);
    } else if (k == u"employment type" || k == u"job type" || k == u"commitment") {
        r.employmentType = employmentTypeOf(value);
        if (r.employmentType.isEmpty())
            m_out.warnings.append(
                    {lineNumber,
                     QStringLiteral("employment type \"%1\" not recognised").arg(value)});
    } else if (k.startsWith(u"workplace") || k.startsWith(u"work ")) {
        r.workplaceType = workplaceTypeOf(value);
        m_workplaceStated = true;
        if (r.workplaceType.isEmpty())
            m_out.warnings.append(
                    {lineNumber,
                     QStringLiteral("workplace type \"%1\" not recognised").arg(value)});
    } else if (k == u"posted" || k == u"date posted") {
        r.postedOn = parseDate(value);
    } else if (k == u"level") {
        r.level = value;
    } else {
        const QDate d = parseDate(value);
        if (d.isValid())
            r.closesOn = d;
        else
            m_out.warnings.append({lineNumber,
                                   QStringLiteral("closing date \"%1\" is not a date Reqdesk "
                                                  "can read; left empty")
                                           .arg(value)});
    }
}

void Reader::addItem(QStringList &list, const QString &line)
{
    QString item = line;
    const QRegularExpressionMatch bullet = bulletPattern().match(item);
    if (bullet.hasMatch())
        item = item.mid(bullet.capturedLength());
    if (item.isEmpty())
        return;
    if (continuationPattern().match(item).hasMatch() && m_lastList == &list && m_lastIndex >= 0
        && m_lastIndex < list.size()) {
        // "OR equivalent experience." is an alternative to the item before it, not a
        // requirement of its own: attach it (once, even when a repeated block brings it again).
        QString &target = list[m_lastIndex];
        if (!target.endsWith(item))
            target += u' ' + item;
        return;
    }
    qsizetype index = list.indexOf(item);
    if (index < 0) {
        // A repeated block meets "X" after "X OR ..." was already assembled from the first copy.
        const QString prefix = item + u' ';
        for (qsizetype i = 0; i < list.size() && index < 0; ++i) {
            if (list.at(i).startsWith(prefix)
                && continuationPattern()
                           .match(QStringView(list.at(i)).mid(prefix.size()))
                           .hasMatch())
                index = i;
        }
    }
    if (index < 0) {
        list << item;
        index = list.size() - 1;
    }
    m_lastList = &list;
    m_lastIndex = index;
}

void Reader::content(const QString &line, int lineNumber, bool heldElsewhere)
{
    PostingSections &s = m_out.req.sections;
    switch (m_section) {
    case Section::Preamble:
        m_preamble << line;
        m_preambleLines << lineNumber;
        m_headerText += line + u'\n';
        return;
    case Section::Overview:
        if (!m_overview.isEmpty() && continuesParagraph(m_overview.last(), line))
            m_overview.last() += u' ' + line;
        else
            m_overview << line;
        return;
    case Section::Pay:
    case Section::Ignored:
        return;
    default:
        break;
    }
    if (heldElsewhere)
        return; // the band or date holds the fact; a list item would repeat it
    switch (m_section) {
    case Section::Responsibilities:
        addItem(s.responsibilities, line);
        break;
    case Section::Required:
        addItem(s.requiredQualifications, line);
        break;
    case Section::Preferred:
        addItem(s.preferredQualifications, line);
        break;
    case Section::Other:
        addItem(s.otherRequirements, line);
        break;
    case Section::Benefits:
        addItem(s.benefits, line);
        break;
    default:
        break;
    }
}

void Reader::finishTitle()
{
    Requisition &r = m_out.req;
    r.title = m_fieldTitle;
    r.company = m_fieldCompany;

    // The scraped "X role at Y . Join to apply for the X role at Y ." preface names both and is
    // not part of the overview.
    for (QString &p : m_overview) {
        const QRegularExpressionMatch m = joinToApplyPattern().match(p);
        if (!m.hasMatch())
            continue;
        if (r.title.isEmpty())
            r.title = m.captured(1).simplified();
        if (r.company.isEmpty())
            r.company = m.captured(2).simplified();
        p = p.mid(m.capturedEnd()).trimmed();
    }
    m_overview.removeAll(QString());

    int titleIndex = -1;
    if (r.title.isEmpty() && m_findTitle) {
        for (int i = 0; i < m_preamble.size(); ++i) {
            const QString &candidate = m_preamble.at(i);
            if (candidate.size() > 120 || (candidate.endsWith(u'.') && candidate.count(u' ') > 8))
                continue;
            titleIndex = i;
            const QRegularExpressionMatch at = titleAtCompanyPattern().match(candidate);
            if (at.hasMatch() && r.company.isEmpty()) {
                r.title = at.captured(1).trimmed();
                r.company = at.captured(2).trimmed();
            } else {
                r.title = candidate;
            }
            m_out.firstLine = m_preambleLines.at(i);
            break;
        }
    }
    if (r.workplaceType.isEmpty()) {
        // A short header line such as "Remote (US)" or "Hybrid" states the workplace.
        for (const QString &p : std::as_const(m_preamble)) {
            if (p.size() <= 40 && p != r.title) {
                const QString kind = workplaceTypeOf(p);
                if (!kind.isEmpty()) {
                    r.workplaceType = kind;
                    m_workplaceLine = p;
                    break;
                }
            }
        }
    }
    // Preamble lines other than the title and the company name are overview text.
    QStringList intro;
    for (int i = 0; i < m_preamble.size(); ++i) {
        const QString &p = m_preamble.at(i);
        if (i == titleIndex || p == r.company || p == r.title || p == m_workplaceLine)
            continue;
        if (!intro.isEmpty() && continuesParagraph(intro.last(), p))
            intro.last() += u' ' + p;
        else
            intro << p;
    }
    QStringList paragraphs;
    for (const QString &p : std::as_const(intro) + m_overview) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !paragraphs.contains(t))
            paragraphs << t;
    }
    r.sections.overview = paragraphs.join(QStringLiteral("\n\n"));
}

Parsed Reader::run(QStringView text)
{
    Requisition &r = m_out.req;
    r.id = QUuid::createUuid();
    r.status = RequisitionStatus::Draft;
    int lineNumber = 0;
    bool anyBand = false;
    for (QStringView raw : text.tokenize(u'\n')) {
        ++lineNumber;
        QStringView trimmedRaw = raw.trimmed();
        if (trimmedRaw.isEmpty())
            continue;
        if (m_out.firstLine == 0)
            m_out.firstLine = lineNumber;
        QString line = trimmedRaw.toString().simplified();
        if (boilerplatePattern().match(line).hasMatch())
            continue;
        if (line.startsWith(u'#') || line.contains(u'*') || line.contains(u'_')) {
            line = withoutMarkdown(line);
            if (line.isEmpty())
                continue;
        }
        if (const auto heading = headingOf(line)) {
            m_section = heading->section;
            if (heading->remainder.isEmpty())
                continue;
            line = heading->remainder;
            trimmedRaw = QStringView(line);
        }
        if (m_section == Section::Ignored)
            continue;
        bool closingLine = false;
        if (!r.closesOn.isValid() && mentionsClosing(line)) {
            const QRegularExpressionMatch closing = closingSentencePattern().match(line);
            if (closing.hasMatch())
                r.closesOn = parseDate(closing.captured(1));
            closingLine = closing.hasMatch();
        }

        if (m_section == Section::Preamble || m_section == Section::Overview) {
            const QRegularExpressionMatch f = fieldPattern().match(line);
            if (f.hasMatch()) {
                field(f.captured(u"key"), f.captured(u"value").trimmed(), lineNumber);
                m_headerText += f.captured(u"value") + u'\n';
                continue;
            }
        }
        // A repeated line (scraped pages repeat whole blocks) adds no band and no new warning.
        const bool repeated = m_payLinesSeen.contains(line);
        PayStatementResult pay = repeated ? PayStatementResult{}
                                          : PayStatementParser::parseLine(trimmedRaw, lineNumber);
        if (!repeated)
            m_payLinesSeen.insert(line);
        const bool lineHasBands
                = repeated ? m_payLinesWithBands.contains(line) : !pay.bands.isEmpty();
        if (!pay.bands.isEmpty())
            m_payLinesWithBands.insert(line);
        bool newBand = false;
        for (const PayBand &band : std::as_const(pay.bands))
            newBand = PayStatementParser::appendUnique(r.bands, band) || newBand;
        if (newBand || pay.bands.isEmpty()) {
            for (const ImportWarning &w : std::as_const(pay.warnings)) {
                bool seen = false;
                for (const ImportWarning &old : std::as_const(m_out.warnings))
                    seen = seen || old.message == w.message;
                if (!seen)
                    m_out.warnings.append(w);
            }
        }
        anyBand = anyBand || lineHasBands;
        // A closing date or a pay statement is held in its field, not repeated as a list item.
        content(line, lineNumber, lineHasBands || closingLine);
    }
    finishTitle();
    if (r.employmentType.isEmpty())
        r.employmentType = employmentTypeOf(m_headerText);
    if (!anyBand)
        m_out.warnings.append({0, QStringLiteral("no pay range stated")});
    return m_out;
}

} // namespace

Result<ImportResult> TextPostingParser::parse(QStringView text)
{
    Parsed parsed = Reader(true).run(text);
    if (parsed.firstLine == 0)
        return makeError(ErrorCode::ParseError, QStringLiteral("the posting is empty"), 1);
    if (parsed.req.title.isEmpty()) {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("no job title found: expected a first line with the "
                                        "title or a \"Title:\" line"),
                         parsed.firstLine);
    }
    if (parsed.req.company.isEmpty())
        parsed.warnings.append({0, QStringLiteral("company not stated")});
    ImportResult result;
    result.requisitions.append(std::move(parsed.req));
    result.warnings = std::move(parsed.warnings);
    return result;
}

ImportResult TextPostingParser::parseBody(QStringView text)
{
    Parsed parsed = Reader(false).run(text);
    ImportResult result;
    result.requisitions.append(std::move(parsed.req));
    result.warnings = std::move(parsed.warnings);
    return result;
}

bool TextPostingParser::isKnownHeading(QStringView line)
{
    return exactHeading(line).has_value();
}

} // namespace Reqdesk::Core
