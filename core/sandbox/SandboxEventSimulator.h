#pragma once

#include "sandbox/ContactCenterSandbox.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace syncdesk {

class ZoomSandbox;

// The sandbox's simulated team at work: presence changes and realistic phone call flows with the
// presence app's subscriptions (answered: callee_answered for an inbound or internal callee,
// caller_connected for an outbound or internal caller; then caller_ended/callee_ended; a missed
// call only caller_ended "Call Cancel") at a configurable rate,
// delivered the way Zoom delivers them — as signed webhooks (x-zm-signature with the sandbox's
// secret token) POSTed to a receiver, and/or over the sandbox's WebSocket endpoint — so the demo
// runs the same code path as production.
class SandboxEventSimulator : public QObject
{
    Q_OBJECT
public:
    explicit SandboxEventSimulator(ZoomSandbox* sandbox, QObject* parent = nullptr);
    ~SandboxEventSimulator() override;

    void setRate(double eventsPerSecond);   // default 5; up to tens of thousands for load tests
    double rate() const;
    void setWebhookTarget(const QUrl& url); // empty = no webhook delivery
    void setWebSocketEnabled(bool enabled); // broadcast to clients of ZoomSandbox::webSocketUrl()
    void start();
    void stop();
    bool isRunning() const;
    quint64 generated() const;
    quint64 webhooksDelivered() const; // answered 2xx
    quint64 webhookFailures() const;
    // The simulated Contact Center queue's contact_center.* events for artefacts in [fromMs, toMs),
    // signed and sent (webhook target, WebSocket) like every other event, except those the queue
    // holds back on purpose (ContactCenterSandbox::Webhook::delivered false). Returns all of them,
    // so tests and the demo know which a reconciliation must find.
    QList<ContactCenterSandbox::Webhook> emitContactCenterEvents(qint64 fromMs, qint64 toMs);
    // While running, also send the simulated queue's Contact Center events as their artefacts'
    // times pass: at start everything since the start of yesterday (UTC), so the default
    // reconciliation window (yesterday) is complete, then each new artefact once. Never twice per
    // simulator, across stop and start. Off by default; the monitor turns it on for the demo.
    void setContactCenterEnabled(bool enabled);
    bool contactCenterEnabled() const;
    qint64 contactCenterSentUntil() const; // the end of what was sent so far (0: nothing yet)

signals:
    void deliveryFailed(const QString& detail);

private:
    void sendContactCenterDue();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
