// The presence simulator predicts what an agent sees in the ACD and in Salesforce after each event,
// per issue 8 §6: a call interrupting Away and `previous` restoring it, Salesforce-driven changes,
// unmapped statuses with and without skip validation, and setting the same state being no change.
#include "presence/PresenceSimulator.h"

#include <QTest>

using namespace syncdesk;

namespace {

const QByteArray kLine0 =
    "{\"event\": \"salesforce.presence_changed\", \"email\": \"a@x.com\", \"status\": \"Away_SF\"}";
const QByteArray kLine1 =
    "{\"received_at\":\"2024-01-01T10:00:00.000Z\",\"source\":\"webhook\",\"verification\":\"signature_"
    "valid\",\"headers\":{},\"body\":\"{\\\"event\\\":\\\"user.presence_status_updated\\\",\\\"event_ts\\\":"
    "1,\\\"payload\\\":{\\\"account_id\\\":\\\"A\\\",\\\"object\\\":{\\\"id\\\":\\\"u1\\\",\\\"email\\\":"
    "\\\"a@x.com\\\",\\\"presence_status\\\":\\\"Do_Not_Disturb\\\"}}}\"}";
const QByteArray kLine2 =
    "{\"received_at\":\"2024-01-01T10:00:00.000Z\",\"source\":\"webhook\",\"event\":\"phone.callee_"
    "answered\",\"user_id\":\"u1\",\"payload\":{\"account_id\":\"A\",\"object\":{\"call_id\":\"c1\","
    "\"caller\":{\"phone_number\":\"+1555\"},\"callee\":{\"user_id\":\"u1\",\"extension_type\":\"user\"}}}}";
const QByteArray kLine3 = "{\"event\":\"user.signed_in\",\"payload\":{\"object\":{\"email\":\"a@x.com\"}}}";
const QByteArray kLine4 = "{\"event\": \"salesforce.presence_changed\"}";
const QString kAnna = QStringLiteral("anna.lehmann@example.com");

PresenceRule rule(bool skip = false)
{
    PresenceRule r;
    r.name = QStringLiteral("EU agents");
    r.skipUnavailableValidation = skip;
    r.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                   {QStringLiteral("Away"), QStringLiteral("Away_SF")},
                   {QStringLiteral("Zoom call"), QStringLiteral("Busy_On_Call")},
                   {QStringLiteral("Unavailable"), QStringLiteral("Offline_SF")}};
    r.subscriber = {{QStringLiteral("Available_for_Chats"), QStringLiteral("Available")},
                    {QStringLiteral("Away_SF"), QStringLiteral("Away")},
                    {QStringLiteral("Busy_On_Case"), QStringLiteral("previous")},
                    {QStringLiteral("Meeting_SF"), QStringLiteral("Meeting")}};
    r.zoom = {{QStringLiteral("Away"), {}, QStringLiteral("Away")},
              {QStringLiteral("Available"), {}, QStringLiteral("Available")},
              {QStringLiteral("Do not disturb"), {}, QStringLiteral("Meeting")}, // REST spelling
              {{}, QStringLiteral("connected"), QStringLiteral("Zoom call")},
              {{}, QStringLiteral("ended"), QStringLiteral("previous")}};
    r.users = {kAnna};
    return r;
}

PresenceSimInput presence(const QString& email, PresenceState p, const QString& raw, const QString& id = {})
{
    PresenceSimInput in;
    in.kind = PresenceSimInput::Kind::ZoomPresence;
    in.event = QStringLiteral("user.presence_status_updated");
    in.email = email;
    in.userId = id;
    in.presence = p;
    in.presenceRaw = raw;
    return in;
}

PresenceSimInput phone(const QString& userId, CallState c)
{
    PresenceSimInput in;
    in.kind = PresenceSimInput::Kind::ZoomPhone;
    in.event = c == CallState::Connected ? QStringLiteral("phone.callee_answered")
                                         : QStringLiteral("phone.callee_ended");
    in.userId = userId;
    in.call = c;
    return in;
}

} // namespace

class TestPresenceSimulator : public QObject
{
    Q_OBJECT
private slots:
    void startsAvailableWithThePublishersStatus()
    {
        PresenceSimulator sim(rule());
        const PresenceSimStep s =
            sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Available_for_Chats")));
        QVERIFY(s.isAgent);
        QCOMPARE(s.acd, QStringLiteral("Available"));
        QCOMPARE(s.salesforce, QStringLiteral("Available_for_Chats"));
        QVERIFY(!s.acdChanged); // same state: no change
        QCOMPARE(s.note, PresenceSimNote::None);
    }

    void callInterruptsAwayAndPreviousRestoresIt()
    {
        PresenceSimulator sim(rule());
        PresenceSimStep s =
            sim.apply(presence(kAnna, PresenceState::Away, QStringLiteral("Away"), QStringLiteral("u1")));
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QCOMPARE(s.salesforce, QStringLiteral("Away_SF"));

        // The phone event names Anna only by Zoom user ID, learnt from her presence event.
        s = sim.apply(phone(QStringLiteral("u1"), CallState::Connected));
        QCOMPARE(s.email, kAnna);
        QCOMPARE(s.acd, QStringLiteral("Zoom call"));
        QCOMPARE(s.salesforce, QStringLiteral("Busy_On_Call"));
        QCOMPARE(s.note, PresenceSimNote::None);

        s = sim.apply(phone(QStringLiteral("u1"), CallState::Ended));
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QCOMPARE(s.salesforce, QStringLiteral("Away_SF"));
        QCOMPARE(s.note, PresenceSimNote::PreviousRestored);
        QVERIFY(s.acdChanged);
    }

    void anEmailDifferingInCaseIsTheSameAgentAcrossSystems()
    {
        // Users are matched across Zoom and Salesforce by e-mail; Zoom keeps the case the admin typed.
        PresenceRule r = rule();
        r.users = {QStringLiteral("Anna.Lehmann@example.com")};
        PresenceSimulator sim(r);
        PresenceSimStep s = sim.apply(presence(QStringLiteral("ANNA.LEHMANN@Example.COM"),
                                               PresenceState::Away, QStringLiteral("Away")));
        QVERIFY(s.isAgent);
        QCOMPARE(s.email, kAnna);
        QCOMPARE(s.acd, QStringLiteral("Away"));
        // Salesforce's lower-case address moves the same agent back (a second agent would already be
        // Available and see no change).
        s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Available_for_Chats")));
        QVERIFY(s.isAgent);
        QVERIFY(s.acdChanged);
        QCOMPARE(s.acd, QStringLiteral("Available"));
        QCOMPARE(sim.agentEmails(), QStringList{kAnna});
    }

    void aCallOfAUserKnownFromTheUserListIsPredicted()
    {
        PresenceSimulator sim(rule());
        PresenceSimStep s = sim.apply(phone(QStringLiteral("u9"), CallState::Connected));
        QVERIFY(!s.isAgent);
        QVERIFY(s.email.isEmpty());
        sim.learnUser(QStringLiteral("u9"), QStringLiteral("Anna.Lehmann@Example.com"));
        s = sim.apply(phone(QStringLiteral("u9"), CallState::Connected));
        QVERIFY(s.isAgent);
        QCOMPARE(s.email, kAnna);
        QCOMPARE(s.acd, QStringLiteral("Zoom call"));
        QCOMPARE(s.salesforce, QStringLiteral("Busy_On_Call"));
    }

    void salesforceDrivesTheAcd()
    {
        PresenceSimulator sim(rule());
        PresenceSimStep s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Away_SF")));
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QCOMPARE(s.salesforce, QStringLiteral("Away_SF"));
        QVERIFY(s.acdChanged);
        s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Available_for_Chats")));
        QCOMPARE(s.acd, QStringLiteral("Available"));
        // Busy_On_Case → previous: back to Away, and the publisher sets Salesforce to Away_SF.
        s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Busy_On_Case")));
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QCOMPARE(s.salesforce, QStringLiteral("Away_SF"));
        QCOMPARE(s.note, PresenceSimNote::PreviousRestored);
    }

    void acdStateWithoutPublisherRowLeavesSalesforce()
    {
        PresenceSimulator sim(rule());
        const PresenceSimStep s =
            sim.apply(presence(kAnna, PresenceState::DoNotDisturb, QStringLiteral("Do_Not_Disturb")));
        QCOMPARE(s.acd, QStringLiteral("Meeting")); // webhook spelling matches the REST row
        QCOMPARE(s.salesforce, QStringLiteral("Available_for_Chats"));
        QVERIFY(s.noPublisherRow);
        QCOMPARE(s.note, PresenceSimNote::Unmapped);
    }

    void unmappedStatusWithoutSkipLeavesTheAcd()
    {
        PresenceSimulator sim(rule(false));
        sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Away_SF")));
        const PresenceSimStep s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Lunch_SF")));
        QCOMPARE(s.note, PresenceSimNote::Unmapped);
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QVERIFY(!s.acdChanged);
        QCOMPARE(s.salesforce, QStringLiteral("Lunch_SF")); // what Salesforce shows
    }

    void unmappedStatusWithSkipFallsBackToUnavailable()
    {
        PresenceSimulator sim(rule(true));
        const PresenceSimStep s = sim.apply(PresenceSimInput::salesforce(kAnna, QStringLiteral("Lunch_SF")));
        QCOMPARE(s.note, PresenceSimNote::UnavailableFallback);
        QCOMPARE(s.acd, QStringLiteral("Unavailable"));
        QCOMPARE(s.salesforce, QStringLiteral("Offline_SF"));
    }

    void unmappedZoomPresenceChangesNothing()
    {
        PresenceSimulator sim(rule());
        sim.apply(presence(kAnna, PresenceState::Away, QStringLiteral("Away")));
        const PresenceSimStep s =
            sim.apply(presence(kAnna, PresenceState::InMeeting, QStringLiteral("In_Meeting")));
        QCOMPARE(s.note, PresenceSimNote::Unmapped);
        QCOMPARE(s.acd, QStringLiteral("Away"));
        QCOMPARE(s.salesforce, QStringLiteral("Away_SF"));
    }

    void sameStateIsNoChangeAndKeepsPrevious()
    {
        PresenceSimulator sim(rule());
        sim.apply(presence(kAnna, PresenceState::Away, QStringLiteral("Away"), QStringLiteral("u1")));
        sim.apply(phone(QStringLiteral("u1"), CallState::Connected));
        // Connected again (the other side of an internal call): no change, previous stays Away.
        PresenceSimStep s = sim.apply(phone(QStringLiteral("u1"), CallState::Connected));
        QVERIFY(!s.acdChanged);
        QCOMPARE(s.note, PresenceSimNote::None);
        QCOMPARE(s.acd, QStringLiteral("Zoom call"));
        s = sim.apply(phone(QStringLiteral("u1"), CallState::Ended));
        QCOMPARE(s.acd, QStringLiteral("Away"));
    }

    void otherPeopleAndEventsAreNotAgents()
    {
        PresenceSimulator sim(rule());
        PresenceSimStep s = sim.apply(
            presence(QStringLiteral("bob@example.com"), PresenceState::Away, QStringLiteral("Away")));
        QCOMPARE(s.email, QStringLiteral("bob@example.com"));
        QVERIFY(!s.isAgent);
        QVERIFY(s.acd.isEmpty());
        QVERIFY(!sim.agent(QStringLiteral("bob@example.com")));
        s = sim.apply(phone(QStringLiteral("unknown-id"), CallState::Connected));
        QVERIFY(s.email.isEmpty());
        QVERIFY(!s.isAgent);

        // A rule assigned to teams: team membership is unknown to an event stream, so everyone counts
        // unless the members are given.
        PresenceRule teams = rule();
        teams.teams = {QStringLiteral("Team EU")};
        PresenceSimulator byTeam(teams);
        QVERIFY(byTeam.isAgent(QStringLiteral("bob@example.com")));
        byTeam.setTeamMembers({QStringLiteral("Carla@Example.com")});
        QVERIFY(!byTeam.isAgent(QStringLiteral("bob@example.com")));
        QVERIFY(byTeam.isAgent(QStringLiteral("carla@example.com")));
        QVERIFY(byTeam.isAgent(kAnna.toUpper()));
    }

    void linesOfEveryKindAreRead()
    {
        PresenceSimInput in;
        QString error;
        QVERIFY(PresenceSimulator::inputFromLine(kLine0, &in, &error));
        QCOMPARE(in.kind, PresenceSimInput::Kind::SalesforceStatus);
        QCOMPARE(in.salesforceStatus, QStringLiteral("Away_SF"));

        // A capture line: the body as received, a JSON string.
        QVERIFY(PresenceSimulator::inputFromLine(kLine1, &in, &error));
        QCOMPARE(in.kind, PresenceSimInput::Kind::ZoomPresence);
        QCOMPARE(in.presence, PresenceState::DoNotDisturb);
        QCOMPARE(in.email, QStringLiteral("a@x.com"));

        // A `syncdeskctl monitor` line: the payload as an object.
        QVERIFY(PresenceSimulator::inputFromLine(kLine2, &in, &error));
        QCOMPARE(in.kind, PresenceSimInput::Kind::ZoomPhone);
        QCOMPARE(in.call, CallState::Connected);
        QCOMPARE(in.userId, QStringLiteral("u1"));

        QVERIFY(PresenceSimulator::inputFromLine(kLine3, &in, &error));
        QCOMPARE(in.kind, PresenceSimInput::Kind::Other);
        QVERIFY(!PresenceSimulator::inputFromLine("not json", &in, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PresenceSimulator::inputFromLine(kLine4, &in, &error));
    }
};

QTEST_GUILESS_MAIN(TestPresenceSimulator)
#include "tst_presencesimulator.moc"
