#pragma once

#include "AcdCommands.h"
#include "ZoomCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace syncdesk {
class SecretStore;
}

namespace syncdesk::cli {

// Exit codes of `syncdeskctl directory` beyond the shared ones (ZoomCommands.h).
enum DirectoryExitCode { ExitChangesPending = 4, ExitRemovalGuard = 5 };

struct DirectoryOptions
{
    AcdSource acd;
    ZoomSource zoom;
    QString addressBook; // ID or exact name
    QString mappingPath; // empty: the profile's mapping, else DirectoryMapping::defaults()
    QString format = QStringLiteral("jsonl");
    QString out = QStringLiteral("-");
    bool yes = false;
    double maxRemovalPercent = 10;
};

// `syncdeskctl directory dry-run | apply`: Directory Sync from Zoom users to a Dynamic ACD
// address book. Zoom credentials as `zoom …` takes them, ACD credentials as `acd …`; --sandbox
// (or a sandbox profile) runs both sandboxes in this process with the same seed and organisation.
class DirectoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCommands)
public:
    // Every option of `directory` (ACD source options, the Zoom flags, and the command's own).
    static void addOptions(QCommandLineParser& parser);
    // Reads the parsed options and runs `sub` ("dry-run" or "apply"); usage errors exit 2.
    static int run(const QString& sub, const QCommandLineParser& parser, SecretStore* secrets);

    // dry-run: 0 nothing would change, 4 changes pending, 1 errors.
    static int dryRun(const DirectoryOptions& options, SecretStore* secrets);
    // apply: without --yes the plan only (exit as dry-run); 0 applied, 1 errors or failed
    // entries, 5 removals above the limit (nothing written).
    static int apply(const DirectoryOptions& options, SecretStore* secrets);
};

} // namespace syncdesk::cli
