#pragma once

#include "common/Error.h"
#include "zoom/ZoomAuth.h"

#include <QCoreApplication>
#include <memory>

namespace syncdesk {
class ZoomSandbox;
class SecretStore;
}

namespace syncdesk::cli {

// Where the Zoom credentials of a command come from: a profile (secret from the keychain), the
// in-process sandbox, or flags (secret from an environment variable named by a flag, or stdin).
struct ZoomSource
{
    QString profilePath;
    bool sandbox = false;
    int sandboxUsers = 50;
    QString accountId;
    QString clientId;
    QString clientSecretEnv;
    bool clientSecretStdin = false;
    QString oauthUrl;
    QString apiUrl;
};

// Exit codes shared by syncdeskctl commands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitIncomplete = 3 };

struct ResolvedZoom
{
    ZoomEndpoints endpoints;
    ZoomCredentials credentials;
    std::shared_ptr<ZoomSandbox> sandbox; // kept alive while the command runs
};

class ZoomCommands
{
    Q_DECLARE_TR_FUNCTIONS(ZoomCommands)
public:
    static Result<ResolvedZoom> resolve(const ZoomSource& source, SecretStore* secrets);
    static int verify(const ZoomSource& source, SecretStore* secrets);
    // format: "jsonl" or "csv"; out: "-" for stdout or a file.
    static int users(const ZoomSource& source, SecretStore* secrets, const QString& format, const QString& status,
                     int pageSize, const QString& out);
};

} // namespace syncdesk::cli
