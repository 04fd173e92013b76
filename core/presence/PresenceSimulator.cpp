#include "PresenceSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>

namespace syncdesk {

namespace {

const QString kSalesforceEvent = QStringLiteral("salesforce.presence_changed");

} // namespace

PresenceSimInput PresenceSimInput::fromZoom(const ZoomEvent& e)
{
    PresenceSimInput in;
    in.event = e.name;
    in.email = e.email;
    in.userId = e.userId;
    if (e.type == ZoomEventType::UserPresenceStatusUpdated) {
        in.kind = Kind::ZoomPresence;
        in.presence = e.presence;
        in.presenceRaw = e.presenceRaw;
    } else if (e.callState != CallState::None) {
        in.kind = Kind::ZoomPhone;
        in.call = e.callState;
    }
    return in;
}

PresenceSimInput PresenceSimInput::salesforce(const QString& email, const QString& status)
{
    PresenceSimInput in;
    in.kind = Kind::SalesforceStatus;
    in.event = kSalesforceEvent;
    in.email = email;
    in.salesforceStatus = status;
    return in;
}

PresenceSimulator::PresenceSimulator(PresenceRule rule) : m_rule(std::move(rule))
{
    for (const QString& u : std::as_const(m_rule.users))
        m_users.insert(u.trimmed().toLower());
    bool found = false;
    m_initialSalesforce = publish(PresenceRules::Available, &found);
}

void PresenceSimulator::setTeamMembers(const QStringList& emails)
{
    QSet<QString> members;
    for (const QString& e : emails)
        members.insert(e.trimmed().toLower());
    m_teamMembers = std::move(members);
}

bool PresenceSimulator::isAgent(const QString& email) const
{
    const QString key = email.trimmed().toLower();
    if (key.isEmpty())
        return false;
    if (m_users.contains(key))
        return true;
    if (!m_rule.teams.isEmpty())
        return !m_teamMembers || m_teamMembers->contains(key);
    return m_users.isEmpty();
}

PresenceSimulator::Agent& PresenceSimulator::agentFor(const QString& email)
{
    auto it = m_agents.find(email);
    if (it == m_agents.end()) {
        Agent a;
        a.salesforce = m_initialSalesforce;
        it = m_agents.insert(email, a);
    }
    return *it;
}

QString PresenceSimulator::publish(const QString& acd, bool* found) const
{
    for (const PublisherRow& r : m_rule.publisher) {
        if (r.acd == acd) {
            *found = true;
            return r.salesforce;
        }
    }
    *found = false;
    return {};
}

std::optional<PresenceSimulator::Agent> PresenceSimulator::agent(const QString& email) const
{
    const auto it = m_agents.constFind(email.trimmed().toLower());
    if (it == m_agents.constEnd())
        return std::nullopt;
    return *it;
}

QStringList PresenceSimulator::agentEmails() const
{
    QStringList list = m_agents.keys();
    std::sort(list.begin(), list.end());
    return list;
}

void PresenceSimulator::learnUser(const QString& userId, const QString& email)
{
    const QString normalized = email.trimmed().toLower();
    if (!userId.isEmpty() && !normalized.isEmpty())
        m_emailOfUserId.insert(userId, normalized);
}

PresenceSimStep PresenceSimulator::apply(const PresenceSimInput& in)
{
    PresenceSimStep step;
    QString email = in.email.trimmed().toLower();
    if (!in.userId.isEmpty()) {
        if (!email.isEmpty())
            m_emailOfUserId.insert(in.userId, email);
        else
            email = m_emailOfUserId.value(in.userId);
    }
    if (in.kind == PresenceSimInput::Kind::Other)
        return step; // concerns no agent
    step.email = email;
    if (!isAgent(email))
        return step;
    step.isAgent = true;
    Agent& a = agentFor(email);

    // The table lookup: the target ACD state, or nothing (unmapped).
    std::optional<QString> target;
    switch (in.kind) {
    case PresenceSimInput::Kind::ZoomPresence:
        for (const ZoomRow& r : std::as_const(m_rule.zoom)) {
            if (r.isPhone())
                continue;
            const PresenceState p = ZoomEventParser::presenceFromString(r.zoom);
            // Known presences compare by meaning (webhook vs REST spelling); unknown ones as written.
            const bool match = in.presence != PresenceState::Other
                                   ? p == in.presence
                                   : (p == PresenceState::Other && r.zoom == in.presenceRaw);
            if (match && in.presence != PresenceState::None) {
                target = r.acd;
                break;
            }
        }
        break;
    case PresenceSimInput::Kind::ZoomPhone:
        for (const ZoomRow& r : std::as_const(m_rule.zoom)) {
            if (r.isPhone() && PresenceRules::phoneStateFromString(r.phone) == in.call) {
                target = r.acd;
                break;
            }
        }
        break;
    case PresenceSimInput::Kind::SalesforceStatus:
        a.salesforce = in.salesforceStatus; // what Salesforce now shows, mapped or not
        for (const SubscriberRow& r : std::as_const(m_rule.subscriber)) {
            if (r.salesforce == in.salesforceStatus) {
                target = r.acd;
                break;
            }
        }
        if (!target && m_rule.skipUnavailableValidation) {
            target = PresenceRules::Unavailable;
            step.note = PresenceSimNote::UnavailableFallback;
        }
        break;
    case PresenceSimInput::Kind::Other:
        break;
    }

    if (!target) {
        step.note = PresenceSimNote::Unmapped;
    } else {
        QString next = *target;
        const bool restoring = next == PresenceRules::Previous;
        if (restoring)
            next = a.previous;
        if (next != a.acd) {
            a.previous = a.acd;
            a.acd = next;
            step.acdChanged = true;
            if (restoring)
                step.note = PresenceSimNote::PreviousRestored;
            bool found = false;
            const QString status = publish(next, &found);
            if (found) {
                a.salesforce = status;
            } else {
                step.noPublisherRow = true;
                if (step.note == PresenceSimNote::None)
                    step.note = PresenceSimNote::Unmapped;
            }
        }
    }
    step.acd = a.acd;
    step.salesforce = a.salesforce;
    return step;
}

QString PresenceSimulator::noteName(PresenceSimNote note)
{
    switch (note) {
    case PresenceSimNote::None:
        return {};
    case PresenceSimNote::Unmapped:
        return QStringLiteral("unmapped");
    case PresenceSimNote::PreviousRestored:
        return QStringLiteral("previous restored");
    case PresenceSimNote::UnavailableFallback:
        return QStringLiteral("unavailable fallback");
    }
    return {};
}

QString PresenceSimulator::noteLabel(PresenceSimNote note)
{
    switch (note) {
    case PresenceSimNote::None:
        return {};
    case PresenceSimNote::Unmapped:
        return tr("Unmapped");
    case PresenceSimNote::PreviousRestored:
        return tr("Previous state restored");
    case PresenceSimNote::UnavailableFallback:
        return tr("Unavailable (fallback)");
    }
    return {};
}

bool PresenceSimulator::inputFromLine(QByteArrayView line, PresenceSimInput* input, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The line is not a JSON object.");
        return false;
    }
    const QJsonObject o = doc.object();
    const QString event = o.value(QStringLiteral("event")).toString();
    if (event == kSalesforceEvent) {
        const QString email = o.value(QStringLiteral("email")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        if (email.isEmpty() || status.isEmpty()) {
            *error = tr("A salesforce.presence_changed line needs \"email\" and \"status\".");
            return false;
        }
        *input = PresenceSimInput::salesforce(email, status);
        return true;
    }
    // Capture lines keep the body as received (a string, or base64 when it is not UTF-8).
    const QJsonValue body = o.value(QStringLiteral("body"));
    const QJsonValue body64 = o.value(QStringLiteral("body_base64"));
    ZoomEvent parsed;
    if (body.isString()) {
        parsed = ZoomEventParser::parse(body.toString().toUtf8());
    } else if (body64.isString()) {
        parsed = ZoomEventParser::parse(QByteArray::fromBase64(body64.toString().toLatin1()));
    } else if (o.value(QStringLiteral("payload")).isObject()) {
        // A `syncdeskctl monitor` line or a bare Zoom body: the parser reads {event, event_ts, payload}.
        QJsonObject zoom;
        zoom.insert(QStringLiteral("event"), event);
        if (o.contains(QStringLiteral("event_ts")))
            zoom.insert(QStringLiteral("event_ts"), o.value(QStringLiteral("event_ts")));
        zoom.insert(QStringLiteral("payload"), o.value(QStringLiteral("payload")));
        parsed = ZoomEventParser::parse(zoom);
    } else {
        parsed.name = event;
    }
    *input = PresenceSimInput::fromZoom(parsed);
    if (input->event.isEmpty())
        input->event = event;
    // The monitor's line names the user at top level too (the parser may not find it in a payload).
    if (input->email.isEmpty())
        input->email = o.value(QStringLiteral("email")).toString();
    if (input->userId.isEmpty())
        input->userId = o.value(QStringLiteral("user_id")).toString();
    return true;
}

} // namespace syncdesk
