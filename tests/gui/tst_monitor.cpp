// The live event monitor driven like a user would: the sandbox's simulated team posting signed
// webhooks to the real receiver over loopback, and hand-made events through the pipeline.
#include "monitor/EventDetailPane.h"
#include "monitor/EventTableModel.h"
#include "monitor/JsonTreeModel.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/PresenceBoardModel.h"
#include "monitor/WebhookReceiver.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/WrapRow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace syncdesk;

namespace {

MonitoredEvent makeEvent(const QJsonObject& event, EventSourceKind source = EventSourceKind::Webhook)
{
    MonitoredEvent e;
    e.raw.source = source;
    e.raw.verification =
        source == EventSourceKind::Webhook ? Verification::SignatureValid : Verification::TokenAuthenticated;
    e.raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.raw.body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    if (source == EventSourceKind::Webhook) {
        e.raw.headers = {
            {"content-type", "application/json"},
            {"x-zm-signature", "v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
            {"x-zm-request-timestamp", QByteArray::number(e.raw.receivedAtMs / 1000)}};
    }
    e.parsed = ZoomEventParser::parse(e.raw.body);
    return e;
}

MonitoredEvent presenceEvent(const QString& id, const QString& email, const QString& status)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("presence_status"), status}};
    return makeEvent(
        {{QStringLiteral("event"), QStringLiteral("user.presence_status_updated")},
         {QStringLiteral("event_ts"), double(now - 120)},
         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acct1")},
                                                 {QStringLiteral("object"), object}}}});
}

MonitoredEvent userUpdated(const QString& id, const QString& email, const QString& first, const QString& last)
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("first_name"), first},
                       {QStringLiteral("last_name"), last}};
    return makeEvent(
        {{QStringLiteral("event"), QStringLiteral("user.updated")},
         {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acct1")},
                                                 {QStringLiteral("object"), object}}}});
}

MonitoredEvent callEvent(const char* name, const QString& callerId, const QString& calleeId)
{
    QJsonObject caller{{QStringLiteral("user_id"), callerId},
                       {QStringLiteral("name"), QStringLiteral("Caller %1").arg(callerId)},
                       {QStringLiteral("extension_number"), 1001},
                       {QStringLiteral("extension_type"), QStringLiteral("user")}};
    QJsonObject callee{{QStringLiteral("user_id"), calleeId},
                       {QStringLiteral("name"), QStringLiteral("Callee %1").arg(calleeId)},
                       {QStringLiteral("extension_number"), 1002},
                       {QStringLiteral("extension_type"), QStringLiteral("user")}};
    return makeEvent({{QStringLiteral("event"), QLatin1String(name)},
                      {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
                      {QStringLiteral("payload"),
                       QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acct1")},
                                   {QStringLiteral("object"),
                                    QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c-1")},
                                                {QStringLiteral("caller"), caller},
                                                {QStringLiteral("callee"), callee}}}}}},
                     EventSourceKind::WebSocket);
}

// A varied stream: presence changes, name updates (which move board rows), calls, unknown events.
MonitoredEventBatch mixedBatch(int round, int size)
{
    static const QStringList statuses = {QStringLiteral("Available"), QStringLiteral("Away"),
                                         QStringLiteral("Do_Not_Disturb"), QStringLiteral("In_Meeting")};
    MonitoredEventBatch batch;
    for (int i = 0; i < size; ++i) {
        const int n = round * size + i;
        const QString id = QStringLiteral("u%1").arg(n % 37);
        const QString email = QStringLiteral("user%1@example.com").arg(n % 37);
        switch (n % 7) {
        case 0:
            batch.append(
                userUpdated(id, email, QStringLiteral("Name%1").arg(n % 11), QStringLiteral("Person")));
            break;
        case 1:
            batch.append(callEvent("phone.caller_connected", id, QStringLiteral("u%1").arg((n + 5) % 37)));
            break;
        case 2:
            batch.append(callEvent("phone.callee_answered", id, QStringLiteral("u%1").arg((n + 5) % 37)));
            break;
        case 3:
            batch.append(makeEvent({{QStringLiteral("event"), QStringLiteral("some.future_event")},
                                    {QStringLiteral("payload"), QJsonObject{}}}));
            break;
        default:
            batch.append(presenceEvent(id, email, statuses[n % statuses.size()]));
            break;
        }
    }
    return batch;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelsStayConsistentWhileEventsStream();
    void jsonTreeModel();
    void sandboxFeedThroughTheControls();
    void filterByType();
    void pauseShowsBacklogAndResumeCatchesUp();
    void selectingARowShowsDetails();
    void clickingABoardRowFiltersToThatUser();
    void gapFromThePipelineShowsAsGapRow();
    void sandboxWebSocketAndItsGap();
    void timeRangeFilter();
    void exportFilteredAndCaptureRoundTrip();
    void receiverErrorsAreTranslatedAndShown();
    void boardShowsAnOutboundCallAsConnected();
    void narrowWindowKeepsEveryControlInView();

private:
    template <typename T> T* child(const char* name) const
    {
        T* w = m_pane->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    void startSandboxFeed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_setup;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<MonitorPane> m_pane;
};

void TestMonitor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskTest"));
}

void TestMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_setup = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_monitor = std::make_unique<MonitorController>(m_setup->session());
    m_monitor->setSandboxRate(60);
    m_pane = std::make_unique<MonitorPane>(m_monitor.get());
    m_pane->setFilterDelayMs(10);
    m_pane->resize(1200, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestMonitor::cleanup()
{
    m_pane.reset();
    m_monitor.reset();
    m_setup.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestMonitor::startSandboxFeed()
{
    const Error e = m_setup->openSandbox();
    QVERIFY2(e.ok(), qPrintable(e.describe()));
    auto* start = child<QPushButton>("webhookStartButton");
    QVERIFY(start);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->webhookState(), MonitorController::SourceState::Running, 10000);
    QVERIFY(child<QLabel>("webhookStateLabel")->text().contains(QLatin1String("127.0.0.1")));
    QCOMPARE(start->text(), QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->eventModel()->rowCount() >= 20, 15000);
}

void TestMonitor::modelsStayConsistentWhileEventsStream()
{
    // A small ring, so evictions happen while the models watch.
    EventStore store(300);
    MonitorPipeline pipeline(&store);
    EventTableModel table(&store);
    PresenceBoardModel board(&store);
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The pane's way: store batches applied on a timer tick, with one insert per tick.
    EventTableModel deferred(&store);
    deferred.setDeferred(true);
    QAbstractItemModelTester deferredTester(&deferred,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy deferredInserts(&deferred, &QAbstractItemModel::rowsInserted);

    auto round = [&](int r) {
        pipeline.ingest(mixedBatch(r, 20));
        QCoreApplication::processEvents(); // the store announces once per event-loop turn
        pipeline.ingest(mixedBatch(r + 1000, 20));
        QCoreApplication::processEvents();
        const int insertsBefore = int(deferredInserts.size());
        deferred.flush();
        QVERIFY(deferredInserts.size() <= insertsBefore + 1);
        QCOMPARE(deferred.rowCount(), table.rowCount());
        // Touch every cell as a view would.
        for (int row = 0; row < table.rowCount(); row += 17) {
            for (int c = 0; c < EventTableModel::ColumnCount; ++c)
                table.index(row, c).data();
        }
    };
    for (int r = 0; r < 12; ++r)
        round(r);
    QCOMPARE(qsizetype(table.rowCount()), store.size());
    QCOMPARE(store.size(), qsizetype(300));
    // Rows are the newest events, oldest first.
    QCOMPARE(table.seqAt(0), store.firstSeq());
    QCOMPARE(table.seqAt(table.rowCount() - 1), store.nextSeq() - 1);
    QVERIFY(board.rowCount() > 0 && board.rowCount() <= 37);

    // Filtered while more arrive and old ones are evicted.
    EventFilter f;
    f.types = {ZoomEventType::UserPresenceStatusUpdated};
    table.setFilter(f);
    deferred.setFilter(f);
    QVERIFY(table.isFiltered());
    for (int r = 12; r < 20; ++r)
        round(r);
    QVERIFY(table.rowCount() > 0);
    QCOMPARE(table.rowCount(), int(store.filter(f).size()));
    for (int row = 0; row < table.rowCount(); ++row)
        QCOMPARE(table.index(row, 0).data(EventTableModel::TypeRole).toInt(),
                 int(ZoomEventType::UserPresenceStatusUpdated));

    // Paused: the rows stay (apart from evicted ones), the backlog grows; resume catches up.
    table.setPaused(true);
    deferred.setPaused(true);
    for (int r = 20; r < 23; ++r)
        round(r);
    QVERIFY(table.backlog() > 0);
    QCOMPARE(deferred.backlog(), table.backlog());
    table.setPaused(false);
    deferred.setPaused(false);
    QCOMPARE(deferred.rowCount(), table.rowCount());
    QCOMPARE(table.backlog(), qsizetype(0));
    QCOMPARE(table.rowCount(), int(store.filter(f).size()));

    table.setFilter({});
    deferred.setFilter({});
    table.setPaused(true);
    deferred.setPaused(true);
    for (int r = 23; r < 25; ++r)
        round(r);
    QCOMPARE(qsizetype(table.rowCount()) + table.backlog(), store.size());
    table.setPaused(false);
    deferred.setPaused(false);
    QCOMPARE(qsizetype(table.rowCount()), store.size());
    QCOMPARE(deferred.rowCount(), table.rowCount());

    // A name arriving for a user moves the row to its sorted place (rows stay consistent).
    pipeline.ingest(
        {userUpdated(QStringLiteral("zz"), QString(), QStringLiteral("Aaron"), QStringLiteral("A"))});
    QCoreApplication::processEvents();
    pipeline.ingest({userUpdated(QStringLiteral("zz"), QStringLiteral("aaa@example.com"),
                                 QStringLiteral("Aaron"), QStringLiteral("A"))});
    QCoreApplication::processEvents();
    QCOMPARE(board.userIdAt(0), QStringLiteral("zz"));

    // The duration column ticks without resetting the model.
    QSignalSpy reset(&board, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2500);
    QCOMPARE(reset.count(), 0);
    const auto args = changed.first();
    QCOMPARE(args.at(0).toModelIndex().column(), int(PresenceBoardModel::DurationColumn));
    QCOMPARE(args.at(1).toModelIndex().column(), int(PresenceBoardModel::DurationColumn));

    store.clear();
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(board.rowCount(), 0);
    round(30);
    QCOMPARE(qsizetype(table.rowCount()), store.size());
}

void TestMonitor::jsonTreeModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(presenceEvent(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral("Away"))
                      .raw.body);
    QVERIFY(model.isValidJson());
    QCOMPARE(model.rowCount(), 3); // event, event_ts, payload (in the order sent)
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("event"));
    const QModelIndex status = model.find(QStringLiteral("payload.object.presence_status"));
    QVERIFY(status.isValid());
    QCOMPARE(model.index(status.row(), JsonTreeModel::ValueColumn, status.parent()).data().toString(),
             QStringLiteral("\"Away\""));
    // Numbers as sent, arrays indexed.
    model.setJson(QByteArrayLiteral(R"({"id":12345678901234567890,"list":[1,{"a":null},true]})"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12345678901234567890"));
    const QModelIndex a = model.find(QStringLiteral("list[1].a"));
    QVERIFY(a.isValid());
    model.setJson(QByteArrayLiteral("not json at all"));
    QVERIFY(!model.isValidJson());
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMonitor::sandboxFeedThroughTheControls()
{
    QAbstractItemModelTester tableTester(m_pane->eventModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester boardTester(m_pane->presenceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester jsonTester(m_pane->jsonModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    startSandboxFeed();

    // Someone's presence changed, and the board says so with a time.
    const PresenceBoardModel* board = m_pane->presenceModel();
    auto someoneChanged = [board] {
        for (int r = 0; r < board->rowCount(); ++r) {
            if (board->index(r, 0).data(PresenceBoardModel::PresenceRole).toInt() !=
                    int(PresenceState::None) &&
                !board->index(r, PresenceBoardModel::ChangedColumn).data().toString().isEmpty())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(someoneChanged(), 15000);
    QVERIFY(child<QLabel>("acceptedLabel")->text().contains(QLatin1Char(' ')));
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->pipeline()->counters().accepted > 0, 5000);

    // Select rows while events keep streaming in (the JSON tree is rebuilt under the tester).
    for (int i = 0; i < 5; ++i) {
        m_pane->eventView()->setCurrentIndex(m_pane->eventModel()->index(i, 0));
        QTest::qWait(50);
    }

    auto* stop = child<QPushButton>("webhookStartButton");
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(m_monitor->webhookState(), MonitorController::SourceState::Stopped);
    QCOMPARE(stop->text(), QStringLiteral("Start"));
    QVERIFY(!m_monitor->simulator()->isRunning());
}

void TestMonitor::filterByType()
{
    startSandboxFeed();
    EventTableModel* model = m_pane->eventModel();
    const int before = model->rowCount();
    auto* combo = child<QComboBox>("filterTypeCombo");
    const int item = combo->findData(int(ZoomEventType::UserPresenceStatusUpdated));
    QVERIFY(item > 0);
    combo->setCurrentIndex(item);
    QTRY_VERIFY(model->isFiltered());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000); // the Contact Center backlog may come first
    QVERIFY(model->rowCount() < before + 10000);
    auto onlyThatType = [model] {
        for (int r = 0; r < model->rowCount(); ++r) {
            const int type = model->index(r, 0).data(EventTableModel::TypeRole).toInt();
            if (type != int(ZoomEventType::UserPresenceStatusUpdated) && type != int(ZoomEventType::Gap))
                return false;
        }
        return true;
    };
    QVERIFY(onlyThatType());
    // Fewer than everything held, and new matching events keep arriving.
    QVERIFY(qsizetype(model->rowCount()) < m_monitor->store()->size());
    const int filtered = model->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > filtered, 10000);
    QVERIFY(onlyThatType());
    QVERIFY(!child<QLabel>("filterCountLabel")->text().isEmpty());

    QTest::mouseClick(child<QPushButton>("clearFilterButton"), Qt::LeftButton);
    QVERIFY(!model->isFiltered());
    QCOMPARE(combo->currentIndex(), 0);
}

void TestMonitor::pauseShowsBacklogAndResumeCatchesUp()
{
    startSandboxFeed();
    EventTableModel* model = m_pane->eventModel();
    auto* pause = child<QToolButton>("pauseButton");
    auto* backlog = child<QLabel>("backlogLabel");
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(model->isPaused());
    const int rows = model->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(model->backlog() >= 5, 10000);
    QCOMPARE(model->rowCount(), rows); // no view updates while paused
    QVERIFY2(backlog->text().contains(QLatin1String("New events")), qPrintable(backlog->text()));
    QVERIFY(backlog->text().contains(QLocale().toString(model->backlog())));
    // Ingestion went on.
    QVERIFY(m_monitor->store()->size() > rows);

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!model->isPaused());
    QCOMPARE(model->backlog(), qsizetype(0));
    QVERIFY(backlog->text().isEmpty());
    QTRY_COMPARE(qsizetype(model->rowCount()), m_monitor->store()->size());
}

void TestMonitor::selectingARowShowsDetails()
{
    startSandboxFeed();
    QTableView* view = m_pane->eventView();
    EventTableModel* model = m_pane->eventModel();
    // A presence change, received as a signed webhook. The sandbox also sends its Contact Center
    // backlog at start, so the first rows may all be contact_center.* events: wait for one.
    int row = -1;
    auto findPresence = [&] {
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, 0).data(EventTableModel::TypeRole).toInt() ==
                int(ZoomEventType::UserPresenceStatusUpdated))
                row = r;
        }
        return row >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findPresence(), 15000);
    view->scrollTo(model->index(row, 0));
    const QRect rect = view->visualRect(model->index(row, EventTableModel::EventColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex().row(), row);

    JsonTreeModel* json = m_pane->jsonModel();
    QVERIFY(json->rowCount() > 0);
    QVERIFY(json->find(QStringLiteral("payload.object.presence_status")).isValid());
    auto* verification = child<QLabel>("verificationLabel");
    QVERIFY(verification->isVisible());
    QVERIFY2(verification->text().startsWith(QLatin1String("Signature valid")),
             qPrintable(verification->text()));
    QVERIFY(child<QLabel>("latencyLabel")->text().contains(QLatin1String("ms")));
    auto* headers = child<QTreeWidget>("headersTable");
    QVERIFY(!headers->findItems(QStringLiteral("x-zm-signature"), Qt::MatchExactly).isEmpty());

    // The selection survives a filter that keeps the event.
    const quint64 seq = model->seqAt(row);
    auto* combo = child<QComboBox>("filterTypeCombo");
    combo->setCurrentIndex(combo->findData(int(ZoomEventType::UserPresenceStatusUpdated)));
    QTRY_VERIFY(model->isFiltered());
    QCOMPARE(model->seqAt(view->currentIndex().row()), seq);

    // For looking at the layout with a selected event: SYNCDESK_GRAB_DIR=/tmp/shots
    const QString grabDir = qEnvironmentVariable("SYNCDESK_GRAB_DIR");
    if (!grabDir.isEmpty())
        m_pane->grab().save(grabDir + QStringLiteral("/monitor-pane-selected.png"));
}

void TestMonitor::clickingABoardRowFiltersToThatUser()
{
    startSandboxFeed();
    QTreeView* board = m_pane->presenceView();
    PresenceBoardModel* people = m_pane->presenceModel();
    QTRY_VERIFY(people->rowCount() > 0);
    const QModelIndex first = people->index(0, PresenceBoardModel::NameColumn);
    const QString userId = people->userIdAt(0);
    QVERIFY(!userId.isEmpty());
    QTest::mouseClick(board->viewport(), Qt::LeftButton, {}, board->visualRect(first).center());

    EventTableModel* model = m_pane->eventModel();
    QVERIFY(model->isFiltered());
    QCOMPARE(child<QLineEdit>("filterUserEdit")->text(), userId);
    QVERIFY(model->rowCount() > 0);
    const EventStore* store = m_monitor->store();
    for (int r = 0; r < model->rowCount(); ++r) {
        const EventRecord& rec = store->at(model->storeIndex(r));
        const bool about = store->string(rec.userId) == userId || store->string(rec.email) == userId ||
                           store->string(rec.peerUserId) == userId || rec.type == ZoomEventType::Gap;
        QVERIFY2(about, qPrintable(store->string(rec.userId)));
    }
    QVERIFY(qsizetype(model->rowCount()) < store->size());
}

void TestMonitor::gapFromThePipelineShowsAsGapRow()
{
    QAbstractItemModelTester tableTester(m_pane->eventModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_setup->createProfile(QStringLiteral("Acme")).ok());
    m_monitor->pipeline()->ingest(
        {presenceEvent(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral("Away"))});
    const QDateTime to = QDateTime::currentDateTime();
    const QDateTime from = to.addSecs(-29);
    m_monitor->pipeline()->addGap(EventSourceKind::WebSocket, from.toMSecsSinceEpoch(),
                                  to.toMSecsSinceEpoch(), QStringLiteral("connection lost"));
    EventTableModel* model = m_pane->eventModel();
    QTRY_COMPARE(model->rowCount(), 2);
    const QModelIndex gap = model->index(1, EventTableModel::SummaryColumn);
    QVERIFY(gap.data(EventTableModel::IsGapRole).toBool());
    const QString text = gap.data().toString();
    QVERIFY2(text.contains(QStringLiteral("Events between %1 and %2 may be missing")
                               .arg(from.toString(QStringLiteral("hh:mm:ss")),
                                    to.toString(QStringLiteral("hh:mm:ss")))),
             qPrintable(text));
    QVERIFY(gap.data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(1, EventTableModel::EventColumn).data().toString(), QStringLiteral("Possible gap"));
    QTRY_VERIFY(child<QLabel>("gapsLabel")->text().contains(QLatin1Char('1')));

    // Gaps stay visible under any filter: matching events may be missing inside them.
    auto* combo = child<QComboBox>("filterTypeCombo");
    combo->setCurrentIndex(combo->findData(int(ZoomEventType::PhoneCallerConnected)));
    QTRY_VERIFY(model->isFiltered());
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data(EventTableModel::IsGapRole).toBool());
}

void TestMonitor::sandboxWebSocketAndItsGap()
{
    QVERIFY(m_setup->openSandbox().ok());
    auto* connectButton = child<QPushButton>("webSocketStartButton");
    QVERIFY(!child<QLineEdit>("subscriptionIdEdit")->isEnabled()); // the sandbox brings its own
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->webSocketState(), MonitorController::SourceState::Running, 10000);
    QCOMPARE(connectButton->text(), QStringLiteral("Disconnect"));
    EventTableModel* model = m_pane->eventModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 5, 10000);
    QCOMPARE(model->index(0, EventTableModel::SourceColumn).data().toString(), QStringLiteral("WebSocket"));

    // A Zoom-side outage: the source reconnects and the missed stretch shows as a gap row.
    m_setup->sandbox()->disconnectWebSocketClients();
    auto hasGap = [model] {
        for (int r = model->rowCount() - 1; r >= 0; --r) {
            if (model->index(r, 0).data(EventTableModel::IsGapRole).toBool())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasGap(), 15000);
    QTRY_VERIFY(child<QLabel>("gapsLabel")->text().contains(QLatin1Char('1')));

    // Selecting a WebSocket event: authenticated by the connection, no headers.
    m_pane->eventView()->setCurrentIndex(model->index(0, 0));
    QVERIFY(child<QLabel>("verificationLabel")->text().contains(QLatin1String("WebSocket")));

    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(m_monitor->webSocketState(), MonitorController::SourceState::Stopped);
    QVERIFY(!m_monitor->simulator()->isRunning());
}

void TestMonitor::timeRangeFilter()
{
    QVERIFY(m_setup->createProfile(QStringLiteral("Acme")).ok());
    m_monitor->pipeline()->ingest(mixedBatch(0, 30));
    EventTableModel* model = m_pane->eventModel();
    QTRY_COMPARE(model->rowCount(), 30);
    auto* from = child<QLineEdit>("filterFromEdit");
    auto* to = child<QLineEdit>("filterToEdit");
    from->setText(QStringLiteral("2999-01-01 00:00"));
    QTRY_COMPARE(model->rowCount(), 0);
    from->setText(QDateTime::currentDateTime().addSecs(-120).toString(QStringLiteral("hh:mm")));
    if (QDateTime::currentDateTime().addSecs(-120).date() == QDate::currentDate()) // not around midnight
        QTRY_COMPARE(model->rowCount(), 30);
    // Nonsense is marked and ignored.
    to->setText(QStringLiteral("soon"));
    QTRY_VERIFY(!to->styleSheet().isEmpty());
    from->clear();
    to->clear();
    QTRY_VERIFY(!model->isFiltered());
    QVERIFY(to->styleSheet().isEmpty());
}

void TestMonitor::exportFilteredAndCaptureRoundTrip()
{
    QVERIFY(m_setup->createProfile(QStringLiteral("Acme")).ok());
    MonitorPipeline* pipeline = m_monitor->pipeline();
    for (int r = 0; r < 5; ++r)
        pipeline->ingest(mixedBatch(r, 50));
    QTRY_COMPARE(m_pane->eventModel()->rowCount(), 250);
    m_monitor->setFileJobSliceMs(1); // several slices even for a few events

    QString next;
    QList<MonitorPane::FileDialogKind> asked;
    m_pane->setFileChooser([&](MonitorPane::FileDialogKind kind, const QString& suggested) {
        asked.append(kind);
        if (kind != MonitorPane::FileDialogKind::OpenCapture)
            Q_ASSERT(!suggested.isEmpty());
        return next;
    });
    auto* combo = child<QComboBox>("filterTypeCombo");
    combo->setCurrentIndex(combo->findData(int(ZoomEventType::UserPresenceStatusUpdated)));
    QTRY_VERIFY(m_pane->eventModel()->isFiltered());
    const int filtered = m_pane->eventModel()->rowCount();
    QVERIFY(filtered > 0);

    QSignalSpy finished(m_monitor.get(), &MonitorController::fileJobFinished);
    next = m_dir->filePath(QStringLiteral("presence.jsonl"));
    m_pane->findChild<QAction*>(QStringLiteral("exportFilteredJsonAction"))->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).value<Error>().ok());
    QFile out(next);
    QVERIFY(out.open(QIODevice::ReadOnly));
    int lines = 0;
    while (!out.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(out.readLine()).object();
        QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("user.presence_status_updated"));
        ++lines;
    }
    QCOMPARE(lines, filtered);
    QVERIFY(child<QLabel>("noticeLabel")->text().contains(QString::number(filtered)));

    next = m_dir->filePath(QStringLiteral("all.csv"));
    m_pane->findChild<QAction*>(QStringLiteral("exportAllCsvAction"))->trigger();
    QTRY_COMPARE(finished.count(), 2);
    QFile csv(next);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> csvLines = csv.readAll().split('\n');
    QCOMPARE(csvLines.size(), 250 + 2); // header, 250 events, the empty piece after the last line break
    QCOMPARE(csvLines.count(csvLines.first()), 1); // the header is written once

    // Capture: every held event, then replayed into an empty monitor.
    QTest::mouseClick(child<QPushButton>("clearFilterButton"), Qt::LeftButton);
    next = m_dir->filePath(QStringLiteral("capture.jsonl"));
    m_pane->findChild<QAction*>(QStringLiteral("saveCaptureAction"))->trigger();
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(finished.last().at(0).value<Error>().ok());
    QTest::mouseClick(child<QToolButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(m_pane->eventModel()->rowCount(), 0);
    m_pane->findChild<QAction*>(QStringLiteral("replayFastAction"))->trigger();
    QTRY_COMPARE(m_pane->eventModel()->rowCount(), 250);
    QCOMPARE(m_pane->eventModel()->index(0, EventTableModel::SourceColumn).data().toString(),
             QStringLiteral("Replay"));
    QCOMPARE(asked.last(), MonitorPane::FileDialogKind::OpenCapture);
    QTRY_VERIFY(!m_monitor->isReplaying());

    // Cancelled dialogs do nothing.
    next.clear();
    m_pane->findChild<QAction*>(QStringLiteral("exportAllJsonAction"))->trigger();
    QTest::qWait(20);
    QCOMPARE(finished.count(), 3);
}

void TestMonitor::receiverErrorsAreTranslatedAndShown()
{
    QVERIFY(m_setup->createProfile(QStringLiteral("Acme")).ok());
    auto* banner = child<Banner>("monitorBanner");
    auto* start = child<QPushButton>("webhookStartButton");

    // No secret token in the keychain.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("No secret token")), qPrintable(banner->text()));
    QCOMPARE(m_monitor->webhookState(), MonitorController::SourceState::Stopped);

    // The port is taken.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    m_setup->storeSecret(SecretPurpose::ZoomSecretToken, QStringLiteral("tok"));
    QTRY_VERIFY(m_setup->profile().zoom.hasSecretToken);
    child<QSpinBox>("listenPortSpin")->setValue(squatter.serverPort());
    banner->hide();
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("already in use")), qPrintable(banner->text()));
    // The settings went to the profile.
    QCOMPARE(m_setup->profile().monitor.listenPort, int(squatter.serverPort()));

    // A free port works; the receiver answers on it.
    const quint16 port = squatter.serverPort();
    squatter.close();
    banner->hide();
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(m_monitor->webhookState(), MonitorController::SourceState::Running);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_monitor->webhookUrl().port(), int(port));

    // An unsigned request is refused and counted by reason.
    QNetworkAccessManager nam;
    QNetworkRequest request(m_monitor->webhookUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = nam.post(request, QByteArrayLiteral(R"({"event":"user.updated","payload":{}})"));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400);
    reply->deleteLater();
    auto* rejected = child<QLabel>("rejectedLabel");
    QTRY_VERIFY(rejected->text().contains(QLatin1Char('1')));
    QVERIFY2(rejected->toolTip().contains(rejectReasonLabel(RejectReason::MissingSignature)),
             qPrintable(rejected->toolTip()));

    // No subscription ID for the WebSocket.
    ZoomSettings zoom = m_setup->profile().zoom;
    zoom.accountId = QStringLiteral("acct");
    zoom.clientId = QStringLiteral("client");
    m_setup->setZoomSettings(zoom);
    QTest::mouseClick(child<QPushButton>("webSocketStartButton"), Qt::LeftButton);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("subscription ID")), qPrintable(banner->text()));
}

namespace {
// An outbound call from u7 to a customer; ts: event_ts.
MonitoredEvent outboundCall(const char* name, qint64 ts)
{
    const QJsonObject caller{{QStringLiteral("user_id"), QStringLiteral("u7")},
                             {QStringLiteral("name"), QStringLiteral("Agent Seven")},
                             {QStringLiteral("extension_number"), 1007},
                             {QStringLiteral("extension_type"), QStringLiteral("user")}};
    const QJsonObject callee{{QStringLiteral("name"), QStringLiteral("Customer")},
                             {QStringLiteral("phone_number"), QStringLiteral("+15550199")}};
    QJsonObject object{{QStringLiteral("call_id"), QStringLiteral("c-7")},
                       {QStringLiteral("caller"), caller},
                       {QStringLiteral("callee"), callee},
                       {QStringLiteral("ringing_start_time"), QStringLiteral("2024-01-01T10:00:00Z")},
                       {QStringLiteral("connected_start_time"), QStringLiteral("2024-01-01T10:00:05Z")}};
    return makeEvent(
        {{QStringLiteral("event"), QLatin1String(name)},
         {QStringLiteral("event_ts"), double(ts)},
         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acct1")},
                                                 {QStringLiteral("object"), object}}}});
}
} // namespace

// phone.caller_connected: "the caller is connected with the callee" — the person is on a call, not
// ringing; a "connected" that arrives after the call's end does not put them back on the phone.
void TestMonitor::boardShowsAnOutboundCallAsConnected()
{
    EventStore store(100);
    MonitorPipeline pipeline(&store);
    PresenceBoardModel board(&store);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10000;
    auto phoneCell = [&] {
        const int row = board.rowOfUser(QStringLiteral("u7"));
        return row < 0 ? QModelIndex() : board.index(row, PresenceBoardModel::PhoneColumn);
    };
    pipeline.ingest({outboundCall("phone.caller_connected", t0)});
    QTRY_VERIFY(phoneCell().isValid());
    QCOMPARE(phoneCell().data(PresenceBoardModel::PhoneRole).toInt(),
             int(PresenceBoardModel::PhoneState::Connected));
    QCOMPARE(phoneCell().data().toString(), ZoomEventParser::callStateLabel(CallState::Connected));

    pipeline.ingest({outboundCall("phone.caller_ended", t0 + 60000)});
    QTRY_COMPARE(phoneCell().data(PresenceBoardModel::PhoneRole).toInt(),
                 int(PresenceBoardModel::PhoneState::Idle));
    // Delivered late (webhooks may be retried): older than what the board shows, so ignored.
    pipeline.ingest({outboundCall("phone.caller_connected", t0 + 1000)});
    QCoreApplication::processEvents();
    QCOMPARE(phoneCell().data(PresenceBoardModel::PhoneRole).toInt(),
             int(PresenceBoardModel::PhoneState::Idle));
}

QTEST_MAIN(TestMonitor)
// At 1024 × 700 (a sidebar leaves the pane about 840 px) a single toolbar hid the WebSocket
// controls and the "In memory" counter behind its » button; the bars now stack instead.
void TestMonitor::narrowWindowKeepsEveryControlInView()
{
    auto* sourceBars = m_pane->findChild<WrapRow*>(QStringLiteral("sourceBars"));
    QVERIFY(sourceBars);
    QVERIFY(!sourceBars->isWrapped()); // 1200 px: one row, as before

    m_pane->resize(840, 700);
    QTRY_VERIFY(sourceBars->isWrapped());
    const QStringList names = {QStringLiteral("webSocketStartButton"), QStringLiteral("subscriptionIdEdit"),
                               QStringLiteral("webhookStartButton"), QStringLiteral("heldLabel"),
                               QStringLiteral("gapsLabel"), QStringLiteral("exportButton")};
    for (const QString& name : names) {
        auto* w = m_pane->findChild<QWidget*>(name);
        QVERIFY2(w, qPrintable(name));
        // A toolbar hides what does not fit (it goes to the extension menu).
        QTRY_VERIFY2(w->isVisible(), qPrintable(name + QStringLiteral(" is hidden at 840 px")));
        const QRect inPane(w->mapTo(m_pane.get(), QPoint(0, 0)), w->size());
        QVERIFY2(m_pane->rect().contains(inPane), qPrintable(name + QStringLiteral(" is cut off at 840 px")));
    }

    m_pane->resize(1200, 800);
    QTRY_VERIFY(!sourceBars->isWrapped());
}

#include "tst_monitor.moc"
