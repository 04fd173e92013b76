#include "SetupController.h"

#include "connect/SecretAccess.h"
#include "connect/ZoomConnectionResolver.h"

namespace syncdesk {

SetupController::SetupController(ProfileSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_test(new ZoomConnectionCheck(session->restClient(), this))
{
    connectSession();
}

SetupController::SetupController(SecretStore* secrets, QString profileDirectory, QObject* parent)
    : QObject(parent), m_session(new ProfileSession(secrets, std::move(profileDirectory), this)),
      m_test(new ZoomConnectionCheck(m_session->restClient(), this))
{
    connectSession();
}

SetupController::~SetupController() = default;

void SetupController::connectSession()
{
    connect(m_session, &ProfileSession::profileChanged, this, &SetupController::profileChanged);
    connect(m_session, &ProfileSession::dirtyChanged, this, &SetupController::dirtyChanged);
    connect(m_session, &ProfileSession::draftSaved, this, &SetupController::draftSaved);
    connect(m_session, &ProfileSession::saved, this, &SetupController::saved);
    connect(secrets(), &SecretAccess::keychainStatusChanged, this, &SetupController::keychainStatusChanged);
    // Every write for the open profile, also the sandbox's demo secrets written by the session:
    // the page shows where each secret is (the session's "stored" flag is already set).
    connect(secrets(), &SecretAccess::secretWritten, this, &SetupController::secretStored);
    connect(m_test, &ZoomConnectionCheck::progress, this, &SetupController::testProgress);
    connect(m_test, &ZoomConnectionCheck::finished, this, &SetupController::testFinished);
}

SecretAccess* SetupController::secrets() const
{
    return m_session->secrets();
}

const Error& SetupController::keychainError() const
{
    return secrets()->keychainError();
}

QString SetupController::secretBackendName() const
{
    return secrets()->backendName();
}

void SetupController::storeSecret(SecretPurpose purpose, const QString& value)
{
    if (!hasProfile())
        return;
    // Answered through secretStored(), which secretWritten() of the session's secrets feeds.
    secrets()->write(purpose, value, this, [](const Error&) {});
}

ZoomEndpoints SetupController::zoomEndpoints() const
{
    auto c = ZoomConnectionResolver::forProfile(profile(), sandbox(), profilePath()).endpoints();
    return c.ok() ? c.value().endpoints : ZoomEndpoints{};
}

void SetupController::testConnection(const QString& clientSecret)
{
    if (!hasProfile())
        return;
    const quint64 run = ++m_testRun;
    ZoomConnectionFlags typed;
    typed.clientSecret = clientSecret; // typed on the page and not stored yet
    auto resolver = ZoomConnectionResolver::forProfile(profile(), sandbox(), profilePath());
    resolver.withFlags(typed).withOrigin(ZoomConnectionResolver::Origin::Console);
    if (clientSecret.isEmpty())
        emit testProgress(tr("Reading the client secret from %1…").arg(secretBackendName()));
    m_resolving = true;
    resolver.resolve(
        secrets(), this,
        [this, run](const Result<ZoomConnection>& c) {
            if (run != m_testRun)
                return;
            m_resolving = false;
            if (!c.ok()) {
                Error err = c.error();
                if (err.code == ErrorCode::KeychainEntryNotFound)
                    err.message = tr("No client secret is stored for this profile. Enter it and test again.");
                emit testFinished({}, err);
                return;
            }
            m_test->start(c.value().endpoints, c.value().credentials);
        },
        [this, run](const Error& waiting) {
            if (run == m_testRun)
                emit testProgress(waiting.message);
        });
}

void SetupController::cancelTest()
{
    ++m_testRun;
    m_resolving = false;
    m_test->cancel();
}

bool SetupController::isTesting() const
{
    return m_resolving || m_test->isRunning();
}

} // namespace syncdesk
