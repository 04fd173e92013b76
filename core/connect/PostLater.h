#pragma once

#include <QObject>
#include <QTimer>

namespace syncdesk {

// Runs `f` from the event loop, never within the caller's call: the resolvers promise answers
// "from the event loop", so a caller that waits in a QEventLoop after asking cannot miss a quit().
// With a context, nothing runs once the context is gone.
template <typename F> void postLater(QObject* context, F f)
{
    if (context)
        QTimer::singleShot(0, context, std::move(f));
    else
        QTimer::singleShot(0, std::move(f));
}

} // namespace syncdesk
