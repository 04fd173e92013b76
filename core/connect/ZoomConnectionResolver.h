#pragma once

#include "common/Error.h"
#include "connect/SecretAccess.h"
#include "profile/Profile.h"
#include "zoom/ZoomAuth.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace syncdesk {

class ZoomSandbox;

// What a command line says about the Zoom connection; each set value overrides the profile.
struct ZoomConnectionFlags
{
    QString accountId;
    QString clientId;
    QString oauthUrl;
    QString apiUrl;
    // Read by the caller from where the user pointed (environment variable, stdin); never a flag value.
    QString clientSecret;
    QString secretToken;
};

// Where Zoom is and who Syncdesk is there: enough to get a token and call the API.
struct ZoomConnection
{
    ZoomEndpoints endpoints;
    ZoomCredentials credentials;
    bool sandbox = false; // the built-in sandbox's demo account
};

// The one place that turns a profile, the built-in sandbox or command-line flags into Zoom's
// endpoints and credentials, for the setup, the monitor and syncdeskctl alike. The ACD and
// Salesforce resolvers are its siblings: same shape, their own connection types.
//
// A sandbox profile uses the running sandbox's addresses and, where a secret is missing or the
// keychain cannot give it, the sandbox's demo values: they are not customer secrets, and the demo
// must work without a keychain.
class ZoomConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(ZoomConnectionResolver)
public:
    // Which words a message about missing values uses: the console's pages or syncdeskctl's flags.
    enum class Origin
    {
        Console,
        CommandLine
    };
    using ConnectionCallback = std::function<void(const Result<ZoomConnection>& connection)>;
    using SecretCallback = std::function<void(const Result<QString>& secret)>;

    // `sandbox` may be null (no sandbox running). `profilePath` only names the file in messages.
    static ZoomConnectionResolver forProfile(const Profile& profile, const ZoomSandbox* sandbox,
                                             const QString& profilePath = {});
    static ZoomConnectionResolver forSandbox(const ZoomSandbox* sandbox);
    // Flags alone (or a start to which forProfile/forSandbox values are not added).
    static ZoomConnectionResolver forFlags(const ZoomConnectionFlags& flags);

    ZoomConnectionResolver& withFlags(const ZoomConnectionFlags& flags);
    ZoomConnectionResolver& withOrigin(Origin origin);

    // Endpoints and IDs, without reading a secret and without checking completeness (the sandbox
    // alone, without a profile, also gives its demo client secret: there is nothing to read).
    Result<ZoomConnection> endpoints() const;
    // Endpoints and complete credentials (the client secret from the flags, the secrets API or
    // the sandbox), checked: http(s) URLs, nothing empty. Errors of the secrets API are passed on
    // unchanged, so callers can say what the secret was needed for. Always answers from the
    // event loop, never from within this call.
    void resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                 SecretAccess::WaitingCallback waiting = {}) const;
    // The webhook secret token, from the same places.
    void resolveSecretToken(SecretAccess* secrets, QObject* context, SecretCallback done,
                            SecretAccess::WaitingCallback waiting = {}) const;

private:
    ZoomConnectionResolver() = default;
    Error validate(const ZoomConnection& connection) const;
    bool usesSandbox() const;

    std::optional<Profile> m_profile;
    QString m_profilePath;
    const ZoomSandbox* m_sandbox = nullptr;
    ZoomConnectionFlags m_flags;
    Origin m_origin = Origin::Console;
};

} // namespace syncdesk
