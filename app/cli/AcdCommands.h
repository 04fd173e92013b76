#pragma once

#include "acd/AcdAuth.h"
#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace syncdesk {
class AcdSandbox;
class SecretStore;
} // namespace syncdesk

namespace syncdesk::cli {

// Where the ACD credentials of a command come from: a profile (secrets from the keychain), the
// in-process ACD sandbox, or flags (secrets from environment variables the flags name).
struct AcdSource
{
    QString profilePath;
    bool sandbox = false;
    QString issuerUrl; // empty: the profile's, or https://cxone.niceincontact.com
    QString clientId;
    QString clientSecretEnv;
    QString accessKeyId;
    QString accessKeySecretEnv;
    QString apiUrl; // set: skips tenant discovery
};

struct ResolvedAcd
{
    AcdEndpoints endpoints;
    AcdCredentials credentials;
    std::shared_ptr<AcdSandbox> sandbox; // kept alive while the command runs
};

class AcdCommands
{
    Q_DECLARE_TR_FUNCTIONS(AcdCommands)
public:
    // --profile, --sandbox and the --acd-* flags (add once per parser), for every command that talks to the
    // ACD (acd, addressbook, directory), so they are spelt the same everywhere.
    static void addSourceOptions(QCommandLineParser& parser);
    static AcdSource source(const QCommandLineParser& parser);

    static Result<ResolvedAcd> resolve(const AcdSource& source, SecretStore* secrets);
    // Signs in and prints tenant, API base and counts. 0 ok, 1 failure, 2 usage.
    static int verify(const AcdSource& source, SecretStore* secrets);
    // The unavailable codes with their teams; format "" (a table) or "json".
    static int codes(const AcdSource& source, SecretStore* secrets, const QString& format);
};

} // namespace syncdesk::cli
