#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
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
SignalWatcher* g_watcher = nullptr;
void onSignal(int sig)
{
    if (g_watcher)
        QMetaObject::invokeMethod(g_watcher, "terminationRequested", Qt::QueuedConnection, Q_ARG(int, sig));
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
    g_watcher = this;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
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
    g_watcher = nullptr;
#endif
}

} // namespace syncdesk::cli
