#include "AcdConnectionResolver.h"

#include "connect/PostLater.h"

#include "sandbox/AcdSandbox.h"

#include <QTimer>

namespace syncdesk {

AcdConnectionResolver AcdConnectionResolver::forProfile(const Profile& profile, const AcdSandbox* sandbox,
                                                        const QString& profilePath)
{
    AcdConnectionResolver r;
    r.m_profile = profile;
    r.m_profilePath = profilePath;
    r.m_sandbox = sandbox;
    return r;
}

AcdConnectionResolver AcdConnectionResolver::forSandbox(const AcdSandbox* sandbox)
{
    AcdConnectionResolver r;
    r.m_sandbox = sandbox;
    return r;
}

AcdConnectionResolver AcdConnectionResolver::forFlags(const AcdConnectionFlags& flags)
{
    AcdConnectionResolver r;
    r.m_flags = flags;
    r.m_origin = Origin::CommandLine;
    return r;
}

AcdConnectionResolver& AcdConnectionResolver::withFlags(const AcdConnectionFlags& flags)
{
    m_flags = flags;
    m_origin = Origin::CommandLine;
    return *this;
}

bool AcdConnectionResolver::usesSandbox() const
{
    return m_sandbox && m_sandbox->isRunning() && (!m_profile || m_profile->sandbox);
}

Result<AcdConnection> AcdConnectionResolver::endpoints() const
{
    AcdConnection c;
    if (m_profile && m_profile->sandbox && !usesSandbox()) {
        if (m_origin == Origin::CommandLine)
            return Error::make(Service::Acd, ErrorCode::InvalidInput,
                               tr("%1 is a sandbox profile; use --sandbox instead.").arg(m_profilePath));
        return Error::make(Service::Acd, ErrorCode::InvalidInput,
                           tr("The built-in sandbox is not running. Open the sandbox profile again."));
    }
    if (usesSandbox()) {
        const AcdSandboxCredentials demo = m_sandbox->credentials();
        c.sandbox = true;
        c.endpoints.issuer = m_sandbox->issuerUrl();
        c.credentials.clientId = demo.clientId;
        c.credentials.accessKeyId = demo.accessKeyId;
        if (!m_profile) { // nothing to read: the demo app's own
            c.credentials.clientSecret = demo.clientSecret;
            c.credentials.accessKeySecret = demo.accessKeySecret;
        }
        if (m_profile && !m_profile->acd.clientId.trimmed().isEmpty())
            c.credentials.clientId = m_profile->acd.clientId.trimmed();
        if (m_profile && !m_profile->acd.accessKeyId.trimmed().isEmpty())
            c.credentials.accessKeyId = m_profile->acd.accessKeyId.trimmed();
    } else if (m_profile) {
        c.endpoints.issuer = QUrl(m_profile->acd.issuerUrl);
        if (!m_profile->acd.apiUrl.trimmed().isEmpty())
            c.endpoints.apiBase = QUrl(m_profile->acd.apiUrl.trimmed());
        if (!m_profile->acd.apiVersion.isEmpty())
            c.endpoints.apiVersion = m_profile->acd.apiVersion;
        c.credentials.clientId = m_profile->acd.clientId.trimmed();
        c.credentials.accessKeyId = m_profile->acd.accessKeyId.trimmed();
    }
    if (!m_flags.issuerUrl.isEmpty())
        c.endpoints.issuer = QUrl(m_flags.issuerUrl);
    if (!m_flags.apiUrl.isEmpty())
        c.endpoints.apiBase = QUrl(m_flags.apiUrl);
    if (!m_flags.clientId.isEmpty())
        c.credentials.clientId = m_flags.clientId;
    if (!m_flags.accessKeyId.isEmpty())
        c.credentials.accessKeyId = m_flags.accessKeyId;
    return c;
}

Error AcdConnectionResolver::validate(const AcdConnection& c) const
{
    QList<QUrl> urls{c.endpoints.issuer};
    if (!c.endpoints.apiBase.isEmpty())
        urls.append(c.endpoints.apiBase);
    for (const QUrl& u : urls) {
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            return Error::make(Service::Acd, ErrorCode::InvalidInput,
                               tr("%1 is not a valid http(s) URL.").arg(u.toString()));
    }
    const AcdCredentials& k = c.credentials;
    if (k.clientId.isEmpty() || k.clientSecret.isEmpty() || k.accessKeyId.isEmpty() ||
        k.accessKeySecret.isEmpty()) {
        if (m_origin == Origin::CommandLine)
            return Error::make(Service::Acd, ErrorCode::InvalidInput,
                               tr("ACD credentials are incomplete. Give --profile FILE, --sandbox, or "
                                  "--acd-client-id, --acd-client-secret-env NAME, --acd-access-key-id and "
                                  "--acd-access-key-secret-env NAME."));
        return Error::make(
            Service::Acd, ErrorCode::InvalidInput,
            tr("ACD credentials are incomplete. Enter the client ID and secret of the registered "
               "app and the access key ID and secret in the ACD area."));
    }
    return {};
}

void AcdConnectionResolver::resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                                    SecretAccess::WaitingCallback waiting) const
{
    Result<AcdConnection> base = endpoints();
    if (!base.ok()) {
        postLater(context, [done, e = base.error()] { done(e); });
        return;
    }
    AcdConnection c = base.take();
    if (!m_flags.clientSecret.isEmpty())
        c.credentials.clientSecret = m_flags.clientSecret;
    if (!m_flags.accessKeySecret.isEmpty())
        c.credentials.accessKeySecret = m_flags.accessKeySecret;
    const AcdConnectionResolver self = *this;
    auto finish = [self, done](const AcdConnection& ready) {
        const Error e = self.validate(ready);
        if (!e.ok())
            done(e);
        else
            done(ready);
    };
    const AcdSandboxCredentials demo = c.sandbox ? m_sandbox->credentials() : AcdSandboxCredentials{};
    if (!m_profile || !secrets) {
        if (c.credentials.clientSecret.isEmpty())
            c.credentials.clientSecret = demo.clientSecret;
        if (c.credentials.accessKeySecret.isEmpty())
            c.credentials.accessKeySecret = demo.accessKeySecret;
        postLater(context, [finish, c] { finish(c); });
        return;
    }
    // Read what is still missing, one after the other (one keychain prompt at a time).
    auto readAccessKey = [secrets, context, finish, done, demo, waiting](AcdConnection pending) {
        if (!pending.credentials.accessKeySecret.isEmpty())
            return postLater(context, [finish, pending] { finish(pending); });
        secrets->read(
            SecretPurpose::AcdAccessKeySecret, context,
            [finish, done, pending, demo](const QString& value, const Error& error) mutable {
                if (!value.isEmpty() && error.ok())
                    pending.credentials.accessKeySecret = value;
                else if (!demo.accessKeySecret.isEmpty())
                    pending.credentials.accessKeySecret = demo.accessKeySecret;
                else if (!error.ok())
                    return done(error);
                finish(pending);
            },
            waiting);
    };
    if (!c.credentials.clientSecret.isEmpty()) {
        readAccessKey(c);
        return;
    }
    secrets->read(
        SecretPurpose::AcdClientSecret, context,
        [readAccessKey, done, c, demo](const QString& value, const Error& error) mutable {
            if (!value.isEmpty() && error.ok())
                c.credentials.clientSecret = value;
            else if (!demo.clientSecret.isEmpty())
                c.credentials.clientSecret = demo.clientSecret;
            else if (!error.ok())
                return done(error);
            readAccessKey(c);
        },
        waiting);
}

} // namespace syncdesk
