// The tolerant HTML scanner: blocks to lines, list items to "- ", entities decoded, scripts gone.
#include "core/import/htmltextconverter.h"

#include <QTest>

using namespace Reqdesk::Core;

class TestHtmlTextConverter : public QObject
{
    Q_OBJECT

private slots:
    void toText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const char *html, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(text);
        };
        row("paragraphs", "<p>One</p><p>Two</p>", "One\nTwo");
        row("br", "A<br>B<br/>C<BR >D", "A\nB\nC\nD");
        row("list",
            "<h3>Perks</h3><ul><li>Tea</li><li>Bikes <b>and</b> lockers</li></ul>",
            "Perks\n- Tea\n- Bikes and lockers");
        row("whitespace collapses", "<p>  lots\n   of\tspace  </p>", "lots of space");
        row("entities",
            "<p>&lt;b&gt; &amp; caf&eacute; &#8211; &#x20AC;5 &nbsp;x &bogus; &amp</p>",
            "<b> & café – €5 x &bogus; &amp");
        row("script and style dropped",
            "<style>p{}</style><p>Kept</p><script>var s = '<p>no</p>';</script><p>Also</p>",
            "Kept\nAlso");
        row("head dropped",
            "<html><head><title>T</title></head><body><h1>Job</h1></body></html>",
            "Job");
        row("comments dropped", "<p>A<!-- hidden <p>x</p> -->B</p>", "AB");
        row("less-than as text", "<p>salary < 100k</p>", "salary < 100k");
        row("quoted attribute with >", "<a href=\"x>y\">link</a> text", "link text");
        row("unterminated tag", "<p>Start<b", "Start");
        row("unterminated script", "<p>A</p><script>never closed", "A");
        row("table rows keep label and value",
            "<table><tr><th>Zone</th><th>Range</th></tr><tr><td>Zone A</td><td>$150,000 - "
            "$180,000</td></tr><tr><td>Zone B:</td><td>$130,000</td></tr></table>",
            "Zone: Range\nZone A: $150,000 - $180,000\nZone B: $130,000");
        row("navigation and forms dropped",
            "<nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a></nav><p>Body</p>"
            "<form><label>Name</label><input><button>Send</button></form>",
            "Body");
        row("nested blocks", "<div><div><p>Deep</p></div></div>", "Deep");
    }

    void toText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlTextConverter::toText(html), text);
    }

    void escapedMarkup()
    {
        const QString escaped = QStringLiteral("&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;");
        QVERIFY(HtmlTextConverter::looksEscaped(escaped));
        QVERIFY(!HtmlTextConverter::looksEscaped(QStringLiteral("<p>&lt;</p>")));
        QCOMPARE(HtmlTextConverter::toText(HtmlTextConverter::decodeEntities(escaped)),
                 QStringLiteral("Hi & bye"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlTextConverter)
#include "tst_htmltextconverter.moc"
