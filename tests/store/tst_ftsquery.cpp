#include "store/ftsquery.h"

#include <QTest>

using namespace Reqdesk::Store;

class tst_FtsQuery : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("empty", "", "");
        row("spaces", "   \t ", "");
        row("one word", "engineer", "\"engineer\"*");
        row("two words", "senior eng", "\"senior\" AND \"eng\"*");
        row("quote", "a\"b", "\"a\"\"b\"*");
        row("lone quote", "\"", "");
        row("operators", "cats AND NEAR", "\"cats\" AND \"AND\" AND \"NEAR\"*");
        row("star", "eng*", "\"eng*\"*");
        row("only punctuation", "* - ( ) ^", "");
        row("column filter", "title:x", "\"title:x\"*");
        row("unicode", "Zürich 日本", "\"Zürich\" AND \"日本\"*");
        row("extra spaces", "  a   b  ", "\"a\" AND \"b\"*");
    }

    void build()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::fromUserText(input), expected);
    }
};

QTEST_GUILESS_MAIN(tst_FtsQuery)
#include "tst_ftsquery.moc"
