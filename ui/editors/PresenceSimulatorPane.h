#pragma once

#include "common/Error.h"
#include "presence/PresenceRule.h"
#include "presence/PresenceSimulator.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace syncdesk {

class EventStore;
class MonitorController;
class PresenceRuleEditor;
struct ZoomEvent;

// Predicts, for one presence rule, every agent's ACD state and Salesforce status (issue 8 §6):
// steps typed one by one (an agent's e-mail and a Zoom presence, a phone state or a Salesforce
// status) or loaded from a capture / JSON Lines file. The steps are kept: when the rule changes,
// they are replayed under the new rule, so an edit's effect shows at once.
class PresenceSimulatorPane : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceSimulatorPane(QWidget* parent = nullptr);

    // Follows the rule selected in the editor (replaying the steps on every edit).
    void followEditor(PresenceRuleEditor* editor);
    void setRule(const PresenceRule& rule);

    enum StepKind
    {
        ZoomPresenceStep,
        PhoneStep,
        SalesforceStep
    };
    // What "Apply step" does with the form's values; false with a translated reason.
    bool addStep(const QString& email, StepKind kind, const QString& value, QString* error = nullptr);
    // Appends every line of a capture / JSON Lines file; lines that are not events are counted.
    Error loadFile(const QString& path);
    void clearSteps();

    int stepCount() const { return int(m_inputs.size()); }

    // "Follow the live monitor": while ticked, each presence and phone event the monitor receives
    // becomes a step (a few times a second, in batches), so the admin watches the agents move.
    // Only the newest kMaxSteps steps are kept (older ones drop off the top; the agents' states
    // still count them until the rule changes).
    static constexpr int kMaxSteps = 10'000;
    void followMonitor(MonitorController* monitor);
    void setFollowingLive(bool follow);
    bool isFollowingLive() const;
    // One live event (what following the monitor does per presence / phone event); others are ignored.
    void appendLiveEvent(const syncdesk::ZoomEvent& event);
    // Steps dropped off the top so far (the first kept step's number is this + 1).
    qint64 droppedSteps() const { return m_dropped; }

    enum StepColumn
    {
        SeqColumn,
        EmailColumn,
        EventColumn,
        AcdColumn,
        SalesforceColumn,
        NoteColumn,
        StepColumnCount
    };

private:
    void replay();
    void appendStepRow(int seq, const PresenceSimInput& input, const PresenceSimStep& step);
    void showAgents();
    void updateValueSuggestions();
    void setLiveStore(EventStore* store);
    void takeLiveEvents();
    void appendInputs(const QList<PresenceSimInput>& inputs);

    PresenceRule m_rule;
    PresenceSimulator m_simulator{PresenceRule()};
    QList<PresenceSimInput> m_inputs;
    qint64 m_dropped = 0;
    QPointer<MonitorController> m_monitor;
    QPointer<EventStore> m_liveStore;
    quint64 m_liveNext = 0;
    QTimer m_liveTimer;
    QCheckBox* m_follow;

    QLabel* m_ruleLabel;
    QLineEdit* m_email;
    QComboBox* m_kind;
    QComboBox* m_value;
    QPushButton* m_apply;
    QPushButton* m_load;
    QPushButton* m_clear;
    QLabel* m_status;
    QTableWidget* m_steps;
    QTableWidget* m_agents;
};

} // namespace syncdesk
