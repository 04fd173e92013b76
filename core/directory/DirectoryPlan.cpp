#include "directory/DirectoryPlan.h"

#include "common/CsvWriter.h"
#include "common/JsonWriter.h"
#include "directory/DirectoryDiffer.h"

#include <QHash>
#include <QJsonArray>
#include <array>
#include <QJsonDocument>

namespace syncdesk {

namespace {

// CXone refuses a phone or mobile number longer than this (entryResults: "Phone exceeds 30
// characters."); such a user is skipped with a reason instead of failing at apply time.
constexpr qsizetype kPhoneLimit = 30;

const QString kPending = QStringLiteral("pending");
const QString kActive = QStringLiteral("active");

QString fieldValue(const AcdEntry& e, int index)
{
    switch (index) {
    case 0:
        return e.firstName;
    case 1:
        return e.middleName;
    case 2:
        return e.lastName;
    case 3:
        return e.company;
    case 4:
        return e.phone;
    case 5:
        return e.mobile;
    default:
        return e.email;
    }
}

// Where each ACD field's value comes from, resolved once per run: the diff of 100,000 users
// compared Zoom field names 7 times per user before (bench_directory: 450-510 ms of CPU for the
// diff; the target is 300 ms).
enum class Source
{
    None,
    FirstName,
    LastName,
    Email,
    Dept,
    Phone,
    Extension,
    Id,
    Status,
    Raw
};

struct ResolvedMapping
{
    std::array<Source, 7> source{};
    std::array<QString, 7> rawField;

    explicit ResolvedMapping(const DirectoryMapping& mapping)
    {
        static const QHash<QString, Source> known = {
            {QStringLiteral("first_name"), Source::FirstName}, {QStringLiteral("last_name"), Source::LastName},
            {QStringLiteral("email"), Source::Email},          {QStringLiteral("dept"), Source::Dept},
            {QStringLiteral("phone"), Source::Phone},          {QStringLiteral("extension"), Source::Extension},
            {QStringLiteral("id"), Source::Id},                {QStringLiteral("status"), Source::Status}};
        const QStringList& names = DirectoryMapping::acdFields();
        for (int i = 0; i < 7; ++i) {
            const QString z = mapping.zoomFieldFor(names.at(i));
            source[i] = z.isEmpty() ? Source::None : known.value(z, Source::Raw);
            if (source[i] == Source::Raw)
                rawField[i] = z;
        }
    }

    QString value(const DirectorySourceUser& u, int i) const
    {
        switch (source[i]) {
        case Source::None:
            return {};
        case Source::FirstName:
            return u.firstName;
        case Source::LastName:
            return u.lastName;
        case Source::Email:
            return u.email;
        case Source::Dept:
            return u.dept;
        case Source::Phone:
            return u.phone;
        case Source::Extension:
            return u.extension;
        case Source::Id:
            return u.id;
        case Source::Status:
            return u.status;
        case Source::Raw:
            return u.field(rawField[i]);
        }
        return {};
    }
};

QString* fieldRef(AcdEntry& e, int index)
{
    switch (index) {
    case 0:
        return &e.firstName;
    case 1:
        return &e.middleName;
    case 2:
        return &e.lastName;
    case 3:
        return &e.company;
    case 4:
        return &e.phone;
    case 5:
        return &e.mobile;
    default:
        return &e.email;
    }
}

const QString& fieldRef(const AcdEntry& e, int index)
{
    return *fieldRef(const_cast<AcdEntry&>(e), index); // the same switch, read-only
}

QJsonObject fieldsJson(const AcdEntry& e)
{
    QJsonObject o;
    const QStringList& names = DirectoryMapping::acdFields();
    for (int i = 0; i < names.size(); ++i)
        o.insert(names.at(i), fieldValue(e, i));
    return o;
}

QString domainOf(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1);
}

bool listHas(const QStringList& list, const QString& value)
{
    for (const QString& v : list)
        if (v.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Which list of a filter `user` falls into (include: "" when it passes every non-empty list;
// exclude: "" when it is in none). `what` gets the list's name for people, `value` the user's value.
bool inFilter(const DirectoryFilter& f, const DirectorySourceUser& u, bool all, QString* what, QString* value)
{
    struct Check
    {
        const QStringList* list;
        QString value;
        QString name;
    };
    const Check checks[] = {
        {&f.departments, u.dept, DirectoryPlan::tr("department")},
        {&f.domains, domainOf(u.email), DirectoryPlan::tr("e-mail domain")},
        {&f.userTypes, QString::number(u.type), DirectoryPlan::tr("user type")},
        {&f.statuses, u.status, DirectoryPlan::tr("status")},
    };
    for (const Check& c : checks) {
        if (c.list->isEmpty())
            continue;
        const bool has = listHas(*c.list, c.value);
        if (all && !has) { // include: the first list the user is not in
            *what = c.name;
            *value = c.value;
            return false;
        }
        if (!all && has) { // exclude: the first list the user is in
            *what = c.name;
            *value = c.value;
            return true;
        }
    }
    return all;
}

DirectoryChange skip(const QString& externalId, const QString& reason)
{
    DirectoryChange c;
    c.action = DirectoryAction::Skip;
    c.externalId = externalId;
    c.reason = reason;
    return c;
}

} // namespace

DirectorySourceUser DirectorySourceUser::fromZoom(const QJsonObject& user)
{
    DirectorySourceUser u;
    u.id = user.value(QStringLiteral("id")).toString();
    u.email = user.value(QStringLiteral("email")).toString();
    u.firstName = user.value(QStringLiteral("first_name")).toString();
    u.lastName = user.value(QStringLiteral("last_name")).toString();
    u.dept = user.value(QStringLiteral("dept")).toString();
    u.status = user.value(QStringLiteral("status")).toString();
    u.type = user.value(QStringLiteral("type")).toInt();
    u.raw = user;
    return u;
}

QString DirectorySourceUser::field(const QString& zoomField) const
{
    // The common fields without a JSON lookup: the diff of 100,000 users has a tight budget.
    if (zoomField.isEmpty())
        return {};
    if (zoomField == QLatin1String("first_name"))
        return firstName;
    if (zoomField == QLatin1String("last_name"))
        return lastName;
    if (zoomField == QLatin1String("email"))
        return email;
    if (zoomField == QLatin1String("dept"))
        return dept;
    if (zoomField == QLatin1String("phone"))
        return phone;
    if (zoomField == QLatin1String("extension"))
        return extension;
    if (zoomField == QLatin1String("id"))
        return id;
    if (zoomField == QLatin1String("status"))
        return status;
    const QJsonValue v = raw.value(zoomField);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

QString DirectoryChange::actionName(DirectoryAction a)
{
    switch (a) {
    case DirectoryAction::Add:
        return QStringLiteral("add");
    case DirectoryAction::Update:
        return QStringLiteral("update");
    case DirectoryAction::Remove:
        return QStringLiteral("remove");
    case DirectoryAction::Skip:
        return QStringLiteral("skip");
    case DirectoryAction::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QJsonObject DirectoryChange::toJson() const
{
    QJsonObject o{{QStringLiteral("action"), actionName(action)},
                  {QStringLiteral("externalId"), externalId},
                  {QStringLiteral("before"), before ? QJsonValue(fieldsJson(*before)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("after"), after ? QJsonValue(fieldsJson(*after)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}};
    if (action == DirectoryAction::Skip)
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

double DirectoryCounts::removalPercent() const
{
    return bookEntries <= 0 ? 0.0 : 100.0 * double(remove) / double(bookEntries);
}

namespace {

// Why `user` is not among the users the sync includes (pending, inactive, filtered out), or ""
// when it is. Such a user's existing entry is removed; a user that is included but cannot be
// written (no name, a number too long) is skipped and its entry left as it is.
QString exclusionReason(const DirectorySourceUser& user, const DirectoryMapping& mapping)
{
    if (user.id.isEmpty() || user.status == kPending)
        return DirectoryPlan::tr("Pending user: no Zoom user ID yet. The entry is written once the user has "
                                 "accepted the Zoom invitation.");
    if (mapping.onlyActive && user.status != kActive)
        return DirectoryPlan::tr("Inactive in Zoom (status “%1”); only active users are synced. Set "
                                 "“onlyActive” to false to include them.")
            .arg(user.status);
    QString what, value;
    if (!mapping.include.isEmpty() && !inFilter(mapping.include, user, true, &what, &value))
        return DirectoryPlan::tr("Not included by the filter on %1: “%2” is not in the include list.")
            .arg(what, value);
    if (!mapping.exclude.isEmpty() && inFilter(mapping.exclude, user, false, &what, &value))
        return DirectoryPlan::tr("Excluded by the filter on %1 (“%2”).").arg(what, value);
    return {};
}

} // namespace

namespace {

DirectoryChange mapResolved(const DirectorySourceUser& user, const DirectoryMapping& mapping,
                            const ResolvedMapping& resolved, const NumberTranslator& translator)
{
    const QString excluded = exclusionReason(user, mapping);
    if (!excluded.isEmpty())
        return skip(user.id.isEmpty() ? user.email : user.id, excluded);

    AcdEntry e;
    e.externalId = user.id;
    for (int i = 0; i < 7; ++i) {
        if (resolved.source[i] == Source::None)
            continue;
        QString v = resolved.value(user, i).trimmed();
        if (i == 4 || i == 5) // phone, mobile
            v = translator.translate(v);
        *fieldRef(e, i) = v;
    }
    if (e.firstName.isEmpty() && e.lastName.isEmpty())
        return skip(user.id, DirectoryPlan::tr("No first or last name (%1): agents could not find the entry. Add the name "
                                "in Zoom or map another field.")
                                 .arg(user.email));
    for (int i : {4, 5}) {
        const QString v = fieldValue(e, i);
        if (v.size() > kPhoneLimit)
            return skip(user.id, DirectoryPlan::tr("The %1 number “%2” is longer than %3 characters after translation; the "
                                    "ACD would refuse it. Check the number translation rules.")
                                     .arg(i == 4 ? DirectoryPlan::tr("phone") : DirectoryPlan::tr("mobile"), v)
                                     .arg(kPhoneLimit));
    }
    if (mapping.appendExtension && !user.extension.isEmpty())
        e.lastName = e.lastName.isEmpty() ? QStringLiteral("(%1)").arg(user.extension)
                                          : QStringLiteral("%1 (%2)").arg(e.lastName, user.extension);

    DirectoryChange c;
    c.action = DirectoryAction::Add;
    c.externalId = user.id;
    c.after = std::move(e);
    return c;
}

} // namespace

DirectoryChange DirectoryPlan::mapUser(const DirectorySourceUser& user, const DirectoryMapping& mapping,
                                       const NumberTranslator& translator)
{
    return mapResolved(user, mapping, ResolvedMapping(mapping), translator);
}

DirectoryDiffer::DirectoryDiffer(QList<AcdEntry> entries, const DirectoryMapping& mapping,
                                 const NumberTranslator& translator)
    : m_entries(std::move(entries)), m_claimed(m_entries.size(), false), m_mapping(mapping),
      m_translator(translator)
{
    m_byExternalId.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString& id = m_entries.at(i).externalId;
        if (!id.isEmpty() && !m_byExternalId.contains(id))
            m_byExternalId.insert(id, i);
    }
    m_counts.bookEntries = int(m_entries.size());
}

QStringList DirectoryDiffer::changedFields(const AcdEntry& before, const AcdEntry& after)
{
    QStringList out;
    const QStringList& names = DirectoryMapping::acdFields();
    for (int i = 0; i < names.size(); ++i) {
        // Views: no copies or allocations for the 100,000 × 7 comparisons of a large diff.
        const QStringView a = QStringView(fieldRef(before, i)).trimmed();
        const QStringView b = QStringView(fieldRef(after, i)).trimmed();
        const Qt::CaseSensitivity cs = i == 6 ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (a.compare(b, cs) != 0)
            out.append(names.at(i));
    }
    return out;
}

void DirectoryDiffer::addUsers(const QList<DirectorySourceUser>& users, QList<DirectoryChange>* out)
{
    const ResolvedMapping resolved(m_mapping);
    for (const DirectorySourceUser& u : users) {
        DirectoryChange c = mapResolved(u, m_mapping, resolved, m_translator);
        const auto it = u.id.isEmpty() ? m_byExternalId.cend() : m_byExternalId.constFind(u.id);
        const bool inBook = it != m_byExternalId.cend();
        if (inBook && m_claimed.at(*it))
            continue; // the same user twice (paging overlap): counted once
        if (inBook)
            m_claimed[*it] = true;
        if (c.action == DirectoryAction::Skip) {
            if (inBook && !exclusionReason(u, m_mapping).isEmpty()) {
                // In the book, but no longer among the included users: removed, and the reason
                // says why (the GUI shows it; the JSON Lines carry it for skips only).
                c.action = DirectoryAction::Remove;
                c.before = m_entries.at(*it);
                ++m_counts.remove;
            } else {
                // Not excluded but not writable (no name, a number too long): the book's entry,
                // if any, stays as it is until the data in Zoom is fixed.
                ++m_counts.skip;
            }
            out->append(std::move(c));
            continue;
        }
        if (!inBook) {
            ++m_counts.add;
            out->append(std::move(c));
            continue;
        }
        const AcdEntry& before = m_entries.at(*it);
        c.changed = changedFields(before, *c.after);
        if (c.changed.isEmpty()) {
            ++m_counts.unchanged;
            continue;
        }
        c.after->id = before.id;
        c.before = before;
        c.action = DirectoryAction::Update;
        ++m_counts.update;
        out->append(std::move(c));
    }
}

void DirectoryDiffer::finish(QList<DirectoryChange>* out)
{
    const QString gone = DirectoryPlan::tr("Not among the Zoom users any more."); // once, not per entry
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const AcdEntry& e = m_entries.at(i);
        if (e.externalId.isEmpty() || m_claimed.at(i))
            continue;
        // A second entry with an externalId already claimed is a duplicate: removing it by
        // externalId would remove the kept one as well, so duplicates are left for people.
        if (m_byExternalId.value(e.externalId) != i)
            continue;
        m_claimed[i] = true;
        DirectoryChange c;
        c.action = DirectoryAction::Remove;
        c.externalId = e.externalId;
        c.before = e;
        c.reason = gone;
        ++m_counts.remove;
        out->append(std::move(c));
    }
}

DirectoryPlan DirectoryPlan::compute(const QList<DirectorySourceUser>& users, const QList<AcdEntry>& entries,
                                     const DirectoryMapping& mapping, const NumberTranslator& translator)
{
    DirectoryPlan plan;
    DirectoryDiffer differ(entries, mapping, translator);
    differ.addUsers(users, &plan.changes);
    differ.finish(&plan.changes);
    plan.counts = differ.counts();
    return plan;
}

namespace {

void appendFields(QByteArray* out, const AcdEntry& e)
{
    JsonWriter w(out);
    const QStringList& names = DirectoryMapping::acdFields();
    for (int i = 0; i < names.size(); ++i)
        w.string(names.at(i).toLatin1(), fieldValue(e, i));
    w.end();
}

} // namespace

QByteArray DirectoryPlan::toJsonLines() const
{
    // Written member by member (not through QJsonDocument, which sorts keys) so every line reads
    // in the documented order: action, externalId, before, after, changed, reason.
    QByteArray out;
    out.reserve(changes.size() * 400);
    for (const DirectoryChange& c : changes) {
        JsonWriter w(&out);
        w.string("action", DirectoryChange::actionName(c.action));
        w.string("externalId", c.externalId);
        if (c.before)
            appendFields(&w.member("before"), *c.before);
        else
            w.null("before");
        if (c.after)
            appendFields(&w.member("after"), *c.after);
        else
            w.null("after");
        QByteArray& changed = w.member("changed");
        changed += '[';
        for (qsizetype i = 0; i < c.changed.size(); ++i) {
            if (i > 0)
                changed += ',';
            JsonWriter::appendString(&changed, c.changed.at(i));
        }
        changed += ']';
        if (c.action == DirectoryAction::Skip)
            w.string("reason", c.reason);
        w.end();
        out += '\n';
    }
    return out;
}

QByteArray DirectoryPlan::toCsv() const
{
    QByteArray out;
    CsvWriter w(&out);
    w.byteOrderMark();
    // Machine names in the header: scripts read these files, whatever the console's language.
    QStringList header = {QStringLiteral("action"), QStringLiteral("externalId"), QStringLiteral("changed"),
                          QStringLiteral("reason")};
    for (const QString& f : DirectoryMapping::acdFields())
        header << QStringLiteral("before.") + f << QStringLiteral("after.") + f;
    w.row(header);
    for (const DirectoryChange& c : changes) {
        QStringList row = {DirectoryChange::actionName(c.action), c.externalId,
                           c.changed.join(QLatin1Char(' ')),
                           c.action == DirectoryAction::Skip ? c.reason : QString()};
        for (int i = 0; i < DirectoryMapping::acdFields().size(); ++i)
            row << (c.before ? fieldValue(*c.before, i) : QString())
                << (c.after ? fieldValue(*c.after, i) : QString());
        w.row(row);
    }
    return out;
}

QString DirectoryPlan::summary() const
{
    return tr("Add: %1, update: %2, remove: %3, skip: %4, unchanged: %5")
        .arg(counts.add)
        .arg(counts.update)
        .arg(counts.remove)
        .arg(counts.skip)
        .arg(counts.unchanged);
}

} // namespace syncdesk
