// The monitor's prediction (issue 8 §6): every held presence and phone event gets the ACD state
// and Salesforce status the active rule predicts, per agent the current states; a rule change
// replays the held events (in slices) and an unmapped value is reported as such.
#include "presence/PresencePrediction.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace syncdesk;

namespace {

const QString kAnna = QStringLiteral("anna.lehmann@example.com");
const QString kBen = QStringLiteral("ben.okafor@example.com");

PresenceRule rule()
{
    PresenceRule r;
    r.name = QStringLiteral("EU agents");
    r.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                   {QStringLiteral("Away"), QStringLiteral("Away_SF")},
                   {QStringLiteral("Zoom call"), QStringLiteral("Busy_On_Call")}};
    r.subscriber = {{QStringLiteral("Available_for_Chats"), QStringLiteral("Available")}};
    r.zoom = {{QStringLiteral("Away"), {}, QStringLiteral("Away")},
              {QStringLiteral("Available"), {}, QStringLiteral("Available")},
              {{}, QStringLiteral("connected"), QStringLiteral("Zoom call")},
              {{}, QStringLiteral("ended"), QStringLiteral("previous")}};
    r.users = {kAnna};
    return r;
}

quint64 presence(EventStore& store, const QString& email, PresenceState p)
{
    ZoomEvent e;
    e.type = ZoomEventType::UserPresenceStatusUpdated;
    e.name = QStringLiteral("user.presence_status_updated");
    e.userId = email.left(4);
    e.email = email;
    e.presence = p;
    e.valid = true;
    return store.append(RawEvent{}, e);
}

quint64 phone(EventStore& store, const QString& userId, CallState c)
{
    ZoomEvent e;
    e.type = c == CallState::Connected ? ZoomEventType::PhoneCalleeAnswered : ZoomEventType::PhoneCalleeEnded;
    e.name = c == CallState::Connected ? QStringLiteral("phone.callee_answered")
                                       : QStringLiteral("phone.callee_ended");
    e.userId = userId;
    e.callState = c;
    e.valid = true;
    return store.append(RawEvent{}, e);
}

} // namespace

class TestPresencePrediction : public QObject
{
    Q_OBJECT
private slots:
    void aCallInterruptsAwayAndRestoresIt()
    {
        EventStore store;
        PresencePrediction prediction(&store);
        prediction.setSliceMs(0);
        prediction.setRule(rule());
        const quint64 away = presence(store, kAnna, PresenceState::Away);
        const quint64 call = phone(store, kAnna.left(4), CallState::Connected);
        const quint64 ended = phone(store, kAnna.left(4), CallState::Ended);

        EventPrediction p = prediction.prediction(away);
        QCOMPARE(p.status, EventPrediction::Status::Agent);
        QCOMPARE(p.acd, QStringLiteral("Away"));
        QCOMPARE(p.salesforce, QStringLiteral("Away_SF"));
        p = prediction.prediction(call);
        QCOMPARE(p.acd, QStringLiteral("Zoom call"));
        QCOMPARE(p.salesforce, QStringLiteral("Busy_On_Call"));
        p = prediction.prediction(ended);
        QCOMPARE(p.acd, QStringLiteral("Away"));
        QCOMPARE(p.salesforce, QStringLiteral("Away_SF"));
        QCOMPARE(p.note, PresenceSimNote::PreviousRestored);

        const auto agent = prediction.agent(kAnna.toUpper());
        QVERIFY(agent);
        QCOMPARE(agent->acd, QStringLiteral("Away"));
        QCOMPARE(agent->salesforce, QStringLiteral("Away_SF"));
    }

    void aCallBeforeAnyPresenceEventIsPredictedOnceTheUserIsKnown()
    {
        // The user list (Zoom account) arrives after the call is held: the held events are replayed.
        EventStore store;
        PresencePrediction prediction(&store);
        prediction.setSliceMs(0);
        prediction.setRule(rule());
        const quint64 call = phone(store, QStringLiteral("zoomid-anna"), CallState::Connected);
        QCOMPARE(prediction.prediction(call).status, EventPrediction::Status::NotAgent); // nobody known
        QVERIFY(!prediction.agent(kAnna));

        QSignalSpy recomputed(&prediction, &PresencePrediction::recomputed);
        // Zoom's user list has the address as typed by the admin; agents are matched case-insensitively.
        prediction.setUserEmails(
            {{QStringLiteral("zoomid-anna"), QStringLiteral("Anna.Lehmann@Example.com")}});
        QCOMPARE(recomputed.count(), 1);
        EventPrediction p = prediction.prediction(call);
        QCOMPARE(p.status, EventPrediction::Status::Agent);
        QCOMPARE(p.acd, QStringLiteral("Zoom call"));
        QCOMPARE(p.salesforce, QStringLiteral("Busy_On_Call"));
        QCOMPARE(prediction.agent(kAnna)->acd, QStringLiteral("Zoom call"));

        // The same list again changes nothing (no replay); a rule change keeps the users.
        prediction.setUserEmails(
            {{QStringLiteral("zoomid-anna"), QStringLiteral("Anna.Lehmann@Example.com")}});
        QCOMPARE(recomputed.count(), 1);
        PresenceRule other = rule();
        other.name = QStringLiteral("EU agents 2");
        prediction.setRule(other);
        const quint64 ended = phone(store, QStringLiteral("zoomid-anna"), CallState::Ended);
        QCOMPARE(prediction.prediction(call).acd, QStringLiteral("Zoom call"));
        QCOMPARE(prediction.prediction(ended).acd, QStringLiteral("Available"));
        QCOMPARE(prediction.prediction(ended).note, PresenceSimNote::PreviousRestored);
    }

    void someoneOutsideTheRuleIsNoAgent()
    {
        EventStore store;
        PresencePrediction prediction(&store);
        prediction.setRule(rule());
        const quint64 ben = presence(store, kBen, PresenceState::Away);
        QCOMPARE(prediction.prediction(ben).status, EventPrediction::Status::NotAgent);
        QVERIFY(!prediction.agent(kBen));
    }

    void anUnmappedPresenceIsReported()
    {
        EventStore store;
        PresencePrediction prediction(&store);
        prediction.setRule(rule());
        const quint64 dnd = presence(store, kAnna, PresenceState::DoNotDisturb); // no Zoom row
        const EventPrediction p = prediction.prediction(dnd);
        QCOMPARE(p.note, PresenceSimNote::Unmapped);
        QCOMPARE(p.acd, QStringLiteral("Available")); // unchanged
        QVERIFY(!p.acdChanged);
    }

    void aRuleChangeRecomputesTheHeldEventsInSlices()
    {
        EventStore store;
        PresencePrediction prediction(&store);
        // Events held before any rule: nothing predicted.
        QList<quint64> seqs;
        for (int i = 0; i < 20000; ++i)
            seqs.append(presence(store, kAnna, i % 2 ? PresenceState::Away : PresenceState::DoNotDisturb));
        QCOMPARE(prediction.prediction(seqs.last()).status, EventPrediction::Status::None);

        QSignalSpy recomputed(&prediction, &PresencePrediction::recomputed);
        prediction.setSliceMs(1);
        prediction.setRule(rule());
        QVERIFY(prediction.isRecomputing()); // not done in one go: the GUI keeps running
        QVERIFY(recomputed.wait(10000));
        QVERIFY(!prediction.isRecomputing());
        QCOMPARE(prediction.prediction(seqs.last()).acd, QStringLiteral("Away"));
        QCOMPARE(prediction.prediction(seqs.first()).note, PresenceSimNote::Unmapped);

        // The edited rule maps Do not disturb: the same events now predict Meeting.
        PresenceRule edited = rule();
        edited.zoom.append({QStringLiteral("Do_Not_Disturb"), {}, QStringLiteral("Meeting")});
        edited.publisher.append({QStringLiteral("Meeting"), QStringLiteral("Busy_Meeting")});
        prediction.setSliceMs(0);
        prediction.setRule(edited);
        const EventPrediction first = prediction.prediction(seqs.first());
        QCOMPARE(first.acd, QStringLiteral("Meeting"));
        QCOMPARE(first.salesforce, QStringLiteral("Busy_Meeting"));
        QCOMPARE(first.note, PresenceSimNote::None);

        // No rule: nothing predicted, no agent.
        prediction.setRule(std::nullopt);
        QCOMPARE(prediction.prediction(seqs.first()).status, EventPrediction::Status::None);
        QVERIFY(!prediction.agent(kAnna));
    }

    void evictedEventsLeaveNoPrediction()
    {
        EventStore store(1000);
        PresencePrediction prediction(&store);
        prediction.setRule(rule());
        quint64 last = 0;
        for (int i = 0; i < 2500; ++i)
            last = presence(store, kAnna, PresenceState::Away);
        QCOMPARE(prediction.prediction(last).acd, QStringLiteral("Away"));
        QCOMPARE(prediction.prediction(store.firstSeq() - 1).status, EventPrediction::Status::None);
        QVERIFY(prediction.approximateMemoryBytes() <= 1000 * 6);
    }

    void activeRuleIsTheProfilesNamedRule()
    {
        QJsonArray rules{PresenceRules::toJsonObject(rule())};
        QVERIFY(!PresencePrediction::activeRule(rules, QString()));
        QVERIFY(!PresencePrediction::activeRule(rules, QStringLiteral("Other")));
        QCOMPARE(PresencePrediction::activeRule(rules, QStringLiteral("EU agents")), rule());
    }
};

QTEST_GUILESS_MAIN(TestPresencePrediction)
#include "tst_presenceprediction.moc"
