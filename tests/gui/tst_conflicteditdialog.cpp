#include "core/wire/wirecodec.h"
#include "gui/conflicteditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

Q_DECLARE_METATYPE(ConflictEditDialog::Mode)

namespace {

Store::Conflict
conflict(const QString &entity, const QString &field, QJsonValue mine, QJsonValue theirs)
{
    Store::Conflict c;
    c.id = QUuid::createUuid();
    c.entity = entity;
    c.entityId = QUuid::createUuid();
    c.field = field;
    c.localValue = mine;
    c.serverValue = theirs;
    return c;
}

QJsonValue band(qint64 min, qint64 max)
{
    Core::PayBand b;
    b.level = QStringLiteral("IC3");
    b.currency = QStringLiteral("USD");
    b.minMinor = min;
    b.maxMinor = max;
    return Core::WireCodec::toJson(b);
}

} // namespace

class tst_ConflictEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void editorsAndValidation_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("mine");
        QTest::addColumn<QJsonValue>("theirs");
        QTest::addColumn<ConflictEditDialog::Mode>("mode");
        QTest::addColumn<QString>("typed");    ///< text typed, or the combo's data
        QTest::addColumn<QJsonValue>("value"); ///< expected; undefined = refused

        const QString req = QStringLiteral("requisition");
        QTest::newRow("title") << req << QStringLiteral("title") << QJsonValue(QStringLiteral("A"))
                               << QJsonValue(QStringLiteral("B")) << ConflictEditDialog::TextMode
                               << QStringLiteral(" A and B ")
                               << QJsonValue(QStringLiteral("A and B"));
        QTest::newRow("empty title")
                << req << QStringLiteral("title") << QJsonValue(QStringLiteral("A"))
                << QJsonValue(QStringLiteral("B")) << ConflictEditDialog::TextMode
                << QStringLiteral("  ") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("openings") << req << QStringLiteral("openings") << QJsonValue(2)
                                  << QJsonValue(3) << ConflictEditDialog::IntegerMode
                                  << QStringLiteral("4") << QJsonValue(4);
        QTest::newRow("negative") << req << QStringLiteral("openings") << QJsonValue(2)
                                  << QJsonValue(3) << ConflictEditDialog::IntegerMode
                                  << QStringLiteral("-1") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("status") << req << QStringLiteral("status")
                                << QJsonValue(QStringLiteral("open"))
                                << QJsonValue(QStringLiteral("on_hold"))
                                << ConflictEditDialog::ChoiceMode << QStringLiteral("filled")
                                << QJsonValue(QStringLiteral("filled"));
        QTest::newRow("stage") << QStringLiteral("application") << QStringLiteral("stage")
                               << QJsonValue(QStringLiteral("onsite"))
                               << QJsonValue(QStringLiteral("offer"))
                               << ConflictEditDialog::ChoiceMode << QStringLiteral("offer")
                               << QJsonValue(QStringLiteral("offer"));
        QTest::newRow("locations")
                << req << QStringLiteral("locations")
                << QJsonValue(QJsonArray{QStringLiteral("Redmond")})
                << QJsonValue(QJsonArray{QStringLiteral("Austin")}) << ConflictEditDialog::ListMode
                << QStringLiteral("Redmond\n\n Austin ")
                << QJsonValue(QJsonArray{QStringLiteral("Redmond"), QStringLiteral("Austin")});
        const QJsonValue salary = Core::WireCodec::toJson(
                Core::Money{12000000, QStringLiteral("USD"), Core::Period::Year});
        QJsonObject merged = salary.toObject();
        merged.insert(QStringLiteral("minor"), 12345050);
        QTest::newRow("money") << QStringLiteral("application") << QStringLiteral("expected_salary")
                               << salary << salary << ConflictEditDialog::MoneyMode
                               << QStringLiteral("123,450.50") << QJsonValue(merged);
        QTest::newRow("money, too many decimals")
                << QStringLiteral("application") << QStringLiteral("offer") << salary << salary
                << ConflictEditDialog::MoneyMode << QStringLiteral("1.005")
                << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("bands") << req << QStringLiteral("bands")
                               << QJsonValue(QJsonArray{band(1, 2)})
                               << QJsonValue(QJsonArray{band(3, 4)}) << ConflictEditDialog::JsonMode
                               << QStringLiteral("[]") << QJsonValue(QJsonArray());
        QTest::newRow("bands, not JSON")
                << req << QStringLiteral("bands") << QJsonValue(QJsonArray{band(1, 2)})
                << QJsonValue(QJsonArray{band(3, 4)}) << ConflictEditDialog::JsonMode
                << QStringLiteral("[{") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("bands, wrong shape")
                << req << QStringLiteral("bands") << QJsonValue(QJsonArray{band(1, 2)})
                << QJsonValue(QJsonArray{band(3, 4)}) << ConflictEditDialog::JsonMode
                << QStringLiteral("{\"a\": 1}") << QJsonValue(QJsonValue::Undefined);
    }

    void editorsAndValidation()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QJsonValue, mine);
        QFETCH(QJsonValue, theirs);
        QFETCH(ConflictEditDialog::Mode, mode);
        QFETCH(QString, typed);
        QFETCH(QJsonValue, value);

        ConflictEditDialog dialog(conflict(entity, field, mine, theirs), QStringLiteral("Record"));
        QCOMPARE(dialog.mode(), mode);
        // Starts from mine, which is valid.
        QVERIFY2(dialog.value().has_value(), qPrintable(dialog.problem()));
        QCOMPARE(*dialog.value(), mine);
        switch (mode) {
        case ConflictEditDialog::TextMode:
        case ConflictEditDialog::IntegerMode:
        case ConflictEditDialog::MoneyMode:
            dialog.lineEdit()->setText(typed);
            break;
        case ConflictEditDialog::ChoiceMode:
            dialog.comboBox()->setCurrentIndex(dialog.comboBox()->findData(typed));
            break;
        default:
            dialog.textEdit()->setPlainText(typed);
            break;
        }
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        if (value.isUndefined()) {
            QVERIFY(!dialog.value().has_value());
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog.problem().isEmpty());
        } else {
            QVERIFY2(dialog.value().has_value(), qPrintable(dialog.problem()));
            QCOMPARE(*dialog.value(), value);
            QVERIFY(ok->isEnabled());
        }
    }

    void startFromTheirs()
    {
        ConflictEditDialog dialog(conflict(QStringLiteral("requisition"),
                                           QStringLiteral("title"),
                                           QStringLiteral("Mine"),
                                           QStringLiteral("Theirs")),
                                  QStringLiteral("Record"));
        auto *theirs = dialog.findChild<QPushButton *>(QStringLiteral("startFromTheirs"));
        QVERIFY(theirs);
        theirs->click();
        QCOMPARE(dialog.lineEdit()->text(), QStringLiteral("Theirs"));
    }
};

QTEST_MAIN(tst_ConflictEditDialog)
#include "tst_conflicteditdialog.moc"
