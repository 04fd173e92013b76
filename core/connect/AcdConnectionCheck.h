#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QObject>
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
class AcdConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit AcdConnectionCheck(SessionClients* clients, QObject* parent = nullptr);

    SessionClients* clients() const { return m_clients; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    bool hasResult() const { return m_checkedAt.isValid(); }
    const AcdConnectionReport& lastReport() const { return m_report; }
    const Error& lastError() const { return m_error; }
    const QDateTime& checkedAt() const { return m_checkedAt; }

signals:
    void started();
    void progress(const QString& message);
    void finished(const syncdesk::AcdConnectionReport& report, const syncdesk::Error& error);
    // Cancelled, or the result was forgotten because another profile was opened.
    void reset();

private:
    void done(quint64 run, const Error& error);
    void count(quint64 run, int step);

    SessionClients* m_clients;
    QPointer<AcdApi> m_api; // of the current run
    AcdConnectionReport m_report;
    Error m_error;
    QDateTime m_checkedAt;
    qint64 m_startedMs = 0;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace syncdesk
