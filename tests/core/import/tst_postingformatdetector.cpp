// Format sniffing and the format names the CLI and GUI use.
#include "core/import/postingformatdetector.h"

#include <QTest>

using namespace Reqdesk::Core;

class TestPostingFormatDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("txt") << QByteArray("Welder\nPay: $20 - $25 per hour") << "a.txt"
                             << "text";
        QTest::newRow("plain unnamed") << QByteArray("Welder at Acme") << ""
                                       << "text";
        QTest::newRow("html by name") << QByteArray("Welder") << "job.HTML"
                                      << "html";
        QTest::newRow("html by tags") << QByteArray("  <!DOCTYPE html><html>") << ""
                                      << "html";
        QTest::newRow("html fragment") << QByteArray("Welder<br>Pay") << ""
                                       << "html";
        QTest::newRow("greenhouse") << QByteArray("{\"jobs\": []}") << "board.json"
                                    << "greenhouse";
        QTest::newRow("lever array")
                << QByteArray("\xef\xbb\xbf [{\"text\": \"A\", \"hostedUrl\": \"u\"}]") << ""
                << "lever";
        QTest::newRow("lever object") << QByteArray("{\"text\": \"A\", \"categories\": {}}") << ""
                                      << "lever";
    }

    void detect()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        QCOMPARE(postingFormatName(PostingFormatDetector::detect(data, fileName)), expected);
    }

    void formatNamesRoundTrip()
    {
        for (PostingFormat f : {PostingFormat::Text,
                                PostingFormat::Html,
                                PostingFormat::Greenhouse,
                                PostingFormat::Lever})
            QCOMPARE(postingFormatFromName(postingFormatName(f)), f);
        QCOMPARE(postingFormatFromName(u"Greenhouse"), PostingFormat::Greenhouse);
        QVERIFY(!postingFormatFromName(u"workday").has_value());
    }
};

QTEST_GUILESS_MAIN(TestPostingFormatDetector)
#include "tst_postingformatdetector.moc"
