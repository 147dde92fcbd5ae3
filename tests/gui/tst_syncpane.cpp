#include "core/error.h"
#include "core/wire/wirecodec.h"
#include "gui/conflictcomparisonview.h"
#include "gui/conflicteditdialog.h"
#include "gui/conflictlistmodel.h"
#include "gui/displaytext.h"
#include "gui/mainwindow.h"
#include "gui/refusededitsmodel.h"
#include "gui/refusededitsview.h"
#include "gui/synclogmodel.h"
#include "gui/syncpane.h"
#include "guitestsupport.h"
#include "pipelinetestdata.h"
#include "store/conflictrepository.h"
#include "store/conflictresolver.h"
#include "store/outboxrepository.h"
#include "store/synclogrepository.h"
#include "store/syncstaterepository.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Store::ConflictChoice;

// A cache as a sync round leaves it after two clashes found by push: the records hold the
// server's values (pulled after the push), the conflicts hold base, mine and theirs.
class tst_SyncPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Store::Database> m_db; ///< the test's own connection, to check the store
    TestSupport::Pipeline m_pipeline;
    QString m_path;
    QUuid m_titleConflict;
    QUuid m_salaryConflict;

    SyncPane *pane() const { return m_window->syncPane(); }
    ConflictListModel *model() const { return pane()->conflictModel(); }
    QUuid requisitionId() const { return m_pipeline.requisitions.at(0).id; }

    QString storedTitle() const
    {
        auto r = Store::RequisitionRepository(*m_db).find(requisitionId());
        return r ? r->title : QStringLiteral("<missing>");
    }
    bool isOpen(const QUuid &id) const
    {
        auto open = Store::ConflictRepository(*m_db).open();
        return open && std::any_of(open->cbegin(), open->cend(), [&](const Store::Conflict &c) {
                   return c.id == id;
               });
    }
    QList<Store::OutboxEntry> outbox() const
    {
        auto pending = Store::OutboxRepository(*m_db).pending(1000);
        return pending ? *pending : QList<Store::OutboxEntry>();
    }
    QJsonArray queuedResolutions() const
    {
        auto value = Store::SyncStateRepository(*m_db).value(
                QLatin1String(Store::ConflictResolver::pendingResolutionsKey));
        if (!value || !*value)
            return {};
        return QJsonDocument::fromJson((*value)->toUtf8()).array();
    }

    void startWindow()
    {
        m_client = std::make_unique<Store::DatabaseClient>();
        m_window = std::make_unique<MainWindow>(m_client.get());
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openDatabase(m_path);
        QTRY_COMPARE(opened.size(), 1);
        m_window->setCurrentPane(MainWindow::SyncPaneIndex);
        QCOMPARE(m_window->paneWidget(MainWindow::SyncPaneIndex), pane());
    }

    // Resolves through the pane and waits for the store's answer.
    void resolveAndWait(const QUuid &id, ConflictChoice choice, const QJsonValue &value = {})
    {
        QSignalSpy resolved(pane(), &SyncPane::conflictResolved);
        QVERIFY(pane()->resolve(id, choice, value));
        QTRY_COMPARE(resolved.size(), 1);
        QTRY_COMPARE(model()->rowOf(id), -1);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        TestSupport::useHome(*m_home);
        m_path = m_home->filePath(QStringLiteral("cache.sqlite"));
        m_pipeline = TestSupport::seedPipeline(m_path, {Core::Stage::Onsite});
        QCOMPARE(m_pipeline.applications.size(), 1);
        auto db = Store::Database::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(*db);

        // The server's title won the field; ours waits in a conflict.
        Core::Requisition r = m_pipeline.requisitions.at(0);
        r.title = QStringLiteral("Engineer II");
        r.version = 5;
        QVERIFY(Store::RequisitionRepository(*m_db).save(r, Store::WriteOrigin::Sync).ok());
        const QDateTime at(QDate(2026, 11, 28), QTime(19, 59), QTimeZone::utc());
        Store::Conflict title;
        title.entity = QStringLiteral("requisition");
        title.entityId = r.id;
        title.field = QStringLiteral("title");
        title.baseValue = QStringLiteral("Engineer");
        title.localValue = QStringLiteral("Senior Engineer");
        title.serverValue = QStringLiteral("Engineer II");
        title.createdAt = at;
        QVERIFY(Store::ConflictRepository(*m_db).record(title).ok());
        m_titleConflict = title.id;

        const Core::Application &a = m_pipeline.applications.at(0);
        Store::Conflict salary;
        salary.entity = QStringLiteral("application");
        salary.entityId = a.id;
        salary.field = QStringLiteral("expected_salary");
        salary.baseValue = Core::WireCodec::toJson(
                Core::Money{11000000, QStringLiteral("USD"), Core::Period::Year});
        salary.localValue = Core::WireCodec::toJson(
                Core::Money{13000000, QStringLiteral("USD"), Core::Period::Year});
        salary.serverValue = Core::WireCodec::toJson(*a.expectedSalary);
        salary.createdAt = at.addSecs(60);
        QVERIFY(Store::ConflictRepository(*m_db).record(salary).ok());
        m_salaryConflict = salary.id;

        startWindow();
        QTRY_COMPARE(model()->rowCount(), 2);
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_db.reset();
        m_home.reset();
    }

    void listsConflictsSideBySide()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane()->emptyText(), QString());
        QCOMPARE(pane()->tabs()->tabText(SyncPane::ConflictsTab), QStringLiteral("Conflicts (2)"));
        QCOMPARE(model()->rowOf(m_titleConflict), 0);
        QCOMPARE(model()->index(0, ConflictListModel::EntityColumn).data().toString(),
                 QStringLiteral("Requisition"));
        QCOMPARE(model()->index(0, ConflictListModel::RecordColumn).data().toString(),
                 QStringLiteral("Engineer II"));
        QCOMPARE(model()->index(0, ConflictListModel::FieldColumn).data().toString(),
                 QStringLiteral("Title"));
        QVERIFY(!model()->index(0, ConflictListModel::WhenColumn).data().toString().isEmpty());
        // An application is known by who applied to what.
        const QString record = model()->index(1, ConflictListModel::RecordColumn).data().toString();
        QVERIFY2(record.startsWith(m_pipeline.candidates.at(0).name), qPrintable(record));
        QVERIFY2(record.endsWith(QStringLiteral(" \u2014 Engineer II")), qPrintable(record));

        ConflictComparisonView *view = pane()->comparisonView();
        QAbstractItemModelTester comparisonTester(
                view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane()->selectConflict(m_titleConflict);
        QCOMPARE(view->currentConflict(), m_titleConflict);
        QCOMPARE(view->cellText(0, ConflictComparisonView::FieldColumn), QStringLiteral("Title"));
        QCOMPARE(view->cellText(0, ConflictComparisonView::BaseColumn), QStringLiteral("Engineer"));
        QCOMPARE(view->cellText(0, ConflictComparisonView::MineColumn),
                 QStringLiteral("Senior Engineer"));
        QCOMPARE(view->cellText(0, ConflictComparisonView::TheirsColumn),
                 QStringLiteral("Engineer II"));
        QVERIFY(view->isHighlighted(0, ConflictComparisonView::MineColumn));
        QVERIFY(view->isHighlighted(0, ConflictComparisonView::TheirsColumn));
        QVERIFY(!view->isHighlighted(0, ConflictComparisonView::BaseColumn));
        QVERIFY(pane()->keepMineButton()->isEnabled());
        QVERIFY(pane()->editButton()->isEnabled());

        // Money as the locale writes it, never as JSON.
        pane()->selectConflict(m_salaryConflict);
        QCOMPARE(view->table()->rowCount(), 1);
        const QString perYear = QLatin1Char(' ') + DisplayText::period(Core::Period::Year);
        QCOMPARE(view->cellText(0, ConflictComparisonView::MineColumn),
                 DisplayText::money(13000000, QStringLiteral("USD")) + perYear);
        QCOMPARE(view->cellText(0, ConflictComparisonView::TheirsColumn),
                 DisplayText::money(12000000, QStringLiteral("USD")) + perYear);
        QCOMPARE(view->cellText(0, ConflictComparisonView::FieldColumn),
                 QStringLiteral("Expected salary"));
    }

    void keepMineIsALocalEditAndUndoReopens()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype before = outbox().size();
        pane()->selectConflict(m_titleConflict);
        QSignalSpy resolved(pane(), &SyncPane::conflictResolved);
        QSignalSpy changed(pane(), &SyncPane::recordChanged);
        QTest::mouseClick(pane()->keepMineButton(), Qt::LeftButton);
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toUuid(), requisitionId());
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(storedTitle(), QStringLiteral("Senior Engineer"));
        QVERIFY(!isOpen(m_titleConflict));
        // The edit travels like any other: one outbox entry with the field, on the server's base.
        const QList<Store::OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), before + 1);
        QCOMPARE(entries.last().entityId, requisitionId());
        QCOMPARE(entries.last().changes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Senior Engineer"));
        QCOMPARE(entries.last().baseVersion, 5);
        // ...and the server's conflict record is closed after the push.
        QCOMPARE(queuedResolutions().size(), 1);
        QCOMPARE(queuedResolutions().at(0).toObject().value(QStringLiteral("id")).toString(),
                 m_titleConflict.toString(QUuid::WithoutBraces));
        QCOMPARE(m_window->undoStack()->count(), 1);

        QSignalSpy reopened(pane(), &SyncPane::conflictReopened);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(reopened.size(), 1);
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(isOpen(m_titleConflict));
        QCOMPARE(storedTitle(), QStringLiteral("Engineer II"));
        QCOMPARE(queuedResolutions().size(), 0);
        QCOMPARE(pane()->selectedConflict(), m_titleConflict);

        // Redo resolves it again.
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QTRY_COMPARE(resolved.size(), 2);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(storedTitle(), QStringLiteral("Senior Engineer"));
        QVERIFY(!isOpen(m_titleConflict));
    }

    void keepTheirsWritesNoEdit()
    {
        const qsizetype before = outbox().size();
        pane()->selectConflict(m_titleConflict);
        QSignalSpy resolved(pane(), &SyncPane::conflictResolved);
        QTest::mouseClick(pane()->keepTheirsButton(), Qt::LeftButton);
        QTRY_COMPARE(resolved.size(), 1);
        QTRY_COMPARE(model()->rowOf(m_titleConflict), -1);
        QCOMPARE(storedTitle(), QStringLiteral("Engineer II"));
        QCOMPARE(outbox().size(), before);
        QCOMPARE(
                queuedResolutions().at(0).toObject().value(QStringLiteral("resolution")).toString(),
                QStringLiteral("server"));
        // The list moved on to the next conflict.
        QCOMPARE(pane()->selectedConflict(), m_salaryConflict);

        m_window->undoStack()->undo();
        QTRY_VERIFY(isOpen(m_titleConflict));
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(outbox().size(), before);
    }

    void editWithAMergedValue()
    {
        pane()->selectConflict(m_titleConflict);
        QTest::mouseClick(pane()->editButton(), Qt::LeftButton);
        auto *dialog = pane()->findChild<ConflictEditDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ConflictEditDialog::TextMode);
        QCOMPARE(dialog->lineEdit()->text(), QStringLiteral("Senior Engineer"));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        dialog->lineEdit()->clear();
        QVERIFY(!ok->isEnabled()); // a title cannot be empty
        QVERIFY(!dialog->problem().isEmpty());
        dialog->lineEdit()->setText(QStringLiteral("Senior Engineer II"));
        QVERIFY(ok->isEnabled());
        QSignalSpy resolved(pane(), &SyncPane::conflictResolved);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(storedTitle(), QStringLiteral("Senior Engineer II"));
        QCOMPARE(outbox().last().changes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Senior Engineer II"));

        // Money is typed as an amount; the currency and period stay.
        pane()->selectConflict(m_salaryConflict);
        pane()->editSelected();
        dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<ConflictEditDialog *>()) != nullptr);
        QCOMPARE(dialog->mode(), ConflictEditDialog::MoneyMode);
        dialog->lineEdit()->setText(QStringLiteral("12x"));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->lineEdit()->setText(QStringLiteral("125500"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(resolved.size(), 2);
        auto stored = Store::ApplicationRepository(*m_db).find(m_pipeline.applications.at(0).id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->expectedSalary->minor, 12550000);
        QCOMPARE(stored->expectedSalary->currency, QStringLiteral("USD"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(pane()->emptyText().contains(QStringLiteral("No conflicts")));
    }

    void staleUndoIsRefused()
    {
        resolveAndWait(m_titleConflict, ConflictChoice::KeepMine);
        // Another edit of the same field after the resolution: undo must not throw it away.
        Core::Requisition r = *Store::RequisitionRepository(*m_db).find(requisitionId());
        r.title = QStringLiteral("Principal Engineer");
        QVERIFY(Store::RequisitionRepository(*m_db).save(r, Store::WriteOrigin::LocalEdit).ok());
        QSignalSpy refused(pane(), &SyncPane::refused);
        m_window->undoStack()->undo();
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(storedTitle(), QStringLiteral("Principal Engineer"));
        QVERIFY(!isOpen(m_titleConflict));
    }

    void refusedValueLeavesEverything()
    {
        const qsizetype before = outbox().size();
        QSignalSpy refused(pane(), &SyncPane::refused);
        // A number for a title: the record's codec refuses it in the store.
        QVERIFY(pane()->resolve(m_titleConflict, ConflictChoice::UseValue, 42));
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(pane()->lastMessage().startsWith(QStringLiteral("Could not resolve Title")),
                 qPrintable(pane()->lastMessage()));
        QVERIFY(isOpen(m_titleConflict));
        QCOMPARE(storedTitle(), QStringLiteral("Engineer II"));
        QCOMPARE(outbox().size(), before);
        QCOMPARE(queuedResolutions().size(), 0);
        QTRY_COMPARE(model()->rowCount(), 2);
        // Nothing to undo: the command drops itself without a word.
        m_window->undoStack()->undo();
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(refused.size(), 1);
    }

    void emptyStateText()
    {
        cleanup();
        m_home = std::make_unique<QTemporaryDir>();
        TestSupport::useHome(*m_home);
        m_path = m_home->filePath(QStringLiteral("empty.sqlite"));
        startWindow();
        QSignalSpy loaded(pane(), &SyncPane::conflictsLoaded);
        pane()->refresh();
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(pane()->emptyText().startsWith(QStringLiteral("No conflicts.")));
        QVERIFY(!pane()->keepMineButton()->isEnabled());
        QCOMPARE(pane()->tabs()->tabText(SyncPane::ConflictsTab), QStringLiteral("Conflicts"));
    }

    void syncLogInPlainWords()
    {
        QAbstractItemModelTester tester(pane()->logModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Sync::RoundReport report;
        report.pushed = 3;
        report.pulled = 12;
        report.conflicts = 1;
        report.keptLocal
                = {QStringLiteral("requisition:") + requisitionId().toString(QUuid::WithoutBraces)};
        QVERIFY(pane()->keptLocalList()->isHidden());
        QSignalSpy loaded(pane(), &SyncPane::conflictsLoaded);
        pane()->recordRound(QDateTime::currentDateTime(), report);
        QTRY_VERIFY(!loaded.isEmpty()); // a round reads the conflicts again
        pane()->recordFailure(int(Core::ErrorCode::NetworkError), QStringLiteral("refused"), true);
        SyncLogModel *log = pane()->logModel();
        QCOMPARE(log->rowCount(), 2);
        QCOMPARE(log->index(0, SyncLogModel::ResultColumn).data().toString(),
                 QStringLiteral("Cannot reach the server; your edits are kept and will sync when "
                                "it is back. Trying again automatically."));
        QVERIFY(log->index(1, SyncLogModel::ResultColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Changes sent: 3, received: 12.")));
        QCOMPARE(log->index(1, SyncLogModel::PulledColumn).data().toString(), QStringLiteral("12"));
        QCOMPARE(log->index(1, SyncLogModel::KeptLocalColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(!pane()->keptLocalList()->isHidden());
        QCOMPARE(pane()->keptLocalList()->count(), 1);
        // Named as a person knows it, once the cache answers.
        QTRY_COMPARE(pane()->keptLocalList()->item(0)->text(),
                     QStringLiteral("Requisition \u201cEngineer II\u201d: kept on this computer"));
        QVERIFY(pane()->lastMessage().startsWith(QStringLiteral("Cannot reach the server")));

        // They can be kept elsewhere: written as JSON with their unsynced values.
        QVERIFY(!pane()->exportKeptButton()->isHidden());
        const QString file = m_home->filePath(QStringLiteral("kept.json"));
        QSignalSpy exported(pane(), &SyncPane::keptLocalExported);
        pane()->exportKeptLocal(file);
        QTRY_COMPARE(exported.size(), 1);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(written.readAll())
                                           .object()
                                           .value(QStringLiteral("records"))
                                           .toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0)
                         .toObject()
                         .value(QStringLiteral("record"))
                         .toObject()
                         .value(QStringLiteral("title"))
                         .toString(),
                 QStringLiteral("Engineer II"));
    }

    void syncLogKeptBetweenSessions()
    {
        Sync::RoundReport report;
        report.pushed = 2;
        report.pulled = 5;
        report.keptLocal
                = {QStringLiteral("requisition:") + requisitionId().toString(QUuid::WithoutBraces)};
        const QDateTime at = QDateTime::currentDateTime();
        pane()->recordRound(at, report);
        pane()->recordFailure(int(Core::ErrorCode::ServerUnavailable), QStringLiteral("503"), true);
        SyncLogModel *log = pane()->logModel();
        QCOMPARE(log->rowCount(), 2);
        const QString failure = log->index(0, SyncLogModel::ResultColumn).data().toString();
        const QString round = log->index(1, SyncLogModel::ResultColumn).data().toString();
        // Written on the worker: the test's own connection sees both lines.
        QTRY_COMPARE(Store::SyncLogRepository(*m_db).recent(10)->size(), 2);

        // A new session on the same cache starts with the log of the last one.
        m_window.reset();
        m_client.reset();
        startWindow();
        QTRY_COMPARE(pane()->logModel()->rowCount(), 2);
        log = pane()->logModel();
        QCOMPARE(log->index(0, SyncLogModel::ResultColumn).data().toString(), failure);
        QVERIFY(log->index(0, 0).data(SyncLogModel::FailedRole).toBool());
        QCOMPARE(log->index(0, SyncLogModel::ResultColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Details: 503"));
        QCOMPARE(log->index(1, SyncLogModel::ResultColumn).data().toString(), round);
        QCOMPARE(log->index(1, SyncLogModel::PulledColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(log->index(1, SyncLogModel::KeptLocalColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(log->entryAt(1).at.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
        QVERIFY(!pane()->logView()->isHidden());

        // New rounds go on top; the cache keeps the newest 200 only.
        pane()->recordRound(QDateTime::currentDateTime(), Sync::RoundReport());
        QCOMPARE(log->rowCount(), 3);
        QVERIFY(!log->index(0, 0).data(SyncLogModel::FailedRole).toBool());
        QTRY_COMPARE(Store::SyncLogRepository(*m_db).recent(10)->size(), 3);
    }

    void refusedEditsAreListedAndRetried()
    {
        // An edit the server refused: kept aside with its reason, listed with the record's
        // title, and put back in the queue by Try Again.
        Core::Requisition r = *Store::RequisitionRepository(*m_db).find(requisitionId());
        r.openings = 7;
        QVERIFY(Store::RequisitionRepository(*m_db).save(r, Store::WriteOrigin::LocalEdit).ok());
        const QList<Store::OutboxEntry> queued = outbox();
        QVERIFY(!queued.isEmpty());
        const qint64 seq = queued.last().seq;
        QVERIFY(Store::OutboxRepository(*m_db)
                        .setAside(seq, QStringLiteral("permission_denied: viewers are read-only"))
                        .ok());

        RefusedEditsView *refused = pane()->refusedEditsView();
        QAbstractItemModelTester tester(refused->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane()->refresh();
        QTRY_COMPARE(refused->count(), 1);
        QCOMPARE(pane()->tabs()->tabText(SyncPane::RefusedTab),
                 QStringLiteral("Refused edits (1)"));
        const QAbstractItemModel *model = refused->model();
        QTRY_COMPARE(model->index(0, RefusedEditsModel::RecordColumn).data().toString(),
                     QStringLiteral("Requisition “%1”").arg(r.title));
        QCOMPARE(model->index(0, RefusedEditsModel::ChangeColumn).data().toString(),
                 QStringLiteral("Changed openings"));
        QCOMPARE(model->index(0, RefusedEditsModel::ReasonColumn).data().toString(),
                 QStringLiteral("You may not make this change. (viewers are read-only)"));
        const QList<Store::OutboxEntry> waiting = outbox(); // aside: not in the upload queue
        QVERIFY(std::none_of(waiting.cbegin(), waiting.cend(), [&](const Store::OutboxEntry &e) {
            return e.seq == seq;
        }));

        pane()->tabs()->setCurrentIndex(SyncPane::RefusedTab);
        auto *retry = pane()->findChild<QPushButton *>(QStringLiteral("retryRefusedButton"));
        QVERIFY(retry && retry->isEnabled() && !retry->accessibleName().isEmpty());
        QSignalSpy released(refused, &RefusedEditsView::released);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(released.size(), 1);
        QTRY_COMPARE(refused->count(), 0);
        QCOMPARE(pane()->tabs()->tabText(SyncPane::RefusedTab), QStringLiteral("Refused edits"));
        const QList<Store::OutboxEntry> after = outbox();
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const Store::OutboxEntry &e) {
            return e.seq == seq && !e.setAside && e.changes.contains(QStringLiteral("openings"));
        }));
        QVERIFY(!retry->isEnabled());
    }

    void refusalReasonsInWords_data()
    {
        QTest::addColumn<QString>("lastError");
        QTest::addColumn<QString>("words");
        QTest::newRow("permission")
                << QStringLiteral("permission_denied: not your org")
                << QStringLiteral("You may not make this change. (not your org)");
        QTest::newRow("too large") << QStringLiteral("payload_too_large")
                                   << QStringLiteral("The change is too large to send.");
        QTest::newRow("unknown code") << QStringLiteral("teapot: short and stout")
                                      << QStringLiteral("teapot: short and stout");
        QTest::newRow("nothing") << QString() << QStringLiteral("Refused by the server.");
    }

    void refusalReasonsInWords()
    {
        QFETCH(QString, lastError);
        QFETCH(QString, words);
        QCOMPARE(RefusedEditsModel::reasonText(lastError), words);
    }

    void accessibleAndTranslatedControls()
    {
        for (QWidget *w : std::initializer_list<QWidget *>{pane()->conflictView(),
                                                           pane()->logView(),
                                                           pane()->keepMineButton(),
                                                           pane()->keepTheirsButton(),
                                                           pane()->editButton(),
                                                           pane()->keptLocalList(),
                                                           pane()->comparisonView()->table()})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        // Tab order: list → side by side → keep mine → keep theirs → edit.
        const auto next = [](QWidget *w) {
            do
                w = w->nextInFocusChain();
            while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled());
            return w;
        };
        pane()->selectConflict(m_titleConflict);
        QCOMPARE(next(pane()->conflictView()), pane()->comparisonView()->table());
        QCOMPARE(next(pane()->comparisonView()->table()), pane()->keepMineButton());
        QCOMPARE(next(pane()->keepMineButton()), pane()->keepTheirsButton());
        QCOMPARE(next(pane()->keepTheirsButton()), pane()->editButton());
    }
};

QTEST_MAIN(tst_SyncPane)
#include "tst_syncpane.moc"
