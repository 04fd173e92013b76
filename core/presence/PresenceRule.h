#pragma once

#include "common/Error.h"
#include "zoom/ZoomEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

// A presence rule: how ACD states, Salesforce presence statuses and Zoom presence / phone events
// map onto each other for a set of teams and users. Its JSON form is the profile's, the
// import/export's and `syncdeskctl rules`' rule file, in this key order:
//   {"name": "EU agents", "skipUnavailableValidation": false,
//    "publisher": [{"acd": "Available", "salesforce": "Available_for_Chats"}],
//    "subscriber": [{"salesforce": "Busy_On_Case", "acd": "previous"}],
//    "zoom": [{"zoom": "Do_Not_Disturb", "acd": "Meeting"}, {"phone": "ended", "acd": "previous"}],
//    "teams": ["Team EU"], "users": ["anna.lehmann@example.com"]}
// ACD states are `Available`, `Unavailable` (the system default) and the unavailable-code names;
// `previous` (subscriber and Zoom tables only) means the state before the agent's last change.

struct PublisherRow
{
    QString acd;
    QString salesforce;
    bool operator==(const PublisherRow&) const = default;
};

struct SubscriberRow
{
    QString salesforce;
    QString acd; // or "previous"
    bool operator==(const SubscriberRow&) const = default;
};

// Exactly one of zoom / phone is set. zoom keeps the spelling the user wrote (webhook
// "Do_Not_Disturb" or REST "Do not disturb"): rows compare by ZoomEventParser::presenceFromString.
struct ZoomRow
{
    QString zoom;  // Zoom presence value
    QString phone; // "ringing" | "connected" | "ended"
    QString acd;   // or "previous"
    bool isPhone() const { return !phone.isEmpty(); }
    bool operator==(const ZoomRow&) const = default;
};

struct PresenceRule
{
    QString name;
    bool skipUnavailableValidation = false;
    QList<PublisherRow> publisher;
    QList<SubscriberRow> subscriber;
    QList<ZoomRow> zoom;
    QStringList teams;
    QStringList users; // e-mail addresses
    bool operator==(const PresenceRule&) const = default;
};

// What validation checks names against. Without codes (codesKnown false) ACD state names and team
// assignment are not checked (only `Available`, `Unavailable` and `previous` are known); without
// Salesforce statuses their names are not checked.
struct PresenceRuleContext
{
    struct Code
    {
        QString name;
        QStringList teams;
        bool isActive = true;
    };
    bool codesKnown = false;
    QList<Code> codes;
    std::optional<QStringList> salesforceStatuses; // DeveloperNames
};

enum class RuleProblemKind : quint8
{
    DuplicateSource, // a source state / status / value appears twice in one table
    UnknownAcdState, // not Available, Unavailable or an unavailable code
    UnknownSalesforceStatus,
    UnknownZoomValue,  // neither a webhook nor a REST presence spelling
    UnknownPhoneState, // not ringing / connected / ended
    CodeNotAssignedToTeam,
    NoPublisherRow, // a subscriber row's ACD state has no publisher row: the round trip breaks
    PreviousInPublisher,
    EmptyValue, // a cell left empty
};

struct RuleProblem
{
    RuleProblemKind kind;
    QString table;   // "publisher", "subscriber", "zoom" (stable names, as in the JSON)
    int row = 0;     // 1-based
    QString message; // translated; names the table and the row
};

class PresenceRules
{
    Q_DECLARE_TR_FUNCTIONS(PresenceRules)
public:
    static inline const QString Previous = QStringLiteral("previous");
    static inline const QString Available = QStringLiteral("Available");
    static inline const QString Unavailable = QStringLiteral("Unavailable");

    // A malformed file (not JSON, wrong types, unknown table keys, a Zoom row with both or neither
    // of zoom/phone) is an InvalidInput error whose message says where.
    static Result<PresenceRule> fromJson(const QByteArray& json);
    static Result<PresenceRule> fromJson(const QJsonObject& object);
    static QJsonObject toJsonObject(const PresenceRule& rule);
    static QByteArray toJson(const PresenceRule& rule); // keys in the documented order, indented

    // Every problem, in table order; empty when the rule is valid.
    static QList<RuleProblem> validate(const PresenceRule& rule, const PresenceRuleContext& context = {});

    // `acd codes --format json`: [{"name", "isActive", "teams": [names]}].
    static Result<PresenceRuleContext> contextFromCodesJson(const QByteArray& json);

    // "ringing" / "connected" / "ended" ↔ CallState; None for anything else.
    static CallState phoneStateFromString(QStringView value);
    // The table's name as people read it (translated).
    static QString tableLabel(const QString& table);
};

} // namespace syncdesk
