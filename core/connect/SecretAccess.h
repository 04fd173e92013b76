#pragma once

#include "common/Error.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace syncdesk {

// The secrets of one profile, by purpose, for everyone who needs them (setup, monitor, CLI).
// Answers go only to the caller that asked, through its callback; no signal carries a value.
//
// When the keychain is unavailable or denied, a value written here is kept in this process for
// the session, and every later read (from any caller) gets it: nothing reaches a file. A read
// while a write of the same purpose is pending gets the value being written.
//
// Every keychain job has a deadline: once it passes without an answer (an unlock or password
// prompt may be open), the caller's waiting callback runs, isWaiting() turns true and the UI
// offers retryWaiting() and cancelWaiting(). The job is never dropped silently: the first answer
// of any attempt is delivered, a cancelled job answers ErrorCode::Cancelled.
class SecretAccess : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = SecretStore::ReadCallback;
    using DoneCallback = SecretStore::DoneCallback;
    // Called once per overdue attempt, with a translated "the keychain is waiting" error.
    using WaitingCallback = std::function<void(const Error& waiting)>;

    static constexpr int kDefaultDeadlineMs = 10'000;

    explicit SecretAccess(SecretStore* store, QObject* parent = nullptr);
    ~SecretAccess() override;

    // The profile whose secrets are read and written; a new one forgets the session-only values.
    void setProfileId(const QString& profileId);
    const QString& profileId() const { return m_profileId; }

    void read(SecretPurpose purpose, QObject* context, ReadCallback done, WaitingCallback waiting = {});
    void write(SecretPurpose purpose, const QString& value, QObject* context, DoneCallback done,
               WaitingCallback waiting = {});

    // True when the value of `purpose` lives in this process only (the keychain refused it).
    bool isSessionOnly(SecretPurpose purpose) const { return m_session.contains(int(purpose)); }
    // Unavailable or denied keychain; ok() once the keychain answered normally again.
    const Error& keychainError() const { return m_keychainError; }
    QString backendName() const;
    SecretStore* store() const { return m_store; }

    // Test seam: how long a keychain job may take before the caller is told it is waiting.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    int deadlineMs() const { return m_deadlineMs; }
    bool isWaiting() const;
    Error waitingError() const;
    // Asks the keychain again for every overdue job (the first answer of any attempt counts).
    void retryWaiting();
    // Gives up on every overdue job: reads answer Cancelled; writes keep the value for this
    // session only, as when the keychain is unavailable.
    void cancelWaiting();

signals:
    void keychainStatusChanged();
    void waitingChanged(bool waiting);
    // A write for the current profile finished (never with its value): ok, or kept for the session
    // only (the error says why).
    void secretWritten(syncdesk::SecretPurpose purpose, const syncdesk::Error& error);

private:
    struct Job;

    void issue(const std::shared_ptr<Job>& job);
    void onDeadline(quint64 id);
    void finishRead(quint64 id, const QString& value, const Error& error);
    void finishWrite(quint64 id, const Error& error);
    void noteKeychainResult(const Error& error);
    void updateWaiting();
    std::shared_ptr<Job> take(quint64 id);

    SecretStore* m_store;
    QString m_profileId;
    QHash<int, QString> m_session; // only when the keychain refused; never written anywhere
    std::map<quint64, std::shared_ptr<Job>> m_jobs;
    quint64 m_nextId = 1;
    int m_deadlineMs = kDefaultDeadlineMs;
    bool m_waiting = false;
    Error m_keychainError;
};

} // namespace syncdesk
