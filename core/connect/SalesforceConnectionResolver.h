#pragma once

#include "common/Error.h"
#include "connect/SecretAccess.h"
#include "profile/Profile.h"
#include "salesforce/SalesforceAuth.h"

#include <QCoreApplication>
#include <QUrl>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceSandbox;

// What a command line says about the Salesforce sign-in; each set value overrides the profile.
struct SalesforceConnectionFlags
{
    QString loginUrl;
    QString clientId;
    QString username;
    // Read by the caller from the environment variables the flags name; never flag values.
    QString clientSecret;
    QString password; // with the security token appended
};

struct SalesforceConnection
{
    QUrl loginUrl;
    SalesforceCredentials credentials;
    QByteArray refreshToken; // from the browser sign-in, when one is stored; renews the session
    bool sandbox = false;
};

// The sibling of AcdConnectionResolver for Salesforce: a profile's salesforce settings, the
// running SalesforceSandbox or command-line flags become a login URL and credentials; the
// password (with security token), the client secret and the browser sign-in's refresh token are
// read through SecretAccess. A sandbox profile falls back to the sandbox's demo user and secrets
// when the profile and keychain have none. Either a password or a refresh token must be there.
class SalesforceConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceConnectionResolver)
public:
    enum class Origin
    {
        Console,
        CommandLine
    };
    using ConnectionCallback = std::function<void(const Result<SalesforceConnection>& connection)>;

    static SalesforceConnectionResolver forProfile(const Profile& profile, const SalesforceSandbox* sandbox,
                                                   const QString& profilePath = {});
    static SalesforceConnectionResolver forSandbox(const SalesforceSandbox* sandbox);
    static SalesforceConnectionResolver forFlags(const SalesforceConnectionFlags& flags);
    SalesforceConnectionResolver& withFlags(const SalesforceConnectionFlags& flags);

    // Login URL, client ID and user name without reading a secret.
    Result<SalesforceConnection> endpoints() const;
    // Complete and checked; answers from the event loop, never within this call.
    void resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                 SecretAccess::WaitingCallback waiting = {}) const;

private:
    SalesforceConnectionResolver() = default;
    Error validate(const SalesforceConnection& c) const;
    bool usesSandbox() const;

    std::optional<Profile> m_profile;
    QString m_profilePath;
    const SalesforceSandbox* m_sandbox = nullptr;
    SalesforceConnectionFlags m_flags;
    Origin m_origin = Origin::Console;
};

} // namespace syncdesk
