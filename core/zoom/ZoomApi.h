#pragma once

#include "ZoomAuth.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace syncdesk {

struct ZoomUser
{
    QString id, email, firstName, lastName, displayName, dept, status, timezone, language, roleId;
    int type = 0;
    QJsonObject raw; // everything Zoom sent, for exports
    static ZoomUser fromJson(const QJsonObject& o);
};

struct ZoomPhoneUser
{
    QString id, email, name, extensionId, siteName, status;
    qint64 extensionNumber = 0;
    QStringList phoneNumbers;
    QJsonObject raw;
    static ZoomPhoneUser fromJson(const QJsonObject& o);
};

struct ZoomPage
{
    QList<QJsonObject> items;
    QString nextPageToken;
    int totalRecords = -1;
};

// Zoom REST v2 on top of ZoomAuth + RestClient: bearer header, one re-token and retry when the
// API says the token is invalid (code 124), Zoom's error bodies mapped to typed errors, paging.
class ZoomApi : public QObject
{
    Q_OBJECT
public:
    ZoomApi(RestClient* client, ZoomAuth* auth, QObject* parent = nullptr);

    static constexpr int kDefaultPageSize = 300;
    static constexpr int kMaxPageSize = 2000;

    using JsonCallback = std::function<void(const QJsonObject& body, const Error& error)>;
    // GET <api base>/v2/<path>?<query>
    void get(const QString& path, const QUrlQuery& query, QObject* context, JsonCallback done);

    using PageCallback = std::function<void(const ZoomPage& page, const Error& error)>;
    void usersPage(const QString& status, int pageSize, const QString& pageToken, QObject* context,
                   PageCallback done);
    void phoneUsersPage(int pageSize, const QString& pageToken, QObject* context, PageCallback done);

    // Walks all pages (Pager, next_page_token style). `onPage` sees each page's users as they
    // arrive (return false to stop); `done` gets the number delivered, the total Zoom reported,
    // and the error that stopped it.
    using ItemsCallback = std::function<bool(const QList<QJsonObject>& items)>;
    using DoneCallback = std::function<void(int delivered, int totalRecords, const Error& error)>;
    void allUsers(const QString& status, int pageSize, QObject* context, ItemsCallback onPage, DoneCallback done);
    void allPhoneUsers(int pageSize, QObject* context, ItemsCallback onPage, DoneCallback done);

    void user(const QString& idOrEmail, QObject* context, JsonCallback done);
    using PresenceCallback = std::function<void(const QString& status, const Error& error)>;
    void presence(const QString& userId, QObject* context, PresenceCallback done);

    static Error mapApiError(const RestResponse& response);

    // For helpers that send their own requests with this API's token (ContactCenterApi's downloads).
    RestClient* restClient() const { return m_client; }
    ZoomAuth* auth() const { return m_auth; }

private:
    void getWithToken(const QString& path, const QUrlQuery& query, QObject* context, JsonCallback done,
                      bool retriedAfter124);
    void walk(const QString& path, QUrlQuery baseQuery, int pageSize, const QString& listKey, QObject* context,
              ItemsCallback onPage, DoneCallback done);

    RestClient* m_client;
    ZoomAuth* m_auth;
};

} // namespace syncdesk
