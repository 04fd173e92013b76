#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace syncdesk {

class RateSparkline;
struct MonitorCounters;

// The monitor's action bar: Pause/Resume with the backlog, Clear, the Capture and Export menus
// with a file job's progress, and the live counters (rate with sparkline, accepted, rejected by
// reason, gaps, held in memory). It only shows and emits; the pane does the work. The actions and
// the counters are two toolbars in a WrapRow: a narrow window stacks them instead of hiding the
// last counters behind the toolbar's » button.
class MonitorActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorActionBar(QWidget* parent = nullptr);

    void setCounters(const MonitorCounters& counters);
    void setHeld(qsizetype size, qsizetype capacity);
    // Empty when not paused.
    void setBacklogText(const QString& text);
    void setFileJobRunning(bool running);
    void setFileJobProgress(qint64 done, qint64 total);
    void setReplaying(bool replaying);
    // Whether "Filtered Events as …" can be chosen.
    void setFilterActive(bool active) { m_filterActive = active; }

signals:
    void pauseToggled(bool paused);
    void clearRequested();
    void saveCaptureRequested();
    void openCaptureRequested(bool fast);
    void exportRequested(bool filtered, bool csv);
    void cancelFileJobRequested();

private:
    QToolButton* m_pauseButton;
    QLabel* m_backlogLabel;
    QToolButton* m_clearButton;
    QToolButton* m_captureButton;
    QAction* m_saveCaptureAction;
    QToolButton* m_exportButton;
    QMenu* m_captureMenu;
    QMenu* m_exportMenu;
    QAction* m_stopReplayAction;
    QAction* m_exportFilteredJson;
    QAction* m_exportFilteredCsv;
    QProgressBar* m_jobProgress;
    QToolButton* m_cancelJobButton;
    QAction* m_jobProgressAction;
    QAction* m_cancelJobAction;
    QLabel* m_rateLabel;
    RateSparkline* m_sparkline;
    QLabel* m_acceptedLabel;
    QLabel* m_rejectedLabel;
    QLabel* m_gapsLabel;
    QLabel* m_heldLabel;
    bool m_filterActive = false;

public:
    // Stop Replay lives in the Capture menu; the pane connects it.
    QAction* stopReplayAction() const { return m_stopReplayAction; }
};

} // namespace syncdesk
