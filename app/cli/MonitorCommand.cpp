#include "MonitorCommand.h"

#include "Output.h"
#include "SignalWatcher.h"
#include "connect/SecretAccess.h"
#include "connect/ZoomConnectionResolver.h"
#include "monitor/EventExporter.h"
#include "monitor/EventStore.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"
#include "monitor/ZoomWebSocketSource.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/SecretStore.h"
#include "zoom/ZoomAuth.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <optional>

namespace syncdesk::cli {

namespace {
bool parseListen(const QString& listen, QHostAddress* address, quint16* port)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = listen.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *address = QHostAddress(host);
    *port = quint16(p);
    return !address->isNull();
}
} // namespace

int MonitorCommand::run(const MonitorOptions& o, SecretStore* secrets)
{
    if (!o.sandbox && o.listen.isEmpty() && !o.webSocket) {
        printErr(
            tr("Error: nothing to monitor. Give --listen HOST:PORT (webhooks), --websocket, or --sandbox."));
        return ExitUsage;
    }
    LineWriter writer;
    QString openError;
    if (!writer.open(o.out, &openError)) {
        printErr(tr("Error: %1 cannot be written: %2").arg(o.out, openError));
        return ExitFailure;
    }

    std::unique_ptr<ZoomSandbox> sandbox;
    std::unique_ptr<SandboxEventSimulator> simulator;
    if (o.sandbox) {
        SandboxConfig cfg;
        cfg.users = o.sandboxUsers;
        sandbox = std::make_unique<ZoomSandbox>(cfg);
        const Error e = sandbox->start();
        if (!e.ok()) {
            printErr(tr("Error: %1").arg(e.describe()));
            return ExitFailure;
        }
        simulator = std::make_unique<SandboxEventSimulator>(sandbox.get());
        simulator->setRate(o.sandboxRate);
    }

    // The secret token: sandbox demo value, environment variable, stdin, or the profile's keychain entry.
    QByteArray secretToken;
    if (sandbox) {
        secretToken = sandbox->credentials().secretToken.toUtf8();
    } else if (!o.secretTokenEnv.isEmpty()) {
        secretToken = qgetenv(o.secretTokenEnv.toLocal8Bit().constData());
        if (secretToken.isEmpty()) {
            printErr(
                tr("Error: the environment variable %1 is empty or not set; put the webhook secret token "
                   "in it.")
                    .arg(o.secretTokenEnv));
            return ExitUsage;
        }
    } else if (o.secretTokenStdin) {
        secretToken = QTextStream(stdin).readLine().trimmed().toUtf8();
    } else if (!o.zoom.profilePath.isEmpty()) {
        auto p = ProfileStore::load(o.zoom.profilePath);
        if (!p.ok()) {
            printErr(tr("Error: %1").arg(p.error().describe()));
            return ExitFailure;
        }
        SecretAccess access(secrets);
        access.setProfileId(p.value().id);
        QEventLoop loop;
        std::optional<Result<QString>> token;
        ZoomConnectionResolver::forProfile(p.value(), nullptr, o.zoom.profilePath)
            .resolveSecretToken(
                &access, &loop,
                [&](const Result<QString>& t) {
                    token = t;
                    loop.quit();
                },
                [](const Error& waiting) { printErr(waiting.message); });
        loop.exec();
        if (!token->ok()) {
            printErr(tr("Error: the secret token could not be read: %1").arg(token->error().describe()));
            return ExitFailure;
        }
        secretToken = token->value().toUtf8();
    }

    EventStore store(100000); // the CLI streams; a modest window is enough
    MonitorPipeline pipeline(&store);
    WebhookReceiver receiver;
    const bool useReceiver = !o.listen.isEmpty() || (sandbox && !o.webSocket);
    if (useReceiver) {
        if (secretToken.isEmpty()) {
            printErr(tr("Error: webhooks need the secret token: give --secret-token-env NAME, "
                        "--secret-token-stdin or --profile FILE."));
            return ExitUsage;
        }
        WebhookReceiverConfig rc;
        rc.path = o.path.startsWith(QLatin1Char('/')) ? o.path : QLatin1Char('/') + o.path;
        rc.toleranceSec = o.toleranceSec;
        if (!o.listen.isEmpty() && !parseListen(o.listen, &rc.address, &rc.port)) {
            printErr(tr("Error: --listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080."));
            return ExitUsage;
        }
        receiver.setSecretToken(secretToken);
        const Error e = receiver.start(rc);
        if (!e.ok()) {
            printErr(tr("Error: %1").arg(e.describe()));
            return ExitFailure;
        }
        pipeline.attach(&receiver);
        printErr(tr("Receiving Zoom webhooks at %1").arg(receiver.url().toString()));
        if (simulator)
            simulator->setWebhookTarget(receiver.url());
    }

    RestClient rest;
    std::unique_ptr<ZoomAuth> auth;
    ZoomWebSocketSource* ws = nullptr;
    if (o.webSocket) {
        ZoomSource zs = o.zoom;
        ZoomWebSocketConfig wc;
        if (sandbox) {
            const ZoomConnection demo = ZoomConnectionResolver::forSandbox(sandbox.get()).endpoints().value();
            auth = std::make_unique<ZoomAuth>(&rest, demo.endpoints, demo.credentials);
            wc.url = sandbox->webSocketUrl();
            wc.subscriptionId = sandbox->webSocketSubscriptionId();
            simulator->setWebSocketEnabled(true);
        } else {
            auto resolved = ZoomCommands::resolve(zs, secrets);
            if (!resolved.ok()) {
                printErr(tr("Error: %1").arg(resolved.error().describe()));
                return ExitUsage;
            }
            auth =
                std::make_unique<ZoomAuth>(&rest, resolved.value().endpoints, resolved.value().credentials);
            if (o.subscriptionId.isEmpty()) {
                printErr(
                    tr("Error: --websocket needs --subscription-id (shown in the app's Event Subscription "
                       "settings after choosing the WebSocket method)."));
                return ExitUsage;
            }
            wc.subscriptionId = o.subscriptionId;
        }
        if (!o.webSocketUrl.isEmpty())
            wc.url = QUrl(o.webSocketUrl);
        ws = new ZoomWebSocketSource(auth.get(), &pipeline);
        pipeline.attach(ws);
        QObject::connect(ws, &ZoomWebSocketSource::stateChanged, &pipeline,
                         [](ZoomWebSocketSource::State, const QString& detail) {
                             if (!detail.isEmpty())
                                 printErr(detail);
                         });
        QObject::connect(
            ws, &ZoomWebSocketSource::gap, &pipeline, [](qint64 from, qint64 to, const QString&) {
                printErr(tr("Events between %1 and %2 may be missing (the WebSocket was disconnected).")
                             .arg(QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("hh:mm:ss")),
                                  QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("hh:mm:ss"))));
            });
        ws->start(wc);
    }

    // A source that gave up (a WebSocket whose fresh token was refused too) ends a run that has no
    // other source, with a failure exit code, instead of waiting for events that cannot come.
    Error sourceError;

    qint64 written = 0;
    // Events Zoom got a 2xx for (the receiver answers as soon as the signature holds) that could
    // not be written: every one is counted and reported, none is dropped silently.
    qint64 lost = 0;
    bool stopping = false;
    auto stopAll = [&] {
        if (stopping)
            return;
        stopping = true;
        if (simulator)
            simulator->stop();
        // stop() hands over what the receiver had accepted but not yet delivered, so nothing is lost.
        receiver.stop();
        if (ws)
            ws->stop();
        QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
    };
    QObject::connect(&pipeline, &MonitorPipeline::ingested, &pipeline,
                     [&](const MonitoredEventBatch& events) {
                         if (writer.failed()) {
                             lost += events.size(); // arrived while stopping
                             return;
                         }
                         for (qsizetype i = 0; i < events.size(); ++i) {
                             const MonitoredEvent& e = events[i];
                             if (!writer.writeLine(EventExporter::cliLine(e))) {
                                 lost += events.size() - i;
                                 printErr(tr("Error: %1 Stopping.").arg(writer.error().message));
                                 stopAll();
                                 return;
                             }
                             ++written;
                             if (o.maxEvents > 0 && written >= o.maxEvents) {
                                 stopAll();
                                 return;
                             }
                         }
                     });

    if (ws) {
        QObject::connect(ws, &EventSource::errorOccurred, &pipeline, [&](const Error& e) {
            printErr(tr("Error: %1").arg(e.message));
            if (!useReceiver) {
                sourceError = e;
                stopAll();
            }
        });
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &pipeline, [&](int) { stopAll(); });
    if (o.durationSec > 0)
        QTimer::singleShot(o.durationSec * 1000, &pipeline, stopAll);
    if (simulator)
        simulator->start();
    QCoreApplication::exec();

    const MonitorCounters& c = pipeline.counters();
    QStringList rejected;
    for (int r = 0; r < int(RejectReason::Count_); ++r) {
        if (c.rejected[size_t(r)])
            rejected.append(
                QStringLiteral("%1=%2").arg(rejectReasonName(RejectReason(r))).arg(c.rejected[size_t(r)]));
    }
    printErr(tr("Monitor stopped. Events written: %1, accepted: %2, URL validations: %3, rejected: %4%5, "
                "gaps: %6.")
                 .arg(written)
                 .arg(c.accepted)
                 .arg(c.validations)
                 .arg(c.rejectedTotal)
                 .arg(rejected.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + rejected.join(QStringLiteral(", ")) + QLatin1Char(')'))
                 .arg(c.gaps));
    if (lost > 0) {
        printErr(tr("Error: events lost: %1. Zoom was told they arrived, but they could not be written (%2). "
                    "They are not sent again; look them up in Zoom's event logs if you need them.")
                     .arg(lost)
                     .arg(writer.error().message));
    }
    return writer.failed() || !sourceError.ok() ? ExitFailure : ExitOk;
}

} // namespace syncdesk::cli
