#include "SalesforceConnectionCheck.h"

#include "connect/ProfileSession.h"
#include "connect/SalesforceConnectionResolver.h"
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
    ProfileSession* session = m_clients->session();
    const auto resolver = SalesforceConnectionResolver::forProfile(session->profile(), session->salesforceSandbox(),
                                                                   session->profilePath());
    resolver.resolve(session->secrets(), this, [this, run, session](const Result<SalesforceConnection>& r) {
        if (run != m_run)
            return;
        if (!r.ok())
            return done(run, r.error());
        const SalesforceConnection& c = r.value();
        // CXone's account mapping signs in with the user name and password + security token, so
        // that is what Verify proves, even when a browser sign-in is stored for the console.
        if (c.credentials.password.isEmpty())
            return done(run, Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                                   tr("Verify signs in with the user name and the password + security token, "
                                      "as CXone will. Enter the password and the security token, then verify "
                                      "again.")));
        // A sign-in of its own, never a cached token: the credentials are proved now.
        if (m_auth)
            m_auth->deleteLater(); // a request of an abandoned run may still be unwinding
        m_auth = new SalesforceAuth(session->restClient(), c.loginUrl, c.credentials, this);
        SalesforceAuth* auth = m_auth;
        auto* api = new SalesforceApi(session->restClient(), auth, auth);
        api->userInfo(this, [this, run, api](const Result<SalesforceUserInfo>& user) {
            if (run != m_run)
                return;
            if (!user.ok())
                return done(run, user.error());
            const SalesforceUserInfo info = user.value();
            m_report.orgId = info.orgId;
            m_report.userName = info.username;
            m_report.displayName = info.name;
            // userinfo is an OAuth endpoint without Sforce-Limit-Info; one REST call (the org's
            // limits) reports the API usage as every REST answer does.
            const QUrl limits(QStringLiteral("/services/data/%1/limits").arg(api->apiVersion()));
            api->get(limits, this, [this, run, api](const RestResponse&) {
                if (run != m_run)
                    return;
                if (const auto u = api->apiUsage()) {
                    m_report.apiUsed = int(u->used);
                    m_report.apiLimit = int(u->limit);
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
