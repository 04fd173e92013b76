#include "KeychainSecretStore.h"

#include "common/Log.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace syncdesk {

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    return tr("the Secret Service keyring");
#endif
}

Error KeychainSecretStore::mapError(int code, const QString& keychainMessage, const QString& key)
{
    const QString detail = QStringLiteral("QtKeychain error %1 for %2: %3").arg(code).arg(key, keychainMessage);
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::KeychainEntryNotFound,
                           tr("No secret is stored for this profile yet. Enter it again and save."), detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(ErrorCode::KeychainDenied,
                           tr("Access to the keychain was denied. Unlock your keyring (or allow Syncdesk "
                              "access when asked) and try again."), detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(ErrorCode::KeychainUnavailable,
                           tr("No keychain is available, so secrets cannot be stored safely. On Linux, "
                              "install and start a Secret Service (for example gnome-keyring with "
                              "libsecret-1-0) and unlock it. Syncdesk never stores secrets in plain text."),
                           detail);
    default:
        break;
    }
    // QtKeychain reports a missing Secret Service, a missing D-Bus session and a locked or absent
    // collection all as OtherError; its text is the only hint which one it was.
    const QString m = keychainMessage;
    if (m.contains(QLatin1String("org.freedesktop.secrets")) || m.contains(QLatin1String("d-bus"), Qt::CaseInsensitive)
        || m.contains(QLatin1String("dbus"), Qt::CaseInsensitive) || m.contains(QLatin1String("libsecret"))
        || m.contains(QLatin1String("Unknown error"))
        // No session bus at all (headless, DBUS_SESSION_BUS_ADDRESS pointing nowhere).
        || m.contains(QLatin1String("Could not connect"))) {
        return Error::make(ErrorCode::KeychainUnavailable,
                           tr("No keychain is available, so secrets cannot be stored safely. On Linux, "
                              "install and start a Secret Service (for example gnome-keyring with "
                              "libsecret-1-0) and unlock it. Syncdesk never stores secrets in plain text."),
                           detail);
    }
    if (m.contains(QLatin1String("locked")) || m.contains(QLatin1String("collection"))) {
        return Error::make(ErrorCode::KeychainDenied,
                           tr("The keyring is locked or has no default collection. Unlock it (for example "
                              "by logging in to your desktop session) and try again."), detail);
    }
    return Error::make(ErrorCode::KeychainFailed,
                       tr("The keychain reported an error. Try again; if it persists, restart your keyring "
                          "service."), detail);
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [key, ctx, hasCtx, done](QKeychain::Job* j) {
        if (hasCtx && !ctx)
            return;
        auto* rj = static_cast<QKeychain::ReadPasswordJob*>(j);
        const Error err = mapError(rj->error(), rj->errorString(), key);
        if (!err.ok())
            qCInfo(lcSecrets).noquote() << "read" << key << "failed:" << err.detail;
        done(err.ok() ? rj->textData() : QString(), err);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, DoneCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [key, ctx, hasCtx, done](QKeychain::Job* j) {
        if (hasCtx && !ctx)
            return;
        const Error err = mapError(j->error(), j->errorString(), key);
        if (!err.ok())
            qCInfo(lcSecrets).noquote() << "write" << key << "failed:" << err.detail;
        done(err);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [key, ctx, hasCtx, done](QKeychain::Job* j) {
        if (hasCtx && !ctx)
            return;
        Error err = mapError(j->error(), j->errorString(), key);
        if (err.code == ErrorCode::KeychainEntryNotFound)
            err = {}; // removing what is not there is success
        done(err);
    });
    job->start();
}

} // namespace syncdesk
