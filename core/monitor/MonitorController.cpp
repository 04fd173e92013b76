#include "MonitorController.h"

#include "common/Log.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"
#include "monitor/ZoomWebSocketSource.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "setup/SetupController.h"
#include "zoom/ZoomAuth.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace syncdesk {

namespace {
constexpr qsizetype kDefaultCapacity = 1'000'000;
constexpr qsizetype kMinCapacity = 1'000;
constexpr qsizetype kMaxCapacity = 20'000'000;
constexpr int kEventsPerChunk = 512;

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

struct MonitorController::FileJob
{
    enum class Kind
    {
        Capture,
        Export
    };
    Kind kind = Kind::Export;
    ExportFormat format = ExportFormat::JsonLines;
    QSaveFile file;
    QVector<quint64> seqs; // Export: the chosen events, by seq so evictions cannot shift them
    quint64 firstSeq = 0;  // Capture: every event from here on
    qint64 position = 0;
    qint64 total = 0;
    qint64 written = 0;
    bool headerWritten = false;
};

MonitorController::MonitorController(SetupController* setup, QObject* parent)
    : QObject(parent), m_setup(setup), m_receiver(new WebhookReceiver(this)),
      m_replayer(new CaptureReplayer(this))
{
    createStore(setup->hasProfile() ? capacityOf(setup->profile().monitor) : kDefaultCapacity);
    m_profileId = setup->hasProfile() ? setup->profile().id : QString();

    connect(setup, &SetupController::profileChanged, this, &MonitorController::onProfileChanged);
    connect(setup, &SetupController::secretLoaded, this, &MonitorController::onSecretLoaded);
    // A secret token changed in the wizard reaches a running receiver at once.
    connect(setup, &SetupController::secretStored, this, [this](SecretPurpose purpose, const Error& error) {
        if (purpose == SecretPurpose::ZoomSecretToken && error.ok() && m_webhookState == SourceState::Running)
            m_setup->loadSecret(SecretPurpose::ZoomSecretToken);
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
    if (m_job)
        m_job->file.cancelWriting();
}

void MonitorController::createStore(qsizetype capacity)
{
    // The models switch to the new store in storeReplaced(); the old one lives until then.
    std::unique_ptr<EventStore> oldStore = std::move(m_store);
    std::unique_ptr<MonitorPipeline> oldPipeline = std::move(m_pipeline);
    m_store = std::make_unique<EventStore>(capacity);
    m_pipeline = std::make_unique<MonitorPipeline>(m_store.get());
    m_pipeline->attach(m_receiver);
    if (m_webSocket)
        m_pipeline->attach(m_webSocket);
    connect(m_replayer, &CaptureReplayer::eventsArrived, m_pipeline.get(), &MonitorPipeline::ingest);
    if (oldStore)
        emit storeReplaced();
}

bool MonitorController::hasProfile() const
{
    return m_setup->hasProfile();
}

bool MonitorController::isSandbox() const
{
    return m_setup->hasProfile() && m_setup->profile().sandbox && m_setup->sandbox();
}

MonitorSettings MonitorController::settings() const
{
    return m_setup->hasProfile() ? m_setup->profile().monitor : MonitorSettings{};
}

void MonitorController::setSettings(const MonitorSettings& s)
{
    if (!m_setup->hasProfile())
        return;
    const MonitorSettings& old = m_setup->profile().monitor;
    if (old.listenHost == s.listenHost && old.listenPort == s.listenPort && old.path == s.path &&
        old.toleranceSec == s.toleranceSec && old.webSocketUrl == s.webSocketUrl &&
        old.subscriptionId == s.subscriptionId && old.maxEvents == s.maxEvents)
        return;
    m_setup->setMonitorSettings(s);
}

void MonitorController::onProfileChanged()
{
    const QString id = m_setup->hasProfile() ? m_setup->profile().id : QString();
    if (id == m_profileId)
        return; // the same profile again (changes discarded): keep what runs
    m_profileId = id;
    stopAll();
    stopReplay();
    cancelFileJob();
    // Another customer's events must not end up in this one's exports.
    const qsizetype capacity =
        m_setup->hasProfile() ? capacityOf(m_setup->profile().monitor) : kDefaultCapacity;
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
    if (!m_setup->hasProfile()) {
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
    setWebhookState(SourceState::Starting,
                    tr("Reading the secret token from %1…").arg(m_setup->secretBackendName()));
    m_setup->loadSecret(SecretPurpose::ZoomSecretToken);
}

void MonitorController::onSecretLoaded(SecretPurpose purpose, const QString& value, const Error& error)
{
    if (purpose == SecretPurpose::ZoomSecretToken) {
        if (m_webhookState == SourceState::Running && error.ok() && !value.isEmpty()) {
            m_receiver->setSecretToken(value.toUtf8()); // rotated in the wizard
            return;
        }
        if (!m_waitingForSecretToken)
            return;
        m_waitingForSecretToken = false;
        QString token = value;
        const bool missing =
            error.code == ErrorCode::KeychainEntryNotFound || (error.ok() && value.isEmpty());
        if (missing && isSandbox()) {
            // The sandbox's demo token is not a customer secret; it is written to the keychain when
            // the sandbox profile opens, and a read racing that write must not spoil the demo.
            token = m_setup->sandbox()->credentials().secretToken;
        } else if (missing) {
            const Error e = Error::make(
                ErrorCode::KeychainEntryNotFound,
                tr("No secret token is stored for this profile. Enter it on the Credentials page of the "
                   "setup "
                   "wizard (Zoom shows it on your app's Feature page), then start the receiver again."),
                error.detail);
            setWebhookState(SourceState::Stopped, e.message);
            fail(e);
            return;
        } else if (!error.ok()) {
            Error e = error;
            e.message = tr("The secret token could not be read: %1").arg(error.message);
            setWebhookState(SourceState::Stopped, e.message);
            fail(e);
            return;
        }
        continueWebhookStart(token.toUtf8());
        return;
    }
    if (purpose == SecretPurpose::ZoomClientSecret && m_waitingForClientSecret) {
        m_waitingForClientSecret = false;
        QString secret = value;
        const bool missing =
            error.code == ErrorCode::KeychainEntryNotFound || (error.ok() && value.isEmpty());
        if (missing && isSandbox()) {
            secret = m_setup->sandbox()->credentials().clientSecret;
        } else if (missing) {
            const Error e = Error::make(ErrorCode::KeychainEntryNotFound,
                                        tr("No client secret is stored for this profile. The WebSocket needs "
                                           "an access token from your "
                                           "Server-to-Server OAuth app: enter the client secret in the setup "
                                           "wizard, then connect again."),
                                        error.detail);
            setWebSocketState(SourceState::Stopped, e.message);
            fail(e);
            return;
        } else if (!error.ok()) {
            Error e = error;
            e.message = tr("The client secret could not be read: %1").arg(error.message);
            setWebSocketState(SourceState::Stopped, e.message);
            fail(e);
            return;
        }
        continueWebSocketStart(secret);
    }
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
    if (!m_setup->hasProfile()) {
        fail(Error::make(ErrorCode::InvalidInput,
                         tr("Open a profile first: the WebSocket uses its Server-to-Server OAuth app.")));
        return;
    }
    if (!isSandbox()) {
        const Profile& p = m_setup->profile();
        if (p.zoom.accountId.trimmed().isEmpty() || p.zoom.clientId.trimmed().isEmpty()) {
            fail(Error::make(
                ErrorCode::InvalidInput,
                tr("The WebSocket needs the account ID and client ID of your Server-to-Server OAuth "
                   "app. Enter them in the setup wizard first.")));
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
    setWebSocketState(SourceState::Starting,
                      tr("Reading the client secret from %1…").arg(m_setup->secretBackendName()));
    m_setup->loadSecret(SecretPurpose::ZoomClientSecret);
}

void MonitorController::continueWebSocketStart(const QString& clientSecret)
{
    const Profile& p = m_setup->profile();
    ZoomCredentials credentials;
    credentials.accountId = p.zoom.accountId.trimmed();
    credentials.clientId = p.zoom.clientId.trimmed();
    credentials.clientSecret = clientSecret;
    ZoomWebSocketConfig wc;
    if (isSandbox()) {
        const SandboxCredentials demo = m_setup->sandbox()->credentials();
        if (credentials.accountId.isEmpty() || credentials.clientId.isEmpty()) {
            credentials.accountId = demo.accountId;
            credentials.clientId = demo.clientId;
        }
        wc.url = m_setup->sandbox()->webSocketUrl();
        wc.subscriptionId = m_setup->sandbox()->webSocketSubscriptionId();
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
    m_auth = new ZoomAuth(m_setup->restClient(), m_setup->zoomEndpoints(), credentials, this);
    m_webSocket = new ZoomWebSocketSource(m_auth, this);
    m_pipeline->attach(m_webSocket);
    connect(m_webSocket, &ZoomWebSocketSource::stateChanged, this,
            [this](ZoomWebSocketSource::State state, const QString& detail) {
                if (m_webSocketState == SourceState::Stopped)
                    return; // stopping
                switch (state) {
                case ZoomWebSocketSource::State::Connected:
                    setWebSocketState(SourceState::Running, detail);
                    break;
                case ZoomWebSocketSource::State::Connecting:
                case ZoomWebSocketSource::State::WaitingToReconnect:
                    setWebSocketState(SourceState::Starting, detail);
                    break;
                case ZoomWebSocketSource::State::Stopped:
                    setWebSocketState(SourceState::Stopped, detail);
                    break;
                }
            });
    if (isSandbox()) {
        m_sandboxWebSocket = true;
        updateSimulator();
    }
    m_webSocket->start(wc);
}

void MonitorController::stopWebSocket()
{
    m_waitingForClientSecret = false;
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
        m_simulator = new SandboxEventSimulator(m_setup->sandbox(), this);
        m_simulator->setRate(m_sandboxRate);
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

Error MonitorController::beginFileJob(const QString& path, std::unique_ptr<FileJob> job)
{
    if (m_job) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Another file is still being written. Wait until it is done or cancel it."));
    }
    job->file.setFileName(path);
    if (!job->file.open(QIODevice::WriteOnly)) {
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), job->file.errorString()),
            job->file.errorString());
    }
    m_job = std::move(job);
    QTimer::singleShot(0, this, &MonitorController::runFileJob);
    return {};
}

Error MonitorController::saveCapture(const QString& path)
{
    auto job = std::make_unique<FileJob>();
    job->kind = FileJob::Kind::Capture;
    job->firstSeq = m_store->firstSeq();
    job->total = qint64(m_store->nextSeq() - m_store->firstSeq());
    return beginFileJob(path, std::move(job));
}

Error MonitorController::exportEvents(const QString& path, ExportFormat format,
                                      const EventFilter& filter)
{
    auto job = std::make_unique<FileJob>();
    job->kind = FileJob::Kind::Export;
    job->format = format;
    const QVector<qint32> indices = m_store->filter(filter);
    job->seqs.reserve(indices.size());
    for (qint32 i : indices)
        job->seqs.append(m_store->at(i).seq);
    job->total = job->seqs.size();
    return beginFileJob(path, std::move(job));
}

void MonitorController::runFileJob()
{
    if (!m_job)
        return;
    FileJob& j = *m_job;
    QElapsedTimer slice;
    slice.start();
    QString error;
    bool ok = true;
    while (ok && j.position < j.total && slice.elapsed() < m_sliceMs) {
        const qint64 end = std::min(j.total, j.position + kEventsPerChunk);
        if (j.kind == FileJob::Kind::Capture) {
            QByteArray buffer;
            for (; j.position < end; ++j.position) {
                const quint64 seq = j.firstSeq + quint64(j.position);
                const qsizetype index = m_store->indexOf(seq);
                if (index < 0)
                    continue; // evicted meanwhile
                const EventRecord& r = m_store->at(index);
                if (r.type == ZoomEventType::Gap)
                    continue; // not something that was received
                RawEvent raw;
                raw.source = r.source;
                raw.verification = r.verification;
                raw.receivedAtMs = r.receivedAtMs;
                raw.body = m_store->rawBody(seq);
                raw.headers = m_store->rawHeaders(seq);
                buffer += CaptureWriter::toLine(raw);
                buffer += '\n';
                ++j.written;
            }
            if (j.file.write(buffer) != buffer.size()) {
                ok = false;
                error = j.file.errorString();
            }
        } else {
            QVector<qint32> indices;
            indices.reserve(end - j.position);
            for (; j.position < end; ++j.position) {
                const qsizetype index = m_store->indexOf(j.seqs[j.position]);
                if (index >= 0)
                    indices.append(qint32(index));
            }
            if (!j.headerWritten || j.format == ExportFormat::JsonLines) {
                ok = EventExporter(*m_store).exportTo(&j.file, j.format, indices, &error);
                j.headerWritten = true;
            } else {
                // Each call writes the CSV header; only the first one is kept.
                QBuffer chunk;
                chunk.open(QIODevice::WriteOnly);
                ok = EventExporter(*m_store).exportTo(&chunk, j.format, indices, &error);
                QByteArray data = chunk.data();
                const qsizetype headerEnd = data.indexOf("\r\n");
                data.remove(0, headerEnd < 0 ? data.size() : headerEnd + 2);
                if (ok && j.file.write(data) != data.size()) {
                    ok = false;
                    error = j.file.errorString();
                }
            }
            j.written += indices.size();
        }
    }
    if (!ok) {
        finishFileJob(Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(j.file.fileName()), error), error));
        return;
    }
    emit fileJobProgress(j.position, j.total);
    if (j.position < j.total) {
        QTimer::singleShot(0, this, &MonitorController::runFileJob);
        return;
    }
    if (j.kind == FileJob::Kind::Export && !j.headerWritten &&
        !EventExporter(*m_store).exportTo(&j.file, j.format, {}, &error)) {
        finishFileJob(Error::make(ErrorCode::FileWrite, error, error));
        return;
    }
    finishFileJob({});
}

void MonitorController::finishFileJob(const Error& error)
{
    std::unique_ptr<FileJob> job = std::move(m_job);
    Error e = error;
    if (e.ok() && !job->file.commit()) {
        e = Error::make(ErrorCode::FileWrite,
                        tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(job->file.fileName()), job->file.errorString()),
                        job->file.errorString());
    }
    if (!e.ok()) {
        job->file.cancelWriting();
        emit fileJobFinished(e, QString());
        return;
    }
    const QString file = QDir::toNativeSeparators(job->file.fileName());
    const QString message =
        job->kind == FileJob::Kind::Capture
            ? tr("Capture file %1 saved (events: %n).", nullptr, int(job->written)).arg(file)
            : tr("Exported to %1 (events: %n).", nullptr, int(job->written)).arg(file);
    emit fileJobFinished({}, message);
}

void MonitorController::cancelFileJob()
{
    if (!m_job)
        return;
    std::unique_ptr<FileJob> job = std::move(m_job);
    job->file.cancelWriting();
    emit fileJobFinished(Error::make(ErrorCode::Cancelled, tr("Cancelled; no file was written.")), QString());
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
