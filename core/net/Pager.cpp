#include "Pager.h"

#include "common/Log.h"
#include "common/Redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>
#include <memory>

namespace syncdesk {

namespace {

QJsonValue valueAt(const QJsonObject& body, const QString& dottedKey)
{
    if (dottedKey.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QStringList parts = dottedKey.split(QLatin1Char('.'));
    QJsonValue v = body;
    for (const QString& part : parts) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

QUrl withQueryItem(QUrl url, const QString& key, const QString& value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    // QUrlQuery takes '%XX' as already encoded and leaves '+', which servers read as a space;
    // a cursor must arrive as the server sent it.
    QString encoded = value;
    encoded.replace(QLatin1Char('%'), QLatin1String("%25")).replace(QLatin1Char('+'), QLatin1String("%2B"));
    q.addQueryItem(key, encoded);
    url.setQuery(q);
    return url;
}

struct Walk : std::enable_shared_from_this<Walk>
{
    PagingPolicy policy;
    Pager::Fetch fetch;
    QPointer<QObject> context;
    bool hasContext = false;
    Pager::ItemsCallback onPage;
    Pager::DoneCallback done;
    int delivered = 0;
    int total = -1;
    int pages = 0;

    bool contextGone() const { return hasContext && !context; }

    void get(const QUrl& url)
    {
        auto self = shared_from_this();
        fetch(url, context,
              [self, url](const QJsonObject& body, const Error& error) { self->onAnswer(url, body, error); });
    }

    void onAnswer(const QUrl& url, const QJsonObject& body, const Error& error)
    {
        if (contextGone())
            return;
        if (!error.ok()) {
            done(delivered, total, error);
            return;
        }
        ++pages;
        Pager::Page page = Pager::readPage(policy, url, body);
        if (page.total >= 0)
            total = page.total;
        delivered += int(page.items.size());
        const bool goOn = onPage ? onPage(page.items) : true;
        if (contextGone())
            return; // onPage may have ended the asker's life
        if (!goOn) {
            done(delivered, total,
                 Error::make(policy.service, ErrorCode::Cancelled, Pager::tr("Cancelled.")));
            return;
        }
        if (!page.error.ok()) {
            done(delivered, total, page.error);
            return;
        }
        if (page.next.isEmpty()) {
            done(delivered, total, {});
            return;
        }
        if (pages >= policy.maxPages) {
            done(delivered, total,
                 Error::make(policy.service, ErrorCode::BadResponse,
                             Pager::tr("The list did not end after %1 pages. Syncdesk stopped reading it; "
                                       "narrow the request or try again later.")
                                 .arg(pages),
                             QStringLiteral("maxPages reached at %1").arg(redact::url(url))));
            return;
        }
        get(page.next);
    }
};

} // namespace

PagingPolicy PagingPolicy::zoom(const QString& itemsKey, int pageSize)
{
    PagingPolicy p;
    p.style = PagingStyle::NextPageToken;
    p.itemsKey = itemsKey;
    p.totalKey = QStringLiteral("total_records");
    p.pageSize = pageSize;
    p.pageSizeParam = QStringLiteral("page_size");
    p.cursorParam = QStringLiteral("next_page_token");
    p.cursorKey = QStringLiteral("next_page_token");
    p.service = Service::Zoom;
    return p;
}

PagingPolicy PagingPolicy::salesforce(const QString& itemsKey)
{
    PagingPolicy p;
    p.style = PagingStyle::NextRecordsUrl;
    p.itemsKey = itemsKey;
    p.totalKey = QStringLiteral("totalSize");
    p.cursorKey = QStringLiteral("nextRecordsUrl");
    p.doneKey = QStringLiteral("done");
    p.service = Service::Salesforce;
    return p;
}

PagingPolicy PagingPolicy::skipTop(const QString& itemsKey, int top, const QString& totalKey)
{
    PagingPolicy p;
    p.style = PagingStyle::SkipTop;
    p.itemsKey = itemsKey;
    p.totalKey = totalKey;
    p.pageSize = top;
    p.pageSizeParam = QStringLiteral("top");
    p.cursorParam = QStringLiteral("skip");
    p.service = Service::Acd;
    return p;
}

QUrl Pager::firstPageUrl(const PagingPolicy& policy, const QUrl& url)
{
    if (policy.style == PagingStyle::NextRecordsUrl || policy.pageSize <= 0 || policy.pageSizeParam.isEmpty())
        return url;
    return withQueryItem(url, policy.pageSizeParam, QString::number(policy.pageSize));
}

Pager::Page Pager::readPage(const PagingPolicy& policy, const QUrl& url, const QJsonObject& body)
{
    Page page;
    const QJsonValue items = valueAt(body, policy.itemsKey);
    if (!items.isUndefined() && !items.isNull() && !items.isArray()) {
        page.error = Error::make(
            policy.service, ErrorCode::BadResponse,
            tr("%1 answered with a list Syncdesk cannot read. Check the API URL.")
                .arg(url.host().isEmpty() ? serviceDisplayName(policy.service) : url.host()),
            QStringLiteral("\"%1\" is not an array at %2").arg(policy.itemsKey, redact::url(url)));
        return page;
    }
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue& v : array)
        page.items.append(v.toObject());
    const QJsonValue total = valueAt(body, policy.totalKey);
    if (total.isDouble())
        page.total = total.toInt(-1);

    switch (policy.style) {
    case PagingStyle::NextPageToken: {
        const QString token = valueAt(body, policy.cursorKey).toString();
        // An empty page with a token would loop: Zoom ends lists with an empty token, so stop.
        if (!token.isEmpty() && !page.items.isEmpty())
            page.next = withQueryItem(url, policy.cursorParam, token);
        break;
    }
    case PagingStyle::NextRecordsUrl: {
        const QString next = valueAt(body, policy.cursorKey).toString();
        if (valueAt(body, policy.doneKey).toBool(false) || next.isEmpty())
            break;
        const QUrl target = url.resolved(QUrl(next));
        // The next page carries the same credentials; it must stay where they were meant to go.
        const bool sameOrigin =
            url.host().isEmpty() ? target.host().isEmpty() : RestClient::sameOrigin(url, target);
        if (!sameOrigin) {
            page.error = Error::make(
                policy.service, ErrorCode::CrossOriginRedirect,
                tr("The service named its next page on another site, %1. Syncdesk does "
                   "not send credentials to another site, so the list was not read to the "
                   "end. Check the instance URL.")
                    .arg(redact::url(target)),
                QStringLiteral("next page %1 from %2").arg(redact::url(target), redact::url(url)));
            break;
        }
        if (target == url) {
            page.error = Error::make(policy.service, ErrorCode::BadResponse,
                                     tr("The service named the same page again as the next one. Syncdesk "
                                        "stopped reading the list; try again later."),
                                     QStringLiteral("nextRecordsUrl repeats %1").arg(redact::url(url)));
            break;
        }
        page.next = target;
        break;
    }
    case PagingStyle::SkipTop: {
        bool okNum = false;
        const int skip = QUrlQuery(url).queryItemValue(policy.cursorParam).toInt(&okNum);
        const int nextSkip = (okNum ? skip : 0) + int(page.items.size());
        const bool shortPage = policy.pageSize > 0 && page.items.size() < policy.pageSize;
        if (page.items.isEmpty() || shortPage || (page.total >= 0 && nextSkip >= page.total))
            break;
        page.next = withQueryItem(url, policy.cursorParam, QString::number(nextSkip));
        break;
    }
    }
    return page;
}

void Pager::run(const QUrl& firstUrl, const PagingPolicy& policy, Fetch fetch, QObject* context,
                ItemsCallback onPage, DoneCallback done)
{
    auto walk = std::make_shared<Walk>();
    walk->policy = policy;
    walk->fetch = std::move(fetch);
    walk->context = context;
    walk->hasContext = context != nullptr;
    walk->onPage = std::move(onPage);
    walk->done = std::move(done);
    // The walk lives as long as a fetch holds it: it frees itself when the last page is in.
    walk->get(firstPageUrl(policy, firstUrl));
}

Pager::Fetch Pager::restFetch(RestClient* client, const RestRequest& prototype)
{
    QPointer<RestClient> guard(client);
    return [guard, prototype](const QUrl& url, QObject* context, JsonCallback done) {
        if (!guard) {
            done({}, Error::make(prototype.service, ErrorCode::Cancelled, tr("Cancelled.")));
            return;
        }
        RestRequest req = prototype;
        req.method = QByteArrayLiteral("GET");
        req.body.clear();
        req.url = url.isRelative() ? prototype.url.resolved(url) : url;
        guard->send(req, context, [done, service = prototype.service, url = req.url](const RestResponse& r) {
            if (!r.ok()) {
                done({}, r.error);
                return;
            }
            QString perr;
            const QJsonDocument doc = r.json(&perr);
            if (!doc.isObject()) {
                done({},
                     Error::make(
                         service, ErrorCode::BadResponse,
                         tr("%1 answered with data Syncdesk cannot read. Check the API URL.").arg(url.host()),
                         perr.isEmpty() ? QStringLiteral("not a JSON object") : perr));
                return;
            }
            done(doc.object(), {});
        });
    };
}

} // namespace syncdesk
