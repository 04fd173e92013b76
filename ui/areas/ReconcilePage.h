#pragma once

#include "cc/Reconciler.h"
#include "common/Error.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace syncdesk {

class MonitorController;
class SessionClients;

// Contact Center > Reconciliation ("webhooks plus a nightly poll", in the GUI): a window of UTC
// days, the webhooks the monitor holds or a capture file, and a run through the shared Zoom client
// that lists each artefact as received, missed or webhook only, with counts per kind and per day.
// Exports have the CLI's columns (Reconciler::columns()); "Download…" fetches a row's URL with the
// Bearer token and writes it only to the file the user picks.
class ReconcilePage : public QWidget
{
    Q_OBJECT
public:
    ReconcilePage(MonitorController* monitor, SessionClients* clients, QWidget* parent = nullptr);

    enum class Source
    {
        Monitor,
        CaptureFile
    };
    enum class FileKind
    {
        OpenCapture,
        ExportCsv,
        ExportJsonLines,
        Download
    };
    // Test seam for the file dialogs: the chosen path, or empty for "cancelled".
    using FileChooser = std::function<QString(FileKind kind, const QString& suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    void setWindow(QDate from, QDate to);
    void setSource(Source source, const QString& capturePath = {});
    void run();
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    const ReconcileReport& report() const { return m_report; }
    // Rows shown (after the status filter), and the filter: "" = all, else a Reconciler status name.
    QTableView* table() const { return m_table; }
    void setStatusFilter(const QString& status);
    // What Export / Download do after their dialog.
    Error exportTo(const QString& path, bool csv);
    void downloadRow(int viewRow, const QString& path);

signals:
    void runFinished(const syncdesk::Error& error);
    void downloadFinished(const syncdesk::Error& error);

private:
    void setRunning(bool running);
    void finish(const ReconcileReport& report, const Error& error);
    void fillTable();
    void fillCounts();
    void updateButtons();
    void exportClicked(bool csv);
    void downloadClicked();
    QString choose(FileKind kind, const QString& suggested);
    void setStatus(const QString& text, bool error = false);

    MonitorController* m_monitor;
    SessionClients* m_clients;
    FileChooser m_chooser;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_source;
    QLineEdit* m_capture;
    QPushButton* m_browse;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QComboBox* m_filter;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QTableWidget* m_counts;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJsonl;
    QPushButton* m_download;
    QPointer<QObject> m_run;       // owns the run's API objects; deleted on Cancel
    QPointer<QObject> m_download_; // the download in flight
    ReconcileReport m_report;
    bool m_hasReport = false;
};

} // namespace syncdesk
