#include "ZoomAuth.h"

#include "common/Log.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace syncdesk {

ZoomAuth::ZoomAuth(RestClient* client, ZoomEndpoints endpoints, ZoomCredentials credentials, QObject* parent)
    : QObject(parent), m_client(client), m_endpoints(std::move(endpoints)), m_credentials(std::move(credentials))
{
}

void ZoomAuth::setCredentials(const ZoomCredentials& credentials)
{
    m_credentials = credentials;
    m_token.reset();
    ++m_generation;
}

QUrl ZoomAuth::apiBase() const
{
    if (m_endpoints.useTokenApiUrl && m_token && m_token->apiUrl.isValid() && !m_token->apiUrl.isEmpty())
        return m_token->apiUrl;
    return m_endpoints.apiBase;
}

void ZoomAuth::token(QObject* context, TokenCallback done)
{
    if (m_token && m_clock().secsTo(m_token->expiresAt) > kRefreshMarginSec) {
        done(*m_token, {});
        return;
    }
    m_waiters.push_back({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (!m_inFlight)
        fetch();
}

void ZoomAuth::invalidate(const QByteArray& rejected)
{
    if (m_token && m_token->accessToken == rejected) {
        qCInfo(lcZoom) << "access token rejected by the API; a new one will be requested";
        m_token.reset();
    }
}

void ZoomAuth::fetch()
{
    const ZoomCredentials c = m_credentials;
    if (c.accountId.trimmed().isEmpty() || c.clientId.trimmed().isEmpty() || c.clientSecret.isEmpty()) {
        deliver({}, Error::make(Service::Zoom, ErrorCode::InvalidInput,
                                tr("Enter the account ID, client ID and client secret of your Server-to-Server "
                                   "OAuth app first.")));
        return;
    }
    m_inFlight = true;
    ++m_requestsSent;
    QUrl url = m_endpoints.oauthBase;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("oauth/token")
                                                      : url.path() + QStringLiteral("/oauth/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("account_credentials"));
    form.addQueryItem(QStringLiteral("account_id"), c.accountId.trimmed());

    RestRequest req;
    req.method = QByteArrayLiteral("POST");
    req.url = url;
    req.service = Service::Zoom;
    req.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    req.body = form.toString(QUrl::FullyEncoded).toUtf8();
    req.headers.append({QByteArrayLiteral("Authorization"),
                        QByteArrayLiteral("Basic ")
                            + (c.clientId.trimmed() + QLatin1Char(':') + c.clientSecret).toUtf8().toBase64()});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});

    const quint64 generation = m_generation;
    m_client->send(req, this, [this, generation](const RestResponse& r) {
        m_inFlight = false;
        if (generation != m_generation) {
            // Credentials changed while this request was out; ask again with the new ones.
            if (!m_waiters.empty())
                fetch();
            return;
        }
        const Error err = mapTokenError(r);
        if (!err.ok()) {
            deliver({}, err);
            return;
        }
        const QJsonObject o = r.json().object();
        ZoomToken t;
        t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
        t.tokenType = o.value(QStringLiteral("token_type")).toString();
        t.expiresIn = o.value(QStringLiteral("expires_in")).toInt(3600);
        t.obtainedAt = m_clock();
        t.expiresAt = t.obtainedAt.addSecs(t.expiresIn);
        t.scopes = o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString api = o.value(QStringLiteral("api_url")).toString();
        if (!api.isEmpty())
            t.apiUrl = QUrl(api);
        m_token = t;
        qCInfo(lcZoom).noquote() << "token obtained, expires in" << t.expiresIn << "s, api" << apiBase().host();
        emit tokenChanged();
        deliver(t, {});
    });
}

void ZoomAuth::deliver(const ZoomToken& token, const Error& error)
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(token, error);
    }
}

Error ZoomAuth::mapTokenError(const RestResponse& r)
{
    if (r.ok()) {
        QString perr;
        const QJsonDocument doc = r.json(&perr);
        if (!doc.isObject() || doc.object().value(QStringLiteral("access_token")).toString().isEmpty()) {
            return Error::make(Service::Zoom, ErrorCode::BadResponse,
                               tr("The token endpoint answered, but not with an access token. Check that the "
                                  "OAuth URL points to Zoom (https://zoom.us)."),
                               perr.isEmpty() ? QStringLiteral("no access_token in response") : perr);
        }
        return {};
    }
    const QJsonObject o = r.json().object();
    const QString oauthError = o.value(QStringLiteral("error")).toString();
    const QString reason = o.value(QStringLiteral("reason")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(r.status).arg(oauthError, reason);
    Error e;
    if (oauthError == QLatin1String("invalid_client")) {
        e = Error::make(Service::Zoom, ErrorCode::InvalidClient,
                        tr("Zoom rejected the client ID or client secret. Copy both again from the app's App "
                           "Credentials page (regenerating the secret invalidates the old one)."), detail);
    } else if (oauthError == QLatin1String("unsupported_grant_type")) {
        e = Error::make(Service::Zoom, ErrorCode::UnsupportedGrantType,
                        tr("These credentials do not belong to a Server-to-Server OAuth app. Create an app of "
                           "type \"Server-to-Server OAuth\" in the Zoom App Marketplace and use its "
                           "credentials."), detail);
    } else if (oauthError == QLatin1String("invalid_request") || reason.contains(QLatin1String("account"),
                                                                                 Qt::CaseInsensitive)) {
        e = Error::make(Service::Zoom, ErrorCode::InvalidClient,
                        tr("Zoom rejected the request: %1. Check the account ID; it is shown on the app's App "
                           "Credentials page.").arg(reason.isEmpty() ? oauthError : reason), detail);
    } else {
        e = r.error;
        e.detail = e.detail + QStringLiteral(" / ") + detail;
    }
    e.httpStatus = r.status;
    e.service = Service::Zoom;
    return e;
}

} // namespace syncdesk
