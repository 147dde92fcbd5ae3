// HTML postings: the page's <h1> is the title; escaped markup is read like markup.
#include "core/import/htmlpostingparser.h"

#include <QTest>

using namespace Reqdesk::Core;

class TestHtmlPostingParser : public QObject
{
    Q_OBJECT

private slots:
    void h1IsTheTitleEvenAfterBreadcrumbs()
    {
        const Result<ImportResult> r = HtmlPostingParser::parse(
                u"<div>Jobs &rsaquo; Plant</div><h1>Millwright</h1><p>Company: Acme</p>"
                u"<h2>Requirements</h2><ul><li>Ten years.</li></ul>");
        QVERIFY(r.ok());
        const Requisition &req = r->requisitions.first();
        QCOMPARE(req.title, QStringLiteral("Millwright"));
        QCOMPARE(req.company, QStringLiteral("Acme"));
        QCOMPARE(req.sections.requiredQualifications, QStringList{QStringLiteral("Ten years.")});
    }

    void escapedMarkupReadsLikeMarkup()
    {
        const Result<ImportResult> plain = HtmlPostingParser::parse(
                u"<p>Millwright</p><h3>Pay</h3><p>$30 &ndash; $40 per hour</p>");
        const Result<ImportResult> escaped = HtmlPostingParser::parse(
                u"&lt;p&gt;Millwright&lt;/p&gt;&lt;h3&gt;Pay&lt;/h3&gt;&lt;p&gt;$30 &amp;ndash; "
                u"$40 per hour&lt;/p&gt;");
        QVERIFY(plain.ok());
        QVERIFY(escaped.ok());
        QCOMPARE(escaped->requisitions.first().title, QStringLiteral("Millwright"));
        QCOMPARE(escaped->requisitions.first().bands.size(), 1);
        QCOMPARE(escaped->requisitions.first().bands.first().maxMinor,
                 plain->requisitions.first().bands.first().maxMinor);
    }

    void pageWithoutTextIsAnError()
    {
        const Result<ImportResult> r
                = HtmlPostingParser::parse(u"<html><body><script>x()</script></body></html>");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QCOMPARE(r.error().line, 1);
    }
};

QTEST_GUILESS_MAIN(TestHtmlPostingParser)
#include "tst_htmlpostingparser.moc"
