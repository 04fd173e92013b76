#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace syncdesk {

// A simulated Contact Center queue for the Zoom sandbox: engagements with recordings, transcripts,
// notes, dispositions and voicemails, deterministic from the seed (the same seed and day always
// give the same engagements and IDs), plus the contact_center.* webhooks they cause, of which a
// configurable share is deliberately not delivered so a reconciliation has something to find.
//
// Zoom does not publish every field of these answers. The choices made here (and read by
// core/cc/ContactCenterApi, which names the same keys in its own header) are:
//   GET /v2/contact_center/recordings     list key "recordings": recording_id, engagement_id,
//       queue_id, queue_name, user_id, user_email, channel ("voice"), direction, recording_type
//       ("automatic"), owner_type ("queue"), recording_start_time, recording_end_time,
//       recording_duration (s), download_url, transcript_url (only when transcribed), playback_url
//   GET /v2/contact_center/engagements    list key "engagements": engagement_id, queue_id, channel
//       ("voice"|"messaging"), direction, start_time, end_time, transcript_url (messaging only),
//       dispositions [{disposition_id, disposition_name}]   (the seed: "an array of disposition objects")
//   GET /v2/contact_center/engagements/notes  list key "notes": note_id, engagement_id, user_id,
//       note, created_time
//   GET /v2/contact_center/voicemails     list key "voicemails": voicemail_id, engagement_id,
//       queue_id, caller_number, date_time, duration, download_url, transcript_url (when transcribed)
//   every list: next_page_token, page_size, total_records, from, to; `from`/`to` are ISO 8601 UTC
//   date-times (or yyyy-MM-dd) and select [from, to) by the item's time field above.
//   Downloads: GET …/recordings/{id}/download and …/voicemails/{id}/download (Bearer required)
//   answer 302 to /v2/contact_center/media/{fresh one-time token} (Bearer required again).
//   Webhooks: {"event","event_ts","payload":{"account_id","object":{…}}}; the object carries
//   engagement_id, date_time (the artefact's time) and per event: recording_completed
//   recording_id, download_url; recording_transcript_completed recording_id, transcript_url;
//   engagement_messaging_transcript_completed transcript_url; engagement_note_added note_id, note;
//   engagement_disposition_added disposition_id, disposition_name; and two voicemail events whose
//   names Zoom's material does not give: contact_center.voicemail_received (voicemail_id,
//   download_url) and contact_center.voicemail_transcript_completed (voicemail_id, transcript_url).
class ContactCenterSandbox
{
public:
    explicit ContactCenterSandbox(quint32 seed = 1, int dropPercent = 20);

    void setDropPercent(int percent); // 0..100: share of webhooks not delivered
    int dropPercent() const { return m_dropPercent; }
    quint32 seed() const { return m_seed; }
    // The queue's agents (Zoom user ID, e-mail): the sandbox directory's people, so Contact Center
    // events name users the monitor, the people board and the presence rules know. Without them
    // the queue uses six placeholder agents (agentN@example.com).
    void setAgents(const QList<QPair<QString, QString>>& agents) { m_agents = agents; }

    struct Webhook
    {
        QJsonObject event;    // {"event","event_ts","payload"}
        QString artefactKind; // "recording", "note", … (as the Reconciler names them)
        QString artefactId;
        bool delivered = true;
    };
    // Every webhook the queue sends for artefacts whose time is in [fromMs, toMs), oldest first;
    // `base` is the sandbox's address (URLs in the events point there).
    QList<Webhook> webhooks(qint64 fromMs, qint64 toMs, const QUrl& base) const;

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // segments start after "v2" ("contact_center", …). Returns false when the path is not ours.
    bool handle(const QString& method, const QStringList& segments, const QUrlQuery& query, const QUrl& base,
                Reply* reply);

private:
    struct Engagement;
    QList<Engagement> engagementsOfDay(qint64 dayStartMs) const;
    QList<Engagement> engagements(qint64 fromMs, qint64 toMs) const;
    QList<QJsonObject> items(const QString& list, qint64 fromMs, qint64 toMs, const QUrl& base) const;
    bool dropped(const QString& kind, const QString& id) const;

    quint32 m_seed;
    int m_dropPercent;
    QList<QPair<QString, QString>> m_agents;
    struct Cursor
    {
        QString list;
        qint64 fromMs = 0, toMs = 0;
        qsizetype offset = 0;
    };
    QHash<QString, Cursor> m_cursors;
    QHash<QString, QByteArray> m_media; // one-time media token -> content
    quint64 m_counter = 0;
};

} // namespace syncdesk
