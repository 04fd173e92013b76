#pragma once

#include "common/Error.h"
#include "net/Pager.h"
#include "salesforce/SalesforceAuth.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace syncdesk {

// What Sforce-Limit-Info said last: api-usage=used/limit.
struct SalesforceApiUsage
{
    int used = 0;
    int limit = 0;
};

struct SalesforceUserInfo
{
    QString orgId;  // 18 characters
    QString userId; // 18 characters
    QString username, email, name;
};

struct SalesforcePresenceStatus
{
    QString id, developerName, label;
};

struct SalesforceServiceChannel
{
    QString id, developerName, label, relatedEntity;
};

// The Salesforce REST API over RestClient, authenticated by SalesforceAuth: every call goes to
// the token's instance_url; a 401 (INVALID_SESSION_ID) drops the token, gets a new one and retries
// the call once. Queries follow nextRecordsUrl through Pager. Errors read Salesforce's
// [{"message","errorCode"}] answers.
class SalesforceApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>& result)>;
    using ResponseCallback = std::function<void(const RestResponse& response)>;

    SalesforceApi(RestClient* client, SalesforceAuth* auth, QObject* parent = nullptr);
    SalesforceAuth* auth() const { return m_auth; }
    QString apiVersion() const { return m_apiVersion; }

    // One authenticated GET of `pathAndQuery` ("/services/data/v59.0/…") on the instance.
    void get(const QUrl& pathAndQuery, QObject* context, ResponseCallback done);
    // Every record of a SOQL query, all pages.
    void query(const QString& soql, QObject* context, Callback<QList<QJsonObject>> done);
    void queryPages(const QString& soql, QObject* context, Pager::ItemsCallback onPage,
                    Pager::DoneCallback done);
    void userInfo(QObject* context, Callback<SalesforceUserInfo> done);
    void presenceStatuses(QObject* context, Callback<QList<SalesforcePresenceStatus>> done);
    void serviceChannels(QObject* context, Callback<QList<SalesforceServiceChannel>> done);

    // The usage the last API answer reported (none before the first call).
    std::optional<SalesforceApiUsage> apiUsage() const { return m_usage; }

    // Public for tests.
    static std::optional<SalesforceApiUsage> parseLimitInfo(const QByteArray& header);
    // The error of a failed REST answer, with Salesforce's errorCode and message in the detail.
    static Error apiError(const RestResponse& response);
    // The 18-character, case-safe form of a 15-character ID (others unchanged).
    static QString toId18(const QString& id);
    static QUrl queryPath(const QString& apiVersion, const QString& soql);

private:
    void getOnce(const QUrl& pathAndQuery, QObject* context, bool retried, ResponseCallback done);

    RestClient* m_client;
    SalesforceAuth* m_auth;
    QString m_apiVersion = QStringLiteral("v59.0");
    std::optional<SalesforceApiUsage> m_usage;
};

} // namespace syncdesk
