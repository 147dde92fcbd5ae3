// The seed posting (shared/seed): a scraped page whose block appears twice. PRODUCT.md states
// the facts a correct import gives; this test asserts exactly those.
#include "core/import/postingimporter.h"

#include <QFile>
#include <QTest>

using namespace Reqdesk::Core;

class TestSeedPosting : public QObject
{
    Q_OBJECT

private:
    QByteArray m_data;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("seed posting not present");
        m_data = file.readAll();
    }

    void importsOneRequisitionWithFourBands()
    {
        const Result<ImportResult> result
                = PostingImporter::import(m_data, PostingFormat::Text, QStringLiteral("seed.txt"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(result->requisitions.size(), 1);
        const Requisition &r = result->requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Software Engineer 2"));
        QCOMPARE(r.company, QStringLiteral("Microsoft"));
        QCOMPARE(r.status, RequisitionStatus::Draft);
        QVERIFY(!r.id.isNull());

        struct Expected
        {
            const char *level;
            const char *location;
            qint64 min;
            qint64 max;
        };
        const Expected expected[] = {
                {"IC3", "U.S. typical", 100600, 199000},
                {"IC3", "San Francisco Bay Area and New York City metro", 131400, 215400},
                {"IC4", "U.S. typical", 119800, 234700},
                {"IC4", "Some locations", 158400, 258000},
        };
        QCOMPARE(r.bands.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const PayBand &b = r.bands.at(i);
            QCOMPARE(b.level, QString::fromUtf8(expected[i].level));
            QCOMPARE(b.location, QString::fromUtf8(expected[i].location));
            QCOMPARE(b.minMinor, expected[i].min * 100);
            QCOMPARE(b.maxMinor, expected[i].max * 100);
            QCOMPARE(b.currency, QStringLiteral("USD"));
            QCOMPARE(b.period, Period::Year);
            QCOMPARE(b.jobFamily, QStringLiteral("Software Engineering"));
            QVERIFY(b.note.isEmpty());
        }

        // The IC4 "some locations" line does not name them: one warning, nothing guessed.
        int unnamed = 0;
        for (const ImportWarning &w : result->warnings) {
            if (w.message.contains(QStringLiteral("does not name the locations"))) {
                ++unnamed;
                QVERIFY(w.message.contains(QStringLiteral("IC4")));
                QCOMPARE(w.line, 30);
            }
            QVERIFY(!w.message.contains(QStringLiteral("no pay range")));
        }
        QCOMPARE(unnamed, 1);
    }

    void importsEachListOnce()
    {
        const Result<ImportResult> result
                = PostingImporter::import(m_data, PostingFormat::Text, QStringLiteral("seed.txt"));
        QVERIFY(result.ok());
        const PostingSections &s = result->requisitions.first().sections;
        QCOMPARE(s.responsibilities.size(), 6);
        QVERIFY(s.responsibilities.first().startsWith(
                QStringLiteral("Design, build, and operate")));
        QVERIFY(s.responsibilities.last().startsWith(QStringLiteral("Deepen expertise")));
        // "OR equivalent experience." is attached to the degree item it is an alternative to.
        QCOMPARE(s.requiredQualifications.size(), 3);
        QVERIFY(s.requiredQualifications.first().endsWith(
                QStringLiteral("or Python. OR equivalent experience.")));
        QCOMPARE(s.preferredQualifications.size(), 3);
        QVERIFY(s.preferredQualifications.first().endsWith(
                QStringLiteral("or Python. OR equivalent experience.")));
        QCOMPARE(s.otherRequirements.size(), 2);
        QVERIFY(s.otherRequirements.first().startsWith(QStringLiteral("Ability to meet")));
        QVERIFY(s.benefits.isEmpty());
        QVERIFY(s.overview.startsWith(QStringLiteral("This position involves")));
        QVERIFY(!s.overview.contains(QStringLiteral("Join to apply")));
        QVERIFY(!s.overview.contains(QStringLiteral("AI-powered")));
        const QString all
                = s.overview + s.responsibilities.join(u'\n') + s.requiredQualifications.join(u'\n')
                  + s.preferredQualifications.join(u'\n') + s.otherRequirements.join(u'\n');
        QVERIFY(!all.contains(QStringLiteral("#J-18808")));
        QVERIFY(!all.contains(QStringLiteral("equal opportunity employer")));
        QCOMPARE(all.count(QStringLiteral("This position involves")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSeedPosting)
#include "tst_seedposting.moc"
