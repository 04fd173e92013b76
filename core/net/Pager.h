#pragma once

#include "common/Error.h"
#include "net/RestClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <functional>

namespace syncdesk {

// How a service hands out a long list one page at a time.
enum class PagingStyle
{
    NextPageToken,  // Zoom: ?page_size=N, answer has "next_page_token"; send it back as a query item
    NextRecordsUrl, // Salesforce: answer has "done" and "nextRecordsUrl" (a path on the same host)
    SkipTop,        // CXone ACD: ?skip=K&top=N, answer has "totalRecords"
};

// The names one service uses for its paging. Keys are dotted paths into the page's JSON
// ("addressBook.addressBookEntries"), so nested lists work too.
struct PagingPolicy
{
    PagingStyle style = PagingStyle::NextPageToken;
    QString itemsKey;      // the array of items on each page
    QString totalKey;      // the total the service reports; -1 when absent
    int pageSize = 0;      // NextPageToken: page_size; SkipTop: top (must be > 0); 0: the server's default
    QString pageSizeParam; // query item carrying pageSize ("page_size", "top")
    QString cursorParam;   // query item carrying the cursor ("next_page_token", "skip")
    QString cursorKey;     // where the answer names the next page ("next_page_token", "nextRecordsUrl")
    QString doneKey;       // NextRecordsUrl: true on the last page ("done")
    int maxPages = 100000; // a server that never says "last page" must not keep us busy forever
    Service service = Service::Unspecified; // whose list it is, for the errors the walk makes

    static PagingPolicy zoom(const QString& itemsKey, int pageSize);
    static PagingPolicy salesforce(const QString& itemsKey = QStringLiteral("records"));
    // CXone's style (service Acd); set `service` when another vendor pages the same way.
    static PagingPolicy skipTop(const QString& itemsKey, int top,
                                const QString& totalKey = QStringLiteral("totalRecords"));
};

// Walks every page of a list, whatever the vendor: builds each next request from the policy,
// hands each page's items to `onPage` as it arrives (return false to stop: `done` then gets
// Cancelled), and calls `done` once with the number of items delivered, the total the service
// reported (-1 if it did not) and the error that ended the walk (ok when every page was read).
// If `context` is destroyed meanwhile, the walk stops and neither callback runs again.
//
// The page fetch is a function so vendor clients can add their own authentication (Zoom's
// re-token on code 124, for example); restFetch() is the plain one. A next page that the service
// names on another origin is not fetched: the walk ends with CrossOriginRedirect, as a redirect
// there would, because the fetch would carry the credentials along.
class Pager
{
    Q_DECLARE_TR_FUNCTIONS(syncdesk::Pager)
public:
    using JsonCallback = std::function<void(const QJsonObject& body, const Error& error)>;
    // Fetches one page. `url` is the first URL as given, or derived from it (query changed, or a
    // path from nextRecordsUrl resolved against it), so it is relative when the first one was.
    using Fetch = std::function<void(const QUrl& url, QObject* context, JsonCallback done)>;
    using ItemsCallback = std::function<bool(const QList<QJsonObject>& items)>;
    using DoneCallback = std::function<void(int delivered, int total, const Error& error)>;

    static void run(const QUrl& firstUrl, const PagingPolicy& policy, Fetch fetch, QObject* context,
                    ItemsCallback onPage, DoneCallback done);

    // GETs through `client`, with `prototype`'s headers, timeout and service; a relative URL is
    // resolved against prototype.url. A body that is not a JSON object is BadResponse.
    static Fetch restFetch(RestClient* client, const RestRequest& prototype);

    // The first page's URL: the page size put in. Public for tests.
    static QUrl firstPageUrl(const PagingPolicy& policy, const QUrl& url);
    // The next page's URL from the page just read, or an empty URL when that was the last page.
    // `error` is set when the answer cannot be followed (another origin, a page naming itself).
    struct Page
    {
        QList<QJsonObject> items;
        int total = -1;
        QUrl next;
        Error error;
    };
    static Page readPage(const PagingPolicy& policy, const QUrl& url, const QJsonObject& body);
};

} // namespace syncdesk
