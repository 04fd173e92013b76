#include "SalesforceApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <memory>

namespace syncdesk {

SalesforceApi::SalesforceApi(RestClient* client, SalesforceAuth* auth, QObject* parent)
    : QObject(parent), m_client(client), m_auth(auth)
{
}

std::optional<SalesforceApiUsage> SalesforceApi::parseLimitInfo(const QByteArray& header)
{
    // "api-usage=18/15000", possibly with more comma-separated items (per-app-api-usage=…).
    static const QRegularExpression re(QStringLiteral(R"((?:^|[,;\s])api-usage\s*=\s*(\d+)\s*/\s*(\d+))"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return std::nullopt;
    return SalesforceApiUsage{m.captured(1).toInt(), m.captured(2).toInt()};
}

Error SalesforceApi::apiError(const RestResponse& r)
{
    Error e = r.error;
    e.service = Service::Salesforce;
    e.httpStatus = r.status;
    const QJsonArray errors = r.json().array();
    const QJsonObject first = errors.isEmpty() ? QJsonObject() : errors.first().toObject();
    const QString code = first.value(QStringLiteral("errorCode")).toString();
    const QString message = first.value(QStringLiteral("message")).toString();
    if (!code.isEmpty())
        e.detail = QStringLiteral("%1 / HTTP %2 %3: %4").arg(e.detail).arg(r.status).arg(code, message);
    if (code == QLatin1String("INVALID_SESSION_ID"))
        e.message = tr("Salesforce ended the session and did not accept a new one. Sign in again.");
    else if (code == QLatin1String("REQUEST_LIMIT_EXCEEDED") && r.status == 403)
        e.message = tr("The org has used up its daily API requests. Try again tomorrow, or ask Salesforce "
                       "for a higher limit.");
    else if (code == QLatin1String("INVALID_TYPE"))
        e.message = tr("The org has no such object (%1). Omni-Channel must be enabled for presence "
                       "statuses and service channels.")
                        .arg(message);
    else if (code == QLatin1String("INSUFFICIENT_ACCESS") || code == QLatin1String("API_DISABLED_FOR_ORG"))
        e.message = tr("The Salesforce user may not do this: %1").arg(message);
    return e;
}

QString SalesforceApi::toId18(const QString& id)
{
    if (id.size() != 15)
        return id;
    static const char kMap[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString out = id;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int n = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id.at(chunk * 5 + i);
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                n |= 1 << i;
        }
        out.append(QLatin1Char(kMap[n]));
    }
    return out;
}

QUrl SalesforceApi::queryPath(const QString& apiVersion, const QString& soql)
{
    QUrl url(QStringLiteral("/services/data/%1/query").arg(apiVersion));
    // Every reserved character encoded: a '+' in SOQL must not arrive as a space.
    url.setQuery(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    return url;
}

void SalesforceApi::get(const QUrl& pathAndQuery, QObject* context, ResponseCallback done)
{
    getOnce(pathAndQuery, context, false, std::move(done));
}

void SalesforceApi::getOnce(const QUrl& pathAndQuery, QObject* context, bool retried, ResponseCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    m_auth->token(this, [=, this](const SalesforceToken& token, const Error& error) {
        if (hasContext && !ctx)
            return;
        if (!error.ok()) {
            RestResponse r;
            r.error = error;
            done(r);
            return;
        }
        RestRequest req;
        req.url = token.instanceUrl.resolved(pathAndQuery);
        req.service = Service::Salesforce;
        req.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.accessToken});
        req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        m_client->send(req, this, [=, this](const RestResponse& r) {
            if (hasContext && !ctx)
                return;
            if (const auto usage = parseLimitInfo(r.header("Sforce-Limit-Info")))
                m_usage = usage;
            if (r.status == 401 && !retried) {
                // INVALID_SESSION_ID: the session timed out or was revoked. New token, once.
                m_auth->invalidate(token.accessToken);
                getOnce(pathAndQuery, context, true, done);
                return;
            }
            done(r);
        });
    });
}

void SalesforceApi::queryPages(const QString& soql, QObject* context, Pager::ItemsCallback onPage,
                               Pager::DoneCallback done)
{
    QPointer<SalesforceApi> self(this);
    Pager::Fetch fetch = [self](const QUrl& url, QObject* ctx, Pager::JsonCallback pageDone) {
        if (!self) {
            pageDone({}, Error::make(Service::Salesforce, ErrorCode::Cancelled, tr("Cancelled.")));
            return;
        }
        self->get(url, ctx, [pageDone](const RestResponse& r) {
            if (!r.ok()) {
                pageDone({}, apiError(r));
                return;
            }
            const QJsonDocument doc = r.json();
            if (!doc.isObject()) {
                pageDone({},
                         Error::make(Service::Salesforce, ErrorCode::BadResponse,
                                     tr("Salesforce answered the query with something Syncdesk cannot read."),
                                     QStringLiteral("query page is not a JSON object")));
                return;
            }
            pageDone(doc.object(), {});
        });
    };
    // Relative: Pager resolves nextRecordsUrl against it, get() against the instance.
    Pager::run(queryPath(m_apiVersion, soql), PagingPolicy::salesforce(), fetch, context, std::move(onPage),
               std::move(done));
}

void SalesforceApi::query(const QString& soql, QObject* context, Callback<QList<QJsonObject>> done)
{
    auto out = std::make_shared<QList<QJsonObject>>();
    queryPages(
        soql, context,
        [out](const QList<QJsonObject>& items) {
            out->append(items);
            return true;
        },
        [out, done](int, int, const Error& e) {
            done(e.ok() ? Result<QList<QJsonObject>>(*out) : Result<QList<QJsonObject>>(e));
        });
}

void SalesforceApi::userInfo(QObject* context, Callback<SalesforceUserInfo> done)
{
    get(QUrl(QStringLiteral("/services/oauth2/userinfo")), context, [done](const RestResponse& r) {
        if (!r.ok()) {
            done(apiError(r));
            return;
        }
        const QJsonObject o = r.json().object();
        SalesforceUserInfo u;
        u.orgId = toId18(o.value(QStringLiteral("organization_id")).toString());
        u.userId = toId18(o.value(QStringLiteral("user_id")).toString());
        u.username = o.value(QStringLiteral("preferred_username")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.name = o.value(QStringLiteral("name")).toString();
        if (u.orgId.isEmpty()) {
            done(Error::make(Service::Salesforce, ErrorCode::BadResponse,
                             tr("Salesforce's user info names no organization. Check the login URL."),
                             QStringLiteral("userinfo without organization_id")));
            return;
        }
        done(u);
    });
}

void SalesforceApi::presenceStatuses(QObject* context, Callback<QList<SalesforcePresenceStatus>> done)
{
    query(QStringLiteral(
              "SELECT Id, DeveloperName, MasterLabel FROM ServicePresenceStatus ORDER BY DeveloperName"),
          context, [done](const Result<QList<QJsonObject>>& r) {
              if (!r.ok()) {
                  done(r.error());
                  return;
              }
              QList<SalesforcePresenceStatus> out;
              for (const QJsonObject& o : r.value())
                  out.append({o.value(QStringLiteral("Id")).toString(),
                              o.value(QStringLiteral("DeveloperName")).toString(),
                              o.value(QStringLiteral("MasterLabel")).toString()});
              done(out);
          });
}

void SalesforceApi::serviceChannels(QObject* context, Callback<QList<SalesforceServiceChannel>> done)
{
    query(QStringLiteral("SELECT Id, DeveloperName, MasterLabel, RelatedEntity FROM ServiceChannel"), context,
          [done](const Result<QList<QJsonObject>>& r) {
              if (!r.ok()) {
                  done(r.error());
                  return;
              }
              QList<SalesforceServiceChannel> out;
              for (const QJsonObject& o : r.value())
                  out.append({o.value(QStringLiteral("Id")).toString(),
                              o.value(QStringLiteral("DeveloperName")).toString(),
                              o.value(QStringLiteral("MasterLabel")).toString(),
                              o.value(QStringLiteral("RelatedEntity")).toString()});
              done(out);
          });
}

} // namespace syncdesk
