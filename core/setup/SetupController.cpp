#include "SetupController.h"

#include "common/Log.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/ZoomSandbox.h"

#include <QDir>
#include <QFileInfo>

namespace syncdesk {

SetupController::SetupController(SecretStore* secrets, QString profileDirectory, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_directory(std::move(profileDirectory)), m_rest(new RestClient(this)),
      m_test(new ZoomConnectionCheck(m_rest, this))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(500);
    connect(&m_draftTimer, &QTimer::timeout, this, &SetupController::writeDraft);
    connect(m_test, &ZoomConnectionCheck::progress, this, &SetupController::testProgress);
    connect(m_test, &ZoomConnectionCheck::finished, this, &SetupController::testFinished);
}

SetupController::~SetupController()
{
    // Whatever was typed and not yet drafted must survive closing the window.
    if (m_draftTimer.isActive())
        writeDraft();
}

QList<ProfileEntry> SetupController::profiles() const
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

void SetupController::setProfile(const Profile& profile, const QString& path)
{
    // Edits typed just before switching profiles must not be lost.
    if (m_draftTimer.isActive())
        writeDraft();
    m_draftTimer.stop();
    m_profile = profile;
    m_path = path;
    m_sessionSecrets.clear();
    const bool wasDirty = m_dirty;
    m_dirty = m_restoredDraft;
    if (wasDirty != m_dirty)
        emit dirtyChanged(m_dirty);
    emit profileChanged();
}

Error SetupController::openProfile(const QString& path)
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

Error SetupController::restoreBackup(const QString& path)
{
    const Error e = ProfileStore::restoreBackup(path);
    if (!e.ok())
        return e;
    return openProfile(path);
}

Error SetupController::createProfile(const QString& name)
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

Error SetupController::ensureSandbox()
{
    if (m_sandbox && m_sandbox->isRunning())
        return {};
    if (!m_sandbox)
        m_sandbox = new ZoomSandbox(SandboxConfig{}, this);
    return m_sandbox->start();
}

Error SetupController::openSandbox()
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
            storeSecret(SecretPurpose::ZoomClientSecret, creds.clientSecret);
            storeSecret(SecretPurpose::ZoomSecretToken, creds.secretToken);
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
    storeSecret(SecretPurpose::ZoomClientSecret, creds.clientSecret);
    storeSecret(SecretPurpose::ZoomSecretToken, creds.secretToken);
    return {};
}

void SetupController::markDirty()
{
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged(true);
    }
    m_draftTimer.start();
}

void SetupController::writeDraft()
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

void SetupController::setZoomSettings(const ZoomSettings& zoom)
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

void SetupController::setMonitorSettings(const MonitorSettings& monitor)
{
    m_profile.monitor = monitor;
    markDirty();
}

void SetupController::setChecklistStep(const QString& stepId, bool done)
{
    if (done == m_profile.zoom.checklistDone.contains(stepId))
        return;
    if (done)
        m_profile.zoom.checklistDone.insert(stepId);
    else
        m_profile.zoom.checklistDone.remove(stepId);
    markDirty();
}

Error SetupController::save()
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

void SetupController::discardChanges()
{
    if (m_path.isEmpty())
        return;
    m_draftTimer.stop();
    ProfileStore::discardDraft(m_path);
    m_dirty = false;
    const QString path = m_path;
    openProfile(path);
}

void SetupController::setKeychainError(const Error& error)
{
    const bool changed = error.code != m_keychainError.code;
    m_keychainError = error;
    if (changed)
        emit keychainStatusChanged();
}

QString SetupController::secretBackendName() const
{
    return m_secrets->backendName();
}

void SetupController::storeSecret(SecretPurpose purpose, const QString& value)
{
    if (m_path.isEmpty())
        return;
    const QString key = secretKey(m_profile.id, purpose);
    const QString profileId = m_profile.id;
    m_secrets->write(key, value, this, [this, purpose, value, profileId](const Error& e) {
        if (profileId != m_profile.id)
            return;
        if (e.ok()) {
            m_sessionSecrets.remove(int(purpose));
            setKeychainError({});
            bool& flag = purpose == SecretPurpose::ZoomClientSecret ? m_profile.zoom.hasClientSecret
                                                                    : m_profile.zoom.hasSecretToken;
            if ((purpose == SecretPurpose::ZoomClientSecret || purpose == SecretPurpose::ZoomSecretToken) && !flag) {
                flag = true;
                // The keychain now holds the secret whether or not the user saves: record that at
                // once, in the file if nothing else is pending, else with the pending edits.
                if (m_dirty) {
                    m_draftTimer.start();
                } else {
                    const Error se = ProfileStore::save(m_path, m_profile);
                    if (!se.ok())
                        qCWarning(lcProfile).noquote() << "secret flag not saved:" << se.describe();
                }
            }
        } else if (e.code == ErrorCode::KeychainUnavailable || e.code == ErrorCode::KeychainDenied) {
            // Usable for this session only, and the user is told so: nothing reaches a file.
            m_sessionSecrets.insert(int(purpose), value);
            setKeychainError(e);
        }
        emit secretStored(purpose, e);
    });
}

void SetupController::loadSecret(SecretPurpose purpose)
{
    if (m_path.isEmpty())
        return;
    if (m_sessionSecrets.contains(int(purpose))) {
        const QString v = m_sessionSecrets.value(int(purpose));
        QTimer::singleShot(0, this, [this, purpose, v] { emit secretLoaded(purpose, v, {}); });
        return;
    }
    const QString profileId = m_profile.id;
    m_secrets->read(secretKey(m_profile.id, purpose), this, [this, purpose, profileId](const QString& v, const Error& e) {
        if (profileId != m_profile.id)
            return;
        if (e.code == ErrorCode::KeychainUnavailable || e.code == ErrorCode::KeychainDenied)
            setKeychainError(e);
        else if (e.ok())
            setKeychainError({});
        emit secretLoaded(purpose, v, e);
    });
}

ZoomEndpoints SetupController::zoomEndpoints() const
{
    ZoomEndpoints ep;
    if (m_profile.sandbox && m_sandbox && m_sandbox->isRunning()) {
        ep.oauthBase = m_sandbox->oauthUrl();
        ep.apiBase = m_sandbox->apiUrl();
        ep.useTokenApiUrl = true;
        return ep;
    }
    ep.oauthBase = QUrl(m_profile.zoom.oauthUrl);
    ep.apiBase = QUrl(m_profile.zoom.apiUrl);
    ep.useTokenApiUrl = m_profile.zoom.useTokenApiUrl;
    return ep;
}

void SetupController::testConnection(const QString& clientSecret)
{
    if (m_path.isEmpty())
        return;
    ZoomCredentials c;
    c.accountId = m_profile.zoom.accountId.trimmed();
    c.clientId = m_profile.zoom.clientId.trimmed();
    if (!clientSecret.isEmpty()) {
        c.clientSecret = clientSecret;
        m_test->start(zoomEndpoints(), c);
        return;
    }
    if (m_sessionSecrets.contains(int(SecretPurpose::ZoomClientSecret))) {
        c.clientSecret = m_sessionSecrets.value(int(SecretPurpose::ZoomClientSecret));
        m_test->start(zoomEndpoints(), c);
        return;
    }
    const quint64 run = ++m_testRun;
    emit testProgress(tr("Reading the client secret from %1…").arg(m_secrets->backendName()));
    m_secrets->read(secretKey(m_profile.id, SecretPurpose::ZoomClientSecret), this,
                    [this, c, run](const QString& v, const Error& e) mutable {
                        if (run != m_testRun)
                            return;
                        if (!e.ok()) {
                            Error err = e;
                            if (e.code == ErrorCode::KeychainEntryNotFound)
                                err.message = tr("No client secret is stored for this profile. Enter it and "
                                                 "test again.");
                            emit testFinished({}, err);
                            return;
                        }
                        c.clientSecret = v;
                        m_test->start(zoomEndpoints(), c);
                    });
}

void SetupController::cancelTest()
{
    ++m_testRun;
    m_test->cancel();
}

bool SetupController::isTesting() const
{
    return m_test->isRunning();
}

} // namespace syncdesk
