#pragma once

#include "connect/ConnectionCheck.h"

#include <QPointer>
#include <QUrl>

namespace syncdesk {

class AcdApi;
class SessionClients;

struct AcdConnectionReport
{
    QString tenantId;
    qint64 businessUnitId = 0;
    QString userName;  // the access-key user
    QUrl apiBase;      // the tenant's api_endpoint
    QUrl servicesBase; // {api}/incontactapi/services/{version}/
    int agentCount = -1;
    int teamCount = -1;
    int unavailableCodeCount = -1;
    qint64 elapsedMs = 0;
};

// "Test connection" for the CXone ACD, shared by the ACD area, the setup guide and the Overview:
// a fresh sign-in through the session's AcdApi (so a stored secret is proved now, not by a
// cached token), then the counts of agents, teams and unavailable codes, as `syncdeskctl acd
// verify` prints them. The access-key user found is recorded in the profile. Keeps the last
// result until another profile is opened.
class AcdConnectionCheck : public ConnectionCheck
{
    Q_OBJECT
public:
    explicit AcdConnectionCheck(SessionClients* clients, QObject* parent = nullptr);

    void start();
    void cancel() { abandonRun(); }
    const AcdConnectionReport& lastReport() const { return m_report; }

signals:
    void progress(const QString& message);
    void finished(const syncdesk::AcdConnectionReport& report, const syncdesk::Error& error);

private:
    void clearReport() override { m_report = {}; }
    void done(quint64 run, const Error& error);
    void count(quint64 run, int step);

    QPointer<AcdApi> m_api; // of the current run
    AcdConnectionReport m_report;
};

} // namespace syncdesk
