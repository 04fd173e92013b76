#include "SalesforceLoginCommand.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "connect/SalesforceConnectionResolver.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "salesforce/SalesforceBrowserLogin.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <memory>
#include <optional>

namespace syncdesk::cli {

namespace {

int failWith(const Error& e)
{
    printErr(SalesforceLoginCommand::tr("Error: %1").arg(e.describe()));
    return e.code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
}

} // namespace

void SalesforceLoginCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("sandbox"), tr("Use the built-in Salesforce sandbox (no account needed).")});
    p.addOption({QStringLiteral("profile"),
                 tr("Read the login URL and consumer key from profile FILE and keep the sign-in in the "
                    "keychain for it."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("sf-login-url"),
         tr("Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com "
            "for a sandbox org, or your My Domain URL."),
         QStringLiteral("URL")});
    p.addOption(
        {QStringLiteral("sf-client-id"), tr("Consumer key of the connected app."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("sf-client-secret-env"),
                 tr("Name of the environment variable that holds the connected app's consumer secret (only "
                    "when the app requires the secret for the web server flow)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("port"),
                 tr("Loopback port for Salesforce's answer (0: any free port; the connected app's callback "
                    "URL must be http://127.0.0.1:PORT/)."),
                 QStringLiteral("PORT"), QStringLiteral("0")});
    p.addOption({QStringLiteral("timeout"), tr("Give up after SECONDS without an answer."),
                 QStringLiteral("SECONDS"), QStringLiteral("300")});
}

int SalesforceLoginCommand::run(const QCommandLineParser& p, SecretStore* keychain)
{
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return failWith(Error::make(ErrorCode::InvalidInput, tr("--port must be a number from 0 to 65535.")));
    const int timeout = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1)
        return failWith(
            Error::make(ErrorCode::InvalidInput, tr("--timeout must be a number of seconds (1 or more).")));

    SalesforceBrowserLogin::Options o;
    o.port = quint16(port);
    o.timeoutMs = timeout * 1000;
    std::unique_ptr<SalesforceSandbox> sandbox;
    std::optional<Profile> profile;
    const QString profilePath = p.value(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("sandbox")) && !profilePath.isEmpty())
        return failWith(
            Error::make(ErrorCode::InvalidInput, tr("Use either --sandbox or --profile, not both.")));
    if (p.isSet(QStringLiteral("sandbox"))) {
        sandbox = std::make_unique<SalesforceSandbox>();
        const Error e = sandbox->start();
        if (!e.ok())
            return failWith(e);
        o.loginUrl = sandbox->baseUrl();
        o.clientId = sandbox->credentials().clientId;
    } else {
        // The same login URL and consumer key as `salesforce verify --profile` (flags override).
        SalesforceConnectionFlags flags;
        flags.loginUrl = p.value(QStringLiteral("sf-login-url"));
        flags.clientId = p.value(QStringLiteral("sf-client-id"));
        std::optional<SalesforceConnectionResolver> resolver;
        if (!profilePath.isEmpty()) {
            auto loaded = ProfileStore::load(profilePath);
            if (!loaded.ok())
                return failWith(loaded.error());
            profile = loaded.value();
            resolver = SalesforceConnectionResolver::forProfile(*profile, nullptr, profilePath);
            resolver->withFlags(flags);
        } else {
            resolver = SalesforceConnectionResolver::forFlags(flags);
        }
        const Result<SalesforceConnection> endpoints = resolver->endpoints();
        if (!endpoints.ok())
            return failWith(endpoints.error());
        o.loginUrl = endpoints.value().loginUrl;
        o.clientId = endpoints.value().credentials.clientId;
        if (o.clientId.isEmpty())
            return failWith(
                Error::make(ErrorCode::InvalidInput,
                            tr("Missing: --sf-client-id (or a profile with the consumer key). Give "
                               "the connected app's consumer key, or use --sandbox.")));
        const QString secretEnv = p.value(QStringLiteral("sf-client-secret-env"));
        if (!secretEnv.isEmpty()) {
            const QByteArray v = qgetenv(secretEnv.toLocal8Bit().constData());
            if (v.isEmpty())
                return failWith(
                    Error::make(ErrorCode::InvalidInput,
                                tr("The environment variable %1 is empty or not set. Put the consumer "
                                   "secret in it (--sf-client-secret-env names the variable, it never "
                                   "takes the secret itself).")
                                    .arg(secretEnv)));
            o.clientSecret = QString::fromUtf8(v);
        }
    }
    if (profile) {
        o.secrets = keychain;
        o.secretKey = secretKey(profile->id, SecretPurpose::SalesforceRefreshToken);
    }

    RestClient client;
    SalesforceAuth auth(&client, o.loginUrl, {o.clientId, o.clientSecret, {}, {}});
    SalesforceBrowserLogin login(o, &auth);
    QEventLoop loop;
    int exitCode = ExitFailure;
    QObject::connect(&login, &SalesforceBrowserLogin::authorizeUrl, &loop, [](const QUrl& url) {
        printErr(
            tr("Open this address in a browser and allow access: %1").arg(url.toString(QUrl::FullyEncoded)));
        // syncdeskctl links no GUI module (no QDesktopServices): each desktop's own opener starts
        // the browser. Arguments go straight to the program, no shell: the URL's '&' stay intact.
#if defined(Q_OS_WIN)
        QProcess::startDetached(
            QStringLiteral("rundll32.exe"),
            {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
        QProcess::startDetached(QStringLiteral("/usr/bin/open"), {url.toString(QUrl::FullyEncoded)});
#else
        if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
            QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
        printErr(tr("Waiting for Salesforce to answer…"));
    });
    QObject::connect(&login, &SalesforceBrowserLogin::finished, &loop,
                     [&](const SalesforceToken& token, const Error& error) {
                         if (token.accessToken.isEmpty()) {
                             exitCode = failWith(error);
                             // The browser's request to the loopback handler (e.g. after "Deny")
                             // is answered by the same event loop: let that page go out first.
                             QTimer::singleShot(300, &loop, &QEventLoop::quit);
                             return;
                         }
                         printOut(tr("Signed in to Salesforce: org %1, user %2, instance %3")
                                      .arg(token.orgId, token.userId, token.instanceUrl.toString()));
                         if (!error.ok()) {
                             printErr(tr("The sign-in could not be stored: %1").arg(error.describe()));
                         } else if (profile) {
                             profile->salesforce.hasRefreshToken = true;
                             const Error saved = ProfileStore::save(profilePath, *profile);
                             if (!saved.ok())
                                 printErr(tr("Warning: %1").arg(saved.describe()));
                             printOut(tr("The refresh token is stored in %1 under %2.")
                                          .arg(keychain->backendName(), o.secretKey));
                         } else {
                             printOut(tr("The refresh token was not stored: give --profile FILE to keep the "
                                         "sign-in in the keychain."));
                         }
                         exitCode = error.ok() ? ExitOk : ExitFailure;
                         loop.quit();
                     });
    login.start();
    if (login.isRunning())
        loop.exec();
    return exitCode;
}

} // namespace syncdesk::cli
