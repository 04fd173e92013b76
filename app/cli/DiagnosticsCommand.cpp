#include "DiagnosticsCommand.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "connect/ProfileSession.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "profile/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

namespace syncdesk::cli {

void DiagnosticsCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("out"), tr("Write the diagnostics zip to FILE."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("profile"), tr("Describe profile FILE and check its endpoints."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("sandbox"), tr("Describe the built-in sandbox and check its endpoints.")});
    p.addOption({QStringLiteral("timeout"), tr("Seconds each connectivity check may take."),
                 QStringLiteral("SECONDS"), QStringLiteral("10")});
}

int DiagnosticsCommand::run(const QCommandLineParser& p)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(tr("Usage: syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]"));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("profile")) && p.isSet(QStringLiteral("sandbox"))) {
        printErr(tr("Use either --profile or --sandbox, not both."));
        return ExitUsage;
    }
    bool ok = false;
    const int timeoutSec = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSec < 1 || timeoutSec > 300) {
        printErr(tr("--timeout takes a number of seconds from 1 to 300."));
        return ExitUsage;
    }

    DiagnosticsBundle bundle;
    bundle.setTimeoutMs(timeoutSec * 1000);
    // Secrets are never read for the bundle; the sandbox's demo secrets stay in this process and
    // its profile in a folder that is removed again, so the user's profiles are not touched.
    MemorySecretStore secrets;
    QTemporaryDir sandboxDir;
    ProfileSession session(&secrets, sandboxDir.path());
    QString described = tr("no profile");
    if (p.isSet(QStringLiteral("sandbox"))) {
        const Error e = session.openSandbox();
        if (!e.ok()) {
            printErr(e.describe());
            return ExitFailure;
        }
        bundle.setSession(&session);
        described = tr("the sandbox profile");
    } else if (p.isSet(QStringLiteral("profile"))) {
        const Result<Profile> loaded = ProfileStore::load(p.value(QStringLiteral("profile")));
        if (!loaded.ok()) {
            printErr(loaded.error().describe());
            return ExitFailure;
        }
        bundle.setProfile(loaded.value(), DiagnosticsBundle::targetsFor(loaded.value()));
        described = tr("profile %1").arg(loaded.value().name);
    }

    QEventLoop loop;
    Error result;
    QObject::connect(&bundle, &DiagnosticsBundle::progress, &bundle, [](const QString& m) { printErr(m); });
    QObject::connect(&bundle, &DiagnosticsBundle::finished, &loop, [&](const Error& e) {
        result = e;
        loop.quit();
    });
    bundle.start(out);
    if (bundle.isRunning())
        loop.exec();
    if (!result.ok()) {
        printErr(result.describe());
        return ExitFailure;
    }
    int reachable = 0;
    for (const ConnectivityResult& r : bundle.results())
        reachable += r.reachable ? 1 : 0;
    printOut(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()));
    printOut(tr("Diagnostics of %1: %2; endpoints reachable: %3 of %4; no secrets inside.")
                 .arg(described, DiagnosticsBundle::fileNames().join(QStringLiteral(", ")))
                 .arg(reachable)
                 .arg(bundle.results().size()));
    return ExitOk;
}

} // namespace syncdesk::cli
