#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

namespace syncdesk {

class RestClient;
class ZoomApi;
class ZoomAuth;

// The Contact Center lists a reconciliation polls, paged with next_page_token, and the download
// helper. The response fields read here are the ones core/sandbox/ContactCenterSandbox.h lists as
// the project's choices where Zoom's documentation does not pin them.
class ContactCenterApi : public QObject
{
    Q_OBJECT
public:
    enum class List
    {
        Recordings,  // GET /v2/contact_center/recordings, key "recordings"
        Engagements, // GET /v2/contact_center/engagements, key "engagements" (dispositions inside)
        Notes,       // GET /v2/contact_center/engagements/notes, key "notes"
        Voicemails,  // GET /v2/contact_center/voicemails, key "voicemails"
    };
    static constexpr int kDefaultPageSize = 300;
    static QString path(List list);
    static QString itemsKey(List list);
    static QList<List> allLists()
    {
        return {List::Recordings, List::Engagements, List::Notes, List::Voicemails};
    }

    ContactCenterApi(RestClient* client, ZoomAuth* auth, ZoomApi* api, QObject* parent = nullptr);

    using ItemsCallback = std::function<bool(const QList<QJsonObject>& items)>;
    using DoneCallback = std::function<void(int delivered, int total, const Error& error)>;
    // Every item of `list` whose time is in [fromMs, toMs), page by page.
    void all(List list, qint64 fromMs, qint64 toMs, int pageSize, QObject* context, ItemsCallback onPage,
             DoneCallback done);

    // GETs a download_url / transcript_url with the Bearer token, following redirects (the URL
    // Zoom redirects to is fresh per request, so it is never stored). The content stays in memory:
    // writing it to a file is the caller's decision.
    using FetchCallback = std::function<void(const QByteArray& content, const Error& error)>;
    void fetch(const QUrl& url, QObject* context, FetchCallback done);

private:
    RestClient* m_client;
    ZoomAuth* m_auth;
    ZoomApi* m_api;
};

} // namespace syncdesk
