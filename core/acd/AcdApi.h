#pragma once

#include "acd/AcdAuth.h"
#include "common/Error.h"
#include "net/Pager.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace syncdesk {

struct AcdTeam
{
    QString id, name;
    bool isActive = true;
    int agentCount = 0;
};

struct AcdSkill
{
    QString id, name;
    bool isActive = true;
};

struct AcdUnavailableCode
{
    QString id, name;
    bool isActive = true;
    bool isAcw = false;
    QList<AcdTeam> teams; // the teams it is assigned to (id and name)
};

struct AcdAddressBook
{
    QString id, name, type; // type: "Standard" or "Dynamic"
    // Whom the list says the book is assigned to (entity IDs), for a summary without more calls.
    QStringList agentIds, teamIds, skillIds, campaignIds;
    bool everyone = false;
};

// One address-book entry. id is addressBookEntryId (empty for a new one); externalId is set for
// Dynamic books (Syncdesk uses the Zoom user ID).
struct AcdEntry
{
    QString id, externalId;
    QString firstName, middleName, lastName, company, phone, mobile, email;
    QJsonObject toJson(bool withId, bool withExternalId) const;
    static AcdEntry fromJson(const QJsonObject& o);
};

} // namespace syncdesk
Q_DECLARE_TYPEINFO(syncdesk::AcdEntry, Q_RELOCATABLE_TYPE); // QStrings only: moves by memcpy
namespace syncdesk {

// What the ACD answered for one entry of a batch (an entryResults item). `index` is the entry's
// place in the batch sent, so a caller can show which of its entries failed and why.
struct AcdEntryResult
{
    int index = -1;
    bool success = false;
    bool created = false;
    QString entryId, externalId;
    QString error; // the ACD's own words when it gave any, else ours
};

// What the ACD answered for one entity of an assignment (an assignResults item).
struct AcdAssignResult
{
    QString entityId, entityType;
    bool success = false;
    QString error;
};

struct AcdAgentRef
{
    QString id, firstName, lastName;
};

struct AcdBatchResult
{
    QList<AcdEntryResult> results; // one per entry sent, in order
    int failed() const;
    int succeeded() const { return int(results.size()) - failed(); }
};

// The CXone admin API over RestClient and Pager (skip/top), authenticated by AcdAuth: a 401
// drops the token, signs in once more and retries the call once. Lists are paged; batch writes
// report every entryResults item, so a partial failure is seen entry by entry.
class AcdApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>& result)>;
    using DoneCallback = std::function<void(const Error& error)>;

    AcdApi(RestClient* client, AcdAuth* auth, QObject* parent = nullptr);
    AcdAuth* auth() const { return m_auth; }

    void teams(QObject* context, Callback<QList<AcdTeam>> done);
    void skills(QObject* context, Callback<QList<AcdSkill>> done);
    // Every agent, `top` per page; onPage may return false to stop.
    void agents(int top, QObject* context, Pager::ItemsCallback onPage, Pager::DoneCallback done);
    // The codes, each with the teams it is assigned to.
    void unavailableCodes(QObject* context, Callback<QList<AcdUnavailableCode>> done);

    void addressBooks(QObject* context, Callback<QList<AcdAddressBook>> done);
    // type: "Standard" or "Dynamic".
    void createAddressBook(const QString& name, const QString& type, QObject* context,
                           Callback<AcdAddressBook> done);
    void deleteAddressBook(const QString& id, QObject* context, DoneCallback done);

    // entityType: Agent, Team, Skill, Campaign or Everyone (then `entityIds` is ignored). One
    // result per entity sent (one for Everyone).
    void assign(const QString& bookId, const QString& entityType, const QStringList& entityIds,
                QObject* context, Callback<QList<AcdAssignResult>> done);
    // The agents the book reaches (directly, through a team, or everyone).
    void assignedAgents(const QString& bookId, QObject* context, Callback<QList<AcdAgentRef>> done);

    void entries(const QString& bookId, QObject* context, Callback<QList<AcdEntry>> done);
    void addEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                    Callback<AcdBatchResult> done);
    void updateEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                       Callback<AcdBatchResult> done);
    void deleteEntry(const QString& bookId, const QString& entryId, QObject* context, DoneCallback done);

    // PUT …/dynamic-entries?fullLoad=false: adds or replaces the entries by externalId.
    void putDynamicEntries(const QString& bookId, const QList<AcdEntry>& entries, QObject* context,
                           Callback<AcdBatchResult> done);
    void dynamicEntries(const QString& bookId, int top, QObject* context, Pager::ItemsCallback onPage,
                        Pager::DoneCallback done);
    void deleteDynamicEntry(const QString& bookId, const QString& externalId, QObject* context,
                            DoneCallback done);

    // Reads an entryResults answer against the entries sent: an item naming an externalId is
    // matched to the entry with that externalId, others by position; an entry without an item
    // is a failure. Public for tests.
    static AcdBatchResult readEntryResults(const QJsonObject& body, const QList<AcdEntry>& sent);

    using ResponseCallback = std::function<void(const RestResponse& response)>;
    // One authenticated call: `path` relative to …/services/{version}/. Public for the tests.
    void call(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
              QObject* context, ResponseCallback done);

private:
    void callOnce(const QByteArray& method, const QString& path, const QUrlQuery& query,
                  const QByteArray& body, QObject* context, bool retried, ResponseCallback done);
    void walk(const QString& path, const PagingPolicy& policy, QObject* context, Pager::ItemsCallback onPage,
              Pager::DoneCallback done);
    void batch(const QByteArray& method, const QString& path, const QUrlQuery& query, const QJsonObject& body,
               const QList<AcdEntry>& sent, QObject* context, Callback<AcdBatchResult> done);

    RestClient* m_client;
    AcdAuth* m_auth;
};

} // namespace syncdesk
