#include "SalesforceConnectionResolver.h"

#include "connect/PostLater.h"

#include "sandbox/SalesforceSandbox.h"

#include <QTimer>

namespace syncdesk {

SalesforceConnectionResolver SalesforceConnectionResolver::forProfile(const Profile& profile,
                                                                      const SalesforceSandbox* sandbox,
                                                                      const QString& profilePath)
{
    SalesforceConnectionResolver r;
    r.m_profile = profile;
    r.m_profilePath = profilePath;
    r.m_sandbox = sandbox;
    return r;
}

SalesforceConnectionResolver SalesforceConnectionResolver::forSandbox(const SalesforceSandbox* sandbox)
{
    SalesforceConnectionResolver r;
    r.m_sandbox = sandbox;
    return r;
}

SalesforceConnectionResolver SalesforceConnectionResolver::forFlags(const SalesforceConnectionFlags& flags)
{
    SalesforceConnectionResolver r;
    r.m_flags = flags;
    r.m_origin = Origin::CommandLine;
    return r;
}

SalesforceConnectionResolver& SalesforceConnectionResolver::withFlags(const SalesforceConnectionFlags& flags)
{
    m_flags = flags;
    m_origin = Origin::CommandLine;
    return *this;
}

bool SalesforceConnectionResolver::usesSandbox() const
{
    return m_sandbox && m_sandbox->isRunning() && (!m_profile || m_profile->sandbox);
}

Result<SalesforceConnection> SalesforceConnectionResolver::endpoints() const
{
    SalesforceConnection c;
    if (m_profile && m_profile->sandbox && !usesSandbox()) {
        if (m_origin == Origin::CommandLine)
            return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                               tr("%1 is a sandbox profile; use --sandbox instead.").arg(m_profilePath));
        return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("The built-in sandbox is not running. Open the sandbox profile again."));
    }
    if (usesSandbox()) {
        const SalesforceSandboxCredentials demo = m_sandbox->credentials();
        c.sandbox = true;
        // The sandbox is both login host and instance, whatever login URL the profile names.
        c.loginUrl = m_sandbox->baseUrl();
        c.credentials.clientId = demo.clientId;
        c.credentials.username = demo.username;
    } else if (m_profile) {
        const QString typed = m_profile->salesforce.loginUrl.trimmed();
        c.loginUrl = typed.isEmpty() ? SalesforceLogin::production() : SalesforceLogin::normalize(typed);
        if (c.loginUrl.isEmpty())
            return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                               tr("The login URL %1 is not a URL. Use https://login.salesforce.com, "
                                  "https://test.salesforce.com or your My Domain URL.")
                                   .arg(typed));
    } else {
        c.loginUrl = SalesforceLogin::production();
    }
    if (m_profile) {
        if (!m_profile->salesforce.clientId.trimmed().isEmpty())
            c.credentials.clientId = m_profile->salesforce.clientId.trimmed();
        if (!m_profile->salesforce.username.trimmed().isEmpty())
            c.credentials.username = m_profile->salesforce.username.trimmed();
    }
    if (!m_flags.loginUrl.isEmpty()) {
        c.loginUrl = SalesforceLogin::normalize(m_flags.loginUrl);
        if (c.loginUrl.isEmpty())
            return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                               tr("--sf-login-url %1 is not a URL. Use https://login.salesforce.com, "
                                  "https://test.salesforce.com or your My Domain URL.")
                                   .arg(m_flags.loginUrl));
    }
    if (!m_flags.clientId.isEmpty())
        c.credentials.clientId = m_flags.clientId.trimmed();
    if (!m_flags.username.isEmpty())
        c.credentials.username = m_flags.username.trimmed();
    return c;
}

Error SalesforceConnectionResolver::validate(const SalesforceConnection& c) const
{
    const SalesforceCredentials& k = c.credentials;
    const bool viaPassword = !k.username.isEmpty() && !k.password.isEmpty() && !k.clientSecret.isEmpty();
    const bool viaRefresh = !c.refreshToken.isEmpty();
    if (k.clientId.isEmpty() || (!viaPassword && !viaRefresh)) {
        // --profile was given: say what the keychain lacks for it rather than list every flag.
        if (m_origin == Origin::CommandLine && m_profile)
            return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                               tr("Salesforce credentials are incomplete for %1: the keychain has no password "
                                  "and consumer secret and no browser sign-in for this profile. Enter them on the "
                                  "Salesforce area's Account mapping tab, run syncdeskctl salesforce login "
                                  "--profile %1, or give --sf-password-env NAME and --sf-client-secret-env NAME.")
                                   .arg(m_profilePath));
        if (m_origin == Origin::CommandLine)
            return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                               tr("Salesforce credentials are incomplete. Give --profile FILE, --sandbox, or "
                                  "--sf-client-id, --sf-client-secret-env NAME, --sf-username and "
                                  "--sf-password-env NAME."));
        return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("Salesforce credentials are incomplete. Enter the client ID, the client secret, "
                              "the user name and the password with the security token on the Salesforce "
                              "area's Account mapping tab, or sign in with the browser there."));
    }
    return {};
}

void SalesforceConnectionResolver::resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                                           SecretAccess::WaitingCallback waiting) const
{
    Result<SalesforceConnection> base = endpoints();
    if (!base.ok()) {
        postLater(context, [done, e = base.error()] { done(e); });
        return;
    }
    SalesforceConnection conn = base.take();
    if (!m_flags.clientSecret.isEmpty())
        conn.credentials.clientSecret = m_flags.clientSecret;
    if (!m_flags.password.isEmpty())
        conn.credentials.password = m_flags.password;
    const SalesforceConnectionResolver self = *this;
    auto finish = [self, done](const SalesforceConnection& c) {
        const Error e = self.validate(c);
        if (!e.ok())
            done(e);
        else
            done(c);
    };
    const SalesforceSandboxCredentials demo = conn.sandbox ? m_sandbox->credentials() : SalesforceSandboxCredentials{};
    // The demo password belongs to the demo user only: a profile that names another user gets none.
    const bool demoUser = conn.sandbox && conn.credentials.username.compare(demo.username, Qt::CaseInsensitive) == 0;
    const QString demoPassword = demoUser ? demo.passwordWithToken() : QString();
    if (!m_profile || !secrets) {
        if (conn.credentials.clientSecret.isEmpty())
            conn.credentials.clientSecret = demo.clientSecret;
        if (conn.credentials.password.isEmpty())
            conn.credentials.password = demoPassword;
        postLater(context, [finish, conn] { finish(conn); });
        return;
    }
    const bool wantRefresh = m_profile->salesforce.hasRefreshToken && m_flags.password.isEmpty();
    // Read what is still missing, one after the other (one keychain prompt at a time). A secret
    // the keychain does not have is not an error here: validate() says what is missing.
    auto readRefresh = [secrets, context, finish, done, wantRefresh, waiting](SalesforceConnection c) {
        if (!wantRefresh)
            return postLater(context, [finish, c] { finish(c); });
        secrets->read(
            SecretPurpose::SalesforceRefreshToken, context,
            [finish, done, c](const QString& value, const Error& error) mutable {
                if (!value.isEmpty() && error.ok())
                    c.refreshToken = value.toUtf8();
                // A flag without its keychain entry (removed elsewhere) is "incomplete", not a
                // keychain failure: validate() says what to do.
                else if (!error.ok() && error.code != ErrorCode::KeychainEntryNotFound &&
                         c.credentials.password.isEmpty())
                    return done(error);
                finish(c);
            },
            waiting);
    };
    auto readPassword = [secrets, context, readRefresh, done, demoPassword, waiting](SalesforceConnection c) {
        if (!c.credentials.password.isEmpty())
            return readRefresh(c);
        secrets->read(
            SecretPurpose::SalesforcePassword, context,
            [readRefresh, done, c, demoPassword](const QString& value, const Error& error) mutable {
                if (!value.isEmpty() && error.ok())
                    c.credentials.password = value;
                else if (!demoPassword.isEmpty())
                    c.credentials.password = demoPassword;
                else if (!error.ok() && error.code != ErrorCode::KeychainEntryNotFound)
                    return done(error);
                readRefresh(c);
            },
            waiting);
    };
    if (!conn.credentials.clientSecret.isEmpty()) {
        readPassword(conn);
        return;
    }
    secrets->read(
        SecretPurpose::SalesforceClientSecret, context,
        [readPassword, done, c = conn, demo](const QString& value, const Error& error) mutable {
            if (!value.isEmpty() && error.ok())
                c.credentials.clientSecret = value;
            else if (!demo.clientSecret.isEmpty())
                c.credentials.clientSecret = demo.clientSecret;
            else if (!error.ok() && error.code != ErrorCode::KeychainEntryNotFound)
                return done(error);
            readPassword(c);
        },
        waiting);
}

} // namespace syncdesk
