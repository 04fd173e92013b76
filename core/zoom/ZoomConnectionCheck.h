#pragma once

#include "ZoomApi.h"
#include "catalog/ZoomCatalog.h"

#include <QElapsedTimer>

namespace syncdesk {

struct ZoomConnectionReport
{
    QString apiHost;
    QStringList grantedScopes;
    QList<ZoomScopeInfo> missingScopes;
    int userCount = -1;       // total_records of active users
    int phoneUserCount = -1;  // -1 when the phone scope is missing or the account has no Zoom Phone
    QDateTime tokenExpiresAt;
    qint64 elapsedMs = 0;
    bool complete() const { return missingScopes.isEmpty(); }
};

// What "Test connection" does, for the wizard and `syncdeskctl zoom verify` alike: get a fresh
// S2S token, compare granted with required scopes, count the account's users.
class ZoomConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit ZoomConnectionCheck(RestClient* client, QObject* parent = nullptr);

    void start(const ZoomEndpoints& endpoints, const ZoomCredentials& credentials);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString& message);
    void finished(const syncdesk::ZoomConnectionReport& report, const syncdesk::Error& error);

private:
    void done(const Error& error);

    RestClient* m_client;
    ZoomAuth* m_auth = nullptr;
    ZoomApi* m_api = nullptr;
    ZoomConnectionReport m_report;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace syncdesk
