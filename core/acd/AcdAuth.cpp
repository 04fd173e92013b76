#include "AcdAuth.h"

#include "common/Redact.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcAcd, "syncdesk.acd", QtInfoMsg)

namespace syncdesk {

namespace {
QUrl withPath(QUrl base, const QString& tail)
{
    QString p = base.path();
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    base.setPath(p + tail);
    return base;
}
} // namespace

QList<QUrl> AcdEndpoints::knownIssuers()
{
    return {defaultIssuer(), QUrl(QStringLiteral("https://cxone-gov.niceincontact.com")),
            QUrl(QStringLiteral("https://nicecxone-sov1.au")),
            QUrl(QStringLiteral("https://nicecxone-sov1.eu"))};
}

AcdAuth::AcdAuth(RestClient* client, AcdEndpoints endpoints, AcdCredentials credentials, QObject* parent)
    : QObject(parent), m_client(client), m_endpoints(std::move(endpoints)),
      m_credentials(std::move(credentials))
{
}

QByteArray AcdAuth::passwordGrantBody(const QString& username, const QString& password)
{
    // QUrlQuery leaves '=' in values as it is; toPercentEncoding encodes everything but
    // unreserved characters, so "ABC====" goes out as "ABC%3D%3D%3D%3D".
    return QByteArrayLiteral("grant_type=password&username=") + QUrl::toPercentEncoding(username) +
           QByteArrayLiteral("&password=") + QUrl::toPercentEncoding(password);
}

QJsonObject AcdAuth::jwtClaims(const QByteArray& jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

QUrl AcdAuth::servicesBase() const
{
    if (!m_token || m_token->apiBase.isEmpty())
        return {};
    return withPath(m_token->apiBase,
                    QStringLiteral("incontactapi/services/%1/").arg(m_endpoints.apiVersion));
}

void AcdAuth::token(QObject* context, TokenCallback done)
{
    if (m_token && m_clock().secsTo(m_token->expiresAt) > kRefreshMarginSec) {
        done(*m_token, {});
        return;
    }
    m_waiters.push_back({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (!m_inFlight)
        fetch();
}

void AcdAuth::invalidate(const QByteArray& rejected)
{
    if (m_token && m_token->accessToken == rejected) {
        qCInfo(lcAcd) << "ACD access token rejected; a new one will be requested";
        m_token.reset();
    }
}

void AcdAuth::fetch()
{
    const AcdCredentials& c = m_credentials;
    if (c.clientId.trimmed().isEmpty() || c.clientSecret.isEmpty() || c.accessKeyId.trimmed().isEmpty() ||
        c.accessKeySecret.isEmpty()) {
        finish({}, Error::make(Service::Acd, ErrorCode::InvalidInput,
                               tr("Enter the ACD client ID and client secret of your registered app and the "
                                  "access key ID and secret first.")));
        return;
    }
    m_inFlight = true;
    const quint64 gen = m_generation;
    if (m_tokenEndpoint.isValid() && !m_tokenEndpoint.isEmpty())
        requestToken(gen, m_tokenEndpoint);
    else
        discoverTokenEndpoint(gen);
}

void AcdAuth::discoverTokenEndpoint(quint64 gen)
{
    RestRequest req;
    req.url = withPath(m_endpoints.issuer, QStringLiteral(".well-known/openid-configuration"));
    req.service = Service::Acd;
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    m_client->send(req, this, [this, gen, url = req.url](const RestResponse& r) {
        if (gen != m_generation)
            return;
        const QString endpoint = r.json().object().value(QStringLiteral("token_endpoint")).toString();
        if (!r.ok() || endpoint.isEmpty() || !QUrl(endpoint).isValid()) {
            Error e = r.ok() ? Error::make(Service::Acd, ErrorCode::BadResponse, {}) : r.error;
            e.service = Service::Acd;
            e.message =
                tr("The ACD issuer %1 did not name a token endpoint. Check the issuer URL (for example "
                   "https://cxone.niceincontact.com). %2")
                    .arg(m_endpoints.issuer.toString(), r.ok() ? QString() : r.error.message)
                    .trimmed();
            e.detail = QStringLiteral("GET %1: %2").arg(redact::url(url), e.detail);
            finish({}, e);
            return;
        }
        m_tokenEndpoint = QUrl(endpoint);
        requestToken(gen, m_tokenEndpoint);
    });
}

void AcdAuth::requestToken(quint64 gen, const QUrl& tokenEndpoint)
{
    ++m_requestsSent;
    const AcdCredentials& c = m_credentials;
    RestRequest req;
    req.method = QByteArrayLiteral("POST");
    req.url = tokenEndpoint;
    req.service = Service::Acd;
    req.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    req.body = passwordGrantBody(c.accessKeyId.trimmed(), c.accessKeySecret);
    req.headers.append({QByteArrayLiteral("Authorization"),
                        QByteArrayLiteral("Basic ") +
                            (c.clientId.trimmed() + QLatin1Char(':') + c.clientSecret).toUtf8().toBase64()});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    m_client->send(req, this, [this, gen](const RestResponse& r) {
        if (gen != m_generation)
            return;
        const Error err = tokenError(r);
        if (!err.ok()) {
            finish({}, err);
            return;
        }
        const QJsonObject o = r.json().object();
        AcdToken t;
        t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
        t.expiresIn = o.value(QStringLiteral("expires_in")).toInt(3600);
        t.obtainedAt = m_clock();
        t.expiresAt = t.obtainedAt.addSecs(t.expiresIn);
        const QJsonObject claims = jwtClaims(o.value(QStringLiteral("id_token")).toString().toLatin1());
        t.tenantId = claims.value(QStringLiteral("tenantId")).toString();
        t.issuer = claims.value(QStringLiteral("iss")).toString();
        t.userName = claims.value(QStringLiteral("name")).toString();
        t.businessUnitId = claims.value(QStringLiteral("icBUId")).toVariant().toLongLong();
        if (!m_endpoints.apiBase.isEmpty()) {
            t.apiBase = m_endpoints.apiBase;
            m_token = t;
            finish(t, {});
            return;
        }
        discoverApi(gen, t);
    });
}

void AcdAuth::discoverApi(quint64 gen, AcdToken t)
{
    if (t.tenantId.isEmpty() || t.issuer.isEmpty() || !QUrl(t.issuer).isValid()) {
        finish(
            {},
            Error::make(
                Service::Acd, ErrorCode::BadResponse,
                tr("The ACD signed in, but its id_token names no tenant, so the API address cannot "
                   "be found. Enter the API URL yourself (for example https://api-na1.niceincontact.com)."),
                QStringLiteral("id_token without tenantId or iss")));
        return;
    }
    RestRequest req;
    req.url = withPath(QUrl(t.issuer), QStringLiteral(".well-known/cxone-configuration"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tenantId"), QString::fromLatin1(QUrl::toPercentEncoding(t.tenantId)));
    req.url.setQuery(q);
    req.service = Service::Acd;
    m_client->send(req, this, [this, gen, t](const RestResponse& r) mutable {
        if (gen != m_generation)
            return;
        const QString api = r.json().object().value(QStringLiteral("api_endpoint")).toString();
        if (!r.ok() || api.isEmpty() || !QUrl(api).isValid()) {
            Error e = r.ok() ? Error::make(Service::Acd, ErrorCode::BadResponse, {}) : r.error;
            e.service = Service::Acd;
            e.message = tr("The ACD's tenant discovery gave no API address for tenant %1. Enter the API URL "
                           "yourself (for example https://api-na1.niceincontact.com).")
                            .arg(t.tenantId);
            finish({}, e);
            return;
        }
        t.apiBase = QUrl(api);
        m_token = t;
        qCInfo(lcAcd).noquote() << "ACD token obtained, expires in" << t.expiresIn << "s, api"
                                << t.apiBase.host();
        finish(t, {});
    });
}

void AcdAuth::finish(const AcdToken& token, const Error& error)
{
    m_inFlight = false;
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(token, error);
    }
}

Error AcdAuth::tokenError(const RestResponse& r) const
{
    const QJsonObject o = r.json().object();
    if (r.ok()) {
        if (o.value(QStringLiteral("access_token")).toString().isEmpty())
            return Error::make(
                Service::Acd, ErrorCode::BadResponse,
                tr("The ACD token endpoint answered, but not with an access token. Check the issuer "
                   "URL."),
                QStringLiteral("no access_token in response"));
        return {};
    }
    const QString code = o.value(QStringLiteral("error")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2: %3")
                               .arg(r.status)
                               .arg(code, o.value(QStringLiteral("error_description")).toString());
    Error e;
    if (code == QLatin1String("invalid_client") || r.status == 401) {
        e = Error::make(Service::Acd, ErrorCode::InvalidClient,
                        tr("The ACD rejected the client ID or client secret of the registered app. Copy both "
                           "again from the app registration NICE sent you."),
                        detail);
    } else if (code == QLatin1String("invalid_grant")) {
        e = Error::make(
            Service::Acd, ErrorCode::InvalidClient,
            tr("The ACD rejected the access key. Check the access key ID and secret (My Profile > "
               "Access Keys); the secret is shown only once, so create a new key if it is lost."),
            detail);
    } else if (code == QLatin1String("unsupported_grant_type")) {
        e = Error::make(
            Service::Acd, ErrorCode::UnsupportedGrantType,
            tr("The ACD does not allow sign-in with an access key for this app. Ask NICE to enable "
               "the password grant for the registered app."),
            detail);
    } else {
        e = r.error;
        e.detail = e.detail + QStringLiteral(" / ") + detail;
    }
    e.service = Service::Acd;
    e.httpStatus = r.status;
    return e;
}

} // namespace syncdesk
