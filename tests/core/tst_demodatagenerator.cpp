#include "core/demodatagenerator.h"

#include <QSet>
#include <QTest>

using namespace Reqdesk::Core;

class tst_DemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData();
    void differentSeedsDiffer();
    void requisitionsAreRealistic();
    void uuidsAreUniqueAndVersion4();
    void historyLeadsToCurrentStage();
};

void tst_DemoDataGenerator::sameSeedSameData()
{
    const DemoDataGenerator a(42);
    const DemoDataGenerator b(42);
    for (qint64 i = 0; i < 50; ++i) {
        QCOMPARE(a.requisition(i), b.requisition(i));
        QCOMPARE(a.candidate(i), b.candidate(i));
    }
    // Random access: asking out of order gives the same record.
    QCOMPARE(a.requisition(7), b.requisition(7));
}

void tst_DemoDataGenerator::differentSeedsDiffer()
{
    QVERIFY(DemoDataGenerator(1).requisition(0).id != DemoDataGenerator(2).requisition(0).id);
}

void tst_DemoDataGenerator::requisitionsAreRealistic()
{
    const DemoDataGenerator gen(7);
    QSet<QString> levels;
    QSet<QString> currencies;
    for (qint64 i = 0; i < 2000; ++i) {
        const Requisition r = gen.requisition(i);
        QVERIFY(!r.title.isEmpty());
        QVERIFY(!r.locations.isEmpty());
        QVERIFY(!r.sections.responsibilities.isEmpty());
        QCOMPARE(r.bands.size(), 4);
        levels.insert(r.level);
        for (const PayBand &band : r.bands) {
            QVERIFY2(band.minMinor > 0 && band.minMinor < band.maxMinor,
                     qPrintable(band.sourceText));
            QVERIFY(!band.id.isNull());
            currencies.insert(band.currency);
        }
        // One currency per requisition: bands are never mixed.
        for (const PayBand &band : r.bands)
            QCOMPARE(band.currency, r.bands.first().currency);
        QVERIFY(r.openings <= r.headcount);
    }
    for (int level = 1; level <= 7; ++level)
        QVERIFY2(levels.contains(QStringLiteral("IC%1").arg(level)),
                 qPrintable(QString::number(level)));
    QVERIFY(currencies.contains(QStringLiteral("USD")));
    QVERIFY(currencies.contains(QStringLiteral("EUR")));
}

void tst_DemoDataGenerator::uuidsAreUniqueAndVersion4()
{
    const DemoDataGenerator gen(3);
    QSet<QUuid> ids;
    for (qint64 i = 0; i < 10000; ++i) {
        const QUuid id = gen.uuid(1, i);
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(id.variant(), QUuid::DCE);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 10000);
}

void tst_DemoDataGenerator::historyLeadsToCurrentStage()
{
    const DemoDataGenerator gen(11);
    for (qint64 i = 0; i < 500; ++i) {
        const Application app = gen.application(i, gen.candidate(i).id, gen.requisition(i).id);
        const QList<StageEvent> events = gen.history(app);
        QVERIFY(!events.isEmpty());
        QVERIFY(!events.first().from.has_value());
        QCOMPARE(events.first().to, Stage::Applied);
        QCOMPARE(events.last().to, app.stage);
        for (qsizetype e = 1; e < events.size(); ++e) {
            QCOMPARE(events[e].from, events[e - 1].to);
            QVERIFY(events[e].at >= events[e - 1].at);
        }
        if (app.stage == Stage::Rejected)
            QVERIFY(!events.last().reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_DemoDataGenerator)
#include "tst_demodatagenerator.moc"
