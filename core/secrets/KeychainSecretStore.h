#pragma once

#include "SecretStore.h"

namespace syncdesk {

// Secrets in the OS keychain through QtKeychain: Keychain on macOS, Credential Manager on
// Windows, Secret Service (libsecret) on Linux. Never falls back to plaintext: an unusable
// keychain is reported as KeychainUnavailable with a message saying what to install or unlock.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("syncdesk"), QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& value, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;
    QString backendName() const override;

    // QtKeychain's error (its messages are English-only and not translated to Japanese) mapped
    // to ours. Public for tests.
    static Error mapError(int keychainError, const QString& keychainMessage, const QString& key);

private:
    QString m_service;
};

} // namespace syncdesk
