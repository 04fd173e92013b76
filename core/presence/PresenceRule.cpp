#include "PresenceRule.h"

#include "common/JsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace syncdesk {

namespace {

const QString kPublisher = QStringLiteral("publisher");
const QString kSubscriber = QStringLiteral("subscriber");
const QString kZoom = QStringLiteral("zoom");

Error invalid(const QString& message)
{
    return Error::make(Service::File, ErrorCode::InvalidInput, message);
}

// Reads a string member of a row; missing or not a string is a named error.
bool rowString(const QJsonObject& o, const QString& key, const QString& table, int row, QString* out,
               QString* error, bool optional = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && optional)
        return true;
    if (!v.isString()) {
        *error = v.isUndefined()
                     ? PresenceRules::tr("Row %1 of the %2 table has no \"%3\".").arg(row).arg(table, key)
                     : PresenceRules::tr("In row %1 of the %2 table, \"%3\" must be a text.")
                           .arg(row)
                           .arg(table, key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& table, int row,
               QString* error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = PresenceRules::tr("Row %1 of the %2 table has an unknown key \"%3\" (allowed: %4).")
                         .arg(row)
                         .arg(table, it.key(), allowed.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

bool rowsOf(const QJsonObject& root, const QString& table, QJsonArray* rows, QString* error)
{
    const QJsonValue v = root.value(table);
    if (v.isUndefined()) {
        *rows = {};
        return true;
    }
    if (!v.isArray()) {
        *error = PresenceRules::tr("\"%1\" must be a list of rows.").arg(table);
        return false;
    }
    *rows = v.toArray();
    for (int i = 0; i < rows->size(); ++i) {
        if (!rows->at(i).isObject()) {
            *error = PresenceRules::tr("Row %1 of the %2 table is not an object.").arg(i + 1).arg(table);
            return false;
        }
    }
    return true;
}

bool stringList(const QJsonObject& root, const QString& key, QStringList* out, QString* error)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        *error = PresenceRules::tr("\"%1\" must be a list of texts.").arg(key);
        return false;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            *error = PresenceRules::tr("\"%1\" must be a list of texts.").arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

void appendStringArray(QByteArray* out, const QStringList& items)
{
    out->append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out->append(", ");
        JsonWriter::appendString(out, QStringView(items[i]));
    }
    out->append(']');
}

// Rows one per line, so a rule file diffs well in version control.
template <typename Row, typename Fn> void appendRows(QByteArray* out, const QList<Row>& rows, Fn writeRow)
{
    if (rows.isEmpty()) {
        out->append("[]");
        return;
    }
    out->append("[\n");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out->append("    ");
        JsonWriter w(out);
        writeRow(w, rows[i]);
        w.end();
        out->append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    out->append("  ]");
}

} // namespace

CallState PresenceRules::phoneStateFromString(QStringView value)
{
    if (value == u"ringing")
        return CallState::Ringing;
    if (value == u"connected")
        return CallState::Connected;
    if (value == u"ended")
        return CallState::Ended;
    return CallState::None;
}

QString PresenceRules::tableLabel(const QString& table)
{
    if (table == kPublisher)
        return tr("publisher");
    if (table == kSubscriber)
        return tr("subscriber");
    if (table == kZoom)
        return tr("Zoom");
    return table;
}

Result<PresenceRule> PresenceRules::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(
            tr("The rule is not valid JSON: %1 at character %2.").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalid(tr("The rule must be a JSON object with \"name\", \"publisher\", \"subscriber\" and "
                          "\"zoom\"."));
    return fromJson(doc.object());
}

Result<PresenceRule> PresenceRules::fromJson(const QJsonObject& root)
{
    PresenceRule rule;
    QString error;
    static const QStringList known = {QStringLiteral("name"),
                                      QStringLiteral("skipUnavailableValidation"),
                                      kPublisher,
                                      kSubscriber,
                                      kZoom,
                                      QStringLiteral("teams"),
                                      QStringLiteral("users")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(tr("The rule has an unknown key \"%1\" (allowed: %2).")
                               .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    const QJsonValue name = root.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(tr("The rule has no \"name\"; give it one, e.g. \"EU agents\"."));
    rule.name = name.toString();
    const QJsonValue skip = root.value(QStringLiteral("skipUnavailableValidation"));
    if (!skip.isUndefined() && !skip.isBool())
        return invalid(tr("\"skipUnavailableValidation\" must be true or false."));
    rule.skipUnavailableValidation = skip.toBool(false);

    QJsonArray rows;
    if (!rowsOf(root, kPublisher, &rows, &error))
        return invalid(error);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        PublisherRow r;
        if (!checkKeys(o, {QStringLiteral("acd"), QStringLiteral("salesforce")}, kPublisher, i + 1, &error) ||
            !rowString(o, QStringLiteral("acd"), kPublisher, i + 1, &r.acd, &error) ||
            !rowString(o, QStringLiteral("salesforce"), kPublisher, i + 1, &r.salesforce, &error))
            return invalid(error);
        rule.publisher.append(r);
    }
    if (!rowsOf(root, kSubscriber, &rows, &error))
        return invalid(error);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        SubscriberRow r;
        if (!checkKeys(o, {QStringLiteral("salesforce"), QStringLiteral("acd")}, kSubscriber, i + 1,
                       &error) ||
            !rowString(o, QStringLiteral("salesforce"), kSubscriber, i + 1, &r.salesforce, &error) ||
            !rowString(o, QStringLiteral("acd"), kSubscriber, i + 1, &r.acd, &error))
            return invalid(error);
        rule.subscriber.append(r);
    }
    if (!rowsOf(root, kZoom, &rows, &error))
        return invalid(error);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        ZoomRow r;
        if (!checkKeys(o, {QStringLiteral("zoom"), QStringLiteral("phone"), QStringLiteral("acd")}, kZoom,
                       i + 1, &error) ||
            !rowString(o, QStringLiteral("zoom"), kZoom, i + 1, &r.zoom, &error, true) ||
            !rowString(o, QStringLiteral("phone"), kZoom, i + 1, &r.phone, &error, true) ||
            !rowString(o, QStringLiteral("acd"), kZoom, i + 1, &r.acd, &error))
            return invalid(error);
        if (o.contains(QStringLiteral("zoom")) == o.contains(QStringLiteral("phone")))
            return invalid(
                tr("Row %1 of the Zoom table needs either \"zoom\" (a presence value) or \"phone\" "
                   "(ringing, connected or ended), not both or neither.")
                    .arg(i + 1));
        rule.zoom.append(r);
    }
    if (!stringList(root, QStringLiteral("teams"), &rule.teams, &error) ||
        !stringList(root, QStringLiteral("users"), &rule.users, &error))
        return invalid(error);
    return rule;
}

QJsonObject PresenceRules::toJsonObject(const PresenceRule& rule)
{
    return QJsonDocument::fromJson(toJson(rule)).object();
}

QByteArray PresenceRules::toJson(const PresenceRule& rule)
{
    QByteArray out;
    out.append("{\n  \"name\": ");
    JsonWriter::appendString(&out, QStringView(rule.name));
    out.append(",\n  \"skipUnavailableValidation\": ");
    out.append(rule.skipUnavailableValidation ? "true" : "false");
    out.append(",\n  \"publisher\": ");
    appendRows(&out, rule.publisher, [](JsonWriter& w, const PublisherRow& r) {
        w.string("acd", QStringView(r.acd)).string("salesforce", QStringView(r.salesforce));
    });
    out.append(",\n  \"subscriber\": ");
    appendRows(&out, rule.subscriber, [](JsonWriter& w, const SubscriberRow& r) {
        w.string("salesforce", QStringView(r.salesforce)).string("acd", QStringView(r.acd));
    });
    out.append(",\n  \"zoom\": ");
    appendRows(&out, rule.zoom, [](JsonWriter& w, const ZoomRow& r) {
        if (r.isPhone())
            w.string("phone", QStringView(r.phone));
        else
            w.string("zoom", QStringView(r.zoom));
        w.string("acd", QStringView(r.acd));
    });
    out.append(",\n  \"teams\": ");
    appendStringArray(&out, rule.teams);
    out.append(",\n  \"users\": ");
    appendStringArray(&out, rule.users);
    out.append("\n}\n");
    return out;
}

Result<PresenceRuleContext> PresenceRules::contextFromCodesJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(
            tr("The unavailable codes are not a JSON list as `syncdeskctl acd codes --format json` "
               "prints it."));
    PresenceRuleContext c;
    c.codesKnown = true;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("name")).isString())
            return invalid(tr("An unavailable code in the list has no \"name\"."));
        PresenceRuleContext::Code code;
        code.name = o.value(QStringLiteral("name")).toString();
        code.isActive = o.value(QStringLiteral("isActive")).toBool(true);
        for (const QJsonValue& t : o.value(QStringLiteral("teams")).toArray())
            code.teams.append(t.toString());
        c.codes.append(code);
    }
    return c;
}

QList<RuleProblem> PresenceRules::validate(const PresenceRule& rule, const PresenceRuleContext& context)
{
    QList<RuleProblem> problems;
    auto add = [&](RuleProblemKind kind, const QString& table, int row, const QString& what) {
        problems.append(
            {kind, table, row, tr("%1 table, row %2: %3").arg(tableLabel(table)).arg(row).arg(what)});
    };
    QHash<QString, const PresenceRuleContext::Code*> codes;
    for (const PresenceRuleContext::Code& c : context.codes)
        codes.insert(c.name, &c);

    // An ACD state cell: existence and, for unavailable codes, assignment to every team of the rule.
    auto checkAcd = [&](const QString& table, int row, const QString& state, bool previousAllowed) {
        if (state.trimmed().isEmpty()) {
            add(RuleProblemKind::EmptyValue, table, row, tr("the ACD state is empty."));
            return;
        }
        if (state == Previous) {
            if (!previousAllowed)
                add(RuleProblemKind::PreviousInPublisher, table, row,
                    tr("\"previous\" cannot be a source of the publisher table; name an ACD state."));
            return;
        }
        if (state == Available || state == Unavailable || !context.codesKnown)
            return;
        const auto it = codes.constFind(state);
        if (it == codes.constEnd()) {
            add(RuleProblemKind::UnknownAcdState, table, row,
                tr("the ACD state \"%1\" does not exist (not Available, Unavailable or an unavailable code).")
                    .arg(state));
            return;
        }
        if (rule.skipUnavailableValidation)
            return;
        QStringList missing;
        for (const QString& team : rule.teams) {
            if (!(*it)->teams.contains(team))
                missing.append(team);
        }
        if (!missing.isEmpty())
            add(RuleProblemKind::CodeNotAssignedToTeam, table, row,
                tr("the unavailable code \"%1\" is not assigned to these teams of the rule: %2; assign it in "
                   "the ACD or turn on "
                   "\"skip validation of unavailable codes\".")
                    .arg(state, missing.join(QStringLiteral(", "))));
    };
    auto checkSalesforce = [&](const QString& table, int row, const QString& status) {
        if (status.trimmed().isEmpty()) {
            add(RuleProblemKind::EmptyValue, table, row, tr("the Salesforce status is empty."));
            return;
        }
        if (context.salesforceStatuses && !context.salesforceStatuses->contains(status))
            add(RuleProblemKind::UnknownSalesforceStatus, table, row,
                tr("the Salesforce presence status \"%1\" does not exist in the org.").arg(status));
    };

    QSet<QString> seen;
    for (int i = 0; i < rule.publisher.size(); ++i) {
        const PublisherRow& r = rule.publisher[i];
        if (!r.acd.isEmpty() && seen.contains(r.acd))
            add(RuleProblemKind::DuplicateSource, kPublisher, i + 1,
                tr("the ACD state \"%1\" already has a row.").arg(r.acd));
        seen.insert(r.acd);
        checkAcd(kPublisher, i + 1, r.acd, false);
        checkSalesforce(kPublisher, i + 1, r.salesforce);
    }
    const QSet<QString> published = seen;

    seen.clear();
    for (int i = 0; i < rule.subscriber.size(); ++i) {
        const SubscriberRow& r = rule.subscriber[i];
        if (!r.salesforce.isEmpty() && seen.contains(r.salesforce))
            add(RuleProblemKind::DuplicateSource, kSubscriber, i + 1,
                tr("the Salesforce status \"%1\" already has a row.").arg(r.salesforce));
        seen.insert(r.salesforce);
        checkSalesforce(kSubscriber, i + 1, r.salesforce);
        checkAcd(kSubscriber, i + 1, r.acd, true);
        if (!r.acd.isEmpty() && r.acd != Previous && !published.contains(r.acd))
            add(RuleProblemKind::NoPublisherRow, kSubscriber, i + 1,
                tr("the ACD state \"%1\" has no publisher row, so Salesforce would not follow the ACD back; "
                   "add a "
                   "publisher row for it.")
                    .arg(r.acd));
    }

    seen.clear();
    for (int i = 0; i < rule.zoom.size(); ++i) {
        const ZoomRow& r = rule.zoom[i];
        QString key;
        if (r.isPhone()) {
            if (phoneStateFromString(r.phone) == CallState::None)
                add(RuleProblemKind::UnknownPhoneState, kZoom, i + 1,
                    tr("the phone state \"%1\" does not exist; use ringing, connected or ended.")
                        .arg(r.phone));
            key = QStringLiteral("phone:") + r.phone;
        } else {
            const PresenceState p = ZoomEventParser::presenceFromString(r.zoom);
            if (p == PresenceState::None || p == PresenceState::Other)
                add(RuleProblemKind::UnknownZoomValue, kZoom, i + 1,
                    tr("the Zoom presence \"%1\" does not exist (e.g. Available, Away, Do_Not_Disturb, "
                       "In_Meeting, "
                       "On_Phone_Call).")
                        .arg(r.zoom));
            // Webhook and REST spellings of one presence are the same source.
            key = QStringLiteral("zoom:") + QString::number(int(p)) +
                  (p == PresenceState::Other ? r.zoom : QString());
        }
        if (seen.contains(key))
            add(RuleProblemKind::DuplicateSource, kZoom, i + 1,
                tr("\"%1\" already has a row.").arg(r.isPhone() ? r.phone : r.zoom));
        seen.insert(key);
        checkAcd(kZoom, i + 1, r.acd, true);
    }
    return problems;
}

} // namespace syncdesk
