#include "ContactCenterApi.h"

#include "net/Pager.h"
#include "net/RestClient.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QUrlQuery>

namespace syncdesk {

QString ContactCenterApi::path(List list)
{
    switch (list) {
    case List::Recordings:
        return QStringLiteral("/contact_center/recordings");
    case List::Engagements:
        return QStringLiteral("/contact_center/engagements");
    case List::Notes:
        return QStringLiteral("/contact_center/engagements/notes");
    case List::Voicemails:
        return QStringLiteral("/contact_center/voicemails");
    }
    return {};
}

QString ContactCenterApi::itemsKey(List list)
{
    switch (list) {
    case List::Recordings:
        return QStringLiteral("recordings");
    case List::Engagements:
        return QStringLiteral("engagements");
    case List::Notes:
        return QStringLiteral("notes");
    case List::Voicemails:
        return QStringLiteral("voicemails");
    }
    return {};
}

ContactCenterApi::ContactCenterApi(RestClient* client, ZoomAuth* auth, ZoomApi* api, QObject* parent)
    : QObject(parent), m_client(client), m_auth(auth), m_api(api)
{
}

void ContactCenterApi::all(List list, qint64 fromMs, qint64 toMs, int pageSize, QObject* context,
                           ItemsCallback onPage, DoneCallback done)
{
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), iso(fromMs));
    q.addQueryItem(QStringLiteral("to"), iso(toMs));
    // Relative: ZoomApi::get puts the API base from the token in front.
    QUrl first;
    first.setPath(path(list));
    first.setQuery(q);
    const PagingPolicy policy = PagingPolicy::zoom(itemsKey(list), qBound(1, pageSize, 300));
    QPointer<ZoomApi> api(m_api);
    Pager::Fetch fetch = [api](const QUrl& url, QObject* ctx, Pager::JsonCallback pageDone) {
        if (!api) {
            pageDone({}, Error::make(Service::Zoom, ErrorCode::Cancelled, tr("Cancelled.")));
            return;
        }
        api->get(url.path(), QUrlQuery(url), ctx, std::move(pageDone));
    };
    Pager::run(first, policy, std::move(fetch), context, std::move(onPage), std::move(done));
}

void ContactCenterApi::fetch(const QUrl& url, QObject* context, FetchCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    m_auth->token(this, [=, this](const ZoomToken& token, const Error& tokenError) {
        if (hasCtx && !ctx)
            return;
        if (!tokenError.ok()) {
            done({}, tokenError);
            return;
        }
        RestRequest req;
        req.url = url;
        req.service = Service::Zoom;
        // RestClient follows redirects within the origin with this header and refuses to carry
        // it to another origin (CrossOriginRedirect), so the token never leaks.
        req.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.accessToken});
        m_client->send(req, this, [=](const RestResponse& r) {
            if (hasCtx && !ctx)
                return;
            if (!r.ok()) {
                done({}, ZoomApi::mapApiError(r));
                return;
            }
            done(r.body, {});
        });
    });
}

} // namespace syncdesk
