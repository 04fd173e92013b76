#include "MonitorController.h"

#include "common/Log.h"
#include "connect/ProfileSession.h"
#include "connect/SecretAccess.h"
#include "connect/ZoomConnectionResolver.h"
#include "monitor/MonitorFileJobs.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"
#include "monitor/ZoomWebSocketSource.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomAuth.h"

#include <QDir>

#include <algorithm>

namespace syncdesk {

namespace {
constexpr qsizetype kDefaultCapacity = 1'000'000;
constexpr qsizetype kMinCapacity = 1'000;
constexpr qsizetype kMaxCapacity = 20'000'000;

qsizetype capacityOf(const MonitorSettings& s)
{
    return std::clamp<qsizetype>(s.maxEvents, kMinCapacity, kMaxCapacity);
}

// "localhost" and the wildcard spellings people type, then anything QHostAddress parses.
QHostAddress parseListenHost(const QString& text)
{
    const QString host = text.trimmed();
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    if (host == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    return QHostAddress(host);
}
} // namespace

MonitorController::MonitorController(ProfileSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_receiver(new WebhookReceiver(this)),
      m_replayer(new CaptureReplayer(this)), m_fileJobs(new MonitorFileJobs(this))
{
    connect(m_fileJobs, &MonitorFileJobs::progress, this, &MonitorController::fileJobProgress);
    connect(m_fileJobs, &MonitorFileJobs::finished, this, &MonitorController::fileJobFinished);
    createStore(session->hasProfile() ? capacityOf(session->profile().monitor) : kDefaultCapacity);
    m_profileId = session->hasProfile() ? session->profile().id : QString();

    connect(session, &ProfileSession::profileChanged, this, &MonitorController::onProfileChanged);
    // A secret token changed anywhere (the setup guide) reaches a running receiver at once, also
    // when it is kept for this session only.
    connect(secrets(), &SecretAccess::secretWritten, this, [this](SecretPurpose purpose, const Error& error) {
        if (purpose != SecretPurpose::ZoomSecretToken || m_webhookState != SourceState::Running)
            return;
        if (!error.ok() && !secrets()->isSessionOnly(purpose))
            return;
        zoomResolver().resolveSecretToken(secrets(), this, [this](const Result<QString>& token) {
            if (token.ok() && !token.value().isEmpty() && m_webhookState == SourceState::Running)
                m_receiver->setSecretToken(token.value().toUtf8());
        });
    });
    connect(m_receiver, &WebhookReceiver::stopped, this, [this] {
        if (m_webhookState == SourceState::Running) {
            m_sandboxWebhooks = false;
            updateSimulator();
            setWebhookState(SourceState::Stopped, tr("The webhook receiver stopped."));
        }
    });
    connect(m_replayer, &CaptureReplayer::finished, this, [this] {
        QString text =
            tr("Replay finished. Events replayed: %n.", nullptr, int(m_replayer->replayedCount()));
        if (const qsizetype bad = m_replayer->lineErrors().size())
            text += QLatin1Char(' ') + tr("Malformed lines skipped: %n.", nullptr, int(bad));
        emit notice(text);
        emit stateChanged();
    });
}

MonitorController::~MonitorController()
{
    // Sources first: they hand their last events to the pipeline while stopping.
    if (m_simulator)
        m_simulator->stop();
    m_receiver->stop();
    if (m_webSocket)
        m_webSocket->stop();
    m_replayer->stop();
    m_fileJobs->disconnect(this);
    m_fileJobs->cancel();
}

void MonitorController::createStore(qsizetype capacity)
{
    // The models switch to the new store in storeReplaced(); the old one lives until then.
    std::unique_ptr<EventStore> oldStore = std::move(m_store);
    std::unique_ptr<MonitorPipeline> oldPipeline = std::move(m_pipeline);
    m_store = std::make_unique<EventStore>(capacity);
    m_pipeline = std::make_unique<MonitorPipeline>(m_store.get());
    m_fileJobs->setStore(m_store.get());
    for (EventSource* source : {static_cast<EventSource*>(m_receiver), static_cast<EventSource*>(m_webSocket),
                                static_cast<EventSource*>(m_replayer)}) {
        if (source)
            m_pipeline->attach(source);
    }
    if (oldStore)
        emit storeReplaced();
}

bool MonitorController::hasProfile() const
{
    return m_session->hasProfile();
}

bool MonitorController::isSandbox() const
{
    return m_session->hasProfile() && m_session->profile().sandbox && m_session->sandbox();
}

SecretAccess* MonitorController::secrets() const
{
    return m_session->secrets();
}

ZoomConnectionResolver MonitorController::zoomResolver() const
{
    return ZoomConnectionResolver::forProfile(m_session->profile(), m_session->sandbox(), m_session->profilePath());
}

MonitorSettings MonitorController::settings() const
{
    return m_session->hasProfile() ? m_session->profile().monitor : MonitorSettings{};
}

void MonitorController::setSettings(const MonitorSettings& s)
{
    if (!m_session->hasProfile())
        return;
    const MonitorSettings& old = m_session->profile().monitor;
    if (old.listenHost == s.listenHost && old.listenPort == s.listenPort && old.path == s.path &&
        old.toleranceSec == s.toleranceSec && old.webSocketUrl == s.webSocketUrl &&
        old.subscriptionId == s.subscriptionId && old.maxEvents == s.maxEvents)
        return;
    m_session->setMonitorSettings(s);
}

void MonitorController::onProfileChanged()
{
    const QString id = m_session->hasProfile() ? m_session->profile().id : QString();
    if (id == m_profileId)
        return; // the same profile again (changes discarded): keep what runs
    m_profileId = id;
    stopAll();
    stopReplay();
    cancelFileJob();
    // Another customer's events must not end up in this one's exports.
    const qsizetype capacity =
        m_session->hasProfile() ? capacityOf(m_session->profile().monitor) : kDefaultCapacity;
    if (capacity != m_store->capacity())
        createStore(capacity);
    else
        clear();
    emit stateChanged();
}

void MonitorController::fail(const Error& error)
{
    qCWarning(lcMonitor).noquote() << "monitor:" << error.describe();
    emit errorOccurred(error);
}

void MonitorController::setWebhookState(SourceState state, const QString& status)
{
    m_webhookState = state;
    m_webhookStatus = status;
    emit stateChanged();
}

void MonitorController::setWebSocketState(SourceState state, const QString& status)
{
    m_webSocketState = state;
    m_webSocketStatus = status;
    emit stateChanged();
}

QUrl MonitorController::webhookUrl() const
{
    return m_receiver->isListening() ? m_receiver->url() : QUrl();
}

// ---- webhooks

void MonitorController::startWebhooks()
{
    if (m_webhookState != SourceState::Stopped)
        return;
    if (!m_session->hasProfile()) {
        fail(Error::make(ErrorCode::InvalidInput,
                         tr("Open a profile first: the monitor uses its settings and its secret token.")));
        return;
    }
    const MonitorSettings s = settings();
    if (!s.path.startsWith(QLatin1Char('/'))) {
        fail(Error::make(ErrorCode::InvalidInput,
                         tr("The webhook path must start with \"/\", for example /webhook."), s.path));
        return;
    }
    if (!isSandbox()) {
        if (parseListenHost(s.listenHost).isNull()) {
            fail(Error::make(
                ErrorCode::InvalidInput,
                tr("“%1” is not an IP address. Use 127.0.0.1 to receive on this computer only, or "
                   "0.0.0.0 to receive on every network.")
                    .arg(s.listenHost),
                s.listenHost));
            return;
        }
        if (s.listenPort < 1 || s.listenPort > 65535) {
            fail(Error::make(ErrorCode::InvalidInput, tr("Choose a port between 1 and 65535.")));
            return;
        }
    }
    m_waitingForSecretToken = true;
    const quint64 request = ++m_secretTokenRequest;
    setWebhookState(SourceState::Starting,
                    tr("Reading the secret token from %1…").arg(secrets()->backendName()));
    zoomResolver().resolveSecretToken(
        secrets(), this,
        [this, request](const Result<QString>& token) {
            if (request == m_secretTokenRequest)
                onSecretTokenRead(token);
        },
        [this, request](const Error& waiting) {
            // Never a silent wait: the keychain may be showing a prompt somewhere.
            if (request == m_secretTokenRequest && m_waitingForSecretToken)
                setWebhookState(SourceState::Starting, waiting.message);
        });
}

void MonitorController::onSecretTokenRead(const Result<QString>& token)
{
    if (!m_waitingForSecretToken)
        return;
    m_waitingForSecretToken = false;
    const Error& error = token.ok() ? Error() : token.error();
    if (token.ok() && !token.value().isEmpty()) {
        continueWebhookStart(token.value().toUtf8());
        return;
    }
    Error e = error;
    if (token.ok() || error.code == ErrorCode::KeychainEntryNotFound) {
        e = Error::make(
            ErrorCode::KeychainEntryNotFound,
            tr("No secret token is stored for this profile. Enter it under Zoom app → Credentials and "
               "connection (Zoom shows it on your app's Feature page), then start the receiver again."),
            error.detail);
    } else {
        e.message = tr("The secret token could not be read: %1").arg(error.message);
    }
    setWebhookState(SourceState::Stopped, e.message);
    fail(e);
}

void MonitorController::onConnectionResolved(const Result<ZoomConnection>& connection)
{
    if (!m_waitingForClientSecret)
        return;
    m_waitingForClientSecret = false;
    if (connection.ok()) {
        continueWebSocketStart(connection.value());
        return;
    }
    const Error& error = connection.error();
    Error e = error;
    if (error.code == ErrorCode::KeychainEntryNotFound) {
        e = Error::make(ErrorCode::KeychainEntryNotFound,
                        tr("No client secret is stored for this profile. The WebSocket needs "
                           "an access token from your "
                           "Server-to-Server OAuth app: enter the client secret in the setup "
                           "wizard, then connect again."),
                        error.detail);
    } else if (error.code != ErrorCode::InvalidInput) {
        e.message = tr("The client secret could not be read: %1").arg(error.message);
    }
    setWebSocketState(SourceState::Stopped, e.message);
    fail(e);
}

void MonitorController::continueWebhookStart(const QByteArray& secretToken)
{
    const MonitorSettings s = settings();
    WebhookReceiverConfig rc;
    if (isSandbox()) {
        // Loopback and an ephemeral port: the demo never collides with a real receiver.
        rc.address = QHostAddress(QHostAddress::LocalHost);
        rc.port = 0;
    } else {
        rc.address = parseListenHost(s.listenHost);
        rc.port = quint16(s.listenPort);
    }
    rc.path = s.path;
    rc.toleranceSec = s.toleranceSec;
    m_receiver->setSecretToken(secretToken);
    const Error e = m_receiver->start(rc);
    if (!e.ok()) {
        m_receiver->setSecretToken({});
        setWebhookState(SourceState::Stopped, e.message);
        fail(e);
        return;
    }
    const QString url = m_receiver->url().toString();
    if (isSandbox()) {
        m_sandboxWebhooks = true;
        updateSimulator();
        setWebhookState(SourceState::Running,
                        tr("Sandbox: the simulated team sends signed webhooks to %1").arg(url));
    } else {
        setWebhookState(SourceState::Running, tr("Receiving webhooks at %1").arg(url));
    }
}

void MonitorController::stopWebhooks()
{
    m_waitingForSecretToken = false;
    ++m_secretTokenRequest;
    if (m_webhookState == SourceState::Stopped)
        return;
    m_sandboxWebhooks = false;
    updateSimulator();
    setWebhookState(SourceState::Stopped, QString());
    // Hands over what was accepted but not yet delivered, so nothing received is lost.
    m_receiver->stop();
    m_receiver->setSecretToken({});
}

// ---- WebSocket

void MonitorController::startWebSocket()
{
    if (m_webSocketState != SourceState::Stopped)
        return;
    if (!m_session->hasProfile()) {
        fail(Error::make(ErrorCode::InvalidInput,
                         tr("Open a profile first: the WebSocket uses its Server-to-Server OAuth app.")));
        return;
    }
    if (!isSandbox()) {
        const Profile& p = m_session->profile();
        if (p.zoom.accountId.trimmed().isEmpty() || p.zoom.clientId.trimmed().isEmpty()) {
            fail(Error::make(
                ErrorCode::InvalidInput,
                tr("The WebSocket needs the account ID and client ID of your Server-to-Server OAuth "
                   "app. Enter them under Zoom app → Credentials and connection first.")));
            return;
        }
        if (p.monitor.subscriptionId.trimmed().isEmpty()) {
            fail(Error::make(
                ErrorCode::InvalidInput,
                tr("Enter the subscription ID first. Zoom shows it in your app's event subscription "
                   "after you choose the WebSocket method.")));
            return;
        }
        const QUrl url(p.monitor.webSocketUrl.trimmed());
        if (!url.isValid() || (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws"))) {
            fail(Error::make(
                ErrorCode::InvalidInput,
                tr("The WebSocket address must start with wss://, for example wss://ws.zoom.us/ws."),
                p.monitor.webSocketUrl));
            return;
        }
    }
    m_waitingForClientSecret = true;
    const quint64 request = ++m_clientSecretRequest;
    setWebSocketState(SourceState::Starting,
                      tr("Reading the client secret from %1…").arg(secrets()->backendName()));
    zoomResolver().resolve(
        secrets(), this,
        [this, request](const Result<ZoomConnection>& connection) {
            if (request == m_clientSecretRequest)
                onConnectionResolved(connection);
        },
        [this, request](const Error& waiting) {
            if (request == m_clientSecretRequest && m_waitingForClientSecret)
                setWebSocketState(SourceState::Starting, waiting.message);
        });
}

void MonitorController::continueWebSocketStart(const ZoomConnection& connection)
{
    const Profile& p = m_session->profile();
    ZoomWebSocketConfig wc;
    if (isSandbox()) {
        wc.url = m_session->sandbox()->webSocketUrl();
        wc.subscriptionId = m_session->sandbox()->webSocketSubscriptionId();
    } else {
        wc.url = QUrl(p.monitor.webSocketUrl.trimmed());
        wc.subscriptionId = p.monitor.subscriptionId.trimmed();
    }
    // A fresh source and token cache per start: the credentials may have changed in between.
    if (m_webSocket) {
        m_webSocket->disconnect(this);
        m_webSocket->stop();
        m_webSocket->deleteLater();
    }
    if (m_auth)
        m_auth->deleteLater();
    m_auth = new ZoomAuth(m_session->restClient(), connection.endpoints, connection.credentials, this);
    m_webSocket = new ZoomWebSocketSource(m_auth, this);
    m_pipeline->attach(m_webSocket);
    connect(m_webSocket, &EventSource::stateChanged, this,
            [this](EventSource::State state, const QString& detail) {
                if (m_webSocketState == SourceState::Stopped)
                    return; // stopping
                switch (state) {
                case EventSource::State::Running:
                    setWebSocketState(SourceState::Running, detail);
                    break;
                case EventSource::State::Connecting:
                case EventSource::State::WaitingToReconnect:
                    setWebSocketState(SourceState::Starting, detail);
                    break;
                case EventSource::State::Stopped:
                    // Stopped by itself (a refused token): the simulated team stops broadcasting too.
                    m_sandboxWebSocket = false;
                    updateSimulator();
                    setWebSocketState(SourceState::Stopped, detail);
                    break;
                }
            });
    connect(m_webSocket, &EventSource::errorOccurred, this, &MonitorController::fail);
    if (isSandbox()) {
        m_sandboxWebSocket = true;
        updateSimulator();
    }
    m_webSocket->start(wc);
}

void MonitorController::stopWebSocket()
{
    m_waitingForClientSecret = false;
    ++m_clientSecretRequest;
    if (m_webSocketState == SourceState::Stopped)
        return;
    m_sandboxWebSocket = false;
    updateSimulator();
    setWebSocketState(SourceState::Stopped, QString());
    if (m_webSocket)
        m_webSocket->stop();
}

void MonitorController::stopAll()
{
    stopWebhooks();
    stopWebSocket();
}

// ---- sandbox

void MonitorController::setSandboxRate(double eventsPerSecond)
{
    m_sandboxRate = eventsPerSecond;
    if (m_simulator)
        m_simulator->setRate(eventsPerSecond);
}

void MonitorController::updateSimulator()
{
    const bool wanted = isSandbox() && (m_sandboxWebhooks || m_sandboxWebSocket);
    if (!m_simulator && wanted) {
        m_simulator = new SandboxEventSimulator(m_session->sandbox(), this);
        m_simulator->setRate(m_sandboxRate);
        // The demo's queue: engagement data arrives with the team's events (issue 9).
        m_simulator->setContactCenterEnabled(true);
        connect(m_simulator, &SandboxEventSimulator::deliveryFailed, this, [this](const QString& detail) {
            qCInfo(lcMonitor).noquote() << "sandbox delivery failed:" << detail;
        });
    }
    if (!m_simulator)
        return;
    m_simulator->setWebhookTarget(wanted && m_sandboxWebhooks ? m_receiver->url() : QUrl());
    m_simulator->setWebSocketEnabled(wanted && m_sandboxWebSocket);
    if (wanted && !m_simulator->isRunning())
        m_simulator->start();
    else if (!wanted && m_simulator->isRunning())
        m_simulator->stop();
}

// ---- captures, replay and exports

Error MonitorController::saveCapture(const QString& path)
{
    return m_fileJobs->saveCapture(path);
}

Error MonitorController::exportEvents(const QString& path, ExportFormat format,
                                      const EventFilter& filter)
{
    return m_fileJobs->exportEvents(path, format, filter);
}

bool MonitorController::isFileJobRunning() const
{
    return m_fileJobs->isRunning();
}

void MonitorController::cancelFileJob()
{
    m_fileJobs->cancel();
}

void MonitorController::setFileJobSliceMs(int ms)
{
    m_fileJobs->setSliceMs(ms);
}

Error MonitorController::replayCapture(const QString& path, CaptureReplayer::Pace pace, double speed)
{
    QString error;
    if (!m_replayer->start(path, pace, speed, &error))
        return Error::make(ErrorCode::FileRead, error, path);
    emit notice(tr("Replaying %1…").arg(QDir::toNativeSeparators(path)));
    emit stateChanged();
    return {};
}

void MonitorController::stopReplay()
{
    if (!m_replayer->isRunning())
        return;
    m_replayer->stop();
    emit stateChanged();
}

bool MonitorController::isReplaying() const
{
    return m_replayer->isRunning();
}

void MonitorController::clear()
{
    m_store->clear();
    m_pipeline->resetCounters();
}

} // namespace syncdesk
