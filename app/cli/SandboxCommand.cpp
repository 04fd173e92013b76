#include "SandboxCommand.h"

#include "Output.h"
#include "SignalWatcher.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/SalesforceSandbox.h"
#include "sandbox/ZoomSandbox.h"

#include <QHostAddress>

namespace syncdesk::cli {

int SandboxCommand::run(const SandboxOptions& o)
{
    SandboxConfig cfg;
    cfg.users = o.users;
    cfg.seed = o.seed;
    cfg.ratePerSecond = o.ratePerSecond;
    ZoomSandbox sandbox(cfg);
    QHostAddress address(o.host);
    if (address.isNull()) {
        printErr(tr("Error: %1 is not an IP address.").arg(o.host));
        return 2;
    }
    const Error e = sandbox.start(address, o.port);
    if (!e.ok()) {
        printErr(tr("Error: %1").arg(e.describe()));
        return 1;
    }
    // The emulated CXone next to it, same seed and users: its "Corporate Directory" is this
    // organisation, partly out of date. A fixed Zoom port puts the ACD on the next one.
    AcdSandbox acd(cfg.seed, cfg.users);
    const Error ae = acd.start(address, o.port == 0 ? quint16(0) : quint16(o.port + 1));
    if (!ae.ok()) {
        printErr(tr("Error: %1").arg(ae.describe()));
        return 1;
    }
    // And the emulated Salesforce org (same seed and people), on the port after the ACD's.
    SalesforceSandbox salesforce(cfg.seed, cfg.users);
    const Error se = salesforce.start(address, o.port == 0 ? quint16(0) : quint16(o.port + 2));
    if (!se.ok()) {
        printErr(tr("Error: %1").arg(se.describe()));
        return 1;
    }
    const SandboxCredentials c = sandbox.credentials();
    // These are demo values of the emulated account, printed on purpose so scripts can use them.
    printOut(tr("Syncdesk sandbox running. Simulated users: %1, seed: %2. Stop with Ctrl+C.")
                 .arg(sandbox.users().size()).arg(cfg.seed));
    printOut(QStringLiteral("ZOOM_OAUTH_URL=%1").arg(sandbox.oauthUrl().toString()));
    printOut(QStringLiteral("ZOOM_API_URL=%1").arg(sandbox.apiUrl().toString()));
    printOut(QStringLiteral("ZOOM_ACCOUNT_ID=%1").arg(c.accountId));
    printOut(QStringLiteral("ZOOM_CLIENT_ID=%1").arg(c.clientId));
    printOut(QStringLiteral("ZOOM_CLIENT_SECRET=%1").arg(c.clientSecret));
    printOut(QStringLiteral("ZOOM_SECRET_TOKEN=%1").arg(c.secretToken));
    const AcdSandboxCredentials a = acd.credentials();
    printOut(QStringLiteral("ACD_ISSUER_URL=%1").arg(acd.issuerUrl().toString()));
    printOut(QStringLiteral("ACD_API_URL=%1").arg(acd.apiEndpoint().toString()));
    printOut(QStringLiteral("ACD_CLIENT_ID=%1").arg(a.clientId));
    printOut(QStringLiteral("ACD_CLIENT_SECRET=%1").arg(a.clientSecret));
    printOut(QStringLiteral("ACD_ACCESS_KEY_ID=%1").arg(a.accessKeyId));
    printOut(QStringLiteral("ACD_ACCESS_KEY_SECRET=%1").arg(a.accessKeySecret));
    const SalesforceSandboxCredentials f = salesforce.credentials();
    printOut(QStringLiteral("SF_LOGIN_URL=%1").arg(salesforce.baseUrl().toString()));
    printOut(QStringLiteral("SF_CLIENT_ID=%1").arg(f.clientId));
    printOut(QStringLiteral("SF_CLIENT_SECRET=%1").arg(f.clientSecret));
    printOut(QStringLiteral("SF_USERNAME=%1").arg(f.username));
    printOut(QStringLiteral("SF_PASSWORD=%1").arg(f.passwordWithToken())); // password + security token
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    printErr(tr("Sandbox stopped. Token requests: %1, API requests: %2.")
                 .arg(sandbox.tokenRequestCount()).arg(sandbox.apiRequestCount()));
    printErr(tr("ACD sandbox: token requests: %1, API requests: %2.")
                 .arg(acd.tokenRequestCount()).arg(acd.apiRequestCount()));
    return 0;
}

} // namespace syncdesk::cli
