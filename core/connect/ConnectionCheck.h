#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <optional>

namespace syncdesk {

class SessionClients;

// What the ACD's Test connection and Salesforce's Verify share: one run at a time, numbered so the
// answers of an abandoned run are dropped, and the last result (error, time) kept until another
// profile is opened. A subclass owns its report and emits its own finished() with it.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    SessionClients* clients() const { return m_clients; }
    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_checkedAt.isValid(); }
    const Error& lastError() const { return m_error; }
    const QDateTime& checkedAt() const { return m_checkedAt; }

signals:
    void started();
    // Cancelled, or the result was forgotten because another profile was opened.
    void reset();

protected:
    ConnectionCheck(SessionClients* clients, QObject* parent);

    // A new run (started() emitted), or nothing while one runs or no profile is open.
    std::optional<quint64> beginRun();
    bool isCurrent(quint64 run) const { return run == m_run; }
    // Records the outcome of `run`; false (nothing recorded) when the run was abandoned.
    bool endRun(quint64 run, const Error& error);
    // Drops the running run's answers and says reset().
    void abandonRun();
    qint64 elapsedMs() const { return QDateTime::currentMSecsSinceEpoch() - m_startedMs; }
    // The subclass's report back to empty (a run begins, or another profile was opened).
    virtual void clearReport() = 0;

private:
    SessionClients* m_clients;
    Error m_error;
    QDateTime m_checkedAt;
    qint64 m_startedMs = 0;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace syncdesk
