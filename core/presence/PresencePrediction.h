#pragma once

#include "PresenceRule.h"
#include "PresenceSimulator.h"
#include "monitor/EventStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>

namespace syncdesk {

// What the active presence rule predicts for one held event of the monitor (issue 8 §6).
struct EventPrediction
{
    enum class Status : quint8
    {
        None,     // no rule, the event moves no agent, or it is not computed yet
        NotAgent, // a presence / phone event of someone the rule does not cover (or not yet known)
        Agent,    // acd / salesforce are the agent's states after the event
    };
    Status status = Status::None;
    PresenceSimNote note = PresenceSimNote::None;
    bool acdChanged = false;
    QString acd;
    QString salesforce;
};

// Follows the monitor's event store with a PresenceSimulator for one rule and keeps, per held event,
// what the rule predicts: six bytes per event (interned state ids, the note, flags), so a full
// store of a million events costs ~6 MB, not a QString per row. Per agent, the simulator's states
// after the newest event are the board's "current" states.
//
// A rule change replays the held events from the oldest one in slices on the event loop (a few
// milliseconds each), so the GUI never freezes; rows not replayed yet show no prediction until
// recomputed() arrives. Events evicted from the store are not replayed: after a rule change the
// agents start from `Available` at the oldest held event. Lives on the GUI thread, like the store.
class PresencePrediction : public QObject
{
    Q_OBJECT
public:
    explicit PresencePrediction(EventStore* store, QObject* parent = nullptr);
    ~PresencePrediction() override;

    void setStore(EventStore* store);
    EventStore* store() const { return m_store; }

    // No rule (nullopt): nothing is predicted. Setting the rule it already has does nothing.
    void setRule(const std::optional<PresenceRule>& rule);
    const std::optional<PresenceRule>& rule() const { return m_rule; }
    bool hasRule() const { return m_rule.has_value(); }
    // The profile's active rule: its entry in `rules` named `activeName`; nullopt when the name is
    // empty, missing, or the entry is not a valid rule file.
    static std::optional<PresenceRule> activeRule(const QJsonArray& rules, const QString& activeName);

    // Zoom user ID → e-mail of the account's users (ZoomApi's user list): phone events name only
    // the ID, so without this a call before the user's first presence event is not predicted.
    // Replaces the list; kept across rule changes. A different list replays the held events like a
    // rule change (another profile: pass an empty one).
    void setUserEmails(const QHash<QString, QString>& emailOfUserId);
    const QHash<QString, QString>& userEmails() const { return m_userEmails; }

    // True while a rule change is being replayed over the held events.
    bool isRecomputing() const { return m_recomputing; }
    // Slice length of a replay (test and bench seam); 0 replays everything at once.
    void setSliceMs(int ms) { m_sliceMs = ms; }

    // The prediction for a held event (catches up with events the store appended since).
    EventPrediction prediction(quint64 seq);
    // The agent's current predicted states; nullopt when no rule or the rule has not seen them.
    std::optional<PresenceSimulator::Agent> agent(const QString& email);
    // Events processed (test seam) and bytes the per-event predictions take.
    quint64 processedEnd() const { return m_nextSeq; }
    qint64 approximateMemoryBytes() const;

    // The simulator's input for a stored event (what PresenceSimInput::fromZoom makes of the
    // parsed event; a presence value Zoom sent that Syncdesk does not know stays unmapped).
    static PresenceSimInput inputFor(const EventStore& store, const EventRecord& record);

signals:
    // New events were predicted (once per store batch at most).
    void updated();
    // The rule changed (or was cleared) and every held event has its prediction again.
    void recomputed();

private:
    struct Compact
    {
        quint16 acd = 0; // ids into m_names; 0 = empty
        quint16 salesforce = 0;
        quint8 note = 0;
        quint8 status = 0; // EventPrediction::Status | acdChanged << 4
    };
    static_assert(sizeof(Compact) == 6);

    void restart();
    void catchUp(qint64 budgetMs);
    void dropEvicted();
    void onAppended();
    void onCleared();
    void recomputeSlice();
    quint16 intern(const QString& name);

    QPointer<EventStore> m_store;
    std::optional<PresenceRule> m_rule;
    QHash<QString, QString> m_userEmails;
    std::unique_ptr<PresenceSimulator> m_simulator;
    std::deque<Compact> m_predictions; // seqs [m_baseSeq, m_nextSeq)
    quint64 m_baseSeq = 0;
    quint64 m_nextSeq = 0;
    QStringList m_names{QString()};
    QHash<QString, quint16> m_idOf;
    bool m_recomputing = false;
    int m_sliceMs = 8;
    QTimer m_slice;
};

} // namespace syncdesk
