#pragma once

#include "common/Error.h"
#include "monitor/CaptureFile.h"
#include "monitor/EventExporter.h"
#include "monitor/EventStore.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace syncdesk {

class MonitorFileJobs;
class MonitorPipeline;
class SandboxEventSimulator;
class ProfileSession;
class SecretAccess;
class ZoomConnectionResolver;
struct ZoomConnection;
class WebhookReceiver;
class ZoomAuth;
class ZoomWebSocketSource;

// The live event monitor without widgets: the store, the pipeline and every source of the open
// profile (webhook receiver, Zoom WebSocket, the sandbox's simulated team, capture replay), with
// their settings kept in the profile and their secrets read through the shared secrets API at
// start, never kept anywhere else. It knows the open profile only through ProfileSession, not
// the setup guide. For a sandbox profile "start webhooks" runs the real receiver on
// 127.0.0.1 (ephemeral port) and lets the simulated team POST signed webhooks to it, so the demo
// goes through the same code as production.
class MonitorController : public QObject
{
    Q_OBJECT
public:
    enum class SourceState
    {
        Stopped,
        Starting,
        Running
    };
    Q_ENUM(SourceState)

    explicit MonitorController(ProfileSession* session, QObject* parent = nullptr);
    ~MonitorController() override;

    ProfileSession* session() const { return m_session; }
    // Replaced (with the models told through storeReplaced()) only when another profile with a
    // different event limit is opened.
    EventStore* store() const { return m_store.get(); }
    MonitorPipeline* pipeline() const { return m_pipeline.get(); }
    WebhookReceiver* webhookReceiver() const { return m_receiver; }
    ZoomWebSocketSource* webSocketSource() const { return m_webSocket; }
    SandboxEventSimulator* simulator() const { return m_simulator; }
    CaptureReplayer* replayer() const { return m_replayer; }

    bool hasProfile() const;
    bool isSandbox() const;
    // The open profile's settings (defaults when none is open).
    MonitorSettings settings() const;
    // Stored in the profile (as an unsaved change, like every other edit) when different.
    void setSettings(const MonitorSettings& settings);

    void startWebhooks();
    void stopWebhooks();
    SourceState webhookState() const { return m_webhookState; }
    QUrl webhookUrl() const;
    void startWebSocket();
    void stopWebSocket();
    SourceState webSocketState() const { return m_webSocketState; }
    void stopAll();
    // One line per source for the toolbar: where it listens or connects, or why it stopped.
    QString webhookStatus() const { return m_webhookStatus; }
    QString webSocketStatus() const { return m_webSocketStatus; }

    // Sandbox profiles only: how many events per second the simulated team produces.
    void setSandboxRate(double eventsPerSecond);
    double sandboxRate() const { return m_sandboxRate; }

    // Capture files and exports of the current store: MonitorFileJobs, in slices. Progress and the
    // outcome come as fileJobProgress / fileJobFinished; one job at a time.
    MonitorFileJobs* fileJobs() const { return m_fileJobs; }
    Error saveCapture(const QString& path);
    Error exportEvents(const QString& path, ExportFormat format, const EventFilter& filter = {});
    bool isFileJobRunning() const;
    void cancelFileJob();
    // Plays a capture into the monitor (source "Replay"), at the original pace or as fast as possible.
    Error replayCapture(const QString& path, CaptureReplayer::Pace pace, double speed = 1.0);
    void stopReplay();
    bool isReplaying() const;

    // Forgets every held event and resets the counters; sources keep running.
    void clear();

    // Test seam: slice length for file jobs.
    void setFileJobSliceMs(int ms);

signals:
    void stateChanged();
    void storeReplaced();
    void errorOccurred(const syncdesk::Error& error);
    void notice(const QString& text);
    void fileJobProgress(qint64 done, qint64 total);
    void fileJobFinished(const syncdesk::Error& error, const QString& message);

private:
    void onProfileChanged();
    ZoomConnectionResolver zoomResolver() const;
    SecretAccess* secrets() const;
    void onSecretTokenRead(const Result<QString>& token);
    void onConnectionResolved(const Result<ZoomConnection>& connection);
    void continueWebhookStart(const QByteArray& secretToken);
    void continueWebSocketStart(const ZoomConnection& connection);
    void createStore(qsizetype capacity);
    void setWebhookState(SourceState state, const QString& status);
    void setWebSocketState(SourceState state, const QString& status);
    void fail(const Error& error);
    void updateSimulator();

    ProfileSession* m_session;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<MonitorPipeline> m_pipeline;
    WebhookReceiver* m_receiver;
    CaptureReplayer* m_replayer;
    MonitorFileJobs* m_fileJobs;
    ZoomAuth* m_auth = nullptr;
    ZoomWebSocketSource* m_webSocket = nullptr;
    SandboxEventSimulator* m_simulator = nullptr;
    QString m_profileId;
    SourceState m_webhookState = SourceState::Stopped;
    SourceState m_webSocketState = SourceState::Stopped;
    QString m_webhookStatus;
    QString m_webSocketStatus;
    bool m_waitingForSecretToken = false;
    bool m_waitingForClientSecret = false;
    // Answers to an older start (stopped meanwhile) are ignored.
    quint64 m_secretTokenRequest = 0;
    quint64 m_clientSecretRequest = 0;
    bool m_sandboxWebhooks = false;  // the simulated team posts to our receiver
    bool m_sandboxWebSocket = false; // the simulated team broadcasts on the sandbox WebSocket
    double m_sandboxRate = 8;
};

} // namespace syncdesk
