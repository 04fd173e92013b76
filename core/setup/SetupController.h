#pragma once

#include "common/Error.h"
#include "connect/ProfileSession.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "zoom/ZoomConnectionCheck.h"

#include <QObject>

namespace syncdesk {

class RestClient;
class SecretAccess;
class ZoomSandbox;

// The work behind the setup guide: its pages read the open profile and edit it through here,
// store the secrets typed into them and run "Test connection". The profile itself, its secrets
// and the sandbox belong to the shared ProfileSession, which other areas (the monitor) use
// directly; the profile methods here forward to it so the pages need nothing else.
class SetupController : public QObject
{
    Q_OBJECT
public:
    // Uses the console's shared session.
    explicit SetupController(ProfileSession* session, QObject* parent = nullptr);
    // Creates and owns a session of its own (tests, tools with nothing else to share it with).
    SetupController(SecretStore* secrets, QString profileDirectory, QObject* parent = nullptr);
    ~SetupController() override;

    ProfileSession* session() const { return m_session; }
    SecretAccess* secrets() const;

    QList<ProfileEntry> profiles() const { return m_session->profiles(); }
    const QString& profileDirectory() const { return m_session->profileDirectory(); }

    Error openProfile(const QString& path) { return m_session->openProfile(path); }
    Error restoreBackup(const QString& path) { return m_session->restoreBackup(path); }
    Error createProfile(const QString& name) { return m_session->createProfile(name); }
    Error openSandbox() { return m_session->openSandbox(); }

    bool hasProfile() const { return m_session->hasProfile(); }
    const Profile& profile() const { return m_session->profile(); }
    const QString& profilePath() const { return m_session->profilePath(); }
    bool isDirty() const { return m_session->isDirty(); }
    bool hasRestoredDraft() const { return m_session->hasRestoredDraft(); }

    void setZoomSettings(const ZoomSettings& zoom) { m_session->setZoomSettings(zoom); }
    void setMonitorSettings(const MonitorSettings& monitor) { m_session->setMonitorSettings(monitor); }
    void setChecklistStep(const QString& stepId, bool done) { m_session->setChecklistStep(stepId, done); }
    Error save() { return m_session->save(); }
    void discardChanges() { m_session->discardChanges(); }

    // A value typed by the user goes to the keychain; if it is unavailable, it is kept in this
    // process for this session only (for every area) and keychainError() says so. Answers with
    // secretStored(), which never carries the value.
    void storeSecret(SecretPurpose purpose, const QString& value);
    const Error& keychainError() const;
    QString secretBackendName() const;

    // The endpoints the open profile talks to (the sandbox's when it is a sandbox profile).
    ZoomEndpoints zoomEndpoints() const;
    ZoomSandbox* sandbox() const { return m_session->sandbox(); }
    RestClient* restClient() const { return m_session->restClient(); }

    // Test connection with the current profile and the client secret given (or, when empty, the
    // stored one).
    void testConnection(const QString& clientSecret = {});
    void cancelTest();
    bool isTesting() const;

    void setDraftDelayMs(int ms) { m_session->setDraftDelayMs(ms); }

signals:
    void profileChanged();
    void dirtyChanged(bool dirty);
    void draftSaved();
    void saved();
    void secretStored(syncdesk::SecretPurpose purpose, const syncdesk::Error& error);
    void keychainStatusChanged();
    void testProgress(const QString& message);
    void testFinished(const syncdesk::ZoomConnectionReport& report, const syncdesk::Error& error);

private:
    void connectSession();

    ProfileSession* m_session;
    ZoomConnectionCheck* m_test;
    quint64 m_testRun = 0;
    bool m_resolving = false;
};

} // namespace syncdesk
