#pragma once

#include "PresenceRule.h"
#include "zoom/ZoomEvent.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace syncdesk {

// One input of the simulator: a Zoom presence or phone event, a Salesforce status change, or
// anything else (an event that moves no agent; it still gets a step, so output lines match input).
struct PresenceSimInput
{
    enum class Kind : quint8
    {
        ZoomPresence,
        ZoomPhone,
        SalesforceStatus,
        Other
    };
    Kind kind = Kind::Other;
    QString event;  // "user.presence_status_updated", "phone.callee_answered", "salesforce.presence_changed"
    QString email;  // as the event carries it; empty when it carries none (phone events)
    QString userId; // Zoom user ID (phone events name the user only by it)
    PresenceState presence = PresenceState::None;
    QString presenceRaw;
    CallState call = CallState::None;
    QString salesforceStatus; // DeveloperName

    static PresenceSimInput fromZoom(const ZoomEvent& event);
    static PresenceSimInput salesforce(const QString& email, const QString& status);
};

enum class PresenceSimNote : quint8
{
    None,
    Unmapped,            // the source value has no row in its table, or the new ACD state no publisher row
    PreviousRestored,    // `previous` took the agent back to an earlier ACD state
    UnavailableFallback, // an unmapped Salesforce status with skip validation on set `Unavailable`
};

struct PresenceSimStep
{
    QString email;        // lower-case; empty when the input names no agent (see PresenceSimulator)
    bool isAgent = false; // the e-mail is an agent of the rule and acd/salesforce are its states
    QString acd;          // after the input
    QString salesforce;   // after the input; empty while no publisher row gave one
    bool acdChanged = false;
    PresenceSimNote note = PresenceSimNote::None;
    // The ACD state that was set has no publisher row: Salesforce was left as it was. Reported as
    // note Unmapped unless another note (previous restored, unavailable fallback) takes the place.
    bool noPublisherRow = false;
};

// Predicts every agent's ACD state and Salesforce status under one presence rule (issue 8 §6).
//
// Per agent (keyed by lower-case e-mail), starting from ACD `Available` and the publisher's status
// for `Available` (empty if it has none):
//  - a Zoom presence or phone event looks up the Zoom table; a Salesforce status change looks up
//    the subscriber table; the resulting ACD state is set, then the publisher table gives the
//    Salesforce status.
//  - `previous` is the ACD state the agent had before its most recent change of ACD state (an agent
//    whose state never changed has `Available` as previous: restoring it is then no change).
//  - setting the state the agent already has is no change (previous stays as it was).
//  - a source value not in its table leaves the agent's ACD state unchanged, note Unmapped; except a
//    Salesforce status when the rule skips unavailable-code validation: it sets `Unavailable`, note
//    UnavailableFallback.
//  - a new ACD state without a publisher row leaves Salesforce unchanged (noPublisherRow).
//  - a Salesforce status change is what Salesforce now shows: the agent's Salesforce status becomes
//    that status even when it is unmapped or the ACD state does not change; only an ACD change with
//    a publisher row replaces it afterwards (the round trip).
//
// Who is an agent: the rule's users, matched by e-mail (case-insensitive). Team membership is not in
// an event stream; so when the rule names teams, every e-mail counts as an agent unless the caller
// gives the teams' members (setTeamMembers). A rule with neither users nor teams applies to every
// e-mail. An e-mail that is not an agent gets a step with its e-mail, isAgent false, empty states.
//
// Phone events name the user only by Zoom user ID: the simulator learns ID → e-mail from every event
// that carries both (presence events do), and from the Zoom account's user list (learnUser), so a
// call before the user's first presence event is predicted too. A phone event of a user known from
// neither, and every event that is neither presence, phone nor Salesforce, gives a step with an
// empty e-mail.
class PresenceSimulator
{
    Q_DECLARE_TR_FUNCTIONS(PresenceSimulator)
public:
    struct Agent
    {
        QString acd = PresenceRules::Available;
        QString previous = PresenceRules::Available;
        QString salesforce;
    };

    explicit PresenceSimulator(PresenceRule rule);

    // The members (e-mails) of the rule's teams; without it, teams do not restrict the agents.
    void setTeamMembers(const QStringList& emails);
    // A Zoom user ID and its e-mail, e.g. from the account's user list; an event carrying both
    // later wins.
    void learnUser(const QString& userId, const QString& email);
    PresenceSimStep apply(const PresenceSimInput& input);
    std::optional<Agent> agent(const QString& email) const;
    QStringList agentEmails() const; // sorted
    bool isAgent(const QString& email) const;
    const PresenceRule& rule() const { return m_rule; }

    // Stable names for files and the CLI: "", "unmapped", "previous restored", "unavailable fallback".
    static QString noteName(PresenceSimNote note);
    static QString noteLabel(PresenceSimNote note); // translated

    // One line of an events file: a Salesforce change {"event": "salesforce.presence_changed",
    // "email", "status"}, a capture line (CaptureWriter: "body" / "body_base64"), a `syncdeskctl
    // monitor` line ({"event", "user_id", "email", "payload"}) or a bare Zoom event body. False with a
    // translated reason when the line is not a JSON object or a Salesforce line lacks its fields.
    static bool inputFromLine(QByteArrayView line, PresenceSimInput* input, QString* error);

private:
    Agent& agentFor(const QString& email);
    QString publish(const QString& acd, bool* found) const;

    PresenceRule m_rule;
    QSet<QString> m_users; // lower-case
    std::optional<QSet<QString>> m_teamMembers;
    QHash<QString, Agent> m_agents;
    QHash<QString, QString> m_emailOfUserId;
    QString m_initialSalesforce;
};

} // namespace syncdesk
