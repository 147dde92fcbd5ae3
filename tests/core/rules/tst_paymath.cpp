#include "core/rules/paymath.h"

#include <QTest>

#include <limits>
#include <optional>

using namespace Reqdesk::Core;

namespace {
PayBand band(qint64 min,
             qint64 max,
             std::optional<qint64> mid = std::nullopt,
             const QString &currency = QStringLiteral("USD"),
             Period period = Period::Year)
{
    PayBand b;
    b.currency = currency;
    b.period = period;
    b.minMinor = min;
    b.maxMinor = max;
    b.midMinor = mid;
    return b;
}

Money usd(qint64 minor, Period period = Period::Year)
{
    return Money{minor, QStringLiteral("USD"), period};
}

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class tst_PayMath : public QObject
{
    Q_OBJECT

private slots:
    void divideRounded_data();
    void divideRounded();
    void midpoint_data();
    void midpoint();
    void widthAndSpread_data();
    void widthAndSpread();
    void convert_data();
    void convert();
    void compaRatio_data();
    void compaRatio();
    void penetration_data();
    void penetration();
    void normaliseBand();
    void normaliseMoney();
    void compareBands_data();
    void compareBands();
    void validate_data();
    void validate();
};

void tst_PayMath::divideRounded_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("2.5 up (not banker's 2)") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("3.5 up") << qint64(7) << qint64(2) << qint64(4);
    QTest::newRow("-2.5 away") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("2.4 down") << qint64(12) << qint64(5) << qint64(2);
    QTest::newRow("2.6 up") << qint64(13) << qint64(5) << qint64(3);
    QTest::newRow("-2.4") << qint64(-12) << qint64(5) << qint64(-2);
    QTest::newRow("-2.6") << qint64(-13) << qint64(5) << qint64(-3);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("huge denominator") << kMax << kMax << qint64(1);
    QTest::newRow("just under half of huge") << kMax / 2 << kMax << qint64(0);
    QTest::newRow("half of huge rounds up") << kMax / 2 + 1 << kMax << qint64(1);
}

void tst_PayMath::divideRounded()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(PayMath::divideRounded(num, den), expected);
}

void tst_PayMath::midpoint_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<std::optional<qint64>>("stated");
    QTest::addColumn<qint64>("expected");
    const std::optional<qint64> none;
    QTest::newRow("seed IC3 typical")
            << qint64(10060000) << qint64(19900000) << none << qint64(14980000);
    QTest::newRow("seed IC4 some locations")
            << qint64(15840000) << qint64(25800000) << none << qint64(20820000);
    QTest::newRow("odd sum rounds half up") << qint64(100) << qint64(201) << none << qint64(151);
    QTest::newRow("odd sum, both odd") << qint64(101) << qint64(202) << none << qint64(152);
    QTest::newRow("both odd, even sum") << qint64(101) << qint64(203) << none << qint64(152);
    QTest::newRow("one cent band") << qint64(0) << qint64(1) << none << qint64(1);
    QTest::newRow("negative half away") << qint64(-3) << qint64(0) << none << qint64(-2);
    QTest::newRow("straddling zero") << qint64(-3) << qint64(4) << none << qint64(1);
    QTest::newRow("straddling zero, -0.5") << qint64(-4) << qint64(3) << none << qint64(-1);
    QTest::newRow("zero width") << qint64(500) << qint64(500) << none << qint64(500);
    QTest::newRow("stated midpoint wins")
            << qint64(100) << qint64(200) << std::optional<qint64>(170) << qint64(170);
    QTest::newRow("no overflow at the top") << kMax - 1 << kMax << none << kMax;
    QTest::newRow("no overflow at the bottom") << kMin << kMin + 1 << none << kMin;
}

void tst_PayMath::midpoint()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(std::optional<qint64>, stated);
    QFETCH(qint64, expected);
    QCOMPARE(PayMath::midpoint(band(min, max, stated)), expected);
}

void tst_PayMath::widthAndSpread_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<bool>("hasSpread");
    QTest::addColumn<double>("spread");
    QTest::newRow("seed IC3") << qint64(10060000) << qint64(19900000) << qint64(9840000) << true
                              << 9840000.0 / 10060000.0 * 100.0;
    QTest::newRow("50% spread") << qint64(10000000) << qint64(15000000) << qint64(5000000) << true
                                << 50.0;
    QTest::newRow("fixed pay") << qint64(500) << qint64(500) << qint64(0) << true << 0.0;
    QTest::newRow("no minimum") << qint64(0) << qint64(500) << qint64(500) << false << 0.0;
}

void tst_PayMath::widthAndSpread()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, width);
    QFETCH(bool, hasSpread);
    QFETCH(double, spread);
    const PayBand b = band(min, max);
    QCOMPARE(PayMath::width(b), width);
    const Result<double> s = PayMath::spreadPercent(b);
    QCOMPARE(s.ok(), hasSpread);
    if (hasSpread)
        QCOMPARE(*s, spread);
    else
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
}

void tst_PayMath::convert_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<Period>("from");
    QTest::addColumn<Period>("to");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    const Period H = Period::Hour, D = Period::Day, W = Period::Week, M = Period::Month,
                 Y = Period::Year;
    QTest::newRow("50.00/h to year") << qint64(5000) << H << Y << true << qint64(10400000);
    QTest::newRow("100,000/yr to hour")
            << qint64(10000000) << Y << H << true << qint64(4808); // 4807.69
    QTest::newRow("year to hour: exactly 0.5 → 1") << qint64(1040) << Y << H << true << qint64(1);
    QTest::newRow("year to hour: 0.4995 → 0") << qint64(1039) << Y << H << true << qint64(0);
    QTest::newRow("year to hour: 2.5 → 3") << qint64(5200) << Y << H << true << qint64(3);
    QTest::newRow("year to hour: -2.5 → -3") << qint64(-5200) << Y << H << true << qint64(-3);
    QTest::newRow("day to year") << qint64(40000) << D << Y << true << qint64(10400000);
    QTest::newRow("year to day: 0.5 → 1") << qint64(130) << Y << D << true << qint64(1);
    QTest::newRow("week to year") << qint64(200000) << W << Y << true << qint64(10400000);
    QTest::newRow("year to week") << qint64(10000000) << Y << W << true
                                  << qint64(192308); // 192307.69
    QTest::newRow("month to year") << qint64(833333) << M << Y << true << qint64(9999996);
    QTest::newRow("year to month: 0.5 → 1") << qint64(6) << Y << M << true << qint64(1);
    QTest::newRow("year to month") << qint64(10000000) << Y << M << true << qint64(833333); // .33
    QTest::newRow("day to hour is ×1/8") << qint64(80000) << D << H << true << qint64(10000);
    QTest::newRow("hour to day is ×8") << qint64(5000) << H << D << true << qint64(40000);
    QTest::newRow("month to week ×3/13")
            << qint64(100000) << M << W << true << qint64(23077); // 23076.92
    QTest::newRow("week to month ×13/3") << qint64(100000) << W << M << true << qint64(433333);
    QTest::newRow("week to day ×1/5, 0.4 → 0") << qint64(2) << W << D << true << qint64(0);
    QTest::newRow("week to day ×1/5, 0.6 → 1") << qint64(3) << W << D << true << qint64(1);
    QTest::newRow("hour to month ×520/3") << qint64(3) << H << M << true << qint64(520);
    QTest::newRow("hour to month, odd") << qint64(1) << H << M << true << qint64(173); // 173.33
    QTest::newRow("identity") << qint64(123456789) << Y << Y << true << qint64(123456789);
    QTest::newRow("largest hourly that fits")
            << kMax / 2080 << H << Y << true << (kMax / 2080) * 2080;
    QTest::newRow("overflow hour to year") << kMax / 2080 + 1 << H << Y << false << qint64(0);
    QTest::newRow("overflow negative") << kMin / 2000 << H << Y << false << qint64(0);
    QTest::newRow("no overflow going down")
            << kMax << Y << H << true << PayMath::divideRounded(kMax, 2080);
}

void tst_PayMath::convert()
{
    QFETCH(qint64, minor);
    QFETCH(Period, from);
    QFETCH(Period, to);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const Result<qint64> r = PayMath::convertMinor(minor, from, to);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
    else
        QCOMPARE(r.error().code, ErrorCode::ValueOutOfRange);
}

void tst_PayMath::compaRatio_data()
{
    QTest::addColumn<Money>("salary");
    QTest::addColumn<PayBand>("band");
    QTest::addColumn<int>("error");
    QTest::addColumn<double>("expected");
    const PayBand b = band(10000000, 20000000);
    QTest::newRow("at midpoint") << usd(15000000) << b << 0 << 1.0;
    QTest::newRow("above") << usd(18000000) << b << 0 << 1.2;
    QTest::newRow("below") << usd(12000000) << b << 0 << 0.8;
    QTest::newRow("stated midpoint")
            << usd(16000000) << band(10000000, 20000000, 16000000) << 0 << 1.0;
    QTest::newRow("currency mismatch") << Money{15000000, QStringLiteral("EUR"), Period::Year} << b
                                       << int(ErrorCode::CurrencyMismatch) << 0.0;
    QTest::newRow("period mismatch")
            << usd(7500, Period::Hour) << b << int(ErrorCode::PeriodMismatch) << 0.0;
    QTest::newRow("currency checked before period")
            << Money{7500, QStringLiteral("GBP"), Period::Hour} << b
            << int(ErrorCode::CurrencyMismatch) << 0.0;
    QTest::newRow("zero midpoint")
            << usd(100) << band(0, 0) << int(ErrorCode::InvalidArgument) << 0.0;
}

void tst_PayMath::compaRatio()
{
    QFETCH(Money, salary);
    QFETCH(PayBand, band);
    QFETCH(int, error);
    QFETCH(double, expected);
    const Result<double> r = PayMath::compaRatio(salary, band);
    QCOMPARE(r.ok() ? 0 : int(r.error().code), error);
    if (r.ok())
        QCOMPARE(*r, expected);
}

void tst_PayMath::penetration_data()
{
    QTest::addColumn<Money>("salary");
    QTest::addColumn<PayBand>("band");
    QTest::addColumn<int>("error");
    QTest::addColumn<double>("expected");
    const PayBand b = band(10000000, 20000000);
    QTest::newRow("at min") << usd(10000000) << b << 0 << 0.0;
    QTest::newRow("at max") << usd(20000000) << b << 0 << 1.0;
    QTest::newRow("quarter") << usd(12500000) << b << 0 << 0.25;
    QTest::newRow("below the band, not clamped") << usd(9000000) << b << 0 << -0.1;
    QTest::newRow("above the band, not clamped") << usd(22000000) << b << 0 << 1.2;
    QTest::newRow("zero width undefined")
            << usd(500) << band(500, 500) << int(ErrorCode::InvalidArgument) << 0.0;
    QTest::newRow("currency mismatch") << Money{12500000, QStringLiteral("CAD"), Period::Year} << b
                                       << int(ErrorCode::CurrencyMismatch) << 0.0;
    QTest::newRow("period mismatch")
            << usd(6000, Period::Hour) << b << int(ErrorCode::PeriodMismatch) << 0.0;
}

void tst_PayMath::penetration()
{
    QFETCH(Money, salary);
    QFETCH(PayBand, band);
    QFETCH(int, error);
    QFETCH(double, expected);
    const Result<double> r = PayMath::rangePenetration(salary, band);
    QCOMPARE(r.ok() ? 0 : int(r.error().code), error);
    if (r.ok())
        QCOMPARE(*r, expected);
}

void tst_PayMath::normaliseBand()
{
    PayBand hourly
            = band(2550, 4001, std::optional<qint64>(3333), QStringLiteral("USD"), Period::Hour);
    hourly.level = QStringLiteral("L2");
    hourly.note = QStringLiteral("plus overtime");
    const Result<PayBand> yearly = PayMath::normalise(hourly, Period::Year);
    QVERIFY(yearly.ok());
    QCOMPARE(yearly->period, Period::Year);
    QCOMPARE(yearly->minMinor, qint64(5304000));
    QCOMPARE(yearly->maxMinor, qint64(8322080));
    QCOMPARE(yearly->midMinor, std::optional<qint64>(6932640));
    QCOMPARE(yearly->level, hourly.level);
    QCOMPARE(yearly->note, hourly.note);
    QCOMPARE(yearly->currency, hourly.currency);

    // Without a stated midpoint none is invented.
    const Result<PayBand> noMid = PayMath::normalise(
            band(100, 200, std::nullopt, QStringLiteral("EUR"), Period::Month), Period::Year);
    QVERIFY(noMid.ok());
    QVERIFY(!noMid->midMinor.has_value());
    QCOMPARE(noMid->minMinor, qint64(1200));

    // Now the hourly band and a yearly offer compare.
    QVERIFY(!PayMath::compaRatio(usd(6932640), hourly).ok());
    QCOMPARE(*PayMath::compaRatio(usd(6932640), *yearly), 1.0);

    const Result<PayBand> huge = PayMath::normalise(
            band(0, kMax / 100, std::nullopt, QStringLiteral("USD"), Period::Hour), Period::Year);
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().code, ErrorCode::ValueOutOfRange);
}

void tst_PayMath::normaliseMoney()
{
    const Result<Money> m
            = PayMath::normalise(Money{1234, QStringLiteral("JPY"), Period::Hour}, Period::Week);
    QVERIFY(m.ok());
    QCOMPARE(*m, (Money{49360, QStringLiteral("JPY"), Period::Week}));
}

void tst_PayMath::compareBands_data()
{
    QTest::addColumn<PayBand>("a");
    QTest::addColumn<PayBand>("b");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("difference");
    QTest::newRow("seed IC3 typical vs metro")
            << band(10060000, 19900000) << band(13140000, 21540000) << 0
            << qint64(17340000 - 14980000);
    QTest::newRow("currency mismatch")
            << band(100, 200) << band(100, 200, std::nullopt, QStringLiteral("CAD"))
            << int(ErrorCode::CurrencyMismatch) << qint64(0);
    QTest::newRow("period mismatch")
            << band(100, 200) << band(1, 2, std::nullopt, QStringLiteral("USD"), Period::Hour)
            << int(ErrorCode::PeriodMismatch) << qint64(0);
}

void tst_PayMath::compareBands()
{
    QFETCH(PayBand, a);
    QFETCH(PayBand, b);
    QFETCH(int, error);
    QFETCH(qint64, difference);
    const Status s = PayMath::checkComparable(a, b);
    QCOMPARE(s.ok() ? 0 : int(s.error().code), error);
    const Result<qint64> d = PayMath::midpointDifference(a, b);
    QCOMPARE(d.ok() ? 0 : int(d.error().code), error);
    if (d.ok())
        QCOMPARE(*d, difference);
    QCOMPARE(PayMath::checkComparable(Money{1, a.currency, a.period}, b).ok(), error == 0);
}

void tst_PayMath::validate_data()
{
    QTest::addColumn<PayBand>("b");
    QTest::addColumn<int>("error");
    QTest::newRow("good") << band(100, 200) << 0;
    QTest::newRow("good with mid") << band(100, 200, 150) << 0;
    QTest::newRow("fixed") << band(100, 100) << 0;
    QTest::newRow("lower-case currency") << band(100, 200, std::nullopt, QStringLiteral("usd"))
                                         << int(ErrorCode::InvalidArgument);
    QTest::newRow("no currency") << band(100, 200, std::nullopt, QString())
                                 << int(ErrorCode::InvalidArgument);
    QTest::newRow("negative min") << band(-1, 200) << int(ErrorCode::InvalidArgument);
    QTest::newRow("inverted") << band(300, 200) << int(ErrorCode::InvalidArgument);
    QTest::newRow("mid outside") << band(100, 200, 250) << int(ErrorCode::InvalidArgument);
    QTest::newRow("at 2^53") << band(0, PayMath::kMaxExactMinor) << 0;
    QTest::newRow("beyond 2^53") << band(0, PayMath::kMaxExactMinor + 1)
                                 << int(ErrorCode::ValueOutOfRange);
}

void tst_PayMath::validate()
{
    QFETCH(PayBand, b);
    QFETCH(int, error);
    const Status s = PayMath::validate(b);
    QCOMPARE(s.ok() ? 0 : int(s.error().code), error);
}

QTEST_GUILESS_MAIN(tst_PayMath)
#include "tst_paymath.moc"
