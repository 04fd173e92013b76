#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace syncdesk {

// What a secret is for. The keychain key is "<profile id>/<purpose>", under service "syncdesk".
enum class SecretPurpose {
    ZoomClientSecret,
    ZoomSecretToken,
    AcdAccessKeySecret,
    SalesforcePassword,
    SalesforceClientSecret,
    SalesforceRefreshToken,
    AcdClientSecret, // appended: purposes are stored by number in session-only fallbacks
};

QString secretPurposeKey(SecretPurpose purpose);
QString secretKey(const QString& profileId, SecretPurpose purpose);

// The one seam to where secrets live. Asynchronous because real keychains may prompt the user
// or take seconds to unlock; callbacks run on the caller's thread and are dropped if `context`
// is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString& value, const Error& error)>;
    using DoneCallback = std::function<void(const Error& error)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, DoneCallback done) = 0;
    virtual void remove(const QString& key, QObject* context, DoneCallback done) = 0;
    // A short human name of where secrets go ("the system keychain", "memory (tests)").
    virtual QString backendName() const = 0;

    // Blocking helpers for command-line tools (they spin a local event loop; never call from UI code).
    Result<QString> readSync(const QString& key);
    Error writeSync(const QString& key, const QString& value);
    Error removeSync(const QString& key);
};

} // namespace syncdesk
