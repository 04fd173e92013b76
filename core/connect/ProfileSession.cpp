#include "ProfileSession.h"

#include "common/Log.h"
#include "connect/AcdConnectionResolver.h"
#include "connect/SecretAccess.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/SalesforceSandbox.h"
#include "sandbox/ZoomSandbox.h"

#include <QDir>
#include <QFileInfo>

namespace syncdesk {

ProfileSession::ProfileSession(SecretStore* secrets, QString profileDirectory, QObject* parent)
    : QObject(parent), m_secrets(new SecretAccess(secrets, this)), m_directory(std::move(profileDirectory)),
      m_rest(new RestClient(this))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(500);
    connect(&m_draftTimer, &QTimer::timeout, this, &ProfileSession::writeDraft);
    connect(m_secrets, &SecretAccess::secretWritten, this,
            [this](SecretPurpose purpose, const Error& error) { onSecretWritten(int(purpose), error); });
}

ProfileSession::~ProfileSession()
{
    // Whatever was typed and not yet drafted must survive closing the window.
    if (m_draftTimer.isActive())
        writeDraft();
}

QList<ProfileEntry> ProfileSession::profiles() const
{
    QList<ProfileEntry> out;
    for (const QString& path : ProfileStore::list(m_directory)) {
        ProfileEntry e;
        e.path = path;
        auto p = ProfileStore::load(path);
        if (p.ok()) {
            e.name = p.value().name;
            e.sandbox = p.value().sandbox;
        } else {
            e.name = QFileInfo(path).completeBaseName();
            e.error = p.error();
        }
        out.append(e);
    }
    return out;
}

bool ProfileSession::isSandbox() const
{
    return hasProfile() && m_profile.sandbox && m_sandbox && m_sandbox->isRunning();
}

void ProfileSession::setProfile(const Profile& profile, const QString& path)
{
    // Edits typed just before switching profiles must not be lost.
    if (m_draftTimer.isActive())
        writeDraft();
    m_draftTimer.stop();
    m_profile = profile;
    m_path = path;
    m_secrets->setProfileId(profile.id);
    const bool wasDirty = m_dirty;
    m_dirty = m_restoredDraft;
    if (wasDirty != m_dirty)
        emit dirtyChanged(m_dirty);
    emit profileChanged();
}

Error ProfileSession::openProfile(const QString& path)
{
    auto loaded = ProfileStore::load(path);
    if (!loaded.ok())
        return loaded.error();
    Profile p = loaded.take();
    m_restoredDraft = false;
    auto draft = ProfileStore::loadDraft(path);
    if (draft.ok() && draft.value().id == p.id && !(draft.value() == p)) {
        p = draft.take();
        m_restoredDraft = true;
        qCInfo(lcProfile).noquote() << "restored unsaved changes from" << ProfileStore::draftPath(path);
    }
    if (p.sandbox) {
        const Error e = ensureSandbox();
        if (!e.ok())
            return e;
    }
    setProfile(p, path);
    return {};
}

Error ProfileSession::restoreBackup(const QString& path)
{
    const Error e = ProfileStore::restoreBackup(path);
    if (!e.ok())
        return e;
    return openProfile(path);
}

Error ProfileSession::createProfile(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Enter a name for the profile."));
    Profile p = Profile::create(trimmed);
    const QString path = ProfileStore::pathFor(p, m_directory);
    const Error e = ProfileStore::save(path, p);
    if (!e.ok())
        return e;
    m_restoredDraft = false;
    setProfile(p, path);
    return {};
}

Error ProfileSession::ensureSandbox()
{
    if (m_sandbox && m_sandbox->isRunning())
        return {};
    if (!m_sandbox)
        m_sandbox = new ZoomSandbox(SandboxConfig{}, this);
    Error e = m_sandbox->start();
    if (!e.ok())
        return e;
    if (!m_acdSandbox)
        m_acdSandbox = new AcdSandbox(m_sandbox->config().seed, m_sandbox->config().users, this);
    if (!m_acdSandbox->isRunning())
        e = m_acdSandbox->start();
    if (!e.ok())
        return e;
    if (!m_salesforceSandbox)
        m_salesforceSandbox =
            new SalesforceSandbox(m_sandbox->config().seed, m_sandbox->config().users, this);
    if (!m_salesforceSandbox->isRunning())
        e = m_salesforceSandbox->start();
    return e;
}

AcdConnectionResolver ProfileSession::acdResolver() const
{
    return AcdConnectionResolver::forProfile(m_profile, m_acdSandbox, m_path);
}

void ProfileSession::storeDemoSecrets()
{
    // Through the one secrets API: without a keychain they are kept for this session, and every
    // area (the monitor too) reads them from there.
    const SandboxCredentials creds = m_sandbox->credentials();
    m_secrets->write(SecretPurpose::ZoomClientSecret, creds.clientSecret, this, [](const Error&) {});
    m_secrets->write(SecretPurpose::ZoomSecretToken, creds.secretToken, this, [](const Error&) {});
}

Error ProfileSession::openSandbox()
{
    Error e = ensureSandbox();
    if (!e.ok())
        return e;
    const SandboxCredentials creds = m_sandbox->credentials();
    // Reuse the sandbox profile if there is one, so ticked steps and settings persist.
    for (const ProfileEntry& entry : profiles()) {
        if (entry.sandbox && entry.error.ok()) {
            e = openProfile(entry.path);
            if (!e.ok())
                return e;
            if (m_profile.zoom.accountId.isEmpty() || m_profile.zoom.clientId.isEmpty()) {
                ZoomSettings z = m_profile.zoom;
                z.accountId = creds.accountId;
                z.clientId = creds.clientId;
                setZoomSettings(z);
            }
            storeDemoSecrets();
            return {};
        }
    }
    Profile p = Profile::create(tr("Sandbox"));
    p.sandbox = true;
    p.zoom.accountId = creds.accountId;
    p.zoom.clientId = creds.clientId;
    const QString path = QDir(m_directory).filePath(QStringLiteral("sandbox.json"));
    e = ProfileStore::save(path, p);
    if (!e.ok())
        return e;
    m_restoredDraft = false;
    setProfile(p, path);
    storeDemoSecrets();
    return {};
}

void ProfileSession::markDirty()
{
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged(true);
    }
    m_draftTimer.start();
}

void ProfileSession::writeDraft()
{
    if (m_path.isEmpty() || !m_dirty)
        return;
    const Error e = ProfileStore::saveDraft(m_path, m_profile);
    if (!e.ok()) {
        qCWarning(lcProfile).noquote() << "draft not saved:" << e.describe();
        return;
    }
    emit draftSaved();
}

void ProfileSession::setZoomSettings(const ZoomSettings& zoom)
{
    const QSet<QString> done = m_profile.zoom.checklistDone;
    const bool hasSecret = m_profile.zoom.hasClientSecret;
    const bool hasToken = m_profile.zoom.hasSecretToken;
    m_profile.zoom = zoom;
    // Flags owned by other setters are not overwritten by a stale copy from a page.
    m_profile.zoom.checklistDone = done;
    m_profile.zoom.hasClientSecret = hasSecret;
    m_profile.zoom.hasSecretToken = hasToken;
    markDirty();
}

void ProfileSession::setMonitorSettings(const MonitorSettings& monitor)
{
    m_profile.monitor = monitor;
    markDirty();
}

void ProfileSession::setAcdSettings(const AcdSettings& acd)
{
    m_profile.acd = acd;
    markDirty();
}

void ProfileSession::setAcdMappingStep(const QString& stepId, bool done)
{
    if (done == m_profile.acd.mappingChecklistDone.contains(stepId))
        return;
    if (done)
        m_profile.acd.mappingChecklistDone.insert(stepId);
    else
        m_profile.acd.mappingChecklistDone.remove(stepId);
    markDirty();
}

void ProfileSession::setDirectorySyncSettings(const DirectorySyncSettings& directorySync)
{
    m_profile.directorySync = directorySync;
    markDirty();
}

void ProfileSession::setSalesforceSettings(const SalesforceSettings& salesforce)
{
    m_profile.salesforce = salesforce;
    markDirty();
}

void ProfileSession::setSalesforceChecklistStep(const QString& stepId, bool done)
{
    if (done == m_profile.salesforce.checklistDone.contains(stepId))
        return;
    if (done)
        m_profile.salesforce.checklistDone.insert(stepId);
    else
        m_profile.salesforce.checklistDone.remove(stepId);
    markDirty();
}

void ProfileSession::setContactCenterPart(const QString& key, const QJsonObject& value)
{
    if (m_profile.contactCenter.value(key).toObject() == value && (m_profile.contactCenter.contains(key) || value.isEmpty()))
        return;
    if (value.isEmpty())
        m_profile.contactCenter.remove(key);
    else
        m_profile.contactCenter.insert(key, value);
    markDirty();
}

void ProfileSession::setPresenceRules(const QJsonArray& rules, const QString& activeRule)
{
    m_profile.presenceRules = rules;
    m_profile.activePresenceRule = activeRule;
    markDirty();
}

void ProfileSession::setPresenceStatusDesigns(const QJsonArray& designs)
{
    if (designs == m_profile.presenceStatusDesigns)
        return;
    m_profile.presenceStatusDesigns = designs;
    markDirty();
}

void ProfileSession::setChecklistStep(const QString& stepId, bool done)
{
    if (done == m_profile.zoom.checklistDone.contains(stepId))
        return;
    if (done)
        m_profile.zoom.checklistDone.insert(stepId);
    else
        m_profile.zoom.checklistDone.remove(stepId);
    markDirty();
}

Error ProfileSession::save()
{
    if (m_path.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Open or create a profile first."));
    m_draftTimer.stop();
    const Error e = ProfileStore::save(m_path, m_profile);
    if (!e.ok())
        return e;
    m_restoredDraft = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
    emit saved();
    return {};
}

void ProfileSession::discardChanges()
{
    if (m_path.isEmpty())
        return;
    m_draftTimer.stop();
    ProfileStore::discardDraft(m_path);
    m_dirty = false;
    const QString path = m_path;
    openProfile(path);
}

void ProfileSession::onSecretWritten(int purpose, const Error& error)
{
    if (m_path.isEmpty() || !error.ok())
        return;
    // Which "a secret is stored" flag of the profile a purpose sets (never the value itself).
    bool* target = nullptr;
    switch (SecretPurpose(purpose)) {
    case SecretPurpose::ZoomClientSecret:
        target = &m_profile.zoom.hasClientSecret;
        break;
    case SecretPurpose::ZoomSecretToken:
        target = &m_profile.zoom.hasSecretToken;
        break;
    case SecretPurpose::AcdClientSecret:
        target = &m_profile.acd.hasClientSecret;
        break;
    case SecretPurpose::AcdAccessKeySecret:
        target = &m_profile.acd.hasAccessKeySecret;
        break;
    case SecretPurpose::SalesforcePassword:
        target = &m_profile.salesforce.hasPassword;
        break;
    case SecretPurpose::SalesforceClientSecret:
        target = &m_profile.salesforce.hasClientSecret;
        break;
    case SecretPurpose::SalesforceRefreshToken:
        target = &m_profile.salesforce.hasRefreshToken;
        break;
    }
    bool& flag = *target;
    if (flag)
        return;
    flag = true;
    // The keychain now holds the secret whether or not the user saves: record that at once, in
    // the file if nothing else is pending, else with the pending edits.
    if (m_dirty) {
        m_draftTimer.start();
    } else {
        const Error se = ProfileStore::save(m_path, m_profile);
        if (!se.ok())
            qCWarning(lcProfile).noquote() << "secret flag not saved:" << se.describe();
    }
}

} // namespace syncdesk
