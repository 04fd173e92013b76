#pragma once

#include <QObject>

namespace syncdesk::cli {

// Turns SIGINT/SIGTERM (on Windows: Ctrl+C, Ctrl+Break, closing the console window) into a Qt
// signal delivered on the event loop, so long-running commands stop cleanly: flush, print
// counters, exit 0.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);
};

} // namespace syncdesk::cli
