#pragma once

#include "common/Error.h"
#include "monitor/EventExporter.h"
#include "monitor/EventStore.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace syncdesk {

// Capture files (every held event as received, gaps excluded) and exports of the monitor's store,
// written in slices of a few milliseconds on the event loop, so the monitor keeps receiving and
// drawing while a million events are written. The file appears only when complete (QSaveFile);
// progress and the outcome come as signals. One job at a time.
class MonitorFileJobs : public QObject
{
    Q_OBJECT
public:
    explicit MonitorFileJobs(QObject* parent = nullptr);
    ~MonitorFileJobs() override;

    // The store jobs read from. Replacing it cancels a running job.
    void setStore(EventStore* store);

    Error saveCapture(const QString& path);
    Error exportEvents(const QString& path, ExportFormat format, const EventFilter& filter = {});
    bool isRunning() const { return m_job != nullptr; }
    void cancel();

    // Test seam: slice length.
    void setSliceMs(int ms) { m_sliceMs = ms; }

signals:
    void progress(qint64 done, qint64 total);
    // message: what was written (translated), empty on error or cancel.
    void finished(const syncdesk::Error& error, const QString& message);

private:
    struct Job;

    Error begin(const QString& path, std::unique_ptr<Job> job);
    void run();
    void finish(const Error& error);

    QPointer<EventStore> m_store;
    std::unique_ptr<Job> m_job;
    int m_sliceMs = 8;
};

} // namespace syncdesk
