#pragma once

#include "core/import/importresult.h"
#include "core/result.h"

#include <QStringView>

namespace Reqdesk::Core {

/// Reads a plain-text posting (pasted, scraped, or converted from HTML) into one requisition.
///
/// - Title and company: "Title:"/"Company:" lines, else the scraped "Join to apply for the X
///   role at Y." form, else the first line ("X at Y" splits off the company). No title: error.
/// - Headings ("Responsibilities", "Required Qualifications", "What you'll do", "Benefits"...)
///   open sections; a heading glued to its text ("Qualifications Required Qualifications",
///   "Compensation Software Engineering IC3 – ...") is split. Lines under a list heading are
///   items (bullets stripped); overview lines join into paragraphs.
/// - A line starting with "OR " / "and/or " continues the item before it and is attached to it
///   ("Bachelor's degree ... Python. OR equivalent experience." is one item): it is an
///   alternative to that item, not a requirement of its own.
/// - Scraped pages repeat whole blocks: every list item, paragraph, band and warning is kept once.
/// - Lines with pay statements become bands (PayStatementParser) and are not copied into lists.
/// - Site boilerplate ("Get AI-powered advice...", "#J-18808-Ljbffr", "Show more") and
///   equal-opportunity or application-status sections are dropped.
/// - "Location:", "Team:", "Department:", "Employment type:", "Workplace:", "Closes:" lines fill
///   their fields; nothing is inferred from prose except the employment type of a header line.
class TextPostingParser final
{
public:
    /// One requisition (status Draft) or a ParseError naming the line when there is no title.
    static Result<ImportResult> parse(QStringView text);
    /// The same reading for a body whose title comes from elsewhere (JSON); never fails.
    static ImportResult parseBody(QStringView text);
    /// True when the line is a heading the parser knows ("What you'll do", "Benefits:").
    static bool isKnownHeading(QStringView line);
};

} // namespace Reqdesk::Core
