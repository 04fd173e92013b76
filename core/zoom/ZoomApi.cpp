#include "ZoomApi.h"

#include "common/Log.h"
#include "net/Pager.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace syncdesk {

ZoomUser ZoomUser::fromJson(const QJsonObject& o)
{
    ZoomUser u;
    u.id = o.value(QStringLiteral("id")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.firstName = o.value(QStringLiteral("first_name")).toString();
    u.lastName = o.value(QStringLiteral("last_name")).toString();
    u.displayName = o.value(QStringLiteral("display_name")).toString();
    u.dept = o.value(QStringLiteral("dept")).toString();
    u.status = o.value(QStringLiteral("status")).toString();
    u.timezone = o.value(QStringLiteral("timezone")).toString();
    u.language = o.value(QStringLiteral("language")).toString();
    u.roleId = o.value(QStringLiteral("role_id")).toString();
    u.type = o.value(QStringLiteral("type")).toInt();
    u.raw = o;
    return u;
}

ZoomPhoneUser ZoomPhoneUser::fromJson(const QJsonObject& o)
{
    ZoomPhoneUser u;
    u.id = o.value(QStringLiteral("id")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.name = o.value(QStringLiteral("name")).toString();
    u.extensionId = o.value(QStringLiteral("extension_id")).toString();
    u.extensionNumber = o.value(QStringLiteral("extension_number")).toVariant().toLongLong();
    u.siteName = o.value(QStringLiteral("site")).toObject().value(QStringLiteral("name")).toString();
    u.status = o.value(QStringLiteral("status")).toString();
    for (const QJsonValue& n : o.value(QStringLiteral("phone_numbers")).toArray())
        u.phoneNumbers.append(n.toObject().value(QStringLiteral("number")).toString());
    u.raw = o;
    return u;
}

ZoomApi::ZoomApi(RestClient* client, ZoomAuth* auth, QObject* parent)
    : QObject(parent), m_client(client), m_auth(auth)
{
}

Error ZoomApi::mapApiError(const RestResponse& r)
{
    if (r.ok())
        return {};
    const QJsonObject o = r.json().object();
    const int code = o.value(QStringLiteral("code")).toInt();
    const QString message = o.value(QStringLiteral("message")).toString();
    Error e = r.error;
    e.service = Service::Zoom;
    e.serviceCode = code;
    if (!message.isEmpty())
        e.detail += QStringLiteral(" / Zoom code %1: %2").arg(code).arg(message);
    if (code == 124 || r.status == 401) {
        e.code = ErrorCode::InvalidToken;
        e.message = tr("Zoom did not accept the access token. If this repeats, the app may have been "
                       "deactivated or its credentials regenerated; check the app in the Marketplace.");
    } else if (code == 1001) {
        e.code = ErrorCode::NotFound;
        e.message = tr("Zoom has no such user: %1").arg(message);
    } else if (code == 300 && message.contains(QLatin1String("next_page_token"))) {
        e.code = ErrorCode::BadResponse;
        e.message = tr("The page token expired (Zoom keeps them 15 minutes). Start the listing again.");
    } else if (code == 4700 || message.contains(QLatin1String("scopes"), Qt::CaseInsensitive)) {
        e.code = ErrorCode::MissingScopes;
        e.message = tr("The app lacks a scope for this request: %1. Add it on the app's Scopes page, then "
                       "save and test again.").arg(message);
    }
    return e;
}

void ZoomApi::get(const QString& path, const QUrlQuery& query, QObject* context, JsonCallback done)
{
    getWithToken(path, query, context, std::move(done), false);
}

void ZoomApi::getWithToken(const QString& path, const QUrlQuery& query, QObject* context, JsonCallback done,
                           bool retriedAfter124)
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
        QUrl url = m_auth->apiBase();
        QString base = url.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        if (!base.endsWith(QLatin1String("/v2")))
            base += QStringLiteral("/v2");
        url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
        url.setQuery(query);
        RestRequest req;
        req.url = url;
        req.service = Service::Zoom;
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.accessToken});
        req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        const QByteArray used = token.accessToken;
        m_client->send(req, this, [=, this](const RestResponse& r) {
            if (hasCtx && !ctx)
                return;
            const Error e = mapApiError(r);
            if (e.code == ErrorCode::InvalidToken && !retriedAfter124) {
                // 124 means expired *or* invalidated (e.g. another instance took a new token): once.
                m_auth->invalidate(used);
                getWithToken(path, query, ctx, done, true);
                return;
            }
            if (!e.ok()) {
                done({}, e);
                return;
            }
            QString perr;
            const QJsonDocument doc = r.json(&perr);
            if (!doc.isObject() && !r.body.isEmpty()) {
                done({}, Error::make(Service::Zoom, ErrorCode::BadResponse,
                                     tr("Zoom answered with data Syncdesk cannot read. Check the API URL."),
                                     perr));
                return;
            }
            done(doc.object(), {});
        });
    });
}

void ZoomApi::usersPage(const QString& status, int pageSize, const QString& pageToken, QObject* context,
                        PageCallback done)
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    q.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, pageSize, kMaxPageSize)));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("next_page_token"), pageToken);
    get(QStringLiteral("/users"), q, context, [done](const QJsonObject& body, const Error& e) {
        ZoomPage page;
        if (e.ok()) {
            for (const QJsonValue& v : body.value(QStringLiteral("users")).toArray())
                page.items.append(v.toObject());
            page.nextPageToken = body.value(QStringLiteral("next_page_token")).toString();
            page.totalRecords = body.value(QStringLiteral("total_records")).toInt(-1);
        }
        done(page, e);
    });
}

void ZoomApi::phoneUsersPage(int pageSize, const QString& pageToken, QObject* context, PageCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, pageSize, kMaxPageSize)));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("next_page_token"), pageToken);
    get(QStringLiteral("/phone/users"), q, context, [done](const QJsonObject& body, const Error& e) {
        ZoomPage page;
        if (e.ok()) {
            for (const QJsonValue& v : body.value(QStringLiteral("users")).toArray())
                page.items.append(v.toObject());
            page.nextPageToken = body.value(QStringLiteral("next_page_token")).toString();
            page.totalRecords = body.value(QStringLiteral("total_records")).toInt(-1);
        }
        done(page, e);
    });
}

void ZoomApi::walk(const QString& path, QUrlQuery baseQuery, int pageSize, const QString& listKey,
                   QObject* context, ItemsCallback onPage, DoneCallback done)
{
    // Relative on purpose: the host comes from the token (its api_url), known only per request.
    QUrl first;
    first.setPath(path);
    first.setQuery(baseQuery);
    const PagingPolicy policy = PagingPolicy::zoom(listKey, qBound(1, pageSize, kMaxPageSize));
    QPointer<ZoomApi> self(this);
    Pager::Fetch fetch = [self](const QUrl& url, QObject* ctx, Pager::JsonCallback pageDone) {
        if (!self) {
            pageDone({}, Error::make(Service::Zoom, ErrorCode::Cancelled, tr("Cancelled.")));
            return;
        }
        self->getWithToken(url.path(), QUrlQuery(url), ctx, std::move(pageDone), false);
    };
    Pager::run(first, policy, std::move(fetch), context, std::move(onPage), std::move(done));
}

void ZoomApi::allUsers(const QString& status, int pageSize, QObject* context, ItemsCallback onPage,
                       DoneCallback done)
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    walk(QStringLiteral("/users"), q, pageSize, QStringLiteral("users"), context, std::move(onPage), std::move(done));
}

void ZoomApi::allPhoneUsers(int pageSize, QObject* context, ItemsCallback onPage, DoneCallback done)
{
    walk(QStringLiteral("/phone/users"), {}, pageSize, QStringLiteral("users"), context, std::move(onPage),
         std::move(done));
}

void ZoomApi::user(const QString& idOrEmail, QObject* context, JsonCallback done)
{
    get(QStringLiteral("/users/") + QString::fromUtf8(QUrl::toPercentEncoding(idOrEmail, "@")), {}, context,
        std::move(done));
}

void ZoomApi::presence(const QString& userId, QObject* context, PresenceCallback done)
{
    get(QStringLiteral("/users/") + QString::fromUtf8(QUrl::toPercentEncoding(userId, "@"))
            + QStringLiteral("/presence_status"),
        {}, context, [done](const QJsonObject& body, const Error& e) {
            done(body.value(QStringLiteral("status")).toString(), e);
        });
}

} // namespace syncdesk
