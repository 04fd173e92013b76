#include "common/JsonWriter.h"
#include "zoom/ZoomEvent.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace syncdesk;

namespace {

QByteArray bytes(const char* s)
{
    return QByteArray(s);
}

// The user.* examples exactly as Zoom's users/events OpenAPI publishes them (pretty-printed, with
// the "date-time" key and the string login_type they really contain).
const char* const kUserDeleted = R"({
  "event": "user.deleted",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "operator": "admin@example.com",
    "operator_id": "z8yCxjabcdEFGHfp8uQ",
    "object": {
      "id": "abcD3ojfdbjfg",
      "first_name": "Jill",
      "last_name": "Chill",
      "email": "jchill@example.com",
      "type": 1
    }
  }
})";

const char* const kUserCreated = R"({
  "event": "user.created",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "operator": "admin@example.com",
    "operator_id": "z8yCxjabcdEFGHfp8uQ",
    "creation_type": "create",
    "object": {
      "id": "abcD3ojfdbjfg",
      "first_name": "Jill",
      "last_name": "Chill",
      "display_name": "Jill Chill",
      "email": "jchill@example.com",
      "type": 3
    }
  }
})";

const char* const kUserUpdated = R"({
  "event": "user.updated",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "operator": "admin@example.com",
    "operator_id": "eUblMKLnTMKX0pVvNAlA0Q",
    "time_stamp": 1626230691572,
    "old_object": {
      "email": "xxxxxx.old@zoom.us",
      "id": "abcD3ojfdbjfg"
    },
    "object": {
      "email": "xxxxxx@zoom.us",
      "id": "eUblMKLnTMKX0pVvNAlA0Q"
    }
  }
})";

const char* const kSettingsUpdated = R"({
  "event": "user.settings_updated",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "McvRaRa6RN7gbIdYCSw-Dw",
    "time_stamp": 1626230691572,
    "operator": "admin@example.com",
    "operator_id": "eUblMKLnTMKX0pVvNAlA0Q",
    "object": {
      "id": "eUblMKLnTMKX0pVvNAlA0Q",
      "settings": {
        "in_meeting": {
          "custom_live_streaming_service": true
        }
      }
    },
    "old_object": {
      "id": "eUulMKLnTMKX0pVvMAlB0Q",
      "settings": {
        "in_meeting": {
          "custom_live_streaming_service": false
        }
      }
    }
  }
})";

const char* const kSignedIn = R"({
  "event": "user.signed_in",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "object": {
      "id": "abcD3ojfdbjfg",
      "client_type": "android",
      "date_time": "2021-07-26T20:13:57Z",
      "email": "jchill@example.com",
      "version": "5.7.4.1585",
      "login_type": "100"
    }
  }
})";

const char* const kPresence = R"({
  "event": "user.presence_status_updated",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "object": {
      "date-time": "2019-11-26T20:13:57Z",
      "email": "jchill@example.com",
      "id": "abcD3ojfdbjfg",
      "presence_status": "Away",
      "app" : {
        "type" : "mobile",
        "presence_status": "Offline"
	  }
    }
  }
})";

const char* const kPersonalNotes = R"({
  "event": "user.personal_notes_updated",
  "event_ts": 1626230691572,
  "payload": {
    "account_id": "AAAAAABBBB",
    "object": {
      "id": "abcD3ojfdbjfg",
      "email": "jchill@example.com",
      "date_time": "",
      "personal_notes": "New note."
    },
    "old_object": {
      "personal_notes": "Old note."
    }
  }
})";

// Phone events: shapes from Zoom's RIVET typings (reference §6).
// Templates with %KEY% placeholders: moc's lexer cannot follow raw strings split around an odd
// number of quotes, so every literal is one whole JSON document.
QByteArray subst(QByteArray tpl, std::initializer_list<std::pair<const char*, QByteArray>> values)
{
    for (const auto& [key, value] : values)
        tpl.replace(key, value);
    return tpl;
}

QByteArray phoneEvent(const char* name, const char* caller, const char* callee, const char* extra = "")
{
    return subst(
        R"({"event":"%N%","event_ts":1700000000000,"payload":{"account_id":"ACCT","object":{"call_id":"7312345678901234567","caller":%CALLER%,"callee":%CALLEE%,"ringing_start_time":"2024-01-01T10:00:00Z","connected_start_time":"2024-01-01T10:00:05Z"%EXTRA%}}})",
        {{"%N%", name}, {"%CALLER%", caller}, {"%CALLEE%", callee}, {"%EXTRA%", extra}});
}

const char* const kAgentA =
    R"({"extension_id":"ext1","extension_type":"user","user_id":"u1","name":"Agent A","phone_number":"+15550100","extension_number":1001,"timezone":"America/New_York","device_type":"Windows_Client","connection_type":"voip"})";
const char* const kAgentB =
    R"({"extension_id":"ext2","extension_type":"User","user_id":"u2","name":"Agent B","extension_number":"1002","connection_type":"voip"})";
const char* const kCustomer =
    R"({"name":"Customer","phone_number":"+15550199","connection_type":"pstn_off_net"})";

QByteArray ccEvent(const char* name, const char* object)
{
    return subst(R"({"event":"%N%","event_ts":1700000000123,"payload":{"account_id":"ACCT","object":%O%}})",
                 {{"%N%", name}, {"%O%", object}});
}

} // namespace

class TestZoomEvent : public QObject
{
    Q_OBJECT
private slots:
    void directorySyncEventsFromZoomsExamples_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("summaryPart");

        const QString id = QStringLiteral("abcD3ojfdbjfg");
        const QString mail = QStringLiteral("jchill@example.com");
        const QString jill = QStringLiteral("Jill Chill");
        QTest::newRow("created") << bytes(kUserCreated) << int(ZoomEventType::UserCreated) << id << mail
                                 << jill << QStringLiteral("create · operator: admin@example.com");
        QTest::newRow("deleted") << bytes(kUserDeleted) << int(ZoomEventType::UserDeleted) << id << mail
                                 << jill << QStringLiteral("operator: admin@example.com");
        for (const char* name :
             {"user.disassociated", "user.activated", "user.deactivated", "user.invitation_accepted"}) {
            QByteArray json = bytes(kUserDeleted).replace("user.deleted", name);
            QTest::newRow(name) << json << int(ZoomEventParser::typeFromName(QString::fromLatin1(name))) << id
                                << mail << jill << QString();
        }
        QTest::newRow("updated") << bytes(kUserUpdated) << int(ZoomEventType::UserUpdated)
                                 << QStringLiteral("eUblMKLnTMKX0pVvNAlA0Q")
                                 << QStringLiteral("xxxxxx@zoom.us") << QString()
                                 << QStringLiteral("email: xxxxxx.old@zoom.us → xxxxxx@zoom.us");
        QTest::newRow("settings_updated")
            << bytes(kSettingsUpdated) << int(ZoomEventType::UserSettingsUpdated)
            << QStringLiteral("eUblMKLnTMKX0pVvNAlA0Q") << QString() << QString()
            << QStringLiteral("settings.in_meeting.custom_live_streaming_service: false → true");
        QTest::newRow("signed_in") << bytes(kSignedIn) << int(ZoomEventType::UserSignedIn) << id << mail
                                   << QString() << QStringLiteral("android 5.7.4.1585");
        QTest::newRow("signed_out") << bytes(kSignedIn).replace("user.signed_in", "user.signed_out")
                                    << int(ZoomEventType::UserSignedOut) << id << mail << QString()
                                    << QStringLiteral("android 5.7.4.1585");
        QTest::newRow("presence") << bytes(kPresence) << int(ZoomEventType::UserPresenceStatusUpdated) << id
                                  << mail << QString() << QStringLiteral("Away · mobile: Offline");
        QTest::newRow("personal_notes")
            << bytes(kPersonalNotes) << int(ZoomEventType::UserPersonalNotesUpdated) << id << mail
            << QString() << QStringLiteral("Old note. → New note.");
    }
    void directorySyncEventsFromZoomsExamples()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        QFETCH(QString, userId);
        QFETCH(QString, email);
        QFETCH(QString, userName);
        QFETCH(QString, summaryPart);
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY2(e.valid, qPrintable(e.parseError));
        QCOMPARE(int(e.type), type);
        QCOMPARE(e.name, ZoomEventParser::typeName(ZoomEventType(type)));
        QCOMPARE(e.eventTsMs, 1626230691572LL);
        QVERIFY(e.accountId == u"AAAAAABBBB" || e.accountId == u"McvRaRa6RN7gbIdYCSw-Dw");
        QCOMPARE(e.userId, userId);
        QCOMPARE(e.email, email);
        QCOMPARE(e.userName, userName);
        QVERIFY2(e.summary.contains(summaryPart), qPrintable(e.summary));
        QCOMPARE(e.callState, CallState::None);
        QVERIFY(e.parseError.isEmpty());
    }

    void allTwelveDirectorySyncTypesAreDistinct()
    {
        QSet<int> types;
        for (const char* name :
             {"user.created", "user.disassociated", "user.deleted", "user.activated", "user.deactivated",
              "user.updated", "user.settings_updated", "user.invitation_accepted", "user.signed_in",
              "user.signed_out", "user.presence_status_updated", "user.personal_notes_updated"}) {
            const ZoomEventType t = ZoomEventParser::typeFromName(QString::fromLatin1(name));
            QVERIFY2(t != ZoomEventType::Unknown, name);
            types.insert(int(t));
        }
        QCOMPARE(types.size(), 12);
    }

    void presenceEventCarriesTheState()
    {
        const ZoomEvent e = ZoomEventParser::parse(bytes(kPresence));
        QCOMPARE(e.presence, PresenceState::Away);
        QCOMPARE(e.presenceRaw, QStringLiteral("Away"));
    }

    void presenceValuesFromWebhooksRestAndTypos_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("state");
        const QList<QPair<const char*, PresenceState>> cases = {
            {"Available", PresenceState::Available},
            {"Away", PresenceState::Away},
            {"Do_Not_Disturb", PresenceState::DoNotDisturb},
            {"Do_No_Disturb", PresenceState::DoNotDisturb}, // the REST spec's typo
            {"In_Meeting", PresenceState::InMeeting},
            {"In_A_Zoom_Meeting", PresenceState::InMeeting}, // REST name
            {"Presenting", PresenceState::Presenting},
            {"On_Phone_Call", PresenceState::OnPhoneCall},
            {"On_A_Call", PresenceState::OnPhoneCall}, // REST name
            {"In_Calendar_Event", PresenceState::InCalendarEvent},
            {"Out_of_Office", PresenceState::OutOfOffice},
            {"Busy", PresenceState::Busy},
            {"Mobile_signed_in", PresenceState::MobileSignedIn},
            {"Offline", PresenceState::Offline},
            {"available", PresenceState::Available}, // case differences
            {"DO_NOT_DISTURB", PresenceState::DoNotDisturb},
            {"Mobile_Signed_In", PresenceState::MobileSignedIn},
            {"out_of_office", PresenceState::OutOfOffice},
            {"Lunch_Break", PresenceState::Other},
            {"Abwesend – Mittag", PresenceState::Other},
            {"", PresenceState::None},
        };
        for (const auto& [value, state] : cases)
            QTest::newRow(value) << QString::fromUtf8(value) << int(state);
    }
    void presenceValuesFromWebhooksRestAndTypos()
    {
        QFETCH(QString, value);
        QFETCH(int, state);
        QCOMPARE(int(ZoomEventParser::presenceFromString(value)), state);
        // And through a whole event, keeping the value as sent.
        QByteArray json = bytes(kPresence);
        json.replace("\"presence_status\": \"Away\"", "\"presence_status\": \"" + value.toUtf8() + "\"");
        const ZoomEvent e = ZoomEventParser::parse(json);
        QCOMPARE(int(e.presence), state);
        QCOMPARE(e.presenceRaw, value);
    }

    void dateTimeAndDateDashTimeBothServeAsTheEventTime()
    {
        // Without event_ts, the object's time is used: Zoom's example spells it "date-time".
        QByteArray dash = bytes(kPresence);
        dash.replace("\"event_ts\": 1626230691572,", "");
        QCOMPARE(ZoomEventParser::parse(dash).eventTsMs,
                 QDateTime(QDate(2019, 11, 26), QTime(20, 13, 57), Qt::UTC).toMSecsSinceEpoch());
        QByteArray underscore = dash;
        underscore.replace("date-time", "date_time");
        QCOMPARE(ZoomEventParser::parse(underscore).eventTsMs,
                 QDateTime(QDate(2019, 11, 26), QTime(20, 13, 57), Qt::UTC).toMSecsSinceEpoch());
    }

    void numbersSentAsStrings()
    {
        QByteArray json = bytes(kSignedIn);
        json.replace("1626230691572", "\"1626230691572\"");
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY(e.valid);
        QCOMPARE(e.eventTsMs, 1626230691572LL);
        QCOMPARE(ZoomEventParser::parse(bytes(R"({"event":"x","event_ts":1.626230691572e12})")).eventTsMs,
                 1626230691572LL);
        QCOMPARE(ZoomEventParser::parse(bytes(R"({"event":"x","event_ts":" 1626230691572 "})")).eventTsMs,
                 1626230691572LL);
        // A relay that sends seconds instead of milliseconds.
        QCOMPARE(ZoomEventParser::parse(bytes(R"({"event":"x","event_ts":1626230691})")).eventTsMs,
                 1626230691000LL);
        QCOMPARE(ZoomEventParser::parse(bytes(R"({"event":"x","event_ts":"soon"})")).eventTsMs, 0LL);
    }

    void eventNamesMatchWhateverTheCase()
    {
        QByteArray json = bytes(kPresence);
        json.replace("user.presence_status_updated", "User.Presence_Status_Updated");
        const ZoomEvent e = ZoomEventParser::parse(json);
        QCOMPARE(e.type, ZoomEventType::UserPresenceStatusUpdated);
        QCOMPARE(e.name, QStringLiteral("User.Presence_Status_Updated")); // as sent
    }

    void outboundCallFromAnAgent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("callState");
        QTest::addColumn<QString>("summary");
        QTest::newRow("caller_connected")
            << phoneEvent("phone.caller_connected", kAgentA, kCustomer)
            << int(ZoomEventType::PhoneCallerConnected) << int(CallState::Connected)
            << QStringLiteral("Agent A (1001) → +15550199");
        QTest::newRow("callee_answered")
            << phoneEvent("phone.callee_answered", kAgentA, kCustomer,
                          R"(,"answer_start_time":"2024-01-01T10:00:07Z")")
            << int(ZoomEventType::PhoneCalleeAnswered) << int(CallState::Connected)
            << QStringLiteral("Agent A (1001) → +15550199");
        QTest::newRow("caller_ended")
            << phoneEvent("phone.caller_ended", kAgentA, kCustomer,
                          R"(,"call_end_time":"2024-01-01T10:03:00Z","handup_result":"Call connected")")
            << int(ZoomEventType::PhoneCallerEnded) << int(CallState::Ended)
            << QStringLiteral("Agent A (1001) → +15550199 · Call connected");
        QTest::newRow("callee_ended")
            << phoneEvent("phone.callee_ended", kAgentA, kCustomer) << int(ZoomEventType::PhoneCalleeEnded)
            << int(CallState::Ended) << QStringLiteral("Agent A (1001) → +15550199");
    }
    void outboundCallFromAnAgent()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        QFETCH(int, callState);
        QFETCH(QString, summary);
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY2(e.valid, qPrintable(e.parseError));
        QCOMPARE(int(e.type), type);
        QCOMPARE(int(e.callState), callState);
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.userName, QStringLiteral("Agent A"));
        QVERIFY(e.peerUserId.isEmpty()); // the customer is not one of ours
        QCOMPARE(e.callId, QStringLiteral("7312345678901234567"));
        QCOMPARE(e.accountId, QStringLiteral("ACCT"));
        QCOMPARE(e.eventTsMs, 1700000000000LL);
        QCOMPARE(e.summary, summary);
        QCOMPARE(e.presence, PresenceState::None);
    }

    // "Anrufer ist mit dem Angerufenen verbunden" (the seed): the outbound call is connected, as
    // callee_answered says for an inbound one. It was once shown as ringing.
    void callerConnectedIsTheConnectedState()
    {
        const ZoomEvent outbound =
            ZoomEventParser::parse(phoneEvent("phone.caller_connected", kAgentA, kCustomer));
        QCOMPARE(outbound.callState, CallState::Connected);
        const ZoomEvent inbound =
            ZoomEventParser::parse(phoneEvent("phone.callee_answered", kCustomer, kAgentB));
        QCOMPARE(inbound.callState, outbound.callState);
        const QString label = ZoomEventParser::typeLabel(ZoomEventType::PhoneCallerConnected);
        QCOMPARE(label, QStringLiteral("Caller connected"));
        QVERIFY(!label.contains(QLatin1String("ring"), Qt::CaseInsensitive));
        // Nothing the presence app subscribes to rings: Ringing is for caller/callee_ringing.
        for (const char* name :
             {"phone.caller_connected", "phone.callee_answered", "phone.caller_ended", "phone.callee_ended"})
            QVERIFY2(ZoomEventParser::parse(phoneEvent(name, kAgentA, kAgentB)).callState !=
                         CallState::Ringing,
                     name);
    }

    void inboundCallIsAboutTheCallee()
    {
        const ZoomEvent e = ZoomEventParser::parse(phoneEvent("phone.callee_answered", kCustomer, kAgentB));
        QCOMPARE(e.userId, QStringLiteral("u2"));
        QCOMPARE(e.userName, QStringLiteral("Agent B"));
        QVERIFY(e.peerUserId.isEmpty());
        QCOMPARE(e.summary, QStringLiteral("+15550199 → Agent B (1002)"));
    }

    void internalCallHasAPeer()
    {
        const ZoomEvent e = ZoomEventParser::parse(phoneEvent("phone.caller_connected", kAgentA, kAgentB));
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.peerUserId, QStringLiteral("u2"));
        QCOMPARE(e.summary, QStringLiteral("Agent A (1001) → Agent B (1002)"));
        // extension_type "user" alone (no user_id) still marks our side.
        const ZoomEvent noUserId = ZoomEventParser::parse(
            phoneEvent("phone.caller_connected",
                       R"({"extension_type":"user","name":"Desk","extension_number":1003})", kCustomer));
        QCOMPARE(noUserId.userName, QStringLiteral("Desk"));
        QCOMPARE(noUserId.summary, QStringLiteral("Desk (1003) → +15550199"));
    }

    void phoneEventWithoutEventTsUsesTheCallTimes()
    {
        QByteArray json = phoneEvent("phone.caller_connected", kAgentA, kCustomer);
        json.replace("\"event_ts\":1700000000000,", "");
        QCOMPARE(ZoomEventParser::parse(json).eventTsMs,
                 QDateTime(QDate(2024, 1, 1), QTime(10, 0, 5), Qt::UTC).toMSecsSinceEpoch());
    }

    void contactCenterEvents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::newRow("recording_completed")
            << ccEvent(
                   "contact_center.recording_completed",
                   R"({"engagement_id":"eng-1","recording_id":"rec-9","user_id":"cc-u1","user_email":"agent@example.com","download_url":"https:\/\/x\/y","channel":"voice","unknown_nested":{"a":[1,2,{"b":null}]}})")
            << int(ZoomEventType::CcRecordingCompleted);
        QTest::newRow("recording_transcript_completed")
            << ccEvent(
                   "contact_center.recording_transcript_completed",
                   R"({"engagement_id":"eng-1","recording_id":"rec-9","user_id":"cc-u1","user_email":"agent@example.com","transcript_url":"https:\/\/x\/t"})")
            << int(ZoomEventType::CcRecordingTranscriptCompleted);
        QTest::newRow("engagement_messaging_transcript_completed")
            << ccEvent(
                   "contact_center.engagement_messaging_transcript_completed",
                   R"({"engagement_id":"eng-1","user_id":"cc-u1","user_email":"agent@example.com","recording_id":"rec-9"})")
            << int(ZoomEventType::CcEngagementMessagingTranscriptCompleted);
        QTest::newRow("engagement_note_added")
            << ccEvent(
                   "contact_center.engagement_note_added",
                   R"({"engagement_id":"eng-1","note_id":"n1","recording_id":"rec-9","user_id":"cc-u1","user_email":"agent@example.com"})")
            << int(ZoomEventType::CcEngagementNoteAdded);
        QTest::newRow("engagement_disposition_added")
            << ccEvent(
                   "contact_center.engagement_disposition_added",
                   R"({"engagement_id":"eng-1","disposition_id":"d1","disposition_name":"Resolved","recording_id":"rec-9","user_id":"cc-u1","user_email":"agent@example.com"})")
            << int(ZoomEventType::CcEngagementDispositionAdded);
    }
    void contactCenterEvents()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY2(e.valid, qPrintable(e.parseError));
        QCOMPARE(int(e.type), type);
        QCOMPARE(e.userId, QStringLiteral("cc-u1"));
        QCOMPARE(e.email, QStringLiteral("agent@example.com"));
        QCOMPARE(e.summary, QStringLiteral("engagement_id: eng-1 · recording_id: rec-9"));
        QCOMPARE(e.eventTsMs, 1700000000123LL);
    }

    void urlValidationCarriesThePlainToken()
    {
        const ZoomEvent e = ZoomEventParser::parse(bytes(
            R"({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"})"));
        QVERIFY(e.valid);
        QCOMPARE(e.type, ZoomEventType::EndpointUrlValidation);
        QCOMPARE(e.plainToken, QStringLiteral("qgg8vlvZRS6UYooatFL8Aw"));
        QCOMPARE(e.eventTsMs, 1654503849680LL);
    }

    void unknownEventsAreKeptByName()
    {
        const ZoomEvent e = ZoomEventParser::parse(bytes(
            R"({"event":"meeting.started","event_ts":1700000000000,"payload":{"account_id":"A","object":{"id":"123","topic":"x"}}})"));
        QVERIFY(e.valid);
        QCOMPARE(e.type, ZoomEventType::Unknown);
        QCOMPARE(e.name, QStringLiteral("meeting.started"));
        QCOMPARE(e.accountId, QStringLiteral("A"));
        QCOMPARE(e.eventTsMs, 1700000000000LL);
        QVERIFY(e.userId.isEmpty()); // a meeting id is not a user
        // Only the envelope matters: no payload at all is still an event.
        const ZoomEvent bare = ZoomEventParser::parse(bytes(R"({"event":"chat_message.sent"})"));
        QVERIFY(bare.valid);
        QCOMPARE(bare.name, QStringLiteral("chat_message.sent"));
    }

    void invalidInputIsReportedNotGuessed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << bytes("event=user.created");
        QTest::newRow("truncated") << bytes(R"({"event":"user.created","payload":{"object":{"id":"a")");
        QTest::newRow("trailing garbage") << bytes(R"({"event":"user.created"} x)");
        QTest::newRow("array") << bytes(R"([{"event":"user.created"}])");
        QTest::newRow("string") << bytes(R"("user.created")");
        QTest::newRow("no event") << bytes(R"({"event_ts":1,"payload":{}})");
        QTest::newRow("event not a string") << bytes(R"({"event":42})");
        QTest::newRow("bad escape") << bytes(R"({"event":"a\qb"})");
        QTest::newRow("raw newline in string") << bytes("{\"event\":\"a\nb\"}");
        QTest::newRow("single quotes") << bytes("{'event':'user.created'}");
        QTest::newRow("leading zero") << bytes(R"({"event":"x","event_ts":0123})");
        QTest::newRow("too deep") << QByteArray(2000, '[') + QByteArray(2000, ']');
    }
    void invalidInputIsReportedNotGuessed()
    {
        QFETCH(QByteArray, json);
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY(!e.valid);
        QVERIFY(!e.parseError.isEmpty());
        QCOMPARE(e.type, ZoomEventType::Unknown);
    }

    void escapedStringsDecode()
    {
        const ZoomEvent e = ZoomEventParser::parse(bytes(
            R"({"event":"user.created","payload":{"object":{"id":"u\/1","first_name":"J\u00fcrgen","last_name":"\u5c71\u7530 \ud83d\ude00","email":"j\u0022q@example.com"}}})"));
        QVERIFY(e.valid);
        QCOMPARE(e.userId, QStringLiteral("u/1"));
        QCOMPARE(e.userName, QString::fromUtf8("Jürgen 山田 😀"));
        QCOMPARE(e.email, QStringLiteral("j\"q@example.com"));
        // Keys may be escaped too, and raw UTF-8 passes through.
        const ZoomEvent k = ZoomEventParser::parse(
            QByteArray(R"({"\u0065vent":"user.deleted","payload":{"object":{"first_name":"山田"}}})"));
        QCOMPARE(k.type, ZoomEventType::UserDeleted);
        QCOMPARE(k.userName, QString::fromUtf8("山田"));
    }

    void longNotesAreCutToOneLine()
    {
        const QByteArray note = "line one\\nline two " + QByteArray(500, 'x');
        const ZoomEvent e = ZoomEventParser::parse("{\"event\":\"user.personal_notes_updated\",\"payload\":{"
                                                   "\"object\":{\"id\":\"u\",\"personal_notes\":\"" +
                                                   note + "\"}}}");
        QVERIFY(e.summary.size() <= 200);
        QVERIFY(!e.summary.contains(u'\n'));
        QVERIFY(e.summary.startsWith(QStringLiteral("line one line two")));
        QVERIFY(e.summary.endsWith(QChar(0x2026)));
    }

    void jsonObjectOverloadAgrees()
    {
        const QList<QByteArray> samples = {
            bytes(kUserCreated),
            bytes(kUserUpdated),
            bytes(kSettingsUpdated),
            bytes(kSignedIn),
            bytes(kPresence),
            bytes(kPersonalNotes),
            phoneEvent("phone.caller_ended", kAgentA, kCustomer, R"(,"handup_result":"Call connected")"),
            phoneEvent("phone.caller_connected", kAgentA, kAgentB),
            ccEvent("contact_center.recording_completed",
                    R"({"engagement_id":"e","recording_id":"r","user_id":"u"})")};
        for (const QByteArray& json : samples) {
            const ZoomEvent a = ZoomEventParser::parse(json);
            const ZoomEvent b = ZoomEventParser::parse(QJsonDocument::fromJson(json).object());
            QCOMPARE(b.valid, a.valid);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.eventTsMs, a.eventTsMs);
            QCOMPARE(b.accountId, a.accountId);
            QCOMPARE(b.userId, a.userId);
            QCOMPARE(b.email, a.email);
            QCOMPARE(b.userName, a.userName);
            QCOMPARE(b.peerUserId, a.peerUserId);
            QCOMPARE(b.presence, a.presence);
            QCOMPARE(b.callState, a.callState);
            QCOMPARE(b.callId, a.callId);
            QCOMPARE(b.summary, a.summary);
        }
    }

    void namesAndLabelsCoverEveryType()
    {
        for (int i = 0; i < int(ZoomEventType::Count_); ++i) {
            const auto t = ZoomEventType(i);
            QVERIFY2(!ZoomEventParser::typeLabel(t).isEmpty(), qPrintable(QString::number(i)));
            const QString name = ZoomEventParser::typeName(t);
            if (t == ZoomEventType::Unknown || t == ZoomEventType::Gap) {
                QVERIFY(name.isEmpty());
            } else {
                QCOMPARE(ZoomEventParser::typeFromName(name), t);
                QCOMPARE(ZoomEventParser::typeFromName(name.toUpper()), t);
            }
        }
        QCOMPARE(ZoomEventParser::typeFromName(u"user.created.extra"), ZoomEventType::Unknown);
        for (int p = 1; p <= int(PresenceState::Other); ++p)
            QVERIFY(!ZoomEventParser::presenceLabel(PresenceState(p)).isEmpty());
        QVERIFY(ZoomEventParser::presenceLabel(PresenceState::None).isEmpty());
        QCOMPARE(ZoomEventParser::callStateLabel(CallState::Ringing), QStringLiteral("Ringing"));
        QVERIFY(!ZoomEventParser::callStateLabel(CallState::Ended).isEmpty());
    }

    // The parser (simdjson) must accept and refuse what QJsonDocument does for objects.
    void parserAgreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        const char* const cases[] = {
            "{}",
            "[]",
            "{\"a\":1}",
            "{\"a\":-0.5e+10}",
            "{\"a\":1e}",
            "{\"a\":-}",
            "{\"a\":01}",
            "{\"a\":.5}",
            "{\"a\":true,\"b\":false,\"c\":null}",
            "{\"a\":tru}",
            "{\"a\":nulll}",
            "{\"a\":[1,[2,[3]]]}",
            "{\"a\":[1,]}",
            "{\"a\":1,}",
            "{,}",
            "{\"a\" 1}",
            "{\"a\":\"\\u00e9\\n\\t\\\"\"}",
            "{\"a\":\"\\u00g0\"}",
            "{\"a\":\"\\x\"}",
            " \t\r\n{ \"a\" : [ ] } \n",
            "{\"a\":1}}",
            "{\"a\":1} {}",
            "{\"a\"}",
            "{\"a\":\"unterminated}",
            "{\"a\":[}",
            "{\"a\":\"\\\\\"}",
        };
        int row = 0;
        for (const char* c : cases)
            QTest::addRow("%d", row++) << QByteArray(c);
    }
    void parserAgreesWithQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        // Qt accepts two things RFC 8259 forbids; Zoom never sends them, and refusing is the safe side.
        const bool qtLenient = json == "{\"a\":.5}" || json == "{\"a\":\"\\x\"}";
        QVERIFY(error.error == QJsonParseError::NoError || !qtLenient);
        const ZoomEvent e = ZoomEventParser::parse(json);
        QCOMPARE(e.jsonObject, error.error == QJsonParseError::NoError && doc.isObject() && !qtLenient);
    }

    // Values as the parser reads them from the one parse: numbers as sent, big integers exact.
    void parserValues()
    {
        const QByteArray json = "{\"event\":\"phone.callee_answered\",\"event_ts\":7312345678901,"
                                "\"payload\":{\"account_id\":\"acc\\\"1\",\"object\":{\"call_id\":1001,"
                                "\"caller\":{\"phone_number\":\"+15550100\"},"
                                "\"callee\":{\"user_id\":\"u1\",\"extension_number\":2.5,\"name\":true}}}}";
        const ZoomEvent e = ZoomEventParser::parse(json);
        QVERIFY2(e.valid, qPrintable(e.parseError));
        QVERIFY(e.jsonObject);
        QVERIFY(!e.bodyInvalidJson);
        QCOMPARE(e.eventTsMs, 7312345678901LL);
        QCOMPARE(e.accountId, QStringLiteral("acc\"1"));
        QCOMPARE(e.callId, QStringLiteral("1001"));
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.userName, QStringLiteral("true"));
        QVERIFY2(e.summary.contains(QStringLiteral("true (2.5)")), qPrintable(e.summary));
    }

    // Bodies Qt's JSON parser rejects must neither crash nor vanish: they are flagged so every
    // writer keeps them as raw text, and what can be read from them still is.
    void irregularBodiesAreFlagged()
    {
        QByteArray badUtf8 = bytes(kPresence);
        const qsizetype at = badUtf8.indexOf("Away");
        QVERIFY(at > 0);
        badUtf8.insert(at, "\xff\xc3");
        const ZoomEvent a = ZoomEventParser::parse(badUtf8);
        QVERIFY(a.bodyInvalidJson);
        QVERIFY(a.jsonObject);
        QCOMPARE(a.type, ZoomEventType::UserPresenceStatusUpdated);
        QVERIFY(!a.userId.isEmpty());

        const ZoomEvent b =
            ZoomEventParser::parse("{\"event\":\"user.updated\",\"payload\":{\"object\":{\"x\":1e400}}}");
        QVERIFY(b.bodyInvalidJson);
        QVERIFY(!b.valid);
        QVERIFY(!b.parseError.isEmpty());

        const ZoomEvent c = ZoomEventParser::parse("not json at all");
        QVERIFY(!c.bodyInvalidJson);
        QVERIFY(!c.jsonObject);
    }

    void jsonWriterEscapes()
    {
        QByteArray out;
        JsonWriter::appendString(&out, QStringView(QString::fromUtf8("a\"\\\n\x01é")));
        QCOMPARE(out, QByteArray("\"a\\\"\\\\\\n\\u0001") + QByteArray("é") + "\"");
        // Bytes that are not UTF-8 (a lone continuation byte, a truncated sequence, an overlong
        // form) come out as U+FFFD, so the output is always valid JSON.
        out.clear();
        JsonWriter::appendString(&out, QByteArrayView("x\x80y\xe2\x82z\xc0\xaf"));
        QCOMPARE(out, QByteArray("\"x\\ufffdy\\ufffd\\ufffdz\\ufffd\\ufffd\""));
        QJsonParseError error;
        QJsonDocument::fromJson("[" + out + "]", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!JsonWriter::isUtf8(QByteArrayView("\xed\xa0\x80"))); // a UTF-16 surrogate
        QVERIFY(JsonWriter::isUtf8(QByteArrayView("\xf0\x9f\x98\x80")));

        out.clear();
        JsonWriter w(&out);
        w.string("a", QByteArrayView("1")).number("n", -5).boolean("t", true).null("z").raw("r", "[1]");
        w.end();
        QCOMPARE(out, QByteArray(R"({"a":"1","n":-5,"t":true,"z":null,"r":[1]})"));
    }

    // The monitor parses every event on arrival; 5 µs is the budget for a typical one. The assert is
    // generous (sanitizers, loaded CI machines); the benchmark reports the real figure.
    void parsingIsFast()
    {
        QByteArray presence = bytes(kPresence);
        const QByteArray phone = phoneEvent("phone.callee_answered", kAgentA, kCustomer);
        for (const QByteArray& json : {presence, phone}) {
            constexpr int n = 20000;
            qsizetype sink = 0;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < n; ++i)
                sink += ZoomEventParser::parse(json).summary.size();
            const double us = double(t.nsecsElapsed()) / 1000.0 / n;
            qInfo("parse %lld-byte %s: %.2f us", qlonglong(json.size()),
                  json.contains("phone") ? "phone" : "presence", us);
            QVERIFY(sink > 0);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
            QVERIFY2(us < 25.0, qPrintable(QString::number(us)));
#endif
        }
    }
};

QTEST_GUILESS_MAIN(TestZoomEvent)
#include "tst_zoomevent.moc"
