#include "SessionClients.h"

#include "acd/AcdApi.h"
#include "connect/AcdConnectionResolver.h"
#include "connect/ProfileSession.h"
#include "connect/SalesforceConnectionResolver.h"
#include "connect/SalesforceOrgCatalog.h"
#include "salesforce/SalesforceApi.h"
#include "connect/ZoomConnectionResolver.h"
#include "zoom/ZoomApi.h"

#include <QCryptographicHash>

namespace syncdesk {

namespace {

// The key holds a hash, not the secrets, so nothing secret stays in memory longer than the
// clients themselves hold it.
QByteArray digest(const QStringList& parts)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    return h.result();
}

} // namespace

SessionClients::SessionClients(ProfileSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_sfCatalog(new SalesforceOrgCatalog(this, this))
{
}

SessionClients::~SessionClients() = default;

void SessionClients::zoomApi(QObject* context, ZoomCallback done, SecretAccess::WaitingCallback waiting)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> ctx(context);
    const auto resolver =
        ZoomConnectionResolver::forProfile(m_session->profile(), m_session->sandbox(), m_session->profilePath());
    resolver.resolve(
        m_session->secrets(), this,
        [this, ctx, hasContext, done](const Result<ZoomConnection>& r) {
            if (hasContext && !ctx)
                return;
            if (!r.ok()) {
                done(nullptr, r.error());
                return;
            }
            const ZoomConnection& c = r.value();
            const QByteArray key = digest({c.endpoints.oauthBase.toString(), c.endpoints.apiBase.toString(),
                                           QString::number(c.endpoints.useTokenApiUrl), c.credentials.accountId,
                                           c.credentials.clientId, c.credentials.clientSecret});
            if (!m_zoom || key != m_zoomKey) {
                if (m_zoomAuth)
                    m_zoomAuth->deleteLater(); // owns the old ZoomApi
                m_zoomAuth = new ZoomAuth(m_session->restClient(), c.endpoints, c.credentials, this);
                m_zoom = new ZoomApi(m_session->restClient(), m_zoomAuth, m_zoomAuth);
                m_zoomKey = key;
            }
            done(m_zoom, {});
        },
        std::move(waiting));
}

void SessionClients::acdApi(QObject* context, AcdCallback done, SecretAccess::WaitingCallback waiting)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> ctx(context);
    m_session->acdResolver().resolve(
        m_session->secrets(), this,
        [this, ctx, hasContext, done](const Result<AcdConnection>& r) {
            if (hasContext && !ctx)
                return;
            if (!r.ok()) {
                done(nullptr, r.error());
                return;
            }
            const AcdConnection& c = r.value();
            const QByteArray key =
                digest({c.endpoints.issuer.toString(), c.endpoints.apiBase.toString(), c.endpoints.apiVersion,
                        c.credentials.clientId, c.credentials.clientSecret, c.credentials.accessKeyId,
                        c.credentials.accessKeySecret});
            if (!m_acd || key != m_acdKey) {
                if (m_acdAuth)
                    m_acdAuth->deleteLater(); // owns the old AcdApi
                m_acdAuth = new AcdAuth(m_session->restClient(), c.endpoints, c.credentials, this);
                m_acd = new AcdApi(m_session->restClient(), m_acdAuth, m_acdAuth);
                m_acdKey = key;
            }
            done(m_acd, {});
        },
        std::move(waiting));
}

void SessionClients::salesforceApi(QObject* context, SalesforceCallback done, SecretAccess::WaitingCallback waiting)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> ctx(context);
    const auto resolver = SalesforceConnectionResolver::forProfile(
        m_session->profile(), m_session->salesforceSandbox(), m_session->profilePath());
    resolver.resolve(
        m_session->secrets(), this,
        [this, ctx, hasContext, done](const Result<SalesforceConnection>& r) {
            if (hasContext && !ctx)
                return;
            if (!r.ok()) {
                done(nullptr, r.error());
                return;
            }
            const SalesforceConnection& c = r.value();
            const QByteArray key =
                digest({c.loginUrl.toString(), c.credentials.clientId, c.credentials.clientSecret,
                        c.credentials.username, c.credentials.password, QString::fromUtf8(c.refreshToken)});
            if (!m_sf || key != m_sfKey) {
                if (m_sfAuth)
                    m_sfAuth->deleteLater(); // owns the old SalesforceApi
                m_sfAuth = new SalesforceAuth(m_session->restClient(), c.loginUrl, c.credentials, this);
                if (!c.refreshToken.isEmpty())
                    m_sfAuth->setRefreshToken(c.refreshToken);
                m_sf = new SalesforceApi(m_session->restClient(), m_sfAuth, m_sfAuth);
                m_sfKey = key;
            }
            done(m_sf, {});
        },
        std::move(waiting));
}

void SessionClients::resetSalesforce()
{
    if (m_sfAuth)
        m_sfAuth->deleteLater();
    m_sfAuth = nullptr;
    m_sf = nullptr;
    m_sfKey.clear();
    m_sfCatalog->invalidate();
}

} // namespace syncdesk
