// The monitor predicts with the active presence rule (issue 8 §6): the sandbox's simulated team
// posts signed webhooks over loopback, and each presence and phone event shows the ACD state and
// Salesforce status the rule predicts; the people board shows each person's current ones; the
// simulator can follow the live events, keeping a bounded number of steps.
#include "connect/SessionClients.h"
#include "editors/PresenceRuleEditor.h"
#include "editors/PresenceSimulatorPane.h"
#include "monitor/EventDetailPane.h"
#include "monitor/EventTableModel.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/PresenceBoardModel.h"
#include "presence/PresencePrediction.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

namespace {

// Every e-mail is an agent (no users, no teams). On_Phone_Call and the rarer presences have no row.
PresenceRule sandboxRule()
{
    PresenceRule r;
    r.name = QStringLiteral("Sandbox team");
    r.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                   {QStringLiteral("Away"), QStringLiteral("Away_SF")},
                   {QStringLiteral("Meeting"), QStringLiteral("Busy_Meeting")},
                   {QStringLiteral("Zoom call"), QStringLiteral("Busy_On_Call")}};
    r.zoom = {{QStringLiteral("Available"), {}, QStringLiteral("Available")},
              {QStringLiteral("Away"), {}, QStringLiteral("Away")},
              {QStringLiteral("Do_Not_Disturb"), {}, QStringLiteral("Meeting")},
              {QStringLiteral("In_Meeting"), {}, QStringLiteral("Meeting")},
              {{}, QStringLiteral("connected"), QStringLiteral("Zoom call")},
              {{}, QStringLiteral("ended"), QStringLiteral("previous")}};
    return r;
}

QString publisherStatus(const PresenceRule& rule, const QString& acd)
{
    for (const PublisherRow& row : rule.publisher)
        if (row.acd == acd)
            return row.salesforce;
    return {};
}

MonitoredEvent presenceEvent(const QString& id, const QString& email, const QString& status)
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("presence_status"), status}};
    QJsonObject event{
        {QStringLiteral("event"), QStringLiteral("user.presence_status_updated")},
        {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), QStringLiteral("a")},
                                                {QStringLiteral("object"), object}}}};
    MonitoredEvent e;
    e.raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.raw.body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    e.parsed = ZoomEventParser::parse(e.raw.body);
    return e;
}

MonitoredEvent answeredCall(const QString& userId)
{
    const QJsonObject callee{{QStringLiteral("user_id"), userId},
                             {QStringLiteral("name"), QStringLiteral("Callee")},
                             {QStringLiteral("extension_number"), QStringLiteral("1201")}};
    const QJsonObject caller{{QStringLiteral("phone_number"), QStringLiteral("+4930123456")}};
    QJsonObject event{
        {QStringLiteral("event"), QStringLiteral("phone.callee_answered")},
        {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("account_id"), QStringLiteral("a")},
                     {QStringLiteral("object"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c1")},
                                                            {QStringLiteral("caller"), caller},
                                                            {QStringLiteral("callee"), callee}}}}}};
    MonitoredEvent e;
    e.raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.raw.body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    e.parsed = ZoomEventParser::parse(e.raw.body);
    return e;
}

} // namespace

class TestMonitorPredict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskTest"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_setup = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
        m_monitor = std::make_unique<MonitorController>(m_setup->session());
        m_monitor->setSandboxRate(80);
        m_pane = std::make_unique<MonitorPane>(m_monitor.get());
        m_pane->resize(1400, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_monitor.reset();
        m_setup.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void sandboxEventsShowThePrediction()
    {
        EventTableModel* events = m_pane->eventModel();
        PresenceBoardModel* board = m_pane->presenceModel();
        QAbstractItemModelTester tableTester(events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester boardTester(board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        startSandboxFeed();

        // No rule yet: the column is empty and its header says how to get one.
        const QString hint =
            events->headerData(EventTableModel::PredictedColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY(hint.contains(QLatin1String("No presence rule is active")));
        QCOMPARE(events->index(0, EventTableModel::PredictedColumn).data().toString(), QString());
        QCOMPARE(events->headerData(EventTableModel::PredictedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Predicted (ACD / Salesforce)"));

        const PresenceRule rule = sandboxRule();
        m_pane->setPresenceRule(rule); // what the rule editor's activeRuleChanged does
        QVERIFY(events->headerData(EventTableModel::PredictedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(rule.name));

        // Presence rows predict what the Zoom table says; phone rows too, once their user is known.
        auto rowWith = [events](PresenceState presence, CallState call, int* found) {
            for (int r = events->rowCount() - 1; r >= 0; --r) {
                const qsizetype at = events->storeIndex(r);
                if (at < 0)
                    continue;
                const EventRecord& rec = events->store()->at(at);
                if ((presence != PresenceState::None && rec.presence == presence) ||
                    (call != CallState::None && rec.callState == call)) {
                    if (!events->index(r, EventTableModel::PredictedColumn).data().toString().isEmpty()) {
                        *found = r;
                        return true;
                    }
                }
            }
            return false;
        };
        int away = -1, dnd = -1, onCall = -1;
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(PresenceState::Away, CallState::None, &away), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(PresenceState::DoNotDisturb, CallState::None, &dnd), 20000);
        QVERIFY(events->index(away, EventTableModel::PredictedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Away / Away_SF")));
        QVERIFY(events->index(dnd, EventTableModel::PredictedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Meeting / Busy_Meeting")));
        QVERIFY(events->index(away, EventTableModel::PredictedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Away_SF")));
        // On_Phone_Call has no Zoom row: shown as unmapped, in words.
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(PresenceState::OnPhoneCall, CallState::None, &onCall), 20000);
        QVERIFY(events->index(onCall, EventTableModel::PredictedColumn)
                    .data()
                    .toString()
                    .contains(PresenceSimulator::noteLabel(PresenceSimNote::Unmapped)));

        // The details of the selected event say the same.
        m_pane->eventView()->setCurrentIndex(events->index(dnd, 0));
        QTRY_VERIFY(m_pane->detailPane()->predictionText().contains(QLatin1String("Busy_Meeting")));

        // The board: ACD and Salesforce per person, always a publisher pair (no Salesforce events),
        // and the same as the person's newest presence row.
        auto boardFilled = [board, &rule] {
            int filled = 0;
            for (int r = 0; r < board->rowCount(); ++r) {
                const QString acd = board->index(r, PresenceBoardModel::AcdColumn).data().toString();
                const QString sf = board->index(r, PresenceBoardModel::SalesforceColumn).data().toString();
                if (acd.isEmpty())
                    continue;
                if (sf != publisherStatus(rule, acd))
                    return false;
                ++filled;
            }
            return filled >= 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(boardFilled(), 20000);
        QCOMPARE(board->headerData(PresenceBoardModel::AcdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("ACD"));
        QCOMPARE(board->headerData(PresenceBoardModel::SalesforceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Salesforce"));

        // Stop the feed; each person's board state is the prediction of their newest event.
        QTest::mouseClick(m_pane->findChild<QPushButton*>(QStringLiteral("webhookStartButton")),
                          Qt::LeftButton);
        QTest::qWait(300);
        int checked = 0;
        for (int r = 0; r < board->rowCount() && checked < 5; ++r) {
            const QString email = board->index(r, PresenceBoardModel::EmailColumn).data().toString();
            const QString key = board->index(r, 0).data(PresenceBoardModel::UserIdRole).toString();
            const QString acd = board->index(r, PresenceBoardModel::AcdColumn).data().toString();
            if (email.isEmpty() || acd.isEmpty())
                continue;
            EventStore* store = events->store();
            for (qsizetype i = store->size() - 1; i >= 0; --i) {
                const EventRecord& rec = store->at(i);
                // Presence events name the person by e-mail, call events by user ID.
                if (store->string(rec.email).compare(email, Qt::CaseInsensitive) != 0 &&
                    store->string(rec.userId) != key)
                    continue;
                const EventPrediction p = m_pane->prediction()->prediction(rec.seq);
                if (p.status != EventPrediction::Status::Agent)
                    continue;
                QCOMPARE(acd, p.acd);
                ++checked;
                break;
            }
        }
        QVERIFY(checked > 0);

        // A rule edit replays the held events: Away now means Meeting.
        PresenceRule edited = rule;
        edited.zoom[1].acd = QStringLiteral("Meeting");
        m_pane->setPresenceRule(edited);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->prediction()->isRecomputing(), 10000);
        QVERIFY(events->index(away, EventTableModel::PredictedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Meeting / Busy_Meeting")));

        // No active rule: the column empties.
        m_pane->setPresenceRule(PresenceRule());
        QCOMPARE(events->index(away, EventTableModel::PredictedColumn).data().toString(), QString());
        QVERIFY(board->index(0, PresenceBoardModel::AcdColumn).data().toString().isEmpty());
    }

    void theProfilesActiveRuleReachesTheMonitor()
    {
        QVERIFY(m_setup->createProfile(QStringLiteral("Predict")).ok());
        const QString path = m_setup->session()->profilePath();
        QVERIFY(!m_pane->prediction()->hasRule());
        m_setup->session()->setPresenceRules(QJsonArray{PresenceRules::toJsonObject(sandboxRule())},
                                             sandboxRule().name);
        QVERIFY(m_setup->save().ok());
        QVERIFY(m_setup->openProfile(path).ok());
        QVERIFY(m_pane->prediction()->hasRule());
        QCOMPARE(m_pane->prediction()->rule()->name, sandboxRule().name);

        m_monitor->pipeline()->ingest(
            {presenceEvent(QStringLiteral("u1"), QStringLiteral("a@x.com"), QStringLiteral("Away"))});
        QTRY_COMPARE(m_pane->eventModel()->rowCount(), 1);
        QTRY_COMPARE(m_pane->eventModel()->index(0, EventTableModel::PredictedColumn).data().toString(),
                     QStringLiteral("Away / Away_SF"));
    }

    void aCallBeforeTheUsersFirstPresenceEventIsPredicted()
    {
        // The sandbox's Zoom account is read once a rule is active; its user list names the caller.
        const Error e = m_setup->openSandbox();
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        SessionClients clients(m_setup->session());
        m_pane->setClients(&clients);                          // as MainWindow does
        QVERIFY(m_pane->prediction()->userEmails().isEmpty()); // no rule: nothing asked
        m_pane->setPresenceRule(sandboxRule());
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->prediction()->userEmails().isEmpty(), 10000);
        const QString userId = m_pane->prediction()->userEmails().cbegin().key();

        m_monitor->pipeline()->ingest({answeredCall(userId)});
        QTRY_COMPARE(m_pane->eventModel()->rowCount(), 1);
        QTRY_COMPARE(m_pane->eventModel()->index(0, EventTableModel::PredictedColumn).data().toString(),
                     QStringLiteral("Zoom call / Busy_On_Call"));
    }

    void choosingTheActiveRuleInTheEditorReachesTheMonitor()
    {
        QVERIFY(m_setup->createProfile(QStringLiteral("Editor")).ok());
        SessionClients clients(m_setup->session());
        PresenceRuleEditor editor(&clients);
        // As MainWindow wires them.
        connect(&editor, &PresenceRuleEditor::activeRuleChanged, m_pane.get(), &MonitorPane::setPresenceRule);
        const QString path = m_dir->filePath(QStringLiteral("rule.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PresenceRules::toJson(sandboxRule()));
        file.close();
        QVERIFY(editor.importFile(path).ok());
        QVERIFY(!m_pane->prediction()->hasRule()); // imported, not active yet

        auto* active = editor.findChild<QComboBox*>(QStringLiteral("activePresenceRuleCombo"));
        QVERIFY(active);
        const int index = active->findData(sandboxRule().name);
        QVERIFY(index > 0);
        active->setCurrentIndex(index);
        emit active->activated(index); // what picking it with the mouse emits
        QVERIFY(m_pane->prediction()->hasRule());
        QCOMPARE(*m_pane->prediction()->rule(), sandboxRule());

        active->setCurrentIndex(0); // "None"
        emit active->activated(0);
        QVERIFY(!m_pane->prediction()->hasRule());
    }

    void theSimulatorFollowsTheLiveMonitor()
    {
        PresenceSimulatorPane simulator;
        simulator.followMonitor(m_monitor.get());
        simulator.setRule(sandboxRule());
        auto* follow = simulator.findChild<QCheckBox*>(QStringLiteral("simulatorFollowLiveCheck"));
        QVERIFY(follow && follow->isEnabled());
        QVERIFY(follow->toolTip().contains(QLocale().toString(PresenceSimulatorPane::kMaxSteps)));
        follow->click();
        QVERIFY(simulator.isFollowingLive());
        simulator.show();

        startSandboxFeed();
        QTRY_VERIFY_WITH_TIMEOUT(simulator.stepCount() >= 5, 20000);
        auto* steps = simulator.findChild<QTableWidget*>(QStringLiteral("simulatorStepsTable"));
        QCOMPARE(steps->rowCount(), simulator.stepCount());
        bool predicted = false;
        for (int r = 0; r < steps->rowCount(); ++r)
            predicted |= !steps->item(r, PresenceSimulatorPane::AcdColumn)->text().isEmpty();
        QVERIFY(predicted);
        QTest::mouseClick(m_pane->findChild<QPushButton*>(QStringLiteral("webhookStartButton")),
                          Qt::LeftButton);

        // A burst larger than the bound: the newest steps stay, numbered on.
        MonitoredEventBatch burst;
        for (int i = 0; i < PresenceSimulatorPane::kMaxSteps + 500; ++i)
            burst.append(presenceEvent(QStringLiteral("b%1").arg(i % 7),
                                       QStringLiteral("b%1@x.com").arg(i % 7),
                                       i % 2 ? QStringLiteral("Away") : QStringLiteral("Available")));
        m_monitor->pipeline()->ingest(burst);
        QTRY_VERIFY_WITH_TIMEOUT(simulator.droppedSteps() > 0, 10000);
        QTRY_COMPARE(simulator.stepCount(), PresenceSimulatorPane::kMaxSteps);
        QCOMPARE(steps->rowCount(), PresenceSimulatorPane::kMaxSteps);
        QCOMPARE(steps->item(steps->rowCount() - 1, PresenceSimulatorPane::SeqColumn)->text().toLongLong(),
                 simulator.droppedSteps() + PresenceSimulatorPane::kMaxSteps);

        // Unticked: no more steps.
        follow->click();
        const int before = simulator.stepCount();
        const qint64 droppedBefore = simulator.droppedSteps();
        m_monitor->pipeline()->ingest(
            {presenceEvent(QStringLiteral("b1"), QStringLiteral("b1@x.com"), QStringLiteral("Away"))});
        QTest::qWait(400);
        QCOMPARE(simulator.stepCount(), before);
        QCOMPARE(simulator.droppedSteps(), droppedBefore);
    }

private:
    void startSandboxFeed()
    {
        const Error e = m_setup->openSandbox();
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        auto* start = m_pane->findChild<QPushButton*>(QStringLiteral("webhookStartButton"));
        QVERIFY(start && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->webhookState(), MonitorController::SourceState::Running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->eventModel()->rowCount() >= 10, 15000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_setup;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<MonitorPane> m_pane;
};

QTEST_MAIN(TestMonitorPredict)
#include "tst_monitor_predict.moc"
