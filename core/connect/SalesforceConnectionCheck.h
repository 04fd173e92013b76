#pragma once

#include "connect/ConnectionCheck.h"

#include <QPointer>

namespace syncdesk {

class SalesforceApi;
class SalesforceAuth;
class SessionClients;

struct SalesforceConnectionReport
{
    QString orgId;    // as the server reports it (18 characters)
    QString userName; // the signed-in user's login name
    QString displayName;
    // API requests used and allowed in the last 24 hours, from Sforce-Limit-Info; -1 when the
    // server did not say.
    int apiUsed = -1;
    int apiLimit = -1;
    qint64 elapsedMs = 0;
};

// The Salesforce "Verify", shared by the Account mapping editor and the Overview: a fresh
// username-password sign-in with the profile's values (as CXone's account mapping will sign in;
// a stored browser sign-in does not stand in for it), then the user info (org ID, user) and one
// REST call whose Sforce-Limit-Info header gives the API usage. Keeps the last result until
// another profile is opened.
class SalesforceConnectionCheck : public ConnectionCheck
{
    Q_OBJECT
public:
    explicit SalesforceConnectionCheck(SessionClients* clients, QObject* parent = nullptr);

    void start();
    const SalesforceConnectionReport& lastReport() const { return m_report; }

signals:
    void finished(const syncdesk::SalesforceConnectionReport& report, const syncdesk::Error& error);

private:
    void clearReport() override { m_report = {}; }
    void done(quint64 run, const Error& error);

    QPointer<SalesforceAuth> m_auth; // the last sign-in (owns its SalesforceApi)
    SalesforceConnectionReport m_report;
};

} // namespace syncdesk
