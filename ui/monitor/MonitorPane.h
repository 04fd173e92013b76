#pragma once

#include "monitor/EventStore.h"
#include "presence/PresenceRule.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace syncdesk {

class Banner;
class EventDetailPane;
class EventTableModel;
class JsonTreeModel;
class MonitorActionBar;
class MonitorController;
class MonitorFilterBar;
class MonitorSourceBar;
class PresenceBoardModel;
class PresencePrediction;
class RateSparkline;
class SessionClients;
struct Error;

// The live event monitor: the source bar, the action bar with counters, the filter bar, the event
// table with the selected event's details, and the presence board. A plain QWidget, so it works in
// the monitor area or in a window of its own; every piece of work is asked of the MonitorController.
class MonitorPane : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPane(MonitorController* controller, QWidget* parent = nullptr);
    ~MonitorPane() override;

    MonitorController* controller() const { return m_controller; }
    EventTableModel* eventModel() const { return m_eventModel; }
    PresenceBoardModel* presenceModel() const { return m_presenceModel; }
    JsonTreeModel* jsonModel() const;
    QTableView* eventView() const { return m_table; }
    QTreeView* presenceView() const { return m_board; }
    EventDetailPane* detailPane() const { return m_detail; }

    // What the active presence rule predicts for the held events (the Predicted column, the
    // board's ACD / Salesforce columns, the details). The pane takes the open profile's active
    // rule by itself when a profile opens; rule edits arrive here (PresenceRuleEditor's
    // activeRuleChanged). A rule without a name means none.
    PresencePrediction* prediction() const { return m_prediction; }
    void setPresenceRule(const syncdesk::PresenceRule& rule);
    // The profile's API clients: while a rule is active the pane reads the Zoom account's users
    // once per profile, so calls of users not yet seen in a presence event are predicted too.
    void setClients(SessionClients* clients);

    // With a sandbox profile open, start its feed as soon as the pane is shown (once per profile),
    // so a new user sees a live monitor within seconds.
    void setAutoStartSandbox(bool enabled);

    // Test seam for the file dialogs: return the chosen path, or empty for "cancelled".
    enum class FileDialogKind
    {
        SaveCapture,
        OpenCapture,
        ExportJsonLines,
        ExportCsv
    };
    using FileChooser = std::function<QString(FileDialogKind kind, const QString& suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    void setFilterDelayMs(int ms) { m_filterDelay.setInterval(ms); }
    // Shows only the events about this user (the presence board's click).
    void filterByUser(const QString& userId);
    void applyFilterNow();
    // Shows one held event (the Contact Center timeline's link): selected in the table when the
    // filter shows it, else in the detail pane alone. False when the store no longer holds it.
    bool selectEvent(quint64 seq);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectBars();
    void setUpTable();
    void setUpBoard();
    void connectStore();
    void loadSettingsIntoFields();
    void updateSourceControls();
    void updateCounters();
    void updateBacklog();
    void updateFilterCount();
    void maybeAutoStart();
    void showError(const Error& error);
    void showNotice(const QString& text);
    void onCurrentRowChanged();
    void tailTick();
    void togglePause(bool paused);
    void clearEvents();
    void saveCapture();
    void openCapture(bool fast);
    void exportEvents(bool filtered, bool csv);
    QString chooseFile(FileDialogKind kind, const QString& suggestedName);

    void loadActiveRule();
    void loadZoomUsers();

    MonitorController* m_controller;
    SessionClients* m_clients = nullptr;
    QString m_zoomUsersProfile; // the profile whose Zoom users were asked for
    PresencePrediction* m_prediction;
    EventTableModel* m_eventModel;
    PresenceBoardModel* m_presenceModel;

    MonitorSourceBar* m_sourceBar = nullptr;
    MonitorActionBar* m_actionBar = nullptr;
    MonitorFilterBar* m_filterBar = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QTimer m_noticeTimer;
    QTimer m_filterDelay;

    // views
    QSplitter* m_detailSplitter = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QTableView* m_table = nullptr;
    QTreeView* m_board = nullptr;
    EventDetailPane* m_detail = nullptr;
    QTimer m_tailTimer;
    bool m_followTail = true;
    bool m_rowsAdded = false;
    quint64 m_selectedSeq = 0;
    bool m_hasSelection = false;
    QTimer m_heldTimer;

    bool m_autoStart = false;
    QString m_autoStartedProfile;
    FileChooser m_fileChooser;
};

} // namespace syncdesk
