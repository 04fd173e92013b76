#pragma once

#include "monitor/EventStore.h"

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
class MonitorController;
class PresenceBoardModel;
class RateSparkline;
struct Error;

// The live event monitor: source controls, counters, a filter bar, the event table with the
// selected event's details, and the presence board. A plain QWidget, so it works in a dock or on
// its own; every piece of work is asked of the MonitorController.
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createSourceBar();
    QWidget* createActionBar();
    QWidget* createFilterBar();
    void setUpTable();
    void setUpBoard();
    void connectStore();
    void loadSettingsIntoFields();
    void storeFieldsInSettings();
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
    EventFilter filterFromFields(bool* timesValid);

    MonitorController* m_controller;
    EventTableModel* m_eventModel;
    PresenceBoardModel* m_presenceModel;

    // sources
    QLineEdit* m_hostEdit = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QSpinBox* m_toleranceSpin = nullptr;
    QPushButton* m_webhookButton = nullptr;
    QLineEdit* m_subscriptionEdit = nullptr;
    QPushButton* m_webSocketButton = nullptr;
    QLabel* m_webhookStateLabel = nullptr;
    QLabel* m_webSocketStateLabel = nullptr;
    QLabel* m_webhookDot = nullptr;
    QLabel* m_webSocketDot = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QTimer m_noticeTimer;

    // actions and counters
    QToolButton* m_pauseButton = nullptr;
    QLabel* m_backlogLabel = nullptr;
    QToolButton* m_clearButton = nullptr;
    QToolButton* m_captureButton = nullptr;
    QAction* m_saveCaptureAction = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_captureMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_stopReplayAction = nullptr;
    QAction* m_exportFilteredJson = nullptr;
    QAction* m_exportFilteredCsv = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_cancelJobButton = nullptr;
    QAction* m_jobProgressAction = nullptr;
    QAction* m_cancelJobAction = nullptr;
    QLabel* m_rateLabel = nullptr;
    RateSparkline* m_sparkline = nullptr;
    QLabel* m_acceptedLabel = nullptr;
    QLabel* m_rejectedLabel = nullptr;
    QLabel* m_gapsLabel = nullptr;
    QLabel* m_heldLabel = nullptr;

    // filter
    QLineEdit* m_textEdit = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_fromEdit = nullptr;
    QLineEdit* m_toEdit = nullptr;
    QPushButton* m_clearFilterButton = nullptr;
    QLabel* m_filterCountLabel = nullptr;
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
