#pragma once

#include "common/Error.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "zoom/ZoomConnectionCheck.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace syncdesk {

class RestClient;
class ZoomSandbox;

struct ProfileEntry
{
    QString path;
    QString name;
    bool sandbox = false;
    Error error; // set when the file cannot be read (corrupt, newer format)
};

// The state and the work behind the setup wizard: which profile is open, its unsaved changes
// (kept as a draft so nothing is lost), its secrets (keychain only), the embedded sandbox and
// "Test connection". Pages read from it and call it; they never build requests themselves.
class SetupController : public QObject
{
    Q_OBJECT
public:
    SetupController(SecretStore* secrets, QString profileDirectory, QObject* parent = nullptr);
    ~SetupController() override;

    QList<ProfileEntry> profiles() const;
    const QString& profileDirectory() const { return m_directory; }

    // Opening: a draft newer than the file is restored (hasRestoredDraft() tells).
    Error openProfile(const QString& path);
    Error restoreBackup(const QString& path);
    Error createProfile(const QString& name);
    // Starts the in-process sandbox (if needed) and opens the sandbox profile with its demo
    // credentials; the demo secrets are written to the secret store.
    Error openSandbox();

    bool hasProfile() const { return !m_path.isEmpty(); }
    const Profile& profile() const { return m_profile; }
    const QString& profilePath() const { return m_path; }
    bool isDirty() const { return m_dirty; }
    bool hasRestoredDraft() const { return m_restoredDraft; }

    // Edits; each marks the profile dirty and schedules a draft save.
    void setZoomSettings(const ZoomSettings& zoom);
    void setMonitorSettings(const MonitorSettings& monitor);
    void setChecklistStep(const QString& stepId, bool done);
    Error save();
    void discardChanges();

    // Secrets for the open profile. Values typed by the user go to the keychain; if it is
    // unavailable, they are kept in this process only for this session and keychainError() says so.
    void storeSecret(SecretPurpose purpose, const QString& value);
    void loadSecret(SecretPurpose purpose); // answers with secretLoaded()
    const Error& keychainError() const { return m_keychainError; }
    QString secretBackendName() const;

    // The endpoints the open profile talks to (the sandbox's when it is a sandbox profile).
    ZoomEndpoints zoomEndpoints() const;
    ZoomSandbox* sandbox() const { return m_sandbox; }
    RestClient* restClient() const { return m_rest; }

    // Test connection with the current profile and the client secret given (or, when empty, the
    // stored one).
    void testConnection(const QString& clientSecret = {});
    void cancelTest();
    bool isTesting() const;

    void setDraftDelayMs(int ms) { m_draftTimer.setInterval(ms); }

signals:
    void profileChanged();
    void dirtyChanged(bool dirty);
    void draftSaved();
    void saved();
    void secretStored(syncdesk::SecretPurpose purpose, const syncdesk::Error& error);
    void secretLoaded(syncdesk::SecretPurpose purpose, const QString& value, const syncdesk::Error& error);
    void keychainStatusChanged();
    void testProgress(const QString& message);
    void testFinished(const syncdesk::ZoomConnectionReport& report, const syncdesk::Error& error);

private:
    void setProfile(const Profile& profile, const QString& path);
    void markDirty();
    void writeDraft();
    void setKeychainError(const Error& error);
    Error ensureSandbox();

    SecretStore* m_secrets;
    QString m_directory;
    RestClient* m_rest;
    ZoomConnectionCheck* m_test;
    ZoomSandbox* m_sandbox = nullptr;
    Profile m_profile;
    QString m_path;
    bool m_dirty = false;
    bool m_restoredDraft = false;
    QTimer m_draftTimer;
    Error m_keychainError;
    QHash<int, QString> m_sessionSecrets; // only when the keychain is unavailable; never written anywhere
    quint64 m_testRun = 0;
};

} // namespace syncdesk
