#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#else
#include <mutex>
#include <qt_windows.h>
#endif

namespace syncdesk::cli {

namespace {
#ifdef Q_OS_UNIX
int g_fds[2] = {-1, -1};
void onSignal(int sig)
{
    const char c = char(sig);
    // write() is async-signal-safe; everything else happens on the event loop.
    [[maybe_unused]] auto n = ::write(g_fds[0], &c, 1);
}
#else
// Windows: no SIGTERM, and the C runtime's SIGINT only covers Ctrl+C (and resets itself after
// the first one). A console control handler also sees Ctrl+Break and the console window being
// closed. Windows runs it on a thread of its own, so posting a queued call from it is safe.
std::mutex g_mutex; // guards g_watcher against the watcher being destroyed while we post
SignalWatcher* g_watcher = nullptr;
HANDLE stoppedEvent() // set once the watcher is gone, i.e. the command has cleaned up
{
    static const HANDLE event = ::CreateEventW(nullptr, TRUE, FALSE, nullptr); // lives as long as the process
    return event;
}
BOOL WINAPI onConsoleEvent(DWORD type)
{
    {
        std::lock_guard lock(g_mutex);
        if (!g_watcher)
            return FALSE; // not watching: the default handler ends the process
        QMetaObject::invokeMethod(g_watcher, "terminationRequested", Qt::QueuedConnection,
                                  Q_ARG(int, type == CTRL_C_EVENT ? SIGINT : SIGTERM));
    }
    // Closing the console window (or logging off) ends the process as soon as this returns, and
    // after about 5 s in any case: give the command that time to stop cleanly (flush, counters).
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        ::WaitForSingleObject(stoppedEvent(), 4000);
    return TRUE;
}
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject* parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) == 0) {
        auto* notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char c = 0;
            if (::read(g_fds[1], &c, 1) == 1)
                emit terminationRequested(int(c));
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
        signal(SIGPIPE, SIG_IGN); // a closed stdout is reported as a write error instead
    }
#else
    // A closed stdout needs nothing here: Windows reports it as a failed write, not a signal.
    ::ResetEvent(stoppedEvent());
    {
        std::lock_guard lock(g_mutex);
        g_watcher = this;
    }
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (g_fds[0] >= 0) {
        ::close(g_fds[0]);
        ::close(g_fds[1]);
        g_fds[0] = g_fds[1] = -1;
    }
#else
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    {
        std::lock_guard lock(g_mutex);
        g_watcher = nullptr;
    }
    ::SetEvent(stoppedEvent());
#endif
}

} // namespace syncdesk::cli
