#include "core/rules/locationmatcher.h"

#include <QTest>

using namespace Reqdesk::Core;

class tst_LocationMatcher : public QObject
{
    Q_OBJECT

private slots:
    void regions_data();
    void regions();
};

void tst_LocationMatcher::regions_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected"); // region names joined with spaces

    const QString usAll = QStringLiteral("us-nyc us-ca us-co us-wa");
    const auto row = [](const char *location, const QString &expected) {
        QTest::newRow(location) << QString::fromUtf8(location) << expected;
    };
    row("NYC", QStringLiteral("us-nyc"));
    row("New York, NY", QStringLiteral("us-nyc"));
    row("New York", QStringLiteral("us-nyc"));
    row("New York, New York, United States", QStringLiteral("us-nyc"));
    row("Brooklyn, New York", QStringLiteral("us-nyc"));
    row("Albany, NY", QString());
    row("San Francisco, CA", QStringLiteral("us-ca"));
    row("San Francisco Bay Area and New York City metro", QStringLiteral("us-nyc us-ca"));
    row("Dublin, CA", QStringLiteral("us-ca"));
    row("Denver, Colorado", QStringLiteral("us-co"));
    row("Boulder, CO", QStringLiteral("us-co"));
    row("Bogotá, CO, Colombia", QString());
    row("Seattle, WA", QStringLiteral("us-wa"));
    row("Redmond, Washington, United States", QStringLiteral("us-wa"));
    row("Washington, DC", QString());
    row("Washington D.C.", QString());
    row("Perth, WA, Australia", QString());
    row("Austin, TX", QString());
    row("Toronto, ON", QStringLiteral("ca-on"));
    row("Toronto, ON, CA", QStringLiteral("ca-on"));
    row("London, ON", QStringLiteral("ca-on"));
    row("Vancouver, BC, CA", QString());
    row("Remote - Canada", QStringLiteral("ca-on"));
    row("Berlin, Germany", QStringLiteral("eu"));
    row("Berlin, DE", QStringLiteral("eu"));
    row("München, Deutschland", QStringLiteral("eu"));
    row("Amsterdam", QStringLiteral("eu"));
    row("Dublin, Ireland", QStringLiteral("eu"));
    row("Paris, TX", QString());
    row("London, UK", QString());
    row("Zürich, Switzerland", QString());
    row("Remote - EU", QStringLiteral("eu"));
    row("Remote (Europe)", QStringLiteral("eu"));
    row("Remote - US", usAll);
    row("Remote (United States)", usAll);
    row("US Remote", usAll);
    row("U.S. typical", usAll);
    row("Anywhere in the USA", usAll);
    row("Remote - US (excluding Colorado)", QStringLiteral("us-nyc us-ca us-wa"));
    row("Remote", QString());
    row("some locations", QString());
    row("", QString());
}

void tst_LocationMatcher::regions()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    QStringList names;
    for (const Region r : LocationMatcher::regionsOf(location))
        names << regionName(r);
    QCOMPARE(names.join(u' '), expected);
}

QTEST_GUILESS_MAIN(tst_LocationMatcher)
#include "tst_locationmatcher.moc"
