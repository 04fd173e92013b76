#include "ZoomConnectionResolver.h"

#include "connect/PostLater.h"

#include "sandbox/ZoomSandbox.h"

#include <QPointer>
#include <QTimer>

namespace syncdesk {

ZoomConnectionResolver ZoomConnectionResolver::forProfile(const Profile& profile, const ZoomSandbox* sandbox,
                                                          const QString& profilePath)
{
    ZoomConnectionResolver r;
    r.m_profile = profile;
    r.m_profilePath = profilePath;
    r.m_sandbox = sandbox;
    return r;
}

ZoomConnectionResolver ZoomConnectionResolver::forSandbox(const ZoomSandbox* sandbox)
{
    ZoomConnectionResolver r;
    r.m_sandbox = sandbox;
    return r;
}

ZoomConnectionResolver ZoomConnectionResolver::forFlags(const ZoomConnectionFlags& flags)
{
    ZoomConnectionResolver r;
    r.m_flags = flags;
    r.m_origin = Origin::CommandLine;
    return r;
}

ZoomConnectionResolver& ZoomConnectionResolver::withFlags(const ZoomConnectionFlags& flags)
{
    m_flags = flags;
    m_origin = Origin::CommandLine;
    return *this;
}

ZoomConnectionResolver& ZoomConnectionResolver::withOrigin(Origin origin)
{
    m_origin = origin;
    return *this;
}

bool ZoomConnectionResolver::usesSandbox() const
{
    // A plain profile never talks to the sandbox, even if one runs in the same process.
    return m_sandbox && m_sandbox->isRunning() && (!m_profile || m_profile->sandbox);
}

Result<ZoomConnection> ZoomConnectionResolver::endpoints() const
{
    ZoomConnection c;
    if (m_profile && m_profile->sandbox && !usesSandbox()) {
        if (m_origin == Origin::CommandLine)
            return Error::make(ErrorCode::InvalidInput,
                               tr("%1 is a sandbox profile; use --sandbox instead.").arg(m_profilePath));
        return Error::make(ErrorCode::InvalidInput,
                           tr("The built-in sandbox is not running. Open the sandbox profile again."));
    }
    if (usesSandbox()) {
        const SandboxCredentials demo = m_sandbox->credentials();
        c.sandbox = true;
        c.endpoints.oauthBase = m_sandbox->oauthUrl();
        c.endpoints.apiBase = m_sandbox->apiUrl();
        c.endpoints.useTokenApiUrl = true;
        c.credentials.accountId = demo.accountId;
        c.credentials.clientId = demo.clientId;
        if (!m_profile)
            c.credentials.clientSecret = demo.clientSecret; // nothing to read: the demo app's own
        // IDs typed into a sandbox profile win, so the sandbox can show what wrong IDs do.
        if (m_profile && !m_profile->zoom.accountId.trimmed().isEmpty() &&
            !m_profile->zoom.clientId.trimmed().isEmpty()) {
            c.credentials.accountId = m_profile->zoom.accountId.trimmed();
            c.credentials.clientId = m_profile->zoom.clientId.trimmed();
        }
    } else if (m_profile) {
        c.endpoints.oauthBase = QUrl(m_profile->zoom.oauthUrl);
        c.endpoints.apiBase = QUrl(m_profile->zoom.apiUrl);
        c.endpoints.useTokenApiUrl = m_profile->zoom.useTokenApiUrl;
        c.credentials.accountId = m_profile->zoom.accountId.trimmed();
        c.credentials.clientId = m_profile->zoom.clientId.trimmed();
    }
    if (!m_flags.accountId.isEmpty())
        c.credentials.accountId = m_flags.accountId;
    if (!m_flags.clientId.isEmpty())
        c.credentials.clientId = m_flags.clientId;
    if (!m_flags.oauthUrl.isEmpty())
        c.endpoints.oauthBase = QUrl(m_flags.oauthUrl);
    if (!m_flags.apiUrl.isEmpty()) {
        c.endpoints.apiBase = QUrl(m_flags.apiUrl);
        c.endpoints.useTokenApiUrl = false; // an explicit API URL wins over the token's api_url
    }
    return c;
}

Error ZoomConnectionResolver::validate(const ZoomConnection& c) const
{
    for (const QUrl& u : {c.endpoints.oauthBase, c.endpoints.apiBase}) {
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            return Error::make(ErrorCode::InvalidInput, tr("%1 is not a valid http(s) URL.").arg(u.toString()));
    }
    if (c.credentials.accountId.isEmpty() || c.credentials.clientId.isEmpty() ||
        c.credentials.clientSecret.isEmpty()) {
        if (m_origin == Origin::CommandLine)
            return Error::make(ErrorCode::InvalidInput,
                               tr("Zoom credentials are incomplete. Give --profile FILE, --sandbox, or --account-id, "
                                  "--client-id and --client-secret-env NAME (or --client-secret-stdin)."));
        return Error::make(ErrorCode::InvalidInput,
                           tr("Zoom credentials are incomplete. Enter the account ID, client ID and client secret "
                              "of your Server-to-Server OAuth app on the Credentials page of the setup guide."));
    }
    return {};
}

void ZoomConnectionResolver::resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                                     SecretAccess::WaitingCallback waiting) const
{
    Result<ZoomConnection> base = endpoints();
    if (!base.ok()) {
        postLater(context, [done, e = base.error()] { done(e); });
        return;
    }
    ZoomConnection c = base.take();
    const ZoomConnectionResolver self = *this;
    auto finish = [self, done](ZoomConnection ready) {
        const Error e = self.validate(ready);
        if (!e.ok())
            done(e);
        else
            done(ready);
    };
    if (!m_flags.clientSecret.isEmpty()) {
        c.credentials.clientSecret = m_flags.clientSecret;
        postLater(context, [finish, c] { finish(c); });
        return;
    }
    const QString demo = c.sandbox ? m_sandbox->credentials().clientSecret : QString();
    if (!m_profile || !secrets) {
        c.credentials.clientSecret = demo;
        postLater(context, [finish, c] { finish(c); });
        return;
    }
    secrets->read(
        SecretPurpose::ZoomClientSecret, context,
        [finish, done, c, demo](const QString& value, const Error& error) mutable {
            if (!value.isEmpty() && error.ok())
                c.credentials.clientSecret = value;
            else if (!demo.isEmpty())
                c.credentials.clientSecret = demo; // a sandbox demo works without a keychain
            else if (!error.ok())
                return done(error);
            finish(c);
        },
        std::move(waiting));
}

void ZoomConnectionResolver::resolveSecretToken(SecretAccess* secrets, QObject* context, SecretCallback done,
                                                SecretAccess::WaitingCallback waiting) const
{
    // A sandbox profile without its sandbox (syncdeskctl monitor --profile) reads what the
    // keychain holds: the token does not depend on the sandbox's addresses.
    if (!m_flags.secretToken.isEmpty()) {
        postLater(context, [done, v = m_flags.secretToken] { done(v); });
        return;
    }
    const QString demo = usesSandbox() ? m_sandbox->credentials().secretToken : QString();
    if (!m_profile || !secrets) {
        postLater(context, [done, demo] {
            if (demo.isEmpty())
                done(Error::make(ErrorCode::InvalidInput, tr("No webhook secret token was given.")));
            else
                done(demo);
        });
        return;
    }
    secrets->read(
        SecretPurpose::ZoomSecretToken, context,
        [done, demo](const QString& value, const Error& error) {
            if (!value.isEmpty() && error.ok())
                return done(value);
            if (!demo.isEmpty())
                return done(demo); // the sandbox's demo token is not a customer secret
            if (!error.ok())
                return done(error);
            done(Error::make(ErrorCode::KeychainEntryNotFound,
                             tr("No secret token is stored for this profile.")));
        },
        std::move(waiting));
}

} // namespace syncdesk
