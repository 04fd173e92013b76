#include "SandboxEventSimulator.h"

#include "ZoomSandbox.h"
#include "common/Log.h"
#include "zoom/WebhookVerifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <cmath>
#include <deque>
#include <queue>
#include <unordered_map>
#include <vector>

namespace syncdesk {

namespace {

constexpr int kTickMs = 25; // one timer for everything; each tick makes rate×dt events
// QNetworkAccessManager opens at most six keep-alive connections per host and never pipelines POST,
// so one manager delivers one request per connection round trip (a few hundred a second on a busy
// machine). Load tests at thousands a second get more managers, each with its own connections; the
// demo's handful a second uses one. At most 5 × 6 = 30 connections: the receiver accepts 32 from one
// peer address (its slowloris guard), and everything the simulator sends comes from 127.0.0.1.
constexpr int kMaxManagers = 5;
constexpr double kEventsPerSecondPerManager = 400;
constexpr int kInFlightPerManager = 8;  // six on the wire, the next ones ready
constexpr qsizetype kMaxQueued = 50000; // requests waiting; more are dropped (and counted)
constexpr int kMinConnectBackoffMs = 200;
constexpr int kMaxConnectBackoffMs = 3200;
constexpr int kRequestTimeoutMs = 10000;
constexpr int kFailureReportIntervalMs = 1000; // deliveryFailed at most this often

// ---- compact JSON, written by hand: tens of thousands of events per second -------------------

QByteArray escapeJson(const QString& s)
{
    const QByteArray u = s.toUtf8();
    QByteArray out;
    out.reserve(u.size());
    for (const char c : u) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(uchar(c) >> 4) & 0xf];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    return out;
}

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out) : m_out(out) {}

    void begin(const char* key = nullptr)
    {
        prefix(key);
        m_out += '{';
        ++m_depth;
        m_needComma &= ~(quint64(1) << m_depth);
    }
    void end()
    {
        m_out += '}';
        --m_depth;
    }
    // value: already escaped UTF-8
    void str(const char* key, const QByteArray& value)
    {
        prefix(key);
        m_out += '"';
        m_out += value;
        m_out += '"';
    }
    void str(const char* key, const char* latin1)
    {
        prefix(key);
        m_out += '"';
        m_out += latin1;
        m_out += '"';
    }
    void num(const char* key, qint64 value)
    {
        prefix(key);
        m_out += QByteArray::number(value);
    }

private:
    void prefix(const char* key)
    {
        const quint64 bit = quint64(1) << m_depth;
        if (m_needComma & bit)
            m_out += ',';
        m_needComma |= bit;
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\":";
        }
    }

    QByteArray& m_out;
    quint64 m_needComma = 0;
    int m_depth = 0;
};

// ---- the simulated team ---------------------------------------------------------------------

// Presence as user.presence_status_updated names it (reference §5).
enum Presence : quint8
{
    Available,
    Away,
    DoNotDisturb,
    InMeeting,
    OnPhoneCall,
    Presenting,
    InCalendarEvent,
    Offline,
    Busy,
    MobileSignedIn,
    PresenceCount
};

const char* const kPresenceNames[PresenceCount] = {
    "Available",         "Away",    "Do_Not_Disturb", "In_Meeting",      "On_Phone_Call", "Presenting",
    "In_Calendar_Event", "Offline", "Busy",           "Mobile_signed_in"};

// Spontaneous presence changes: weights from → to. Offline is left and entered only by signing in
// and out, On_Phone_Call only by calls.
const quint8 kTransitions[PresenceCount][PresenceCount] = {
    //            Av  Aw  DND Mtg Ph  Pres Cal Off Busy Mob
    /* Avail */ {0, 30, 10, 20, 0, 5, 15, 0, 10, 3},
    /* Away  */ {70, 0, 0, 5, 0, 0, 5, 0, 5, 10},
    /* DND   */ {80, 20, 0, 0, 0, 0, 0, 0, 0, 0},
    /* Mtg   */ {60, 5, 0, 0, 0, 25, 10, 0, 0, 0},
    /* Phone */ {100, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    /* Pres  */ {30, 0, 0, 70, 0, 0, 0, 0, 0, 0},
    /* Cal   */ {50, 0, 0, 40, 0, 0, 0, 0, 10, 0},
    /* Off   */ {100, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    /* Busy  */ {80, 20, 0, 0, 0, 0, 0, 0, 0, 0},
    /* Mob   */ {60, 40, 0, 0, 0, 0, 0, 0, 0, 0},
};

Presence fromRestPresence(const QString& rest)
{
    if (rest == QLatin1String("Away") || rest == QLatin1String("Out_of_Office"))
        return Away;
    if (rest == QLatin1String("Do_Not_Disturb"))
        return DoNotDisturb;
    if (rest == QLatin1String("In_A_Zoom_Meeting"))
        return InMeeting;
    if (rest == QLatin1String("Presenting"))
        return Presenting;
    if (rest == QLatin1String("In_Calendar_Event"))
        return InCalendarEvent;
    if (rest == QLatin1String("Busy"))
        return Busy;
    if (rest == QLatin1String("Offline"))
        return Offline;
    return Available; // Available, and On_A_Call: nobody is on a call before the simulation starts
}

struct Client
{
    const char* clientType; // user.signed_in client_type
    const char* version;
    const char* deviceType; // phone events
    const char* appType;    // presence "app.type"
};

const Client kClients[] = {
    {"win", "6.2.5.56235", "Windows_Client(6.2.5.56235)", "desktop"},
    {"mac", "6.1.11.49130", "Mac_Client(6.1.11.49130)", "desktop"},
    {"win", "5.17.11.34827", "Windows_Client(5.17.11.34827)", "desktop"},
    {"linux", "6.0.10.33478", "Linux_Client(6.0.10.33478)", "desktop"},
    {"iphone", "6.2.0.46690", "iOS_Client(6.2.0.46690)", "mobile"},
    {"android", "6.1.6.22060", "Android_Client(6.1.6.22060)", "mobile"},
    {"mac", "6.2.5.56235", "Mac_Client(6.2.5.56235)", "desktop"},
};
constexpr int kClientCount = int(sizeof(kClients) / sizeof(kClients[0]));

const char* const kExternalNames[] = {"Contoso Ltd",   "Fabrikam Inc",    "Northwind Traders",
                                      "Tailspin Toys", "Adventure Works", "Wide World Importers",
                                      "Litware Inc",   "Proseware Inc"};
constexpr int kExternalNameCount = int(sizeof(kExternalNames) / sizeof(kExternalNames[0]));

const char* const kDepartments[] = {"Sales", "Support", "Engineering", "Marketing", "Finance", "Operations"};

struct Member
{
    QByteArray id, email, name, phoneNumber, extensionId, timezone, deviceId; // escaped UTF-8
    QByteArray dept;                                                          // escaped, changes
    QString areaPrefix; // e.g. "+4930": external numbers in the same area
    int phoneDigits = 0;
    int extension = 0;
    int client = 0;
    Presence presence = Available;
    Presence beforeCall = Available;
    bool signedIn = true;
    quint64 call = 0; // the call the member is part of, 0 = none
    int pending = 0;  // scheduled events about this member not yet sent
};

struct Call
{
    quint64 serial = 0;
    QByteArray callId;
    int caller = -1; // member index, -1 = external
    int callee = -1;
    QByteArray externalNumber, externalName;
    bool answered = false;
    qint64 ringingMs = 0, answerMs = 0; // wall clock
    qint64 lastEventMs = 0;             // event_ts of the call's latest event (or its ringing)
};

enum class PendingKind : quint8
{
    Presence,
    Answer,
    End
};
enum class PhoneStep : quint8
{
    CallerConnected,
    CalleeAnswered,
    CallerEnded,
    CalleeEnded
};

struct Pending
{
    qint64 due; // simulation clock, ms
    quint64 seq;
    PendingKind kind;
    int member;        // Presence
    Presence presence; // Presence
    quint64 call;      // Answer, End
    bool operator>(const Pending& o) const { return due != o.due ? due > o.due : seq > o.seq; }
};

// ---- webhook delivery ---------------------------------------------------------------------------

struct Request
{
    QByteArray body, timestamp, signature, requestId;
};

} // namespace

class SandboxEventSimulator::Private
{
public:
    SandboxEventSimulator* q = nullptr;
    ZoomSandbox* sandbox = nullptr;
    double rate = 5;
    QUrl target;
    bool webSocket = false;
    bool running = false;
    quint64 generated = 0;
    quint64 delivered = 0;
    quint64 failures = 0;

    QTimer tick;
    QElapsedTimer clock; // simulation clock
    qint64 lastTickMs = 0;
    double budget = 0;
    QRandomGenerator rng;
    quint64 seq = 0;
    quint64 callSerial = 0;
    bool contactCenter = false;
    qint64 ccSentUntilMs = 0; // Contact Center artefacts before this were sent
    QTimer ccTick;            // separate from the team's tick: their flow stays as it was

    QByteArray accountId, operatorEmail, operatorId, secretToken;
    std::vector<Member> team;
    qsizetype signedOut = 0; // members not signed in
    std::unordered_map<quint64, Call> calls;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> schedule;

    // The wall-clock time the event being made carries.
    qint64 eventMs = 0;
    qint64 isoCacheSec = -1;
    QByteArray isoCache;

    // HTTP, through QNetworkAccessManager (keep-alive connections, reconnects, chunked answers)
    std::vector<QNetworkAccessManager*> managers; // created as the rate needs them
    quint64 sent = 0;
    QNetworkRequest prototype; // the target and the headers every request has
    bool targetSupported = false;
    quint64 targetGeneration = 0; // answers for an older target are ignored
    std::deque<Request> queue;
    int inFlight = 0;
    qint64 retryConnectAtMs = 0;
    int connectBackoffMs = kMinConnectBackoffMs;
    QTimer retry; // resumes sending after a refused connection
    qint64 lastFailureReportMs = -kFailureReportIntervalMs;
    quint64 unreportedFailures = 0;
    QString lastFailureReason;

    // ---- simulation -----------------------------------------------------------------------------

    void buildTeam()
    {
        team.clear();
        signedOut = 0;
        const SandboxCredentials creds = sandbox->credentials();
        accountId = escapeJson(creds.accountId);
        secretToken = creds.secretToken.toUtf8();
        rng.seed(sandbox->config().seed * 2654435761u + 17u);
        const QList<SandboxUser>& users = sandbox->users();
        for (const SandboxUser& u : users) {
            if (u.status != QLatin1String("active") || u.id.isEmpty())
                continue;
            if (operatorEmail.isEmpty()) {
                operatorEmail = escapeJson(u.email);
                operatorId = escapeJson(u.id);
            }
            Member m;
            m.id = escapeJson(u.id);
            m.email = escapeJson(u.email);
            m.name = escapeJson(u.displayName.isEmpty() ? u.firstName + QLatin1Char(' ') + u.lastName
                                                        : u.displayName);
            m.phoneNumber = escapeJson(u.phoneNumber);
            m.extensionId = escapeJson(u.extensionId);
            m.timezone = escapeJson(u.timezone);
            m.dept = escapeJson(u.dept);
            m.extension = u.extensionNumber;
            m.deviceId = QByteArray::number(quint64(rng.generate64() & 0xffffffffffffULL), 16);
            if (u.phoneNumber.size() > 6) {
                m.areaPrefix = u.phoneNumber.left(5); // country code and the start of the area code
                m.phoneDigits = int(u.phoneNumber.size() - m.areaPrefix.size());
            }
            m.client = int(rng.bounded(kClientCount));
            m.presence = fromRestPresence(u.presence);
            m.signedIn = m.presence != Offline;
            signedOut += m.signedIn ? 0 : 1;
            team.push_back(std::move(m));
        }
    }

    // Durations (ringing, talking) shrink as the rate grows so that, whatever the rate, about a
    // third of the team is on the phone at a time instead of everybody waiting on endless calls.
    double timeScale() const
    {
        // See spontaneous(): 14 of 100 picks start a call, and 100 picks make ~157 events.
        const double callsPerSecond = rate * 14.0 / 157.0;
        const double capacity = 0.3 * double(qMax<size_t>(team.size(), 2));
        const double avgCallSec = 40.0;
        return qBound(0.0001, capacity / (1.4 * qMax(callsPerSecond, 0.01) * avgCallSec), 1.0);
    }
    qint64 scaled(int minMs, int maxMs)
    {
        const int span = qMax(0, maxMs - minMs);
        const double ms = (minMs + int(rng.bounded(span + 1))) * timeScale();
        return qMax<qint64>(0, qint64(ms));
    }

    const QByteArray& iso(qint64 ms)
    {
        const qint64 sec = ms / 1000;
        if (sec != isoCacheSec) {
            isoCacheSec = sec;
            isoCache = QDateTime::fromSecsSinceEpoch(sec, Qt::UTC).toString(Qt::ISODate).toLatin1();
        }
        return isoCache;
    }

    void scheduleAt(qint64 delayMs, PendingKind kind, int member, Presence presence, quint64 call)
    {
        if (kind == PendingKind::Presence)
            ++team[size_t(member)].pending;
        schedule.push(Pending{clock.elapsed() + delayMs, ++seq, kind, member, presence, call});
    }

    // A random member matching pred, or -1. Random probes first, then a scan from a random start.
    template <typename Pred> int pick(Pred pred, int exclude = -1)
    {
        const int n = int(team.size());
        if (n == 0)
            return -1;
        for (int i = 0; i < 8; ++i) {
            const int k = int(rng.bounded(n));
            if (k != exclude && pred(team[size_t(k)]))
                return k;
        }
        const int start = int(rng.bounded(n));
        for (int i = 0; i < n; ++i) {
            const int k = (start + i) % n;
            if (k != exclude && pred(team[size_t(k)]))
                return k;
        }
        return -1;
    }

    static bool canPhone(const Member& m)
    {
        return m.extension > 0 && m.signedIn && m.presence != DoNotDisturb && m.presence != Offline &&
               m.presence != Presenting;
    }

    void onTick()
    {
        const qint64 now = clock.elapsed();
        const qint64 dt = now - lastTickMs;
        lastTickMs = now;
        budget = qMin(budget + rate * double(dt) / 1000.0, qMax(1.0, rate)); // at most 1 s of catching up
        const int n = int(budget);
        budget -= n;
        const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
        const qint64 spanStart = wallNow - qMax<qint64>(0, dt);
        for (int i = 0; i < n; ++i) {
            // Spread over the interval so event_ts increases like real events' do.
            eventMs = spanStart + (qMax<qint64>(0, dt) * (i + 1)) / n;
            if (!schedule.empty() && schedule.top().due <= now) {
                runPending();
                continue;
            }
            if (!spontaneous() && !schedule.empty()) {
                // Everybody is busy with something already scheduled: bring the next step forward.
                runPending();
            }
        }
        reportFailures(false);
        pump();
    }

    void runPending()
    {
        const Pending p = schedule.top();
        schedule.pop();
        switch (p.kind) {
        case PendingKind::Presence: {
            Member& m = team[size_t(p.member)];
            --m.pending;
            if (p.presence == OnPhoneCall && m.presence != OnPhoneCall)
                m.beforeCall = m.presence;
            presenceEvent(p.member, p.presence);
            break;
        }
        case PendingKind::Answer:
            answerCall(p.call);
            break;
        case PendingKind::End:
            endCall(p.call);
            break;
        }
    }

    // One event nobody scheduled: a presence change, a new call, signing in or out, a profile
    // change. Returns false when the whole team is busy.
    bool spontaneous()
    {
        // Mix: ~65% presence, ~25% phone, ~5% signing in/out, <1% profile changes.
        const quint32 roll = rng.bounded(100u);
        if (roll < 14 && startCall())
            return true;
        if (roll >= 14 && roll < 21 && signInOrOut())
            return true;
        if (roll == 21 && userUpdated())
            return true;
        if (changePresence())
            return true;
        return startCall() || signInOrOut();
    }

    bool changePresence()
    {
        const int k = pick([](const Member& m) {
            return m.call == 0 && m.pending == 0 && m.signedIn && m.presence != Offline &&
                   m.presence != OnPhoneCall;
        });
        if (k < 0)
            return false;
        const quint8* weights = kTransitions[team[size_t(k)].presence];
        int total = 0;
        for (int i = 0; i < PresenceCount; ++i)
            total += weights[i];
        int r = int(rng.bounded(total));
        Presence to = Available;
        for (int i = 0; i < PresenceCount; ++i) {
            r -= weights[i];
            if (r < 0) {
                to = Presence(i);
                break;
            }
        }
        presenceEvent(k, to);
        return true;
    }

    bool signInOrOut()
    {
        // Keep roughly one in ten signed out.
        const bool preferIn = signedOut * 10 > qsizetype(team.size());
        for (int attempt = 0; attempt < 2; ++attempt) {
            const bool signIn = (attempt == 0) == preferIn;
            const int k = pick([signIn](const Member& m) {
                return m.call == 0 && m.pending == 0 && m.signedIn != signIn &&
                       (signIn || m.presence == Available || m.presence == Away ||
                        m.presence == MobileSignedIn);
            });
            if (k < 0)
                continue;
            Member& m = team[size_t(k)];
            m.signedIn = signIn;
            signedOut += signIn ? -1 : 1;
            signEvent(k, signIn);
            scheduleAt(scaled(300, 1500), PendingKind::Presence, k, signIn ? Available : Offline, 0);
            return true;
        }
        return false;
    }

    bool userUpdated()
    {
        const int k = pick([](const Member& m) { return m.call == 0 && m.pending == 0; });
        if (k < 0)
            return false;
        Member& m = team[size_t(k)];
        QByteArray dept;
        do {
            dept = kDepartments[rng.bounded(int(sizeof(kDepartments) / sizeof(kDepartments[0])))];
        } while (dept == m.dept);
        QByteArray out;
        out.reserve(512);
        JsonWriter w(out);
        w.begin();
        w.str("event", "user.updated");
        w.num("event_ts", eventMs);
        w.begin("payload");
        w.str("account_id", accountId);
        w.str("operator", operatorEmail);
        w.str("operator_id", operatorId);
        w.num("time_stamp", eventMs);
        w.begin("object");
        w.str("id", m.id);
        w.str("dept", dept);
        w.end();
        w.begin("old_object");
        w.str("id", m.id);
        w.str("dept", m.dept);
        w.end();
        w.end();
        w.end();
        m.dept = dept;
        emitEvent(out);
        return true;
    }

    bool startCall()
    {
        const int caller0 =
            pick([](const Member& m) { return m.call == 0 && m.pending == 0 && canPhone(m); });
        if (caller0 < 0)
            return false;
        Call c;
        c.serial = ++callSerial;
        // Zoom's call ids are 19 digits.
        c.callId = QByteArray::number(7000000000000000000ULL +
                                      (rng.generate64() % 900000000000000ULL) * 1000ULL + (c.serial % 1000));
        const quint32 kind = rng.bounded(100u);
        const Member& m0 = team[size_t(caller0)];
        if (kind < 45) {
            const int callee =
                pick([](const Member& m) { return m.call == 0 && m.pending == 0 && canPhone(m); }, caller0);
            if (callee >= 0) {
                c.caller = caller0;
                c.callee = callee;
            }
        }
        if (c.callee < 0) {
            // With the outside world: outbound or inbound, a number in the member's area.
            QString number = m0.areaPrefix;
            for (int i = 0; i < qMax(6, m0.phoneDigits); ++i)
                number += QLatin1Char(char('0' + rng.bounded(10)));
            if (number.isEmpty() || !number.startsWith(QLatin1Char('+')))
                number.prepend(QStringLiteral("+1555"));
            c.externalNumber = number.toLatin1();
            if (rng.bounded(3u) != 0)
                c.externalName = kExternalNames[rng.bounded(kExternalNameCount)];
            if (kind < 75) {
                c.caller = caller0;
            } else {
                c.callee = caller0;
            }
        }
        c.ringingMs = eventMs;
        c.lastEventMs = eventMs;
        const quint64 serial = c.serial;
        for (const int k : {c.caller, c.callee}) {
            if (k >= 0)
                team[size_t(k)].call = serial;
        }
        const Call& stored = calls.emplace(serial, std::move(c)).first->second;
        // Ringing makes no event: phone.caller_ringing / phone.callee_ringing are not among the
        // presence app's subscriptions (ZoomCatalog), so the first event comes when someone answers.
        // The caller's status turns to On the Phone as soon as they dial.
        if (stored.caller >= 0)
            scheduleAt(scaled(100, 600), PendingKind::Presence, stored.caller, OnPhoneCall, 0);
        if (rng.bounded(100u) < 85)
            schedule.push(Pending{clock.elapsed() + scaled(2000, 8000), ++seq, PendingKind::Answer, -1,
                                  Available, serial});
        else // nobody answers: the caller gives up
            schedule.push(Pending{clock.elapsed() + scaled(10000, 25000), ++seq, PendingKind::End, -1,
                                  Available, serial});
        return true;
    }

    void answerCall(quint64 serial)
    {
        auto it = calls.find(serial);
        if (it == calls.end())
            return;
        Call& c = it->second;
        // The steps of one call carry strictly increasing event_ts, however fast the rate.
        eventMs = qMax(eventMs, c.ringingMs + 1);
        c.answered = true;
        c.answerMs = eventMs;
        // Each of our parties gets the event of its own side: the callee "answered", the caller "is
        // connected to the callee" (connected_start_time). An internal call has both.
        if (c.callee >= 0)
            phoneEvent(c, PhoneStep::CalleeAnswered);
        if (c.caller >= 0) {
            if (c.callee >= 0)
                eventMs = qMax(eventMs, c.answerMs + 1);
            phoneEvent(c, PhoneStep::CallerConnected);
        }
        c.lastEventMs = eventMs;
        if (c.callee >= 0)
            scheduleAt(scaled(100, 600), PendingKind::Presence, c.callee, OnPhoneCall, 0);
        schedule.push(
            Pending{clock.elapsed() + scaled(10000, 70000), ++seq, PendingKind::End, -1, Available, serial});
    }

    void endCall(quint64 serial)
    {
        auto it = calls.find(serial);
        if (it == calls.end())
            return;
        const Call c = std::move(it->second);
        calls.erase(it);
        eventMs = qMax(eventMs, c.lastEventMs + 1);
        // A missed call always ends on the caller's side; an answered one on either.
        const bool callerHangsUp = !c.answered || rng.bounded(2u) == 0;
        phoneEvent(c, callerHangsUp ? PhoneStep::CallerEnded : PhoneStep::CalleeEnded);
        for (const int k : {c.caller, c.callee}) {
            if (k < 0)
                continue;
            Member& m = team[size_t(k)];
            m.call = 0;
            // Back to what they were doing, unless their On the Phone status is still to be sent,
            // which then is sent and reverted in order.
            if (m.presence == OnPhoneCall || m.pending > 0)
                scheduleAt(scaled(200, 1500), PendingKind::Presence, k,
                           m.presence == OnPhoneCall ? m.beforeCall : m.presence, 0);
        }
    }

    // ---- event bodies ---------------------------------------------------------------------------

    void envelope(JsonWriter& w, const char* event)
    {
        w.begin();
        w.str("event", event);
        w.num("event_ts", eventMs);
        w.begin("payload");
        w.str("account_id", accountId);
    }

    void presenceEvent(int k, Presence to)
    {
        Member& m = team[size_t(k)];
        m.presence = to;
        const Client& client = kClients[m.client];
        QByteArray out;
        out.reserve(384);
        JsonWriter w(out);
        envelope(w, "user.presence_status_updated");
        w.begin("object");
        w.str("id", m.id);
        w.str("email", m.email);
        w.str("date_time", iso(eventMs));
        w.str("presence_status", kPresenceNames[to]);
        w.begin("app");
        w.str("type", to == MobileSignedIn ? "mobile" : client.appType);
        w.str("presence_status", kPresenceNames[to]);
        w.end();
        w.end();
        w.end();
        w.end();
        emitEvent(out);
    }

    void signEvent(int k, bool signIn)
    {
        const Member& m = team[size_t(k)];
        const Client& client = kClients[m.client];
        QByteArray out;
        out.reserve(384);
        JsonWriter w(out);
        envelope(w, signIn ? "user.signed_in" : "user.signed_out");
        w.begin("object");
        w.str("id", m.id);
        w.str("email", m.email);
        w.str("date_time", iso(eventMs));
        w.str("version", client.version);
        w.str("client_type", client.clientType);
        w.num("login_type", (m.client % 3) == 0 ? 101 : 100);
        w.end();
        w.end();
        w.end();
        emitEvent(out);
    }

    void party(JsonWriter& w, const char* key, const Call& c, int k, bool withDevice)
    {
        w.begin(key);
        if (k >= 0) {
            const Member& m = team[size_t(k)];
            w.str("extension_id", m.extensionId);
            w.str("extension_type", "user");
            w.str("user_id", m.id);
            w.str("name", m.name);
            w.str("phone_number", m.phoneNumber);
            w.num("extension_number", m.extension);
            w.str("timezone", m.timezone);
            w.str("device_type", kClients[m.client].deviceType);
            w.str("device_id", m.deviceId);
            if (withDevice)
                w.str("device_name", kClients[m.client].appType[0] == 'm' ? "Zoom Mobile" : "Zoom Workplace");
            w.str("connection_type", "voip");
        } else {
            if (!c.externalName.isEmpty())
                w.str("name", c.externalName);
            w.str("phone_number", c.externalNumber);
            w.str("connection_type", "pstn_off_net");
        }
        w.end();
    }

    void phoneEvent(const Call& c, PhoneStep step)
    {
        static const char* const names[] = {"phone.caller_connected", "phone.callee_answered",
                                            "phone.caller_ended", "phone.callee_ended"};
        const bool connected = step == PhoneStep::CallerConnected;
        const bool answered = step == PhoneStep::CalleeAnswered;
        QByteArray out;
        out.reserve(1024);
        JsonWriter w(out);
        envelope(w, names[int(step)]);
        w.begin("object");
        w.str("call_id", c.callId);
        party(w, "caller", c, c.caller, false);
        party(w, "callee", c, c.callee, answered);
        w.str("ringing_start_time", iso(c.ringingMs));
        if (connected) {
            w.str("connected_start_time", iso(c.answerMs));
        } else {
            if (c.answered)
                w.str("answer_start_time", iso(c.answerMs));
            if (!answered) {
                w.str("call_end_time", iso(eventMs));
                w.str("handup_result", c.answered ? "Call connected" : "Call Cancel");
            }
        }
        w.end();
        w.end();
        w.end();
        emitEvent(out);
    }

    void emitEvent(const QByteArray& body)
    {
        ++generated;
        if (webSocket)
            sandbox->broadcastWebSocketEvent(body);
        if (!target.isEmpty())
            enqueueWebhook(body);
    }

    // ---- HTTP -----------------------------------------------------------------------------------

    void setTarget(const QUrl& url)
    {
        if (url == target)
            return; // callers may set it again on every settings change: keep the connections
        // Events still on their way to the old target are dropped, not counted as failures: the
        // user moved the target (or turned webhooks off).
        ++targetGeneration;
        for (QNetworkAccessManager* nam : managers) {
            for (QNetworkReply* reply : nam->findChildren<QNetworkReply*>())
                reply->abort(); // finished() arrives with the old generation: ignored
        }
        inFlight = 0;
        queue.clear();
        target = url;
        targetSupported = url.scheme() == QLatin1String("http") && !url.host().isEmpty();
        prototype = QNetworkRequest(url);
        prototype.setRawHeader("User-Agent", "Zoom Marketplace/1.0a");
        prototype.setRawHeader("Content-Type", "application/json; charset=utf-8");
        prototype.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                               QNetworkRequest::ManualRedirectPolicy);
        prototype.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        prototype.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        prototype.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        prototype.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        prototype.setTransferTimeout(kRequestTimeoutMs);
        retryConnectAtMs = 0;
        connectBackoffMs = kMinConnectBackoffMs;
    }

    void enqueueWebhook(const QByteArray& body)
    {
        if (!targetSupported) {
            fail(SandboxEventSimulator::tr("only http:// addresses are supported"));
            return;
        }
        if (qsizetype(queue.size()) >= kMaxQueued) {
            fail(SandboxEventSimulator::tr("the receiver is not keeping up (%1 events waiting)")
                     .arg(queue.size()));
            return;
        }
        const QByteArray ts = QByteArray::number(eventMs / 1000);
        static const char hex[] = "0123456789abcdef";
        char id[36];
        quint64 a = rng.generate64(), b = rng.generate64();
        for (int i = 0; i < 36; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                id[i] = '_';
                continue;
            }
            quint64& src = i < 18 ? a : b;
            id[i] = hex[src & 0xf];
            src >>= 4;
        }
        Request r;
        r.body = body;
        r.timestamp = ts;
        r.signature = WebhookVerifier::sign(secretToken, ts, body);
        r.requestId = QByteArray(id, 36);
        queue.push_back(std::move(r));
    }

    void fail(const QString& reason, quint64 count = 1)
    {
        if (count == 0)
            return;
        failures += count;
        unreportedFailures += count;
        lastFailureReason = reason;
        reportFailures(false);
    }

    void reportFailures(bool force)
    {
        if (unreportedFailures == 0)
            return;
        const qint64 now = clock.elapsed();
        if (!force && now - lastFailureReportMs < kFailureReportIntervalMs)
            return;
        lastFailureReportMs = now;
        const QString detail =
            SandboxEventSimulator::tr("Simulated webhooks not delivered to %1: %n (%2)", nullptr,
                                      int(qMin<quint64>(unreportedFailures, INT_MAX)))
                .arg(target.toString(), lastFailureReason);
        unreportedFailures = 0;
        qCInfo(lcSandbox).noquote() << detail;
        emit q->deliveryFailed(detail);
    }

    void pump()
    {
        if (queue.empty() || !targetSupported)
            return;
        if (clock.elapsed() < retryConnectAtMs) {
            if (!retry.isActive())
                retry.start(int(retryConnectAtMs - clock.elapsed()) + 1);
            return;
        }
        const int wanted = qBound(1, int(rate / kEventsPerSecondPerManager) + 1, kMaxManagers);
        while (int(managers.size()) < wanted) {
            auto* nam = new QNetworkAccessManager(q);
            // The receiver is local: no system proxy in between.
            nam->setProxy(QNetworkProxy::NoProxy);
            managers.push_back(nam);
        }
        const int pool = int(managers.size());
        while (!queue.empty() && inFlight < kInFlightPerManager * pool) {
            send(std::move(queue.front()));
            queue.pop_front();
        }
    }

    void send(Request r)
    {
        QNetworkRequest request = prototype;
        request.setRawHeader("x-zm-request-timestamp", r.timestamp);
        request.setRawHeader("x-zm-signature", r.signature);
        request.setRawHeader("x-zm-request-id", r.requestId);
        QNetworkReply* reply = managers[size_t(sent++ % managers.size())]->post(request, r.body);
        ++inFlight;
        const quint64 generation = targetGeneration;
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, generation] {
            reply->deleteLater();
            if (generation != targetGeneration)
                return; // the target changed meanwhile
            --inFlight;
            onFinished(reply);
            pump();
        });
    }

    void onFinished(QNetworkReply* reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            ++delivered;
            connectBackoffMs = kMinConnectBackoffMs;
            return;
        }
        if (status > 0) {
            fail(SandboxEventSimulator::tr("the receiver answered HTTP %1").arg(status));
            return;
        }
        fail(reply->errorString());
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TimeoutError: {
            // Nothing listens there (yet): fail what is waiting, try again a little later.
            retryConnectAtMs = clock.elapsed() + connectBackoffMs;
            connectBackoffMs = qMin(connectBackoffMs * 2, kMaxConnectBackoffMs);
            const quint64 waiting = queue.size();
            queue.clear();
            fail(reply->errorString(), waiting);
            break;
        }
        default:
            break;
        }
    }
};

SandboxEventSimulator::SandboxEventSimulator(ZoomSandbox* sandbox, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->sandbox = sandbox;
    d->tick.setInterval(kTickMs);
    d->tick.setTimerType(Qt::PreciseTimer);
    connect(&d->tick, &QTimer::timeout, this, [this] { d->onTick(); });
    d->clock.start();
    d->retry.setSingleShot(true);
    // Artefacts are minutes apart: a check every second is live enough and costs nothing.
    d->ccTick.setInterval(1000);
    connect(&d->ccTick, &QTimer::timeout, this, [this] { sendContactCenterDue(); });
    connect(&d->retry, &QTimer::timeout, this, [this] { d->pump(); });
    d->buildTeam();
}

SandboxEventSimulator::~SandboxEventSimulator()
{
    d->tick.stop();
    // Replies must not report to Private once it is gone: abort them first.
    ++d->targetGeneration;
    qDeleteAll(d->managers);
    d->managers.clear();
}

void SandboxEventSimulator::setRate(double eventsPerSecond)
{
    d->rate = qMax(0.0, eventsPerSecond);
}

double SandboxEventSimulator::rate() const
{
    return d->rate;
}

void SandboxEventSimulator::setWebhookTarget(const QUrl& url)
{
    d->setTarget(url);
}

void SandboxEventSimulator::setWebSocketEnabled(bool enabled)
{
    d->webSocket = enabled;
}

void SandboxEventSimulator::start()
{
    if (d->running)
        return;
    d->running = true;
    if (d->team.empty())
        d->buildTeam();
    d->lastTickMs = d->clock.elapsed();
    d->budget = 0;
    d->tick.start();
    if (d->contactCenter) {
        d->ccTick.start();
        sendContactCenterDue();
    }
    qCInfo(lcSandbox) << "event simulator started:" << d->rate << "events/s," << d->team.size() << "people";
}

void SandboxEventSimulator::stop()
{
    if (!d->running)
        return;
    d->running = false;
    d->tick.stop();
    d->ccTick.stop();
    // What was made is still delivered; the connections close when idle or with the simulator.
    d->pump();
    qCInfo(lcSandbox) << "event simulator stopped after" << d->generated << "events";
}

bool SandboxEventSimulator::isRunning() const
{
    return d->running;
}

quint64 SandboxEventSimulator::generated() const
{
    return d->generated;
}

quint64 SandboxEventSimulator::webhooksDelivered() const
{
    return d->delivered;
}

quint64 SandboxEventSimulator::webhookFailures() const
{
    return d->failures;
}

QList<ContactCenterSandbox::Webhook> SandboxEventSimulator::emitContactCenterEvents(qint64 fromMs, qint64 toMs)
{
    const auto hooks = d->sandbox->contactCenter().webhooks(fromMs, toMs, d->sandbox->baseUrl());
    // Signed now, whatever the artefact's time: a receiver checks the signature's clock.
    const qint64 saved = d->eventMs;
    d->eventMs = QDateTime::currentMSecsSinceEpoch();
    for (const auto& w : hooks)
        if (w.delivered)
            d->emitEvent(QJsonDocument(w.event).toJson(QJsonDocument::Compact));
    d->eventMs = saved;
    d->pump();
    return hooks;
}

void SandboxEventSimulator::setContactCenterEnabled(bool enabled)
{
    d->contactCenter = enabled;
    if (!enabled) {
        d->ccTick.stop();
    } else if (d->running && !d->ccTick.isActive()) {
        d->ccTick.start();
        sendContactCenterDue();
    }
}

bool SandboxEventSimulator::contactCenterEnabled() const
{
    return d->contactCenter;
}

qint64 SandboxEventSimulator::contactCenterSentUntil() const
{
    return d->ccSentUntilMs;
}

void SandboxEventSimulator::sendContactCenterDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (d->ccSentUntilMs == 0) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        d->ccSentUntilMs = QDateTime(today.addDays(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (now <= d->ccSentUntilMs)
        return;
    const qint64 from = d->ccSentUntilMs;
    d->ccSentUntilMs = now;
    emitContactCenterEvents(from, now);
}

} // namespace syncdesk
