#pragma once

#include "SecretStore.h"

#include <QHash>

#include <functional>
#include <vector>

namespace syncdesk {

// For unit tests and for the in-process sandbox demo when asked to keep nothing: values live in
// this process only and are gone when it ends. Can simulate an unavailable keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& value, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;
    QString backendName() const override { return tr("memory (not persisted)"); }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    // Simulates a keychain that shows a prompt nobody answers: requests wait, unanswered, until
    // stalling ends; then each is carried out and answered in order.
    void setStalled(bool stalled);
    int pendingRequests() const { return int(m_stalled.size()); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    int size() const { return int(m_values.size()); }

private:
    Error unavailableError() const;
    QHash<QString, QString> m_values;
    bool m_unavailable = false;
    bool m_stall = false;
    std::vector<std::function<void()>> m_stalled;
};

} // namespace syncdesk
