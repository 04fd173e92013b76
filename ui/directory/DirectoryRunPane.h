#pragma once

#include "directory/DirectoryApply.h"
#include "directory/DirectoryDryRun.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace syncdesk {

class Banner;
class DirectoryPlanFilter;
class DirectoryPlanModel;
class SessionClients;
class StatusLine;

// Dry run, review and apply of Directory Sync: the dry run streams its changes into a table
// (filter by action, search, details of the selected row, CSV and JSON Lines export); Apply
// asks for a confirmation with the counts, and a second, explicit one when the plan removes more
// of the book than the profile allows; it writes with progress and Cancel, shows every entry's
// result and records the apply in the profile's apply log. A plan made with another
// configuration than the one shown is never applied: it has to be run again.
class DirectoryRunPane : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Csv,
        JsonLines
    };

    explicit DirectoryRunPane(SessionClients* clients, QWidget* parent = nullptr);

    // What the editor shows now. `configError` non-empty: the configuration cannot be run (the
    // reason is shown next to the Dry run button).
    void setConfiguration(const QString& bookId, const QString& bookName, const DirectoryMapping& mapping,
                          double maxRemovalPercent, const QString& configError);

    void startDryRun();
    // Asks for confirmation (and the removal confirmation when needed), then applies.
    void startApply();
    void cancel();
    bool isBusy() const;
    bool hasPlan() const { return m_planReady; }
    const DirectoryPlan& plan() const { return m_plan; }
    Error exportPlan(const QString& path, ExportFormat format) const;
    void showApplyLog();

    DirectoryPlanModel* model() const { return m_model; }
    DirectoryPlanFilter* filter() const { return m_filter; }

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void updateActions();
    void onDryRunFinished(const Error& error);
    void runApply(bool confirmRemovals);
    void onApplyFinished(const Error& error);
    void showDetails();
    void exportWithDialog(ExportFormat format);
    bool planIsCurrent() const;
    void showBanner(int kind, const QString& text);
    void setPhase(const QString& text);
    void setProgress(const QString& text, int done, int total);
    void showProgress();

    SessionClients* m_clients;
    // Configuration shown by the editor.
    QString m_bookId, m_bookName, m_configError;
    DirectoryMapping m_mapping;
    double m_maxRemovalPercent = 10;
    // What the plan was made with.
    QString m_planBookId, m_planBookName;
    DirectoryMapping m_planMapping;
    DirectoryPlan m_plan;
    bool m_planReady = false;
    bool m_applied = false;

    QPointer<DirectoryDryRun> m_dryRun;
    QPointer<DirectoryApply> m_apply;
    bool m_busy = false;
    int m_generation = 0;

    QPushButton *m_dryRunButton, *m_cancelButton, *m_applyButton;
    QPushButton *m_csvButton, *m_jsonButton, *m_logButton;
    QLabel* m_configLabel;
    QProgressBar* m_progress;
    StatusLine* m_phaseLabel;
    QString m_phaseText;
    // Progress arrives per page; the bar and the status line are repainted at most 10 times a second.
    QTimer m_progressTimer;
    int m_progressDone = 0, m_progressTotal = 0;
    StatusLine* m_summaryLabel; // changes with every batch of rows: repaint only, no relayout
    Banner* m_banner;
    QComboBox* m_actionFilter;
    QLineEdit* m_search;
    QTableView* m_table;
    QTableWidget* m_details;
    QLabel* m_detailsNote;
    DirectoryPlanModel* m_model;
    DirectoryPlanFilter* m_filter;
};

} // namespace syncdesk
