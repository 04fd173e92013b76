#pragma once

#include "acd/AcdAuth.h"
#include "common/Error.h"
#include "connect/SecretAccess.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace syncdesk {

class AcdSandbox;

// What a command line says about the ACD connection; each set value overrides the profile.
struct AcdConnectionFlags
{
    QString issuerUrl;
    QString clientId;
    QString accessKeyId;
    QString apiUrl;
    // Read by the caller from the environment variables the flags name; never flag values.
    QString clientSecret;
    QString accessKeySecret;
};

struct AcdConnection
{
    AcdEndpoints endpoints;
    AcdCredentials credentials;
    bool sandbox = false;
};

// The sibling of ZoomConnectionResolver for the CXone ACD: a profile's acd settings, the running
// AcdSandbox or command-line flags become endpoints and credentials; the client secret and the
// access key secret are read through SecretAccess (AcdClientSecret, AcdAccessKeySecret). A
// sandbox profile falls back to the sandbox's demo secrets when the keychain has none.
class AcdConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(AcdConnectionResolver)
public:
    enum class Origin
    {
        Console,
        CommandLine
    };
    using ConnectionCallback = std::function<void(const Result<AcdConnection>& connection)>;

    static AcdConnectionResolver forProfile(const Profile& profile, const AcdSandbox* sandbox,
                                            const QString& profilePath = {});
    static AcdConnectionResolver forSandbox(const AcdSandbox* sandbox);
    static AcdConnectionResolver forFlags(const AcdConnectionFlags& flags);

    AcdConnectionResolver& withFlags(const AcdConnectionFlags& flags);

    // Endpoints and IDs without reading a secret.
    Result<AcdConnection> endpoints() const;
    // Complete and checked; answers from the event loop, never within this call.
    void resolve(SecretAccess* secrets, QObject* context, ConnectionCallback done,
                 SecretAccess::WaitingCallback waiting = {}) const;

private:
    AcdConnectionResolver() = default;
    Error validate(const AcdConnection& c) const;
    bool usesSandbox() const;

    std::optional<Profile> m_profile;
    QString m_profilePath;
    const AcdSandbox* m_sandbox = nullptr;
    AcdConnectionFlags m_flags;
    Origin m_origin = Origin::Console;
};

} // namespace syncdesk
