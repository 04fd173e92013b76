#include "SalesforceConnectionCheck.h"

#include "connect/ProfileSession.h"
#include "connect/SalesforceConnectionResolver.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "salesforce/SalesforceAuth.h"

namespace syncdesk {

SalesforceConnectionCheck::SalesforceConnectionCheck(SessionClients* clients, QObject* parent)
    : ConnectionCheck(clients, parent)
{
}

void SalesforceConnectionCheck::start()
{
    const std::optional<quint64> begun = beginRun();
    if (!begun)
        return;
    const quint64 run = *begun;
    ProfileSession* session = clients()->session();
    const auto resolver = SalesforceConnectionResolver::forProfile(
        session->profile(), session->salesforceSandbox(), session->profilePath());
    resolver.resolve(session->secrets(), this, [this, run, session](const Result<SalesforceConnection>& r) {
        if (!isCurrent(run))
            return;
        if (!r.ok())
            return done(run, r.error());
        const SalesforceConnection& c = r.value();
        // CXone's account mapping signs in with the user name and password + security token, so
        // that is what Verify proves, even when a browser sign-in is stored for the console.
        if (c.credentials.password.isEmpty())
            return done(
                run, Error::make(Service::Salesforce, ErrorCode::InvalidInput,
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
            if (!isCurrent(run))
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
                if (!isCurrent(run))
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
    Error e = error;
    if (!e.ok())
        e.service = Service::Salesforce;
    if (!endRun(run, e))
        return;
    m_report.elapsedMs = elapsedMs();
    emit finished(m_report, lastError());
}

} // namespace syncdesk
