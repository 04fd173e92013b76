#include "AcdApi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace syncdesk {

namespace {

QString idString(const QJsonValue& v)
{
    return v.isString() ? v.toString() : (v.isDouble() ? QString::number(qint64(v.toDouble())) : QString());
}

AcdTeam teamFrom(const QJsonObject& o)
{
    AcdTeam t;
    t.id = idString(o.contains(QStringLiteral("teamId")) ? o.value(QStringLiteral("teamId"))
                                                         : o.value(QStringLiteral("id")));
    t.name = o.value(QStringLiteral("teamName")).toString();
    if (t.name.isEmpty())
        t.name = o.value(QStringLiteral("name")).toString();
    t.isActive = o.value(QStringLiteral("isActive")).toBool(true);
    t.agentCount = o.value(QStringLiteral("agentCount")).toInt();
    return t;
}

// The error of a call whose answer was not what it should be, said for the ACD.
Error acdError(const RestResponse& r)
{
    Error e = r.error;
    e.service = Service::Acd;
    const QJsonObject o = r.json().object();
    const QString desc = o.value(QStringLiteral("error_description")).toString();
    if (!desc.isEmpty())
        e.detail = e.detail.isEmpty() ? desc : e.detail + QStringLiteral(" / ") + desc;
    return e;
}

Error badResponse(const QString& what)
{
    return Error::make(Service::Acd, ErrorCode::BadResponse,
                       AcdApi::tr("The ACD answered with data Syncdesk cannot read. Check the API URL."),
                       what);
}

} // namespace

QJsonObject AcdEntry::toJson(bool withId, bool withExternalId) const
{
    QJsonObject o;
    if (withId && !id.isEmpty())
        o.insert(QStringLiteral("addressBookEntryId"), id);
    if (withExternalId)
        o.insert(QStringLiteral("externalId"), externalId);
    o.insert(QStringLiteral("firstName"), firstName);
    o.insert(QStringLiteral("middleName"), middleName);
    o.insert(QStringLiteral("lastName"), lastName);
    o.insert(QStringLiteral("company"), company);
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("mobile"), mobile);
    o.insert(QStringLiteral("email"), email);
    return o;
}

AcdEntry AcdEntry::fromJson(const QJsonObject& o)
{
    AcdEntry e;
    e.id = idString(o.value(QStringLiteral("addressBookEntryId")));
    e.externalId = o.value(QStringLiteral("externalId")).toString();
    e.firstName = o.value(QStringLiteral("firstName")).toString();
    e.middleName = o.value(QStringLiteral("middleName")).toString();
    e.lastName = o.value(QStringLiteral("lastName")).toString();
    e.company = o.value(QStringLiteral("company")).toString();
    e.phone = o.value(QStringLiteral("phone")).toString();
    e.mobile = o.value(QStringLiteral("mobile")).toString();
    e.email = o.value(QStringLiteral("email")).toString();
    return e;
}

int AcdBatchResult::failed() const
{
    int n = 0;
    for (const auto& r : results)
        n += r.success ? 0 : 1;
    return n;
}

AcdApi::AcdApi(RestClient* client, AcdAuth* auth, QObject* parent)
    : QObject(parent), m_client(client), m_auth(auth)
{
}

void AcdApi::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                  const QByteArray& body, QObject* context, ResponseCallback done)
{
    callOnce(method, path, query, body, context, false, std::move(done));
}

void AcdApi::callOnce(const QByteArray& method, const QString& path, const QUrlQuery& query,
                      const QByteArray& body, QObject* context, bool retried, ResponseCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    m_auth->token(this, [=, this](const AcdToken& token, const Error& error) {
        if (hasContext && !ctx)
            return;
        if (!error.ok()) {
            RestResponse r;
            r.error = error;
            done(r);
            return;
        }
        RestRequest req;
        req.method = method;
        req.url = m_auth->servicesBase().resolved(QUrl(path));
        if (!query.isEmpty())
            req.url.setQuery(query);
        req.service = Service::Acd;
        req.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.accessToken});
        req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        if (!body.isEmpty() || method == "PUT" || method == "POST") {
            req.body = body;
            req.contentType = QByteArrayLiteral("application/json");
        }
        // Writes are not resent blindly after a 5xx: a batch may have been half applied. PUT of
        // dynamic entries is idempotent by externalId, so it may be.
        req.retryable = method == "GET" || method == "PUT" || method == "DELETE";
        m_client->send(req, this, [=, this](const RestResponse& r) {
            if (hasContext && !ctx)
                return;
            if (r.status == 401 && !retried) {
                // Expired or revoked early: sign in once more and try again, once.
                m_auth->invalidate(token.accessToken);
                callOnce(method, path, query, body, context, true, done);
                return;
            }
            done(r);
        });
    });
}

void AcdApi::walk(const QString& path, const PagingPolicy& policy, QObject* context,
                  Pager::ItemsCallback onPage, Pager::DoneCallback done)
{
    QPointer<AcdApi> self(this);
    Pager::Fetch fetch = [self](const QUrl& url, QObject* ctx, Pager::JsonCallback pageDone) {
        if (!self) {
            pageDone({}, Error::make(Service::Acd, ErrorCode::Cancelled, tr("Cancelled.")));
            return;
        }
        self->call("GET", url.path(), QUrlQuery(url), {}, ctx, [pageDone](const RestResponse& r) {
            if (!r.ok()) {
                pageDone({}, acdError(r));
                return;
            }
            const QJsonDocument doc = r.json();
            if (!doc.isObject()) {
                pageDone({}, badResponse(QStringLiteral("page is not a JSON object")));
                return;
            }
            pageDone(doc.object(), {});
        });
    };
    Pager::run(QUrl(path), policy, fetch, context, std::move(onPage), std::move(done));
}

void AcdApi::teams(QObject* context, Callback<QList<AcdTeam>> done)
{
    auto out = std::make_shared<QList<AcdTeam>>();
    walk(
        QStringLiteral("teams"), PagingPolicy::skipTop(QStringLiteral("teams"), 100), context,
        [out](const QList<QJsonObject>& items) {
            for (const auto& o : items)
                out->append(teamFrom(o));
            return true;
        },
        [out, done](int, int, const Error& e) {
            done(e.ok() ? Result<QList<AcdTeam>>(*out) : Result<QList<AcdTeam>>(e));
        });
}

void AcdApi::skills(QObject* context, Callback<QList<AcdSkill>> done)
{
    auto out = std::make_shared<QList<AcdSkill>>();
    walk(
        QStringLiteral("skills"), PagingPolicy::skipTop(QStringLiteral("skills"), 100), context,
        [out](const QList<QJsonObject>& items) {
            for (const auto& o : items)
                out->append({idString(o.value(QStringLiteral("skillId"))),
                             o.value(QStringLiteral("skillName")).toString(),
                             o.value(QStringLiteral("isActive")).toBool(true)});
            return true;
        },
        [out, done](int, int, const Error& e) {
            done(e.ok() ? Result<QList<AcdSkill>>(*out) : Result<QList<AcdSkill>>(e));
        });
}

void AcdApi::agents(int top, QObject* context, Pager::ItemsCallback onPage, Pager::DoneCallback done)
{
    walk(QStringLiteral("agents"), PagingPolicy::skipTop(QStringLiteral("agents"), top), context,
         std::move(onPage), std::move(done));
}

void AcdApi::unavailableCodes(QObject* context, Callback<QList<AcdUnavailableCode>> done)
{
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    call("GET", QStringLiteral("unavailable-codes"), QUrlQuery(QStringLiteral("activeOnly=false")), {},
         context, [=, this](const RestResponse& r) {
             if (!r.ok()) {
                 done(acdError(r));
                 return;
             }
             const QJsonValue list = r.json().object().value(QStringLiteral("unavailableCodes"));
             if (!list.isArray()) {
                 done(badResponse(QStringLiteral("no unavailableCodes array")));
                 return;
             }
             auto codes = std::make_shared<QList<AcdUnavailableCode>>();
             for (const auto& v : list.toArray()) {
                 const QJsonObject o = v.toObject();
                 AcdUnavailableCode c;
                 c.id = idString(o.value(QStringLiteral("id")));
                 c.name = o.value(QStringLiteral("name")).toString();
                 c.isActive = o.value(QStringLiteral("isActive")).toBool(true);
                 c.isAcw = o.value(QStringLiteral("isACW")).toBool();
                 codes->append(c);
             }
             // Then each code's teams, one after the other (a handful of codes; no burst of calls).
             auto next = std::make_shared<std::function<void(int)>>();
             *next = [=, this](int i) {
                 if (hasContext && !ctx)
                     return;
                 if (i >= codes->size()) {
                     done(*codes);
                     *next = nullptr; // break the cycle
                     return;
                 }
                 call("GET", QStringLiteral("unavailable-codes/%1/teams").arg(codes->at(i).id), {}, {},
                      context, [=](const RestResponse& tr) {
                          if (!tr.ok()) {
                              done(acdError(tr));
                              *next = nullptr;
                              return;
                          }
                          for (const auto& t : tr.json().object().value(QStringLiteral("teams")).toArray())
                              (*codes)[i].teams.append(teamFrom(t.toObject()));
                          (*next)(i + 1);
                      });
             };
             (*next)(0);
         });
}

void AcdApi::addressBooks(QObject* context, Callback<QList<AcdAddressBook>> done)
{
    call("GET", QStringLiteral("address-books"), {}, {}, context, [done](const RestResponse& r) {
        if (!r.ok()) {
            done(acdError(r));
            return;
        }
        QList<AcdAddressBook> out;
        for (const auto& v : r.json().object().value(QStringLiteral("addressBooks")).toArray()) {
            const QJsonObject o = v.toObject();
            AcdAddressBook b;
            b.id = idString(o.value(QStringLiteral("addressBookId")));
            b.name = o.value(QStringLiteral("addressBookName")).toString();
            b.type = o.value(QStringLiteral("addressBookType")).toString();
            auto ids = [&o](const char* key) {
                QStringList l;
                for (const auto& x : o.value(QLatin1String(key)).toArray())
                    l.append(idString(x));
                return l;
            };
            b.agentIds = ids("agents");
            b.teamIds = ids("teams");
            b.skillIds = ids("skills");
            b.campaignIds = ids("campaigns");
            b.everyone = o.value(QStringLiteral("everyone")).toBool();
            out.append(b);
        }
        done(out);
    });
}

void AcdApi::createAddressBook(const QString& name, const QString& type, QObject* context,
                               Callback<AcdAddressBook> done)
{
    // CXone takes these in the query string; there is no body.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("addressBookName"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    q.addQueryItem(QStringLiteral("addressBookType"), type);
    call("POST", QStringLiteral("address-books"), q, {}, context, [done](const RestResponse& r) {
        if (!r.ok()) {
            done(acdError(r));
            return;
        }
        const QJsonObject o = r.json().object().value(QStringLiteral("resultSet")).toObject();
        AcdAddressBook b;
        b.id = idString(o.value(QStringLiteral("addressBookId")));
        b.name = o.value(QStringLiteral("addressBookName")).toString();
        b.type = o.value(QStringLiteral("addressBookType")).toString();
        if (b.id.isEmpty()) {
            done(badResponse(QStringLiteral("no resultSet.addressBookId")));
            return;
        }
        done(b);
    });
}

void AcdApi::deleteAddressBook(const QString& id, QObject* context, DoneCallback done)
{
    call("DELETE", QStringLiteral("address-books/%1").arg(id), {}, {}, context,
         [done](const RestResponse& r) { done(r.ok() ? Error{} : acdError(r)); });
}

void AcdApi::assign(const QString& bookId, const QString& entityType, const QStringList& entityIds,
                    QObject* context, Callback<QList<AcdAssignResult>> done)
{
    const bool everyone = entityType == QLatin1String("Everyone");
    QJsonArray items;
    if (!everyone) {
        for (const QString& id : entityIds)
            items.append(QJsonObject{{QStringLiteral("entityId"), id}});
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("entityType"), entityType);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("addressBookAssignments"), items}})
                                .toJson(QJsonDocument::Compact);
    const QStringList sent = everyone ? QStringList{QString()} : entityIds;
    call("POST", QStringLiteral("address-books/%1/assignment").arg(bookId), q, body, context,
         [done, sent, entityType](const RestResponse& r) {
             if (!r.ok()) {
                 done(acdError(r));
                 return;
             }
             const QJsonArray results = r.json().object().value(QStringLiteral("assignResults")).toArray();
             QList<AcdAssignResult> out;
             for (int i = 0; i < sent.size(); ++i) {
                 AcdAssignResult a;
                 a.entityId = sent.at(i);
                 a.entityType = entityType;
                 if (i < results.size()) {
                     const QJsonObject o = results.at(i).toObject();
                     a.success = o.value(QStringLiteral("success")).toBool();
                     const QString id = idString(o.value(QStringLiteral("entityId")));
                     if (!id.isEmpty())
                         a.entityId = id;
                     a.error = o.value(QStringLiteral("error")).toString();
                     if (!a.success && a.error.isEmpty())
                         a.error = tr("The ACD did not accept this assignment and gave no reason.");
                 } else {
                     a.error = tr("The ACD gave no result for this assignment.");
                 }
                 out.append(a);
             }
             done(out);
         });
}

void AcdApi::assignedAgents(const QString& bookId, QObject* context, Callback<QList<AcdAgentRef>> done)
{
    call("GET", QStringLiteral("address-books/%1/agents/assigned").arg(bookId), {}, {}, context,
         [done](const RestResponse& r) {
             if (!r.ok()) {
                 done(acdError(r));
                 return;
             }
             QList<AcdAgentRef> out;
             for (const auto& v : r.json().object().value(QStringLiteral("agents")).toArray()) {
                 const QJsonObject o = v.toObject();
                 out.append({idString(o.value(QStringLiteral("agentId"))),
                             o.value(QStringLiteral("firstName")).toString(),
                             o.value(QStringLiteral("lastName")).toString()});
             }
             done(out);
         });
}

void AcdApi::entries(const QString& bookId, QObject* context, Callback<QList<AcdEntry>> done)
{
    call("GET", QStringLiteral("address-books/%1/entries").arg(bookId), {}, {}, context,
         [done](const RestResponse& r) {
             if (!r.ok()) {
                 done(acdError(r));
                 return;
             }
             QList<AcdEntry> out;
             for (const auto& v : r.json().object().value(QStringLiteral("addressBookEntries")).toArray())
                 out.append(AcdEntry::fromJson(v.toObject()));
             done(out);
         });
}

AcdBatchResult AcdApi::readEntryResults(const QJsonObject& body, const QList<AcdEntry>& sent)
{
    AcdBatchResult out;
    const QJsonArray items = body.value(QStringLiteral("entryResults")).toArray();
    QList<std::optional<QJsonObject>> matched(sent.size());
    QHash<QString, int> byExternalId;
    for (int i = 0; i < sent.size(); ++i)
        if (!sent.at(i).externalId.isEmpty())
            byExternalId.insert(sent.at(i).externalId, i);
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString ext = o.value(QStringLiteral("externalId")).toString();
        int at = ext.isEmpty() ? i : byExternalId.value(ext, -1);
        if (at < 0 || at >= sent.size() || matched.at(at))
            continue; // an answer for nothing we sent, or a second one: not counted as anyone's
        matched[at] = o;
    }
    for (int i = 0; i < sent.size(); ++i) {
        AcdEntryResult res;
        res.index = i;
        res.externalId = sent.at(i).externalId;
        if (!matched.at(i)) {
            // Never count an entry as written when the ACD said nothing about it.
            res.error = tr("The ACD gave no result for this entry.");
            out.results.append(res);
            continue;
        }
        const QJsonObject& o = *matched.at(i);
        res.success = o.value(QStringLiteral("success")).toBool();
        res.created = o.value(QStringLiteral("created")).toBool();
        res.entryId = idString(o.value(QStringLiteral("addressBookEntryId")));
        const QJsonValue err = o.value(QStringLiteral("error"));
        res.error = err.isString() ? err.toString()
                    : err.isObject()
                        ? QString::fromUtf8(QJsonDocument(err.toObject()).toJson(QJsonDocument::Compact))
                        : QString();
        if (!res.success && res.error.isEmpty())
            res.error = tr("The ACD did not accept this entry and gave no reason.");
        out.results.append(res);
    }
    return out;
}

void AcdApi::batch(const QByteArray& method, const QString& path, const QUrlQuery& query,
                   const QJsonObject& body, const QList<AcdEntry>& sent, QObject* context,
                   Callback<AcdBatchResult> done)
{
    call(method, path, query, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         [done, sent](const RestResponse& r) {
             if (!r.ok()) {
                 done(acdError(r));
                 return;
             }
             done(readEntryResults(r.json().object(), sent));
         });
}

static QJsonObject entriesBody(const QList<AcdEntry>& entries, bool withId, bool withExternalId)
{
    QJsonArray a;
    for (const auto& e : entries)
        a.append(e.toJson(withId, withExternalId));
    return {{QStringLiteral("addressBookEntries"), a}};
}

void AcdApi::addEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                        Callback<AcdBatchResult> done)
{
    batch("POST", QStringLiteral("address-books/%1/entries").arg(bookId), {},
          entriesBody(entries, false, false), entries, context, std::move(done));
}

void AcdApi::updateEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                           Callback<AcdBatchResult> done)
{
    batch("PUT", QStringLiteral("address-books/%1/entries").arg(bookId), {},
          entriesBody(entries, true, false), entries, context, std::move(done));
}

void AcdApi::deleteEntry(const QString& bookId, const QString& entryId, QObject* context, DoneCallback done)
{
    call("DELETE", QStringLiteral("address-books/%1/entries/%2").arg(bookId, entryId), {}, {}, context,
         [done](const RestResponse& r) { done(r.ok() ? Error{} : acdError(r)); });
}

void AcdApi::putDynamicEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                               Callback<AcdBatchResult> done)
{
    batch("PUT", QStringLiteral("address-books/%1/dynamic-entries").arg(bookId),
          QUrlQuery(QStringLiteral("fullLoad=false")), entriesBody(entries, false, true), entries, context,
          std::move(done));
}

void AcdApi::dynamicEntries(const QString& bookId, int top, QObject* context, Pager::ItemsCallback onPage,
                            Pager::DoneCallback done)
{
    walk(QStringLiteral("address-books/%1/dynamic-entries").arg(bookId),
         PagingPolicy::skipTop(QStringLiteral("addressBook.addressBookEntries"), top), context,
         std::move(onPage), std::move(done));
}

void AcdApi::deleteDynamicEntry(const QString& bookId, const QString& externalId, QObject* context,
                                DoneCallback done)
{
    call("DELETE",
         QStringLiteral("address-books/%1/dynamic-entries/%2")
             .arg(bookId, QString::fromLatin1(QUrl::toPercentEncoding(externalId))),
         {}, {}, context, [done](const RestResponse& r) { done(r.ok() ? Error{} : acdError(r)); });
}

} // namespace syncdesk
