#include "SalesforceConnectionCheck.h"

#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "salesforce/SalesforceAuth.h"

namespace syncdesk {

SalesforceConnectionCheck::SalesforceConnectionCheck(SessionClients* clients, QObject* parent)
    : QObject(parent), m_clients(clients)
{
    connect(clients->session(), &ProfileSession::profileChanged, this, [this] {
        // What was found says nothing about another profile.
        ++m_run;
        m_running = false;
        m_report = {};
        m_error = {};
        m_checkedAt = {};
        emit reset();
    });
}

void SalesforceConnectionCheck::start()
{
    if (m_running || !m_clients->session()->hasProfile())
        return;
    const quint64 run = ++m_run;
    m_running = true;
    m_report = {};
    m_error = {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    emit started();
    m_clients->salesforceApi(this, [this, run](SalesforceApi* api, const Error& error) {
        if (run != m_run)
            return;
        if (!error.ok())
            return done(run, error);
        // A check proves the credentials as they are now: never answer from a cached token.
        SalesforceAuth* auth = api->auth();
        if (const auto cached = auth->cachedToken())
            auth->invalidate(cached->accessToken);
        // The api belongs to the session's clients and may be replaced meanwhile: guard it.
        QPointer<SalesforceApi> guarded(api);
        api->userInfo(this, [this, run, guarded](const Result<SalesforceUserInfo>& r) {
            if (run != m_run)
                return;
            if (!r.ok())
                return done(run, r.error());
            const SalesforceUserInfo info = r.value();
            m_report.orgId = info.orgId;
            m_report.userName = info.username;
            m_report.displayName = info.name;
            if (!guarded)
                return done(run, {});
            // userinfo is an OAuth endpoint without Sforce-Limit-Info; one REST call (the org's
            // limits) reports the API usage as every REST answer does.
            const QUrl limits(QStringLiteral("/services/data/%1/limits").arg(guarded->apiVersion()));
            guarded->get(limits, this, [this, run, guarded](const RestResponse&) {
                if (run != m_run)
                    return;
                if (guarded) {
                    if (const auto u = guarded->apiUsage()) {
                        m_report.apiUsed = int(u->used);
                        m_report.apiLimit = int(u->limit);
                    }
                }
                done(run, {});
            });
        });
    });
}

void SalesforceConnectionCheck::done(quint64 run, const Error& error)
{
    if (run != m_run)
        return;
    m_running = false;
    m_error = error;
    if (!m_error.ok())
        m_error.service = Service::Salesforce;
    m_checkedAt = QDateTime::currentDateTime();
    m_report.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    emit finished(m_report, m_error);
}

} // namespace syncdesk
