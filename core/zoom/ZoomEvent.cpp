#include "ZoomEvent.h"

#include "common/SimdJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

#include <array>
#include <limits>

namespace syncdesk {

namespace {

// Zoom's names, indexed by ZoomEventType. Unknown and Gap have none.
constexpr std::array<const char*, size_t(ZoomEventType::Count_)> kTypeNames = {
    "",
    "endpoint.url_validation",
    "user.created",
    "user.disassociated",
    "user.deleted",
    "user.activated",
    "user.deactivated",
    "user.updated",
    "user.settings_updated",
    "user.invitation_accepted",
    "user.signed_in",
    "user.signed_out",
    "user.presence_status_updated",
    "user.personal_notes_updated",
    "phone.caller_connected",
    "phone.callee_answered",
    "phone.caller_ended",
    "phone.callee_ended",
    "contact_center.recording_completed",
    "contact_center.recording_transcript_completed",
    "contact_center.engagement_messaging_transcript_completed",
    "contact_center.engagement_note_added",
    "contact_center.engagement_disposition_added",
    "",
};

// A summary is a one-line detail for a table cell; long personal notes or settings diffs are cut.
constexpr qsizetype kMaxSummary = 200;
constexpr int kMaxChangedFields = 6;

QLatin1StringView l1(const char* s)
{
    return QLatin1StringView(s);
}

// ---- one set of accessors per document representation, so the extraction below is written once.
// simdjson's DOM is the fast path (raw bytes); QJsonValue serves callers that already hold a QJsonObject.

// A value inside a parsed document, or "absent" (a missing member).
struct JV
{
    simdjson::dom::element v;
    bool present = false;
};

JV member(const JV& o, QLatin1StringView key)
{
    if (!o.present || o.v.type() != simdjson::dom::element_type::OBJECT)
        return {};
    simdjson::dom::element out;
    if (o.v.get_object().value_unsafe().at_key(std::string_view(key.data(), size_t(key.size()))).get(out))
        return {};
    return {out, true};
}
QJsonValue member(const QJsonValue& v, QLatin1StringView key)
{
    return v.isObject() ? v.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
}

bool isObject(const JV& v)
{
    return v.present && v.v.type() == simdjson::dom::element_type::OBJECT;
}
bool isObject(const QJsonValue& v)
{
    return v.isObject();
}

bool isString(const JV& v)
{
    return v.present && v.v.type() == simdjson::dom::element_type::STRING;
}
bool isString(const QJsonValue& v)
{
    return v.isString();
}

// Scalars (strings, numbers, booleans) that make sense in a summary.
bool isScalar(const JV& v)
{
    if (!v.present)
        return false;
    using T = simdjson::dom::element_type;
    const T t = v.v.type();
    return t != T::OBJECT && t != T::ARRAY && t != T::NULL_VALUE;
}
bool isScalar(const QJsonValue& v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString doubleText(double d)
{
    // Extension numbers must not come out as "1001.0"; others keep every significant digit.
    if (d > -9.2e18 && d < 9.2e18 && d == double(qint64(d)))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

QString text(const JV& v)
{
    if (!v.present)
        return {};
    using T = simdjson::dom::element_type;
    switch (v.v.type()) {
    case T::STRING:
        return fromUtf8(v.v.get_string().value_unsafe());
    case T::INT64:
        return QString::number(v.v.get_int64().value_unsafe());
    case T::UINT64:
        return QString::number(v.v.get_uint64().value_unsafe());
    case T::DOUBLE:
        return doubleText(v.v.get_double().value_unsafe());
    case T::BOOL:
        return v.v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}
QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // QJsonValue keeps JSON integers as qint64; extension numbers must not come out as "1001.0".
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong)
            return QString::number(var.toLongLong());
        return doubleText(v.toDouble());
    }
    default:
        return {};
    }
}

// Beyond ±9.2e18 (and for inf/NaN) a double has no qint64; the cast would be undefined.
qint64 fromDouble(double d, bool* ok)
{
    *ok = d > -9.2e18 && d < 9.2e18;
    return *ok ? qint64(d) : 0;
}

qint64 fromNumberText(QString s, bool* ok)
{
    s = s.trimmed();
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    const qint64 i = s.toLongLong(ok);
    if (*ok)
        return i;
    const double d = s.toDouble(ok);
    return *ok ? fromDouble(d, ok) : 0;
}

qint64 toInt64(const JV& v, bool* ok)
{
    *ok = false;
    if (!v.present)
        return 0;
    using T = simdjson::dom::element_type;
    switch (v.v.type()) {
    case T::INT64:
        *ok = true;
        return v.v.get_int64().value_unsafe();
    case T::UINT64: {
        const quint64 u = v.v.get_uint64().value_unsafe();
        *ok = u <= quint64(std::numeric_limits<qint64>::max());
        return *ok ? qint64(u) : 0;
    }
    case T::DOUBLE:
        return fromDouble(v.v.get_double().value_unsafe(), ok);
    case T::STRING:
        return fromNumberText(text(v), ok);
    default:
        return 0;
    }
}
qint64 toInt64(const QJsonValue& v, bool* ok)
{
    *ok = false;
    if (v.isDouble()) {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong) {
            *ok = true;
            return var.toLongLong();
        }
        return fromDouble(v.toDouble(), ok);
    }
    if (v.isString())
        return fromNumberText(v.toString(), ok);
    return 0;
}

template <typename F> void forEachMember(const JV& v, F&& f)
{
    simdjson::dom::object object;
    if (!v.present || v.v.get_object().get(object))
        return;
    for (const auto field : object)
        f(fromUtf8(field.key), JV{field.value, true});
}
template <typename F> void forEachMember(const QJsonValue& v, F&& f)
{
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        f(it.key(), it.value());
}

// ---- small helpers

void appendPart(QString& summary, const QString& part)
{
    if (part.isEmpty())
        return;
    if (!summary.isEmpty())
        summary.append(u" · ");
    summary.append(part);
}

void appendKeyValue(QString& summary, const char* key, const QString& value)
{
    if (value.isEmpty())
        return;
    if (!summary.isEmpty())
        summary.append(u" · ");
    summary.append(l1(key));
    summary.append(u": ");
    summary.append(value);
}

void truncate(QString& s)
{
    // Newlines in a note would break a one-line cell; the raw body keeps them.
    for (QChar& c : s) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    if (s.size() > kMaxSummary) {
        qsizetype cut = kMaxSummary - 1;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s.truncate(cut);
        s.append(QChar(0x2026));
    }
}

qint64 parseIsoMs(const QString& s)
{
    if (s.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

// Zoom's timestamps are ms; some relays (and old docs) use seconds. 1e11 ms is 1973, 1e11 s is
// the year 5138, so anything below is taken as seconds.
qint64 normaliseEpochMs(qint64 value)
{
    if (value > 0 && value < 100'000'000'000LL)
        return value * 1000;
    return value;
}

template <typename N> QString personName(const N& object)
{
    QString name = text(member(object, l1("display_name")));
    if (!name.isEmpty())
        return name;
    name = text(member(object, l1("name")));
    if (!name.isEmpty())
        return name;
    const QString first = text(member(object, l1("first_name")));
    const QString last = text(member(object, l1("last_name")));
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

template <typename N> QString dateTimeOf(const N& object)
{
    // The schema says date_time, Zoom's own example sends date-time.
    QString s = text(member(object, l1("date_time")));
    if (s.isEmpty())
        s = text(member(object, l1("date-time")));
    return s;
}

// "key: old → new" for each changed scalar; nested objects (settings) as dotted leaf paths.
template <typename N>
void describeChanges(QString& out, const N& now, const N& old, const QString& prefix, int depth, int& count)
{
    forEachMember(now, [&](const QString& key, const N& value) {
        if (count > kMaxChangedFields || (depth == 0 && key == u"id"))
            return;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        const N before = member(old, QLatin1StringView(key.toLatin1()));
        if (isObject(value) && depth < 4) {
            describeChanges(out, value, before, path, depth + 1, count);
            return;
        }
        if (++count > kMaxChangedFields) {
            appendPart(out, QString(QChar(0x2026)));
            return;
        }
        QString part = path;
        if (isScalar(value)) {
            part.append(u": ");
            if (isScalar(before)) {
                part.append(text(before));
                part.append(u" → ");
            }
            part.append(text(value));
        }
        appendPart(out, part);
    });
}

struct PhoneParty
{
    QString userId;
    QString name;
    QString number;
    QString extension;
    bool internal = false;

    QString display() const
    {
        if (!extension.isEmpty())
            return name.isEmpty() ? extension : name + QStringLiteral(" (") + extension + QLatin1Char(')');
        if (!number.isEmpty())
            return number;
        return name;
    }
};

template <typename N> PhoneParty phoneParty(const N& p)
{
    PhoneParty party;
    if (!isObject(p))
        return party;
    party.userId = text(member(p, l1("user_id")));
    party.name = text(member(p, l1("name")));
    party.number = text(member(p, l1("phone_number")));
    party.extension = text(member(p, l1("extension_number")));
    party.internal = !party.userId.isEmpty() ||
                     text(member(p, l1("extension_type"))).compare(u"user", Qt::CaseInsensitive) == 0;
    return party;
}

template <typename N> void extractUser(ZoomEvent& e, const N& payload, const N& object)
{
    e.userId = text(member(object, l1("id")));
    e.email = text(member(object, l1("email")));
    e.userName = personName(object);
    const QString operatorEmail = text(member(payload, l1("operator")));
    QString& s = e.summary;
    switch (e.type) {
    case ZoomEventType::UserCreated:
        appendPart(s, text(member(payload, l1("creation_type"))));
        appendKeyValue(s, "operator", operatorEmail);
        break;
    case ZoomEventType::UserUpdated:
    case ZoomEventType::UserSettingsUpdated: {
        int count = 0;
        describeChanges(s, object, member(payload, l1("old_object")), QString(), 0, count);
        appendKeyValue(s, "operation", text(member(payload, l1("operation"))));
        appendKeyValue(s, "operator", operatorEmail);
        break;
    }
    case ZoomEventType::UserSignedIn:
    case ZoomEventType::UserSignedOut: {
        QString client = text(member(object, l1("client_type")));
        const QString version = text(member(object, l1("version")));
        if (!version.isEmpty() && version != u"-")
            client = client.isEmpty() ? version : client + QLatin1Char(' ') + version;
        appendPart(s, client);
        break;
    }
    case ZoomEventType::UserPresenceStatusUpdated: {
        e.presenceRaw = text(member(object, l1("presence_status")));
        e.presence = ZoomEventParser::presenceFromString(e.presenceRaw);
        appendPart(s, e.presenceRaw);
        const N app = member(object, l1("app"));
        if (isObject(app)) {
            const QString appType = text(member(app, l1("type")));
            const QString appPresence = text(member(app, l1("presence_status")));
            if (!appType.isEmpty() || !appPresence.isEmpty())
                appendPart(s, appPresence.isEmpty() ? appType : appType + QStringLiteral(": ") + appPresence);
        }
        break;
    }
    case ZoomEventType::UserPersonalNotesUpdated: {
        const QString note = text(member(object, l1("personal_notes")));
        const QString old = text(member(member(payload, l1("old_object")), l1("personal_notes")));
        s = old.isEmpty() ? note : old + QStringLiteral(" → ") + note;
        break;
    }
    default:
        appendKeyValue(s, "operator", operatorEmail);
        break;
    }
}

template <typename N> void extractPhone(ZoomEvent& e, const N& object)
{
    e.callId = text(member(object, l1("call_id")));
    switch (e.type) {
    // "Caller is connected to the callee" (the seed), with connected_start_time: the outbound
    // side's counterpart of callee_answered. Ringing would come only from phone.caller_ringing /
    // phone.callee_ringing, which the presence app does not subscribe to.
    case ZoomEventType::PhoneCallerConnected:
    case ZoomEventType::PhoneCalleeAnswered:
        e.callState = CallState::Connected;
        break;
    default:
        e.callState = CallState::Ended;
        break;
    }
    const PhoneParty caller = phoneParty(member(object, l1("caller")));
    const PhoneParty callee = phoneParty(member(object, l1("callee")));
    // The user the event is "about" is our side of the call: the caller when it is one of ours,
    // otherwise the callee (an inbound call). The other internal party, if any, is the peer.
    const bool callerIsUs = caller.internal;
    const PhoneParty& us = callerIsUs ? caller : callee;
    const PhoneParty& other = callerIsUs ? callee : caller;
    e.userId = us.userId;
    e.userName = us.name;
    if (callerIsUs && !other.userId.isEmpty())
        e.peerUserId = other.userId;
    QString& s = e.summary;
    s = caller.display();
    const QString to = callee.display();
    if (!to.isEmpty()) {
        s.append(s.isEmpty() ? QStringLiteral("→ ") : QStringLiteral(" → "));
        s.append(to);
    }
    // "handup_result" is how Zoom spells it; accept the correct spelling in case it is fixed.
    QString result = text(member(object, l1("handup_result")));
    if (result.isEmpty())
        result = text(member(object, l1("hangup_result")));
    appendPart(s, result);
}

template <typename N> void extractContactCenter(ZoomEvent& e, const N& payload, const N& object)
{
    // The schemas are not published; read the known minimum from the object, then the payload.
    auto field = [&](const char* key) {
        QString v = text(member(object, l1(key)));
        return v.isEmpty() ? text(member(payload, l1(key))) : v;
    };
    e.userId = field("user_id");
    e.email = field("user_email");
    e.userName = text(member(object, l1("user_display_name")));
    appendKeyValue(e.summary, "engagement_id", field("engagement_id"));
    appendKeyValue(e.summary, "recording_id", field("recording_id"));
}

template <typename N> qint64 fallbackTimestamp(const ZoomEvent& e, const N& payload, const N& object)
{
    bool ok = false;
    const qint64 ts = toInt64(member(payload, l1("time_stamp")), &ok);
    if (ok && ts > 0)
        return normaliseEpochMs(ts);
    if (qint64 ms = parseIsoMs(dateTimeOf(object)))
        return ms;
    if (e.callState != CallState::None) {
        for (const char* key :
             {"call_end_time", "answer_start_time", "connected_start_time", "ringing_start_time"}) {
            if (qint64 ms = parseIsoMs(text(member(object, l1(key)))))
                return ms;
        }
    }
    return 0;
}

template <typename N> ZoomEvent extract(const N& root)
{
    ZoomEvent e;
    if (!isObject(root)) {
        e.parseError = ZoomEventParser::tr("The event is not a JSON object.");
        return e;
    }
    const N name = member(root, l1("event"));
    if (!isString(name)) {
        e.parseError = ZoomEventParser::tr("The event has no \"event\" name.");
        return e;
    }
    e.valid = true;
    e.name = text(name);
    e.type = ZoomEventParser::typeFromName(e.name);
    bool ok = false;
    const qint64 ts = toInt64(member(root, l1("event_ts")), &ok);
    if (ok)
        e.eventTsMs = normaliseEpochMs(ts);

    const N payload = member(root, l1("payload"));
    const N object = member(payload, l1("object"));
    e.accountId = text(member(payload, l1("account_id")));

    switch (e.type) {
    case ZoomEventType::EndpointUrlValidation:
        // Only a string is a token; the receiver answers nothing else.
        if (const N token = member(payload, l1("plainToken")); isString(token))
            e.plainToken = text(token);
        e.summary = e.plainToken;
        break;
    case ZoomEventType::UserCreated:
    case ZoomEventType::UserDisassociated:
    case ZoomEventType::UserDeleted:
    case ZoomEventType::UserActivated:
    case ZoomEventType::UserDeactivated:
    case ZoomEventType::UserUpdated:
    case ZoomEventType::UserSettingsUpdated:
    case ZoomEventType::UserInvitationAccepted:
    case ZoomEventType::UserSignedIn:
    case ZoomEventType::UserSignedOut:
    case ZoomEventType::UserPresenceStatusUpdated:
    case ZoomEventType::UserPersonalNotesUpdated:
        extractUser(e, payload, object);
        break;
    case ZoomEventType::PhoneCallerConnected:
    case ZoomEventType::PhoneCalleeAnswered:
    case ZoomEventType::PhoneCallerEnded:
    case ZoomEventType::PhoneCalleeEnded:
        extractPhone(e, object);
        break;
    case ZoomEventType::CcRecordingCompleted:
    case ZoomEventType::CcRecordingTranscriptCompleted:
    case ZoomEventType::CcEngagementMessagingTranscriptCompleted:
    case ZoomEventType::CcEngagementNoteAdded:
    case ZoomEventType::CcEngagementDispositionAdded:
        extractContactCenter(e, payload, object);
        break;
    case ZoomEventType::Unknown:
    case ZoomEventType::Gap:
    case ZoomEventType::Count_:
        break;
    }
    truncate(e.summary);
    if (e.eventTsMs == 0)
        e.eventTsMs = fallbackTimestamp(e, payload, object);
    return e;
}

// Lowercase letters and digits only: "Do_Not_Disturb", "do not disturb" and "DoNotDisturb" agree.
// Returns false when the value does not fit (then it cannot be a name we know).
bool normalisePresence(QStringView value, char (&out)[32], qsizetype& length)
{
    length = 0;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'_' || u == u'-' || u == u' ')
            continue;
        if (u >= 0x80 || length >= qsizetype(sizeof(out)))
            return false;
        out[length++] = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return true;
}

} // namespace

ZoomEvent ZoomEventParser::parse(const QByteArray& json)
{
    // One parse per body: the receiver takes its JSON check, event name and plainToken from this
    // result too. simdjson, not QJsonDocument: validating plus extracting a typical webhook body
    // (13 corpus and simulator bodies, 260 bytes on average) took 2.2-4.0 us with simdjson's DOM
    // and 10-15 us with QJsonDocument, 3.3-5.1x faster, on 2 shared cores under load
    // (tests/bench/bench_json_parse.cpp; the bench checks that both extract the same fields).
    simdjson::dom::parser& parser = json::threadParser();
    simdjson::dom::element root;
    simdjson::error_code error = json::parse(parser, json, root);
    bool irregular = false;
    if (error == simdjson::UTF8_ERROR) {
        // Rare: bytes that are not UTF-8 inside a string. The fields are read from a copy with
        // U+FFFD in their place; the body itself is kept as received and written as raw text.
        irregular = true;
        const QByteArray repaired = QString::fromUtf8(json).toUtf8();
        error = json::parse(parser, repaired, root);
    }
    if (error) {
        ZoomEvent e;
        e.bodyInvalidJson = irregular || json::isIrregular(error);
        e.parseError = tr("Not valid JSON: %1.").arg(QString::fromLatin1(simdjson::error_message(error)));
        return e;
    }
    ZoomEvent e = extract(JV{root, true});
    e.jsonObject = root.type() == simdjson::dom::element_type::OBJECT;
    e.bodyInvalidJson = irregular;
    return e;
}

ZoomEvent ZoomEventParser::parse(const QJsonObject& object)
{
    ZoomEvent e = extract(QJsonValue(object));
    e.jsonObject = true;
    return e;
}

ZoomEventType ZoomEventParser::typeFromName(QStringView name)
{
    for (size_t i = 1; i < kTypeNames.size(); ++i) {
        const QLatin1StringView candidate(kTypeNames[i]);
        if (candidate.size() == name.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return ZoomEventType(i);
    }
    return ZoomEventType::Unknown;
}

QString ZoomEventParser::typeName(ZoomEventType type)
{
    const auto i = size_t(type);
    return i < kTypeNames.size() ? QString::fromLatin1(kTypeNames[i]) : QString();
}

PresenceState ZoomEventParser::presenceFromString(QStringView value)
{
    if (value.trimmed().isEmpty())
        return PresenceState::None;
    char buf[32];
    qsizetype n = 0;
    if (!normalisePresence(value, buf, n))
        return PresenceState::Other;
    const QLatin1StringView v(buf, n);
    struct Alias
    {
        const char* name;
        PresenceState state;
    };
    // Webhook names, REST names (In_A_Zoom_Meeting, On_A_Call, Out_of_Office) and the
    // Do_No_Disturb typo of the REST spec.
    static constexpr Alias aliases[] = {
        {"available", PresenceState::Available},
        {"away", PresenceState::Away},
        {"donotdisturb", PresenceState::DoNotDisturb},
        {"donodisturb", PresenceState::DoNotDisturb},
        {"dnd", PresenceState::DoNotDisturb},
        {"inmeeting", PresenceState::InMeeting},
        {"inazoommeeting", PresenceState::InMeeting},
        {"inzoommeeting", PresenceState::InMeeting},
        {"presenting", PresenceState::Presenting},
        {"onphonecall", PresenceState::OnPhoneCall},
        {"onacall", PresenceState::OnPhoneCall},
        {"oncall", PresenceState::OnPhoneCall},
        {"incalendarevent", PresenceState::InCalendarEvent},
        {"outofoffice", PresenceState::OutOfOffice},
        {"busy", PresenceState::Busy},
        {"mobilesignedin", PresenceState::MobileSignedIn},
        {"offline", PresenceState::Offline},
    };
    for (const Alias& a : aliases) {
        if (v == QLatin1StringView(a.name))
            return a.state;
    }
    return PresenceState::Other;
}

QString ZoomEventParser::presenceLabel(PresenceState state)
{
    switch (state) {
    case PresenceState::None:
        return {};
    case PresenceState::Available:
        return tr("Available");
    case PresenceState::Away:
        return tr("Away");
    case PresenceState::DoNotDisturb:
        return tr("Do not disturb");
    case PresenceState::InMeeting:
        return tr("In a meeting");
    case PresenceState::Presenting:
        return tr("Presenting");
    case PresenceState::OnPhoneCall:
        return tr("On a phone call");
    case PresenceState::InCalendarEvent:
        return tr("In a calendar event");
    case PresenceState::OutOfOffice:
        return tr("Out of office");
    case PresenceState::Busy:
        return tr("Busy");
    case PresenceState::MobileSignedIn:
        return tr("Signed in on mobile only");
    case PresenceState::Offline:
        return tr("Offline");
    case PresenceState::Other:
        return tr("Other status");
    }
    return {};
}

QString ZoomEventParser::callStateLabel(CallState state)
{
    switch (state) {
    case CallState::None:
        return {};
    case CallState::Ringing:
        return tr("Ringing");
    case CallState::Connected:
        return tr("Connected");
    case CallState::Ended:
        return tr("Ended");
    }
    return {};
}

QString ZoomEventParser::typeLabel(ZoomEventType type)
{
    switch (type) {
    case ZoomEventType::Unknown:
        return tr("Other event");
    case ZoomEventType::EndpointUrlValidation:
        return tr("URL validation");
    case ZoomEventType::UserCreated:
        return tr("User created");
    case ZoomEventType::UserDisassociated:
        return tr("User disassociated");
    case ZoomEventType::UserDeleted:
        return tr("User deleted");
    case ZoomEventType::UserActivated:
        return tr("User activated");
    case ZoomEventType::UserDeactivated:
        return tr("User deactivated");
    case ZoomEventType::UserUpdated:
        return tr("User updated");
    case ZoomEventType::UserSettingsUpdated:
        return tr("User settings updated");
    case ZoomEventType::UserInvitationAccepted:
        return tr("Invitation accepted");
    case ZoomEventType::UserSignedIn:
        return tr("Signed in");
    case ZoomEventType::UserSignedOut:
        return tr("Signed out");
    case ZoomEventType::UserPresenceStatusUpdated:
        return tr("Presence changed");
    case ZoomEventType::UserPersonalNotesUpdated:
        return tr("Personal note updated");
    case ZoomEventType::PhoneCallerConnected:
        return tr("Caller connected");
    case ZoomEventType::PhoneCalleeAnswered:
        return tr("Call answered");
    case ZoomEventType::PhoneCallerEnded:
        return tr("Caller hung up");
    case ZoomEventType::PhoneCalleeEnded:
        return tr("Callee hung up");
    case ZoomEventType::CcRecordingCompleted:
        return tr("Recording completed");
    case ZoomEventType::CcRecordingTranscriptCompleted:
        return tr("Recording transcript completed");
    case ZoomEventType::CcEngagementMessagingTranscriptCompleted:
        return tr("Messaging transcript completed");
    case ZoomEventType::CcEngagementNoteAdded:
        return tr("Engagement note added");
    case ZoomEventType::CcEngagementDispositionAdded:
        return tr("Disposition added");
    case ZoomEventType::Gap:
        return tr("Events may be missing");
    case ZoomEventType::Count_:
        break;
    }
    return {};
}

} // namespace syncdesk
