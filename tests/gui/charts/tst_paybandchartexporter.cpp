#include "chartfixtures.h"
#include "gui/charts/paybandchartexporter.h"
#include "gui/charts/paybandchartview.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace

class TestPayBandChartExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formats()
    {
        PayBandChartView view;
        view.resize(1100, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBands({Testing::seedPosting()});
        view.setOverlay(Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PayBandChartExporter exporter(&view);

        const QString png = dir.filePath(QStringLiteral("bands.png"));
        QVERIFY(exporter.exportTo(png, PayBandChartExporter::Format::Png).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 2 * int(view.exportSize().width())); // 2× for high DPI
        // Not a blank page: some pixels carry the bars' colour.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 80 ? 1 : 0;
            }
        }
        QVERIFY(coloured > 100);

        const QString svg = dir.filePath(QStringLiteral("bands.svg"));
        QVERIFY(exporter.exportTo(svg, PayBandChartExporter::Format::Svg).ok());
        const QByteArray svgHead = head(svg, 64).trimmed();
        QVERIFY2(svgHead.startsWith("<?xml") || svgHead.startsWith("<svg"), svgHead.constData());
        QVERIFY(QFileInfo(svg).size() > 1000);

        const QString pdf = dir.filePath(QStringLiteral("bands.pdf"));
        QVERIFY(exporter.exportTo(pdf, PayBandChartExporter::Format::Pdf).ok());
        QVERIFY(head(pdf, 5).startsWith("%PDF"));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // A copy to look at by eye (REQDESK_CHART_PNG names the file).
        const QString look = qEnvironmentVariable("REQDESK_CHART_PNG");
        if (!look.isEmpty())
            QVERIFY(exporter.exportTo(look, PayBandChartExporter::Format::Png).ok());
    }

    // Only with REQDESK_CHART_PNG_DIR: writes the other arrangements there to look at by eye.
    void lookAtVariants()
    {
        const QString dirPath = qEnvironmentVariable("REQDESK_CHART_PNG_DIR");
        if (dirPath.isEmpty())
            QSKIP("REQDESK_CHART_PNG_DIR not set");
        const QDir out(dirPath);
        PostingBands other = Testing::seedPosting();
        other.title = QStringLiteral("Software Engineer 2, Azure Storage");
        other.requisitionId = QUuid::createUuid();
        for (Core::PayBand &b : other.bands) {
            b.minMinor += 500000;
            b.maxMinor += 900000;
        }
        PostingBands mixed = Testing::seedPosting();
        mixed.bands.append(Testing::band(QStringLiteral("IC3"),
                                         QStringLiteral("Dublin"),
                                         70000,
                                         110000,
                                         QStringLiteral("EUR")));
        mixed.bands.append(Testing::band(QStringLiteral("IC2"),
                                         QStringLiteral("Hourly contract"),
                                         48,
                                         72,
                                         QStringLiteral("USD"),
                                         Core::Period::Hour));

        PayBandChartView view;
        view.resize(1100, 620);
        view.show();
        const PayBandChartExporter exporter(&view);
        view.setMode(PayBandChartMode::PostingsSideBySide);
        view.setBands({Testing::seedPosting(), other});
        QVERIFY(exporter.exportTo(out.filePath(QStringLiteral("side.png")),
                                  PayBandChartExporter::Format::Png)
                        .ok());
        view.setMode(PayBandChartMode::LevelByLocation);
        view.setBands({mixed});
        view.setOverlay(Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year});
        QVERIFY(exporter.exportTo(out.filePath(QStringLiteral("mixed.png")),
                                  PayBandChartExporter::Format::Png)
                        .ok());
        view.setOverlay(std::nullopt);
        view.setBands(Testing::manyBands(500, 1));
        QVERIFY(exporter.exportTo(out.filePath(QStringLiteral("many.png")),
                                  PayBandChartExporter::Format::Png)
                        .ok());
        QVERIFY(exporter.exportTo(out.filePath(QStringLiteral("seed.svg")),
                                  PayBandChartExporter::Format::Svg)
                        .ok());
    }

    void unwritablePathIsAnError()
    {
        PayBandChartView view;
        view.show();
        view.setBands({Testing::seedPosting()});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/bands.png"));
        const Core::Status status
                = PayBandChartExporter(&view).exportTo(path, PayBandChartExporter::Format::Png);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Core::ErrorCode::IoError);
    }

    void suffixes()
    {
        QCOMPARE(PayBandChartExporter::formatForSuffix(u"PNG"), PayBandChartExporter::Format::Png);
        QCOMPARE(PayBandChartExporter::formatForSuffix(u"svg"), PayBandChartExporter::Format::Svg);
        QCOMPARE(PayBandChartExporter::formatForSuffix(u"pdf"), PayBandChartExporter::Format::Pdf);
        QVERIFY(!PayBandChartExporter::formatForSuffix(u"gif"));
    }
};

QTEST_MAIN(TestPayBandChartExporter)
#include "tst_paybandchartexporter.moc"
