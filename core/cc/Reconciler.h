#pragma once

#include "cc/ContactCenterApi.h"
#include "common/Error.h"
#include "monitor/MonitoredEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace syncdesk {

// One piece of engagement data, as polled or as announced by a webhook.
// kind: recording, recording_transcript, messaging_transcript, note, disposition, voicemail,
// voicemail_transcript. id: recording_id, recording_id, engagement_id, note_id,
// "engagement_id/disposition_id", voicemail_id, voicemail_id.
struct ReconcileArtefact
{
    enum class Status
    {
        Received,   // polled and announced by a webhook
        Missed,     // found only by polling: the webhook never arrived
        WebhookOnly // announced, but the API did not list it (deleted since, or outside its view)
    };
    Status status = Status::Received;
    QString kind;
    QString id;
    QString engagementId;
    qint64 timeMs = 0; // the artefact's time (API field, else the webhook's object, else event_ts)
    QString url;       // download_url / transcript_url where there is one (never fetched here)
    QString event;     // the webhook event name for this kind
};

struct ReconcileCounts
{
    int received = 0, missed = 0, webhookOnly = 0;
};

struct ReconcileReport
{
    qint64 fromMs = 0, toMs = 0;
    QList<ReconcileArtefact> artefacts; // by time, then kind, then id
    QMap<QString, ReconcileCounts> perKind;
    QMap<QString, ReconcileCounts> perDay; // yyyy-MM-dd, UTC
    ReconcileCounts total;
};

// "Webhooks plus a nightly poll": pages the Contact Center lists for a window and compares them
// with what arrived by webhook (a capture file or the monitor's events).
class Reconciler : public QObject
{
    Q_OBJECT
public:
    explicit Reconciler(ContactCenterApi* api, QObject* parent = nullptr);

    static QString statusName(ReconcileArtefact::Status status); // received, missed, webhook_only
    static QStringList kinds();
    // A kind as people read it ("Recording transcript"); translated. Exports keep kinds().
    static QString kindLabel(const QString& kind);
    // The artefacts one polled item stands for (an engagement may carry several dispositions).
    static QList<ReconcileArtefact> fromApiItem(ContactCenterApi::List list, const QJsonObject& item);
    // The artefact one webhook event ({"event","event_ts","payload"}) announces; none for other events.
    static QList<ReconcileArtefact> fromWebhook(const QJsonObject& event);
    static QList<QJsonObject> eventBodies(const MonitoredEventBatch& events);
    // Reads a capture (JSON Lines, see CaptureFile.h); lines that are not events are skipped.
    static Result<QList<QJsonObject>> eventsFromCapture(const QString& path);
    static ReconcileReport compare(const QList<ReconcileArtefact>& polled,
                                   const QList<ReconcileArtefact>& webhooks, qint64 fromMs, qint64 toMs);

    // Exports, one row per artefact. Column / key order (stable, for scripts):
    //   status, kind, id, engagement_id, day, time, event, url
    // status: received | missed | webhook_only; day yyyy-MM-dd and time ISO 8601, both UTC.
    static QStringList columns();
    static QByteArray toJsonLines(const ReconcileReport& report);
    static QByteArray toCsv(const ReconcileReport& report);

    using DoneCallback = std::function<void(const ReconcileReport& report, const Error& error)>;
    // Polls every list for [fromMs, toMs) and compares with `events`.
    void run(qint64 fromMs, qint64 toMs, const QList<QJsonObject>& events, int pageSize, QObject* context,
             DoneCallback done);

private:
    ContactCenterApi* m_api;
};

} // namespace syncdesk
