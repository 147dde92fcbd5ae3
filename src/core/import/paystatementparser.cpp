#include "core/import/paystatementparser.h"

#include "core/currency.h"
#include "core/money.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace Reqdesk::Core {

namespace {

// All patterns are compiled once; parsing runs thousands of postings a second.
const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "(?:\\b(?<pre>[A-Z]{3})\\s?)?"
            "(?<sym>US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|S\\$|HK\\$|R\\$|\\$|£|€|¥|₹)?\\s?"
            "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?"
            "|\\d{1,3}(?:[,.'\\x{00A0}\\x{202F}\\x{2009}]\\d{3})+(?:[.,]\\d{1,2})?"
            "|\\d+(?:[.,]\\d{1,2})?)"
            "(?<k>\\s?[kK](?![A-Za-z]))?"
            "(?<big>\\s?(?:[MB]|mn|bn|million|billion)(?![A-Za-z]))?"
            "(?:\\s?(?<sfx>€|£|\\b[A-Z]{3}\\b))?"));
    return re;
}

const QRegularExpression &connectorPattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "^\\s*(?:/\\s*(?:hr|hour|h|yr|year|mo|month|wk|week)\\b|per\\s+(?:hour|year|"
                    "month|week|annum))?\\s*(?:-|–|—|−|~|to|and|through)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &sentenceBreakPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<=[.;!?])\\s+(?=[A-Z(])"));
    return re;
}

const QRegularExpression &periodPattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "(?<hour>\\bper\\s+hour\\b|\\ban\\s+hour\\b|/\\s*h(?:ou)?r\\b|/\\s*h\\b|"
                    "\\bhourly\\b|\\bper\\s+hr\\b|\\bp/h\\b)"
                    "|(?<day>\\bper\\s+day\\b|\\ba\\s+day\\b|/\\s*day\\b|\\bdaily\\b)"
                    "|(?<week>\\bper\\s+week\\b|\\ba\\s+week\\b|/\\s*w(?:ee)?k\\b|\\bweekly\\b)"
                    "|(?<month>\\bper\\s+month\\b|\\ba\\s+month\\b|/\\s*mo(?:nth)?\\b|"
                    "\\bmonthly\\b)"
                    "|(?<year>\\bper\\s+year\\b|\\ba\\s+year\\b|/"
                    "\\s*y(?:ea)?r\\b|\\bannual(?:ly)?\\b|"
                    "\\bper\\s+annum\\b|\\bp\\.a\\.|\\byearly\\b|\\bsalary\\b)"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &levelPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "\\b(?:IC\\s?\\d{1,2}|L\\s?\\d{1,2}|E\\d{1,2}|P\\d|M\\d|"
            "SDE\\s?(?:I{1,3}|\\d)|SWE\\s?(?:I{1,3}|\\d)|[Ll]evel\\s+(?:\\d{1,2}|[IVX]{1,4})|"
            "[Gg]rade\\s+\\d{1,2})\\b"));
    return re;
}

const QRegularExpression &seniorityPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:junior|mid|mid-level|senior|staff|principal|lead|associate|entry|"
                           "intern|distinguished|director|manager|head)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &headingWordsPattern()
{
    static const QRegularExpression re(
            QStringLiteral("^(?:(?:base\\s+)?(?:compensation|pay|salary)(?:\\s+(?:range|ranges|"
                           "transparency|information))?)\\b[:\\s]*"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Words that make a "Label:" before a range something other than a place or a level.
const QRegularExpression &notALabelPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:total|target|starting|estimated|expected|amount|offer|hiring|"
                           "package|note|currency|usd|eur|gbp)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &parenLocationsPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:locations?|areas?|markets?|cities|metros?)\\s*\\(([^)]+)\\)"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &unnamedLocationsPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:some|certain|select|other|specific)\\s+"
                           "(?:locations|areas|markets|cities|regions|metros)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &zonePattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:(?i:pay\\s+zone|geo\\s+zone|location\\s+tier|zone|tier|region|"
                           "market))\\s+(?:\\d{1,2}|[A-Z]{1,2}|[IVX]{1,4})\\b"));
    return re;
}

const QRegularExpression &typicalAcrossPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\btypical\\b.*?\\bacross\\s+(?:the\\s+)?(.+?)\\s+(?:is|are|was)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &inPlacePattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b[Ii]n\\s+(?:the\\s+)?((?:[A-Z][\\w.'-]*)(?:\\s+(?:of\\s+|and\\s+)?"
                           "[A-Z][\\w.'-]*)*)"));
    return re;
}

const QRegularExpression &payWordPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:salary|salaries|pay|compensation|wage|wages|rate|earnings|"
                           "earn|OTE|range|base|remuneration|stipend)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &notPayPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\b(?:stipend|allowance|budget|funding|raised|revenue|reimburse\\w*|"
                           "relocation|referral|sign-on|signing|valuation|401)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &extrasPattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "(?:\\+|\\bplus\\b|\\band\\b|\\bwith\\b|,)\\s*(?:an?\\s+|annual\\s+|"
                    "generous\\s+|"
                    "performance\\s+|comprehensive\\s+|eligible\\s+for\\s+)*"
                    "(equity|stock|RSUs?|bonus|bonuses|commission|commissions|benefits|tips)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &otePattern()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:OTE|on[- ]target\\s+earnings)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &upToPattern()
{
    static const QRegularExpression re(
            QStringLiteral(
                    "(?:\\bup\\s+to|\\bas\\s+much\\s+as|\\bmaximum(?:\\s+of)?|\\bmax\\.?)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &startingAtPattern()
{
    static const QRegularExpression re(
            QStringLiteral("(?:\\bstarting\\s+(?:at|from)|\\bstarts\\s+at|\\bfrom|\\bat\\s+least|"
                           "\\bminimum(?:\\s+of)?|\\bmin\\.?)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &andUpPattern()
{
    static const QRegularExpression re(
            QStringLiteral("^\\s*(?:\\+|and\\s+up\\b|or\\s+more\\b|and\\s+above\\b)"),
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct Amount
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString number;
    QString text;
    QString currency;
    bool thousands = false;
    bool conflict = false;
    bool bareDollar = false; ///< USD only because of a lone "$": yields to an ISO code
    bool millions = false;   ///< "$20M", "€1.5 billion": funding or revenue, never pay
};

// Currencies written with a "$" sign, which a bare "$" may stand for.
bool isDollar(QStringView code)
{
    static const QStringList dollars = {QStringLiteral("USD"),
                                        QStringLiteral("CAD"),
                                        QStringLiteral("AUD"),
                                        QStringLiteral("NZD"),
                                        QStringLiteral("SGD"),
                                        QStringLiteral("HKD"),
                                        QStringLiteral("MXN"),
                                        QStringLiteral("TWD")};
    return dollars.contains(code);
}

// The ISO code an amount is written in, from its prefix code, symbol and suffix.
void resolveCurrency(const QRegularExpressionMatch &m, Amount &a)
{
    QString iso;
    auto takeIso = [&](const QString &code) {
        if (code.isEmpty())
            return;
        const std::optional<QString> known = Currency::codeForSymbol(code);
        if (!known || !Currency::isKnown(*known))
            return;
        if (!iso.isEmpty() && iso != *known)
            a.conflict = true;
        iso = *known;
    };
    takeIso(m.captured(u"pre"));
    takeIso(m.captured(u"sfx"));
    const QString sym = m.captured(u"sym");
    if (!sym.isEmpty()) {
        const QString fromSymbol = Currency::codeForSymbol(sym).value_or(QString());
        if (sym == u"$") {
            // A bare dollar sign defers to an ISO code beside it ("CAD $90,000").
            if (iso.isEmpty()) {
                iso = fromSymbol;
                a.bareDollar = true;
            }
        } else if (!iso.isEmpty() && iso != fromSymbol) {
            a.conflict = true;
        } else {
            iso = fromSymbol;
        }
    }
    a.currency = iso;
}

// Digits with one optional '.' decimal point, from any grouping style; nothing if ambiguous.
std::optional<QString> canonicalNumber(QStringView num, QStringView currency)
{
    QString s;
    s.reserve(num.size());
    for (const QChar c : num) {
        if (c == u'\'' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009))
            continue;
        s += c;
    }
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const int dots = int(s.count(u'.'));
    const int commas = int(s.count(u','));
    QChar decimal;
    if (dots > 0 && commas > 0) {
        decimal = lastDot > lastComma ? u'.' : u',';
    } else if (dots + commas == 1) {
        const QChar sep = dots ? u'.' : u',';
        const qsizetype after = s.size() - s.lastIndexOf(sep) - 1;
        if (after == 3) {
            // "100.000" or "100,000": three digits after one separator are grouping, unless the
            // currency itself has three minor digits (BHD), where it is truly ambiguous.
            if (Currency::minorDigits(currency) == 3)
                return std::nullopt;
        } else {
            decimal = sep;
        }
    }
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit())
            out += c;
        else if (!decimal.isNull() && c == decimal)
            out += u'.';
        else if (c != u'.' && c != u',')
            return std::nullopt;
    }
    return out;
}

std::optional<qint64> amountMinor(const Amount &a, const QString &currency, bool thousands)
{
    const std::optional<QString> canonical = canonicalNumber(a.number, currency);
    if (!canonical)
        return std::nullopt;
    const std::optional<qint64> minor = Money::parseDecimal(*canonical, currency);
    if (!minor)
        return std::nullopt;
    if (thousands && *minor > std::numeric_limits<qint64>::max() / 1000)
        return std::nullopt;
    return thousands ? *minor * 1000 : *minor;
}

std::optional<Period> findPeriod(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch m = periodPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.capturedLength(u"hour"))
        return Period::Hour;
    if (m.capturedLength(u"day"))
        return Period::Day;
    if (m.capturedLength(u"week"))
        return Period::Week;
    if (m.capturedLength(u"month"))
        return Period::Month;
    return Period::Year;
}

QString cleanLabel(QStringView text)
{
    QString s = text.trimmed().toString();
    while (!s.isEmpty()
           && (s.endsWith(u'–') || s.endsWith(u'—') || s.endsWith(u'-') || s.endsWith(u':')
               || s.endsWith(u',') || s.endsWith(u'|')))
        s = s.chopped(1).trimmed();
    while (!s.isEmpty() && (s.startsWith(u'–') || s.startsWith(u'-') || s.startsWith(u'•')))
        s = s.mid(1).trimmed();
    return s;
}

// Capitalised words right before a level: "Compensation Software Engineering IC3" → family.
QString jobFamilyBefore(QStringView lead)
{
    QString text = lead.trimmed().toString();
    const QRegularExpressionMatch heading = headingWordsPattern().match(text);
    if (heading.hasMatch())
        text = text.mid(heading.capturedLength());
    text = cleanLabel(text);
    const qsizetype cut = qMax(text.lastIndexOf(u'.'), text.lastIndexOf(u':'));
    if (cut >= 0)
        text = text.mid(cut + 1).trimmed();
    if (text.isEmpty())
        return QString();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 5)
        return QString();
    for (const QString &w : words) {
        if (!w.front().isUpper() && w != u"&" && w != u"and" && w != u"of")
            return QString();
    }
    return words.join(u' ');
}

struct Context
{
    // Line-wide period, looked up once per line however many ranges it holds.
    bool linePeriodKnown = false;
    std::optional<Period> linePeriod;
    QString level;
    QString jobFamily;
};

struct Placement
{
    QString location;
    QString level;
    bool unnamedLocations = false;
};

// Where and for which level a range applies, from the words before it (and after, for "in X").
// The place an "in X" phrase names ("In California", "in New York."), if it names one.
std::optional<QString> inPlace(QStringView text)
{
    const QRegularExpressionMatch m = inPlacePattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString place = m.captured(1).trimmed();
    if (Currency::isKnown(place) || payWordPattern().match(place).hasMatch())
        return std::nullopt;
    QString location = cleanLabel(place);
    // A sentence's full stop is not part of "New York"; "D.C." keeps its own.
    if (location.size() > 1 && location.endsWith(u'.')
        && location.at(location.size() - 2).isLower())
        location.chop(1);
    return location;
}

// placeBefore: the sentence names places before its ranges ("In California the range is...,
// in New York ..."), so "in X" is read from the lead; otherwise from the words after a range
// ("$95,000 to $120,000 in California, $105,000 to $130,000 in New York").
Placement placementFor(QStringView lead, QStringView tail, bool placeBefore)
{
    Placement p;
    QRegularExpressionMatch m = parenLocationsPattern().match(lead);
    if (m.hasMatch()) {
        p.location = m.captured(1).trimmed();
        return p;
    }
    m = unnamedLocationsPattern().match(lead);
    if (m.hasMatch()) {
        QString stated = m.captured(0);
        stated[0] = stated[0].toUpper();
        p.location = stated;
        p.unnamedLocations = true;
        return p;
    }
    m = zonePattern().match(lead);
    if (m.hasMatch()) {
        QString label = m.captured(0);
        label[0] = label[0].toUpper();
        p.location = label;
        return p;
    }
    m = typicalAcrossPattern().match(lead);
    if (m.hasMatch()) {
        p.location = m.captured(1).trimmed() + QStringLiteral(" typical");
        return p;
    }
    const QString trimmedLead = lead.trimmed().toString();
    if (trimmedLead.endsWith(u':')) {
        QString label = trimmedLead.chopped(1);
        for (const QString &sep : {QStringLiteral(". "),
                                   QStringLiteral("; "),
                                   QStringLiteral(", "),
                                   QStringLiteral(" – "),
                                   QStringLiteral(" - ")}) {
            const qsizetype at = label.lastIndexOf(sep);
            if (at >= 0)
                label = label.mid(at + sep.size());
        }
        label = cleanLabel(label);
        const qsizetype words = label.count(u' ') + 1;
        if (!label.isEmpty() && words <= 6 && !payWordPattern().match(label).hasMatch()
            && !periodPattern().match(label).hasMatch()
            && !notALabelPattern().match(label).hasMatch() && label.front().isUpper()) {
            if (levelPattern().match(label).hasMatch()
                || seniorityPattern().match(label).hasMatch())
                p.level = label;
            else
                p.location = label;
            return p;
        }
    }
    const std::optional<QString> place = inPlace(placeBefore ? lead : tail);
    if (place)
        p.location = *place;
    return p;
}

QString notesFor(QStringView lead, QStringView matched, QStringView tail)
{
    QStringList notes;
    const QString around = lead.toString() + matched + tail;
    if (otePattern().match(around).hasMatch())
        notes << QStringLiteral("OTE (on-target earnings)");
    QRegularExpressionMatchIterator it = extrasPattern().globalMatch(tail);
    while (it.hasNext()) {
        QString word = it.next().captured(1).toLower();
        if (word == u"stock" || word.startsWith(u"rsu"))
            word = QStringLiteral("equity");
        else if (word == u"bonuses")
            word = QStringLiteral("bonus");
        else if (word == u"commissions")
            word = QStringLiteral("commission");
        const QString note = QStringLiteral("plus ") + word;
        if (!notes.contains(note))
            notes << note;
    }
    return notes.join(QStringLiteral("; "));
}

QString moneyText(qint64 minor, const QString &currency)
{
    return currency + u' ' + minorToDecimalString(minor, currency);
}

struct Candidate
{
    int first = 0;
    int last = 0; // == first for a single figure
};

void parseSentence(QStringView sentence,
                   QStringView line,
                   int lineNumber,
                   Context &ctx,
                   PayStatementResult &out)
{
    QList<Amount> amounts;
    QRegularExpressionMatchIterator it = amountPattern().globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Amount a;
        a.start = m.capturedStart();
        a.end = m.capturedEnd();
        a.number = m.captured(u"num");
        a.text = m.captured().trimmed();
        a.thousands = m.capturedLength(u"k") > 0;
        a.millions = m.capturedLength(u"big") > 0;
        resolveCurrency(m, a);
        amounts.append(a);
    }
    if (amounts.isEmpty())
        return;

    QList<Candidate> candidates;
    for (int i = 0; i < amounts.size();) {
        if (i + 1 < amounts.size()) {
            const QStringView between
                    = sentence.mid(amounts[i].end, amounts[i + 1].start - amounts[i].end);
            if (connectorPattern().match(between).hasMatch()) {
                candidates.append({i, i + 1});
                i += 2;
                continue;
            }
        }
        candidates.append({i, i});
        ++i;
    }
    // Bare numbers (years, counts, "IC3") are not pay and must not cut the words before a range.
    candidates.removeIf([&amounts](const Candidate &c) {
        return amounts[c.first].currency.isEmpty() && amounts[c.last].currency.isEmpty();
    });

    const bool sentenceTalksPay = payWordPattern().match(sentence).hasMatch();
    const bool sentenceTalksOte = otePattern().match(sentence).hasMatch();
    const bool placeBefore
            = !candidates.isEmpty()
              && inPlace(sentence.left(amounts[candidates.first().first].start)).has_value();
    const QString source = sentence.trimmed().toString();
    for (int c = 0; c < candidates.size(); ++c) {
        const Amount &lo = amounts[candidates[c].first];
        const Amount &hi = amounts[candidates[c].last];
        const bool single = candidates[c].first == candidates[c].last;
        const qsizetype leadStart = c > 0 ? amounts[candidates[c - 1].last].end : 0;
        const qsizetype tailEnd = c + 1 < candidates.size() ? amounts[candidates[c + 1].first].start
                                                            : sentence.size();
        const QStringView lead = sentence.mid(leadStart, lo.start - leadStart);
        const QStringView tail = sentence.mid(hi.end, tailEnd - hi.end);
        const QStringView matched = sentence.mid(lo.start, hi.end - lo.start);

        const QString rangeText = matched.trimmed().toString();
        // "$90,000 - $110,000 CAD": the code on one end says which dollar the other means.
        QString loCurrency = lo.currency;
        QString hiCurrency = hi.currency;
        if (lo.bareDollar && !hi.bareDollar && isDollar(hiCurrency))
            loCurrency = hiCurrency;
        if (hi.bareDollar && !lo.bareDollar && isDollar(loCurrency))
            hiCurrency = loCurrency;
        if (lo.conflict || hi.conflict
            || (!loCurrency.isEmpty() && !hiCurrency.isEmpty() && loCurrency != hiCurrency)) {
            out.warnings.append(
                    {lineNumber,
                     QStringLiteral("\"%1\" mixes currencies; no band was made").arg(rangeText)});
            continue;
        }
        const QString currency = loCurrency.isEmpty() ? hiCurrency : loCurrency;

        if (lo.millions || hi.millions)
            continue;
        // Figures next to stipends, relocation or funding are not pay.
        const QStringView nearLead = lead.right(40);
        const QStringView nearTail = tail.left(40);
        if (notPayPattern().match(nearLead).hasMatch()
            || notPayPattern().match(nearTail).hasMatch())
            continue;
        const bool openEndedWords = upToPattern().match(lead).hasMatch()
                                    || startingAtPattern().match(lead).hasMatch()
                                    || andUpPattern().match(tail).hasMatch();
        if (single && !sentenceTalksPay && !openEndedWords && !sentenceTalksOte)
            continue;

        // "$120-150k": a thousands suffix on one end covers a small bare other end.
        bool loK = lo.thousands;
        bool hiK = hi.thousands;
        std::optional<qint64> loMinor = amountMinor(lo, currency, loK);
        std::optional<qint64> hiMinor = amountMinor(hi, currency, hiK);
        const qint64 thousandMajor = 1000 * Currency::minorPerMajor(currency);
        if (!single && loMinor && hiMinor) {
            if (hiK && !loK && *loMinor < thousandMajor)
                loMinor = *loMinor * 1000;
            else if (loK && !hiK && *hiMinor < thousandMajor)
                hiMinor = *hiMinor * 1000;
        }
        if (!loMinor || !hiMinor) {
            out.warnings.append({lineNumber,
                                 QStringLiteral("\"%1\" is not an amount that can be read "
                                                "exactly; no band was made")
                                         .arg(rangeText)});
            continue;
        }

        PayBand band;
        band.id = QUuid::createUuid();
        band.currency = currency;
        band.minMinor = *loMinor;
        band.maxMinor = *hiMinor;
        band.sourceText = source;

        const QRegularExpressionMatch level = levelPattern().match(lead);
        if (level.hasMatch()) {
            ctx.level = level.captured().simplified();
            ctx.jobFamily = jobFamilyBefore(lead.left(level.capturedStart()));
        }
        const Placement place = placementFor(lead, tail, placeBefore);
        band.level = place.level.isEmpty() ? ctx.level : place.level;
        band.jobFamily = ctx.jobFamily;
        band.location = place.location;

        std::optional<Period> period = findPeriod(tail);
        if (!period)
            period = findPeriod(lead);
        if (!period) {
            if (!ctx.linePeriodKnown) {
                ctx.linePeriod = findPeriod(line);
                ctx.linePeriodKnown = true;
            }
            period = ctx.linePeriod;
        }
        if (period) {
            band.period = *period;
        } else {
            band.period = qMax(band.minMinor, band.maxMinor) < thousandMajor ? Period::Hour
                                                                             : Period::Year;
            out.warnings.append({lineNumber,
                                 QStringLiteral("\"%1\" states no period; read as per %2")
                                         .arg(rangeText, periodName(band.period))});
        }

        QStringList notes;
        const QString extras = notesFor(lead, matched, tail);
        if (!extras.isEmpty())
            notes << extras;
        if (single) {
            QString openEnded;
            if (upToPattern().match(lead).hasMatch())
                openEnded = QStringLiteral("up to");
            else if (startingAtPattern().match(lead).hasMatch())
                openEnded = QStringLiteral("starting at");
            else if (andUpPattern().match(tail).hasMatch())
                openEnded = QStringLiteral("and up");
            if (!openEnded.isEmpty()) {
                notes.prepend(QStringLiteral("open-ended: ") + openEnded);
                out.warnings.append(
                        {lineNumber,
                         QStringLiteral("\"%1\" is open-ended (%2); recorded as min = max = %3")
                                 .arg(source, openEnded, moneyText(band.minMinor, currency))});
            } else {
                notes.prepend(QStringLiteral("single figure"));
            }
        }
        band.note = notes.join(QStringLiteral("; "));

        if (band.minMinor > band.maxMinor) {
            std::swap(band.minMinor, band.maxMinor);
            out.warnings.append({lineNumber,
                                 QStringLiteral("\"%1\" has its minimum above its maximum; the "
                                                "two were swapped")
                                         .arg(rangeText)});
        }
        if (place.unnamedLocations) {
            out.warnings.append(
                    {lineNumber,
                     QStringLiteral("the %1 range %2-%3 applies to \"%4\" but the line does "
                                    "not name the locations; kept as stated")
                             .arg(band.level.isEmpty() ? QStringLiteral("pay") : band.level,
                                  moneyText(band.minMinor, currency),
                                  minorToDecimalString(band.maxMinor, currency),
                                  band.location)});
        }
        PayStatementParser::appendUnique(out.bands, band);
    }
}

bool hasDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Cheap pre-check before any regex: a band needs a digit and a currency sign or ISO code.
bool mayHoldPay(QStringView text)
{
    bool digit = false;
    bool currency = false;
    int upperRun = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text[i] : QChar(u' ');
        if (c.isDigit())
            digit = true;
        const char16_t u = c.unicode();
        if (u == u'$' || u == u'£' || u == u'€' || u == u'¥' || u == u'₹')
            currency = true;
        if (u >= u'A' && u <= u'Z') {
            ++upperRun;
        } else {
            if (upperRun == 3 && Currency::isKnown(text.mid(i - 3, 3)))
                currency = true;
            upperRun = 0;
        }
        if (digit && currency)
            return true;
    }
    return false;
}

} // namespace

bool PayStatementParser::sameFact(const PayBand &a, const PayBand &b)
{
    return a.minMinor == b.minMinor && a.maxMinor == b.maxMinor && a.currency == b.currency
           && a.period == b.period && a.level == b.level && a.location == b.location
           && a.jobFamily == b.jobFamily && a.midMinor == b.midMinor;
}

bool PayStatementParser::appendUnique(QList<PayBand> &bands, const PayBand &band)
{
    for (const PayBand &existing : std::as_const(bands)) {
        if (sameFact(existing, band))
            return false;
    }
    bands.append(band);
    return true;
}

PayStatementResult PayStatementParser::parseLine(QStringView line, int lineNumber)
{
    PayStatementResult out;
    if (!mayHoldPay(line))
        return out;
    Context ctx;
    qsizetype start = 0;
    QRegularExpressionMatchIterator it = sentenceBreakPattern().globalMatch(line);
    while (true) {
        const bool more = it.hasNext();
        const qsizetype end = more ? it.peekNext().capturedStart() : line.size();
        const qsizetype next = more ? it.next().capturedEnd() : line.size();
        const QStringView sentence = line.mid(start, end - start);
        if (hasDigit(sentence))
            parseSentence(sentence, line, lineNumber, ctx, out);
        start = next;
        if (!more)
            break;
    }
    return out;
}

PayStatementResult PayStatementParser::parse(QStringView text, int firstLine)
{
    PayStatementResult out;
    int lineNumber = firstLine;
    for (QStringView line : text.tokenize(u'\n')) {
        PayStatementResult one = parseLine(line, lineNumber);
        bool any = false;
        for (const PayBand &band : std::as_const(one.bands))
            any = appendUnique(out.bands, band) || any;
        if (any || one.bands.isEmpty()) {
            for (const ImportWarning &w : std::as_const(one.warnings)) {
                if (!out.warnings.contains(w))
                    out.warnings.append(w);
            }
        }
        ++lineNumber;
    }
    return out;
}

} // namespace Reqdesk::Core
