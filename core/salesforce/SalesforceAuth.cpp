#include "SalesforceAuth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSalesforce, "syncdesk.salesforce", QtInfoMsg)

namespace syncdesk {

QUrl SalesforceLogin::normalize(const QString& typed)
{
    QString t = typed.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    const QUrl u(t, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return {};
    QUrl out;
    out.setScheme(u.scheme());
    out.setHost(u.host());
    out.setPort(u.port());
    return out;
}

SalesforceAuth::SalesforceAuth(RestClient* client, QUrl loginUrl, SalesforceCredentials credentials,
                               QObject* parent)
    : QObject(parent), m_client(client), m_loginUrl(std::move(loginUrl)),
      m_credentials(std::move(credentials))
{
}

QByteArray SalesforceAuth::passwordGrantBody(const SalesforceCredentials& c)
{
    // Every value percent-encoded: passwords and tokens may hold '&', '=', '+' or '%'.
    auto enc = [](const QString& s) { return QUrl::toPercentEncoding(s); };
    return QByteArrayLiteral("grant_type=password&client_id=") + enc(c.clientId.trimmed()) +
           QByteArrayLiteral("&client_secret=") + enc(c.clientSecret) + QByteArrayLiteral("&username=") +
           enc(c.username.trimmed()) + QByteArrayLiteral("&password=") + enc(c.password);
}

std::optional<SalesforceToken> SalesforceAuth::parseToken(const QJsonObject& o)
{
    SalesforceToken t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    t.instanceUrl = QUrl(o.value(QStringLiteral("instance_url")).toString());
    t.identityUrl = QUrl(o.value(QStringLiteral("id")).toString());
    const QStringList parts = t.identityUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 3 && parts.at(parts.size() - 3) == QLatin1String("id")) {
        t.orgId = parts.at(parts.size() - 2);
        t.userId = parts.last();
    }
    bool ok = false;
    const qint64 ms = o.value(QStringLiteral("issued_at")).toString().toLongLong(&ok);
    if (ok)
        t.issuedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (t.accessToken.isEmpty() || !t.instanceUrl.isValid() || t.instanceUrl.host().isEmpty())
        return std::nullopt;
    return t;
}

void SalesforceAuth::token(QObject* context, TokenCallback done)
{
    if (m_token) {
        done(*m_token, {});
        return;
    }
    m_waiters.push_back({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (!m_inFlight)
        fetch();
}

void SalesforceAuth::invalidate(const QByteArray& rejected)
{
    if (m_token && m_token->accessToken == rejected) {
        qCInfo(lcSalesforce) << "Salesforce session rejected; a new one will be requested";
        m_token.reset();
    }
}

void SalesforceAuth::setToken(const SalesforceToken& token)
{
    m_token = token;
    if (!token.refreshToken.isEmpty())
        m_refreshToken = token.refreshToken;
}

void SalesforceAuth::setRefreshToken(const QByteArray& refreshToken)
{
    m_token.reset();
    m_refreshToken = refreshToken;
}

void SalesforceAuth::fetch()
{
    const SalesforceCredentials& c = m_credentials;
    const bool refresh = !m_refreshToken.isEmpty();
    // Refusals are answered from the event loop like every other answer: a caller that waits in a
    // QEventLoop after asking (syncdeskctl) would otherwise miss a quit() sent before exec() and hang.
    auto refuse = [this](const Error& e) {
        m_inFlight = true;
        QTimer::singleShot(0, this, [this, e] { finish({}, e); });
    };
    if (!m_loginUrl.isValid() || m_loginUrl.host().isEmpty()) {
        refuse(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("Enter the Salesforce login URL: https://login.salesforce.com for production, "
                              "https://test.salesforce.com for a sandbox, or your My Domain URL.")));
        return;
    }
    if (!refresh && (c.clientId.trimmed().isEmpty() || c.clientSecret.isEmpty() ||
                     c.username.trimmed().isEmpty() || c.password.isEmpty())) {
        refuse(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("Enter the consumer key and consumer secret of the connected app, the Salesforce "
                              "user name and the password with the security token appended first.")));
        return;
    }
    m_inFlight = true;
    ++m_requestsSent;
    RestRequest req;
    req.method = QByteArrayLiteral("POST");
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    req.url = url;
    req.service = Service::Salesforce;
    req.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    if (refresh) {
        req.body = QByteArrayLiteral("grant_type=refresh_token&refresh_token=") +
                   QUrl::toPercentEncoding(QString::fromUtf8(m_refreshToken)) +
                   QByteArrayLiteral("&client_id=") + QUrl::toPercentEncoding(c.clientId.trimmed());
        if (!c.clientSecret.isEmpty())
            req.body += QByteArrayLiteral("&client_secret=") + QUrl::toPercentEncoding(c.clientSecret);
    } else {
        req.body = passwordGrantBody(c);
    }
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    m_client->send(req, this, [this, refresh](const RestResponse& r) {
        Error err = tokenError(r, m_loginUrl, refresh);
        std::optional<SalesforceToken> t;
        if (err.ok()) {
            t = parseToken(r.json().object());
            if (!t)
                err =
                    Error::make(Service::Salesforce, ErrorCode::BadResponse,
                                tr("Salesforce answered the sign-in without an access token or instance URL. "
                                   "Check the login URL."),
                                QStringLiteral("token answer without access_token/instance_url"));
        }
        if (!err.ok()) {
            finish({}, err);
            return;
        }
        if (refresh && t->refreshToken.isEmpty())
            t->refreshToken = m_refreshToken; // no rotation: the old one stays valid
        if (!t->refreshToken.isEmpty())
            m_refreshToken = t->refreshToken;
        m_token = *t;
        qCInfo(lcSalesforce).noquote()
            << "Salesforce token obtained for org" << t->orgId << "instance" << t->instanceUrl.host();
        finish(*t, {});
    });
}

void SalesforceAuth::finish(const SalesforceToken& token, const Error& error)
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

Error SalesforceAuth::tokenError(const RestResponse& r, const QUrl& loginUrl, bool refresh)
{
    if (r.ok())
        return {};
    const QJsonObject o = r.json().object();
    const QString code = o.value(QStringLiteral("error")).toString();
    const QString description = o.value(QStringLiteral("error_description")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(r.status).arg(code, description);
    Error e;
    if (code == QLatin1String("invalid_client_id")) {
        e = Error::make(Service::Salesforce, ErrorCode::InvalidClient,
                        tr("Salesforce does not know this consumer key. Copy it again from the connected app "
                           "(Setup > App Manager > View > Manage Consumer Details); a new app can take up to "
                           "10 minutes before it works."),
                        detail);
    } else if (code == QLatin1String("invalid_client")) {
        e = Error::make(Service::Salesforce, ErrorCode::InvalidClient,
                        tr("Salesforce rejected the consumer secret. Copy it again from the connected app "
                           "(Setup > App Manager > View > Manage Consumer Details)."),
                        detail);
    } else if (code == QLatin1String("invalid_grant") && refresh) {
        e = Error::make(
            Service::Salesforce, ErrorCode::InvalidToken,
            tr("Salesforce no longer accepts the stored sign-in (the refresh token expired or was "
               "revoked). Sign in with the browser again."),
            detail);
    } else if (code == QLatin1String("invalid_grant")) {
        // Salesforce answers a blocked username-password flow exactly as a wrong password, so the
        // message names both causes and where to fix each.
        e = Error::make(
            Service::Salesforce, ErrorCode::InvalidClient,
            tr("Salesforce refused the sign-in with user name and password (authentication failure) at %1. "
               "Either the user name or the password with the security token appended is wrong, or the "
               "org blocks this sign-in method (the default for orgs created since Summer '23). An "
               "administrator can allow it under Setup > OAuth and OpenID Connect Settings > \"Allow OAuth "
               "Username-Password Flows\"; or use the browser sign-in instead. Login History shows which "
               "of the two it was.")
                .arg(loginUrl.host()),
            detail);
    } else if (code == QLatin1String("unsupported_grant_type")) {
        e = Error::make(
            Service::Salesforce, ErrorCode::UnsupportedGrantType,
            tr("Salesforce does not allow this sign-in method for the connected app. Check the app's "
               "OAuth settings, or use the browser sign-in."),
            detail);
    } else {
        e = r.error;
        e.detail = code.isEmpty() ? e.detail : e.detail + QStringLiteral(" / ") + detail;
    }
    e.service = Service::Salesforce;
    e.httpStatus = r.status;
    return e;
}

} // namespace syncdesk
