#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QObject>
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
class SalesforceConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit SalesforceConnectionCheck(SessionClients* clients, QObject* parent = nullptr);

    SessionClients* clients() const { return m_clients; }
    void start();
    bool isRunning() const { return m_running; }

    bool hasResult() const { return m_checkedAt.isValid(); }
    const SalesforceConnectionReport& lastReport() const { return m_report; }
    const Error& lastError() const { return m_error; }
    const QDateTime& checkedAt() const { return m_checkedAt; }

signals:
    void started();
    void finished(const syncdesk::SalesforceConnectionReport& report, const syncdesk::Error& error);
    // The result was forgotten because another profile was opened.
    void reset();

private:
    void done(quint64 run, const Error& error);

    SessionClients* m_clients;
    QPointer<SalesforceAuth> m_auth; // the last sign-in (owns its SalesforceApi)
    SalesforceConnectionReport m_report;
    Error m_error;
    QDateTime m_checkedAt;
    qint64 m_startedMs = 0;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace syncdesk
