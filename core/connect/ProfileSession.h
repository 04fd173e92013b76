#pragma once

#include "common/Error.h"
#include "profile/Profile.h"

#include <QObject>
#include <QTimer>

namespace syncdesk {

class RestClient;
class SecretAccess;
class SecretStore;
class ZoomSandbox;
class AcdSandbox;
class SalesforceSandbox;
class AcdConnectionResolver;

struct ProfileEntry
{
    QString path;
    QString name;
    bool sandbox = false;
    Error error; // set when the file cannot be read (corrupt, newer format)
};

// The open profile and what belongs to it, shared by every area of the console (the setup guide,
// the monitor, and the ACD and Salesforce areas next): the profile, its path, unsaved changes
// (kept as a draft so nothing is lost), its secrets (SecretAccess, keychain or session-only),
// the embedded sandbox and the network client. Areas read from it and edit through it; none of
// them depends on another.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    ProfileSession(SecretStore* secrets, QString profileDirectory, QObject* parent = nullptr);
    ~ProfileSession() override;

    QList<ProfileEntry> profiles() const;
    const QString& profileDirectory() const { return m_directory; }

    // Opening: a draft newer than the file is restored (hasRestoredDraft() tells).
    Error openProfile(const QString& path);
    Error restoreBackup(const QString& path);
    Error createProfile(const QString& name);
    // Starts the in-process sandbox (if needed) and opens the sandbox profile with its demo
    // credentials; the demo secrets are written through secrets() (session-only without a keychain).
    Error openSandbox();

    bool hasProfile() const { return !m_path.isEmpty(); }
    const Profile& profile() const { return m_profile; }
    const QString& profilePath() const { return m_path; }
    bool isDirty() const { return m_dirty; }
    bool hasRestoredDraft() const { return m_restoredDraft; }
    // A sandbox profile with its sandbox running.
    bool isSandbox() const;

    // Edits; each marks the profile dirty and schedules a draft save.
    void setZoomSettings(const ZoomSettings& zoom);
    void setMonitorSettings(const MonitorSettings& monitor);
    void setChecklistStep(const QString& stepId, bool done);
    void setAcdSettings(const AcdSettings& acd);
    // A step of the ACD's "Map accounts" dialog ticked (or unticked) on the copy sheet.
    void setAcdMappingStep(const QString& stepId, bool done);
    void setDirectorySyncSettings(const DirectorySyncSettings& directorySync);
    void setSalesforceSettings(const SalesforceSettings& salesforce);
    void setSalesforceChecklistStep(const QString& stepId, bool done);
    void setPresenceRules(const QJsonArray& rules, const QString& activeRule);
    void setPresenceStatusDesigns(const QJsonArray& designs);
    // One key of Profile::contactCenter ("cti", ...); an empty object removes the key.
    void setContactCenterPart(const QString& key, const QJsonObject& value);
    Error save();
    void discardChanges();

    SecretAccess* secrets() const { return m_secrets; }
    ZoomSandbox* sandbox() const { return m_sandbox; }
    // The emulated CXone next to the Zoom sandbox: same seed and users, so its "Corporate
    // Directory" is the sandbox organisation, partly out of date. Running with the Zoom sandbox.
    AcdSandbox* acdSandbox() const { return m_acdSandbox; }
    // The emulated Salesforce org, running with the Zoom sandbox (same seed and users).
    SalesforceSandbox* salesforceSandbox() const { return m_salesforceSandbox; }
    // The ACD connection of the open profile (the running ACD sandbox for a sandbox profile).
    AcdConnectionResolver acdResolver() const;
    RestClient* restClient() const { return m_rest; }

    void setDraftDelayMs(int ms) { m_draftTimer.setInterval(ms); }

signals:
    void profileChanged();
    void dirtyChanged(bool dirty);
    void draftSaved();
    void saved();

private:
    void setProfile(const Profile& profile, const QString& path);
    void markDirty();
    void writeDraft();
    void onSecretWritten(int purpose, const Error& error);
    void storeDemoSecrets();
    Error ensureSandbox();

    SecretAccess* m_secrets;
    QString m_directory;
    RestClient* m_rest;
    ZoomSandbox* m_sandbox = nullptr;
    AcdSandbox* m_acdSandbox = nullptr;
    SalesforceSandbox* m_salesforceSandbox = nullptr;
    Profile m_profile;
    QString m_path;
    bool m_dirty = false;
    bool m_restoredDraft = false;
    QTimer m_draftTimer;
};

} // namespace syncdesk
