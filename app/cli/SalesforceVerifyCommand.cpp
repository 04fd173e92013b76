#include "SalesforceVerifyCommand.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "connect/SalesforceConnectionResolver.h"
#include "connect/SecretAccess.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "salesforce/SalesforceApi.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace syncdesk::cli {

namespace {

int failWith(const Error& e)
{
    printErr(SalesforceVerifyCommand::tr("Error: %1").arg(e.describe()));
    return e.code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
}

// The value of the environment variable a flag names; a flag never carries the secret itself.
Result<QString> secretFromEnv(const QString& name, const QString& flag)
{
    const QByteArray v = qgetenv(name.toLocal8Bit().constData());
    if (v.isEmpty())
        return Error::make(
            Service::Salesforce, ErrorCode::InvalidInput,
            SalesforceVerifyCommand::tr("The environment variable %1 is empty or not set. Put the "
                                        "secret in it (%2 names the variable, it never takes the "
                                        "secret itself).")
                .arg(name, flag));
    return QString::fromUtf8(v);
}

} // namespace

void SalesforceVerifyCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("profile"),
                 tr("Read the login URL, consumer key and user name from profile FILE (password, consumer "
                    "secret and browser sign-in from the keychain)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("sandbox"), tr("Use the built-in Salesforce sandbox (no account needed).")});
    p.addOption(
        {QStringLiteral("sf-login-url"),
         tr("Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com "
            "for a sandbox org, or your My Domain URL."),
         QStringLiteral("URL")});
    p.addOption(
        {QStringLiteral("sf-client-id"), tr("Consumer key of the connected app."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("sf-client-secret-env"),
                 tr("Name of the environment variable that holds the connected app's consumer secret."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("sf-username"), tr("Salesforce user name."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("sf-password-env"),
         tr("Name of the environment variable that holds the password with the security token appended."),
         QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("format"), tr("Output format: json (default: text)."), QStringLiteral("FORMAT")});
}

SalesforceSource SalesforceVerifyCommand::source(const QCommandLineParser& p)
{
    SalesforceSource s;
    s.profilePath = p.value(QStringLiteral("profile"));
    s.sandbox = p.isSet(QStringLiteral("sandbox"));
    s.loginUrl = p.value(QStringLiteral("sf-login-url"));
    s.clientId = p.value(QStringLiteral("sf-client-id"));
    s.clientSecretEnv = p.value(QStringLiteral("sf-client-secret-env"));
    s.username = p.value(QStringLiteral("sf-username"));
    s.passwordEnv = p.value(QStringLiteral("sf-password-env"));
    return s;
}

Result<ResolvedSalesforce> SalesforceVerifyCommand::resolve(const SalesforceSource& s, SecretStore* secrets)
{
    ResolvedSalesforce r;
    if (!s.profilePath.isEmpty() && s.sandbox)
        return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("Use either --profile or --sandbox, not both."));
    SalesforceConnectionFlags flags;
    flags.loginUrl = s.loginUrl;
    flags.clientId = s.clientId;
    flags.username = s.username;
    if (!s.clientSecretEnv.isEmpty()) {
        auto v = secretFromEnv(s.clientSecretEnv, QStringLiteral("--sf-client-secret-env"));
        if (!v.ok())
            return v.error();
        flags.clientSecret = v.value();
    }
    if (!s.passwordEnv.isEmpty()) {
        auto v = secretFromEnv(s.passwordEnv, QStringLiteral("--sf-password-env"));
        if (!v.ok())
            return v.error();
        flags.password = v.value();
    }
    SecretAccess access(secrets);
    std::optional<SalesforceConnectionResolver> resolver;
    if (s.sandbox) {
        r.sandbox = std::make_shared<SalesforceSandbox>();
        const Error e = r.sandbox->start();
        if (!e.ok())
            return e;
        resolver = SalesforceConnectionResolver::forSandbox(r.sandbox.get());
    } else if (!s.profilePath.isEmpty()) {
        auto p = ProfileStore::load(s.profilePath);
        if (!p.ok())
            return p.error();
        access.setProfileId(p.value().id);
        resolver = SalesforceConnectionResolver::forProfile(p.value(), nullptr, s.profilePath);
    } else {
        resolver = SalesforceConnectionResolver::forFlags(flags);
    }
    resolver->withFlags(flags);
    QEventLoop loop;
    std::optional<Result<SalesforceConnection>> resolved;
    resolver->resolve(
        s.profilePath.isEmpty() || !secrets ? nullptr : &access, &loop,
        [&](const Result<SalesforceConnection>& c) {
            resolved = c;
            loop.quit();
        },
        [](const Error& waiting) { printErr(waiting.message); });
    loop.exec();
    if (!resolved->ok())
        return resolved->error();
    r.loginUrl = resolved->value().loginUrl;
    r.credentials = resolved->value().credentials;
    r.refreshToken = resolved->value().refreshToken;
    return r;
}

int SalesforceVerifyCommand::run(const SalesforceSource& source, SecretStore* secrets, const QString& format)
{
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text")) {
        printErr(tr("Error: unknown format %1; use json or leave --format out for text.").arg(format));
        return ExitUsage;
    }
    auto resolved = resolve(source, secrets);
    if (!resolved.ok())
        return failWith(resolved.error());
    RestClient client;
    SalesforceAuth auth(&client, resolved.value().loginUrl, resolved.value().credentials);
    if (!resolved.value().refreshToken.isEmpty())
        auth.setRefreshToken(resolved.value().refreshToken);
    SalesforceApi api(&client, &auth);
    QEventLoop loop;

    auto fail = [](const Error& e) {
        printErr(tr("Connection failed: %1").arg(e.message));
        if (!e.detail.isEmpty())
            printErr(tr("Detail: %1").arg(e.detail));
        return ExitFailure;
    };
    std::optional<Result<SalesforceUserInfo>> info;
    api.userInfo(&loop, [&](const Result<SalesforceUserInfo>& r) {
        info = r;
        loop.quit();
    });
    loop.exec();
    if (!info->ok())
        return fail(info->error());
    std::optional<Result<QList<SalesforcePresenceStatus>>> statuses;
    api.presenceStatuses(&loop, [&](const Result<QList<SalesforcePresenceStatus>>& r) {
        statuses = r;
        loop.quit();
    });
    loop.exec();
    if (!statuses->ok())
        return fail(statuses->error());
    std::optional<Result<QList<SalesforceServiceChannel>>> channels;
    api.serviceChannels(&loop, [&](const Result<QList<SalesforceServiceChannel>>& r) {
        channels = r;
        loop.quit();
    });
    loop.exec();
    if (!channels->ok())
        return fail(channels->error());

    const SalesforceUserInfo& u = info->value();
    const QUrl instance = auth.cachedToken() ? auth.cachedToken()->instanceUrl : QUrl();
    const std::optional<SalesforceApiUsage> usage = api.apiUsage();
    if (format == QLatin1String("json")) {
        QJsonArray st, ch;
        for (const auto& s : statuses->value())
            st.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("developerName"), s.developerName},
                                  {QStringLiteral("label"), s.label}});
        for (const auto& c : channels->value())
            ch.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("developerName"), c.developerName},
                                  {QStringLiteral("label"), c.label},
                                  {QStringLiteral("relatedEntity"), c.relatedEntity}});
        QJsonObject out{{QStringLiteral("orgId"), u.orgId},
                        {QStringLiteral("userId"), u.userId},
                        {QStringLiteral("username"), u.username},
                        {QStringLiteral("email"), u.email},
                        {QStringLiteral("instanceUrl"), instance.toString()},
                        {QStringLiteral("loginUrl"), resolved.value().loginUrl.toString()},
                        {QStringLiteral("presenceStatuses"), st},
                        {QStringLiteral("serviceChannels"), ch}};
        out.insert(QStringLiteral("apiUsage"),
                   usage ? QJsonValue(QJsonObject{{QStringLiteral("used"), usage->used},
                                                  {QStringLiteral("limit"), usage->limit}})
                         : QJsonValue(QJsonValue::Null));
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    printOut(tr("Org ID: %1").arg(u.orgId));
    printOut(tr("User: %1 (%2)").arg(u.username, u.userId));
    if (!u.email.isEmpty())
        printOut(tr("E-mail: %1").arg(u.email));
    printOut(tr("Instance URL: %1").arg(instance.toString()));
    printOut(usage ? tr("API usage: %1 of %2 requests today").arg(usage->used).arg(usage->limit)
                   : tr("API usage: not reported"));
    printOut(tr("Presence statuses: %1").arg(statuses->value().size()));
    qsizetype w = 0;
    for (const auto& s : statuses->value())
        w = qMax(w, terminalWidth(s.developerName));
    for (const auto& s : statuses->value())
        printOut(QStringLiteral("  %1  %2").arg(padToWidth(s.developerName, w), s.label));
    printOut(tr("Service channels: %1").arg(channels->value().size()));
    w = 0;
    for (const auto& c : channels->value())
        w = qMax(w, terminalWidth(c.developerName));
    for (const auto& c : channels->value())
        printOut(QStringLiteral("  %1  %2").arg(padToWidth(c.developerName, w), c.label));
    return ExitOk;
}

} // namespace syncdesk::cli
