#include "gui/conflictlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_ConflictListModel : public QObject
{
    Q_OBJECT

private:
    static Store::ConflictRow row(const QString &title, int minute)
    {
        Store::ConflictRow r;
        r.conflict.id = QUuid::createUuid();
        r.conflict.entity = QStringLiteral("requisition");
        r.conflict.entityId = QUuid::createUuid();
        r.conflict.field = QStringLiteral("title");
        r.conflict.localValue = QString(title + QStringLiteral(" (mine)"));
        r.conflict.serverValue = title;
        r.conflict.createdAt = QDateTime(QDate(2026, 11, 28), QTime(10, minute), QTimeZone::utc());
        r.recordTitle = title;
        r.recordExists = true;
        return r;
    }

    static QList<QUuid> ids(const ConflictListModel &model)
    {
        QList<QUuid> list;
        for (int i = 0; i < model.rowCount(); ++i)
            list << model.index(i, 0).data(ConflictListModel::IdRole).toUuid();
        return list;
    }

private slots:
    void deltasNeverReset()
    {
        ConflictListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const auto a = row(QStringLiteral("Alpha"), 1);
        auto b = row(QStringLiteral("Beta"), 2);
        const auto c = row(QStringLiteral("Gamma"), 3);
        model.setRows({a, b});
        QCOMPARE(ids(model), (QList<QUuid>{a.conflict.id, b.conflict.id}));
        QCOMPARE(inserted.size(), 2);

        // One resolved (gone), one new, one renamed: a removal, an insert, a change.
        b.recordTitle = QStringLiteral("Beta 2");
        model.setRows({b, c});
        QCOMPARE(ids(model), (QList<QUuid>{b.conflict.id, c.conflict.id}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 3);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, ConflictListModel::RecordColumn).data().toString(),
                 QStringLiteral("Beta 2"));

        // Reordered and one inserted in the middle.
        model.setRows({c, a, b});
        QCOMPARE(ids(model), (QList<QUuid>{c.conflict.id, a.conflict.id, b.conflict.id}));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void displayAndRoles()
    {
        ConflictListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto gone = row(QString(), 5);
        gone.recordExists = false;
        gone.conflict.field = QStringLiteral("edit_delete");
        gone.conflict.entity = QStringLiteral("candidate");
        model.setRows({row(QStringLiteral("Alpha"), 1), gone});
        QCOMPARE(model.index(0, ConflictListModel::EntityColumn).data().toString(),
                 QStringLiteral("Requisition"));
        QCOMPARE(model.index(0, ConflictListModel::FieldColumn).data().toString(),
                 QStringLiteral("Title"));
        QCOMPARE(model.index(1, ConflictListModel::EntityColumn).data().toString(),
                 QStringLiteral("Candidate"));
        QCOMPARE(model.index(1, ConflictListModel::RecordColumn).data().toString(),
                 QStringLiteral("(not in this cache)"));
        QCOMPARE(model.index(1, ConflictListModel::FieldColumn).data().toString(),
                 QStringLiteral("Edited here, deleted on the server"));
        QCOMPARE(model.index(1, ConflictListModel::WhenColumn).data(ConflictListModel::SortRole),
                 QVariant(gone.conflict.createdAt));
        QCOMPARE(model.index(1, 0).data(ConflictListModel::FieldRole).toString(),
                 QStringLiteral("edit_delete"));
        QCOMPARE(model.conflictsOf(gone.conflict.entity, gone.conflict.entityId).size(), 1);
        QCOMPARE(model.headerData(ConflictListModel::FieldColumn, Qt::Horizontal, Qt::DisplayRole)
                         .toString(),
                 QStringLiteral("Field"));
    }
};

QTEST_MAIN(tst_ConflictListModel)
#include "tst_conflictlistmodel.moc"
