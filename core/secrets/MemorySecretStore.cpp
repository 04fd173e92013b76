#include "MemorySecretStore.h"

#include "KeychainSecretStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace syncdesk {

Error MemorySecretStore::unavailableError() const
{
    return KeychainSecretStore::mapError(QKeychain::NoBackendAvailable, QStringLiteral("simulated"), {});
}

// Answers are delivered from the event loop, like a real keychain, so callers cannot come to
// depend on a synchronous answer.
void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
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
