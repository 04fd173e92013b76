#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace syncdesk {

// Every event the seeds name, plus URL validation. Unknown events are kept (raw), never dropped.
enum class ZoomEventType : quint8 {
    Unknown = 0,
    EndpointUrlValidation,
    // Directory Sync (12)
    UserCreated,
    UserDisassociated,
    UserDeleted,
    UserActivated,
    UserDeactivated,
    UserUpdated,
    UserSettingsUpdated,
    UserInvitationAccepted,
    UserSignedIn,
    UserSignedOut,
    UserPresenceStatusUpdated,
    UserPersonalNotesUpdated,
    // Presence Sync phone events (4)
    PhoneCallerConnected,
    PhoneCalleeAnswered,
    PhoneCallerEnded,
    PhoneCalleeEnded,
    // Contact Center engagement data (5)
    CcRecordingCompleted,
    CcRecordingTranscriptCompleted,
    CcEngagementMessagingTranscriptCompleted,
    CcEngagementNoteAdded,
    CcEngagementDispositionAdded,
    // Not from Zoom: a stretch of time in which events may have been missed (WebSocket down).
    Gap,
    Count_
};

// Presence as Zoom's webhooks name it; REST names and known typos map onto these.
enum class PresenceState : quint8 {
    None = 0, // the event carries no presence
    Available,
    Away,
    DoNotDisturb,
    InMeeting,
    Presenting,
    OnPhoneCall,
    InCalendarEvent,
    OutOfOffice,
    Busy,
    MobileSignedIn,
    Offline,
    Other, // a value we do not know; presenceRaw has it
};

enum class CallState : quint8 { None = 0, Ringing, Connected, Ended };

struct ZoomEvent
{
    ZoomEventType type = ZoomEventType::Unknown;
    QString name;          // the "event" field as sent
    qint64 eventTsMs = 0;  // "event_ts" (ms since epoch); 0 when absent
    QString accountId;
    QString userId;        // the user the event is about (for phone events: the first internal party)
    QString email;
    QString userName;      // display name or "first last" where the payload has it
    QString peerUserId;    // phone events: the other internal party, if any
    PresenceState presence = PresenceState::None;
    QString presenceRaw;   // as sent, e.g. "Do_No_Disturb"
    CallState callState = CallState::None;
    QString callId;
    QString summary;       // short English-independent detail (numbers, names), built by the parser
    QString plainToken;    // EndpointUrlValidation only
    bool valid = false;    // parsed as a JSON object with an "event" name
    bool jsonObject = false; // the body is a JSON object (with or without an "event" name)
    // The body is JSON in shape but not strictly valid (bytes that are not UTF-8, a number no
    // double holds such as 1e400). Such a signed event is kept: every writer puts the body out as
    // an escaped string ("body_raw") marked "body_invalid_json", never drops it.
    bool bodyInvalidJson = false;
    QString parseError;    // why not valid
};

class ZoomEventParser
{
    Q_DECLARE_TR_FUNCTIONS(ZoomEventParser)
public:
    // Parses one event object ({event, event_ts, payload}). Tolerant: missing fields stay empty.
    static ZoomEvent parse(const QByteArray& json);
    static ZoomEvent parse(const QJsonObject& object);

    static ZoomEventType typeFromName(QStringView name);
    static QString typeName(ZoomEventType type); // Zoom's name ("user.created"), "" for Unknown/Gap
    static PresenceState presenceFromString(QStringView value); // webhook and REST names, typos
    static QString presenceLabel(PresenceState state);         // translated
    static QString callStateLabel(CallState state);            // translated ("Ringing", …)
    static QString typeLabel(ZoomEventType type);              // translated short label
};

} // namespace syncdesk
