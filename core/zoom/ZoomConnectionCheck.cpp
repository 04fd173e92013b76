#include "ZoomConnectionCheck.h"

#include <QJsonArray>

namespace syncdesk {

ZoomConnectionCheck::ZoomConnectionCheck(RestClient* client, QObject* parent) : QObject(parent), m_client(client) {}

void ZoomConnectionCheck::start(const ZoomEndpoints& endpoints, const ZoomCredentials& credentials)
{
    cancel();
    const quint64 run = ++m_run;
    m_running = true;
    m_report = {};
    m_elapsed.start();
    // A fresh ZoomAuth per test: the point is to prove these credentials, not a cached token.
    m_auth = new ZoomAuth(m_client, endpoints, credentials, this);
    m_api = new ZoomApi(m_client, m_auth, m_auth);
    emit progress(tr("Requesting an access token from %1…").arg(endpoints.oauthBase.host()));
    m_auth->token(m_auth, [this, run](const ZoomToken& token, const Error& error) {
        if (run != m_run)
            return;
        if (!error.ok()) {
            done(error);
            return;
        }
        m_report.apiHost = m_auth->apiBase().host();
        if (m_auth->apiBase().port() > 0)
            m_report.apiHost += QLatin1Char(':') + QString::number(m_auth->apiBase().port());
        m_report.grantedScopes = token.scopes;
        m_report.missingScopes = ZoomCatalog::missingScopes(token.scopes);
        m_report.tokenExpiresAt = token.expiresAt;
        emit progress(tr("Token received. Counting users on %1…").arg(m_report.apiHost));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        m_api->get(QStringLiteral("/users"), q, m_auth, [this, run](const QJsonObject& body, const Error& e) {
            if (run != m_run)
                return;
            if (!e.ok()) {
                done(e);
                return;
            }
            m_report.userCount = body.value(QStringLiteral("total_records")).toInt(-1);
            bool phoneGranted = false;
            for (const auto& s : ZoomCatalog::scopes()) {
                if (s.id == QLatin1String("phone"))
                    phoneGranted = ZoomCatalog::isGranted(s, m_report.grantedScopes);
            }
            if (!phoneGranted) {
                done({});
                return;
            }
            QUrlQuery pq;
            pq.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
            m_api->get(QStringLiteral("/phone/users"), pq, m_auth, [this, run](const QJsonObject& pb, const Error& pe) {
                if (run != m_run)
                    return;
                // Accounts without Zoom Phone answer with an error here; that is not a failed test.
                if (pe.ok())
                    m_report.phoneUserCount = pb.value(QStringLiteral("total_records")).toInt(-1);
                done({});
            });
        });
    });
}

void ZoomConnectionCheck::cancel()
{
    ++m_run;
    m_running = false;
    if (m_auth) {
        m_auth->deleteLater();
        m_auth = nullptr;
        m_api = nullptr;
    }
}

void ZoomConnectionCheck::done(const Error& error)
{
    m_report.elapsedMs = m_elapsed.elapsed();
    m_running = false;
    const ZoomConnectionReport report = m_report;
    emit finished(report, error);
}

} // namespace syncdesk
