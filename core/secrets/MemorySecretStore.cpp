#include "MemorySecretStore.h"

#include "KeychainSecretStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace syncdesk {

void MemorySecretStore::setStalled(bool stalled)
{
    m_stall = stalled;
    if (stalled)
        return;
    std::vector<std::function<void()>> requests;
    requests.swap(m_stalled);
    for (auto& r : requests)
        r();
}

Error MemorySecretStore::unavailableError() const
{
    return KeychainSecretStore::mapError(QKeychain::NoBackendAvailable, QStringLiteral("simulated"), {});
}

// Answers are delivered from the event loop, like a real keychain, so callers cannot come to
// depend on a synchronous answer.
void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    if (m_stall) {
        QPointer<QObject> ctx(context);
        const bool hasCtx = context != nullptr;
        m_stalled.push_back([this, key, done, ctx, hasCtx] {
            if (!hasCtx || ctx)
                read(key, ctx.data(), done);
        });
        return;
    }
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    Error err;
    QString value;
    if (m_unavailable)
        err = unavailableError();
    else if (!m_values.contains(key))
        err = KeychainSecretStore::mapError(QKeychain::EntryNotFound, QStringLiteral("not found"), key);
    else
        value = m_values.value(key);
    QTimer::singleShot(0, this, [=] {
        if (!hasCtx || ctx)
            done(value, err);
    });
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, DoneCallback done)
{
    if (m_stall) {
        QPointer<QObject> ctx(context);
        const bool hasCtx = context != nullptr;
        m_stalled.push_back([this, key, value, done, ctx, hasCtx] {
            if (!hasCtx || ctx)
                write(key, value, ctx.data(), done);
        });
        return;
    }
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    Error err;
    if (m_unavailable)
        err = unavailableError();
    else
        m_values.insert(key, value);
    QTimer::singleShot(0, this, [=] {
        if (!hasCtx || ctx)
            done(err);
    });
}

void MemorySecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    if (m_stall) {
        QPointer<QObject> ctx(context);
        const bool hasCtx = context != nullptr;
        m_stalled.push_back([this, key, done, ctx, hasCtx] {
            if (!hasCtx || ctx)
                remove(key, ctx.data(), done);
        });
        return;
    }
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    Error err;
    if (m_unavailable)
        err = unavailableError();
    else
        m_values.remove(key);
    QTimer::singleShot(0, this, [=] {
        if (!hasCtx || ctx)
            done(err);
    });
}

} // namespace syncdesk
