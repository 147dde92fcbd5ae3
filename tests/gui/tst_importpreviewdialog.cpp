#include "core/import/postingformatdetector.h"
#include "core/import/postingimporter.h"
#include "gui/importpreviewdialog.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_ImportPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSeedPostingsBandsAndWarnings()
    {
        QFile file(QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const auto result = Core::PostingImporter::import(
                data, Core::PostingFormatDetector::detect(data, QStringLiteral("seed.txt")));
        QVERIFY(result);

        ImportPreviewDialog dialog;
        dialog.setResult(*result, {QStringLiteral("seed.txt")});
        QCOMPARE(dialog.requisitionList()->count(), 1);
        QVERIFY(dialog.requisitionList()->item(0)->text().contains(
                QStringLiteral("Software Engineer 2")));
        QCOMPARE(dialog.bandsTable()->rowCount(), 4);
        QCOMPARE(dialog.bandsTable()->item(1, 1)->text(),
                 result->requisitions.at(0).bands.at(1).location);
        QCOMPARE(dialog.warningsList()->count(), result->warnings.size());
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void nothingToSaveDisablesSave()
    {
        ImportPreviewDialog dialog;
        dialog.setResult({}, {QStringLiteral("empty.txt")});
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.bandsTable()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_ImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
