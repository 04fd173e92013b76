#include "AcdCommands.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "acd/AcdApi.h"
#include "connect/AcdConnectionResolver.h"
#include "connect/SecretAccess.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <optional>

namespace syncdesk::cli {

namespace {

int failWith(const Error& e)
{
    printErr(AcdCommands::tr("Error: %1").arg(e.describe()));
    return e.code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
}

// The value of the environment variable a flag names; a flag never carries the secret itself.
Result<QString> secretFromEnv(const QString& name, const QString& flag)
{
    const QByteArray v = qgetenv(name.toLocal8Bit().constData());
    if (v.isEmpty())
        return Error::make(
            Service::Acd, ErrorCode::InvalidInput,
            AcdCommands::tr("The environment variable %1 is empty or not set. Put the secret in it "
                            "(%2 names the variable, it never takes the secret itself).")
                .arg(name, flag));
    return QString::fromUtf8(v);
}

} // namespace

void AcdCommands::addSourceOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("profile"),
                 tr("Read settings from profile FILE (secrets from the keychain)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("sandbox"), tr("Use the built-in sandbox (no account needed).")});
    p.addOption({QStringLiteral("acd-issuer-url"),
                 tr("ACD issuer (default https://cxone.niceincontact.com; FedRAMP: "
                    "https://cxone-gov.niceincontact.com)."),
                 QStringLiteral("URL")});
    p.addOption(
        {QStringLiteral("acd-client-id"), tr("Client ID of the registered ACD app."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("acd-client-secret-env"),
                 tr("Name of the environment variable that holds the ACD app's client secret."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("acd-access-key-id"), tr("ACD access key ID."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("acd-access-key-secret-env"),
                 tr("Name of the environment variable that holds the ACD access key secret."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("acd-api-url"), tr("ACD API base URL (skips tenant discovery)."),
                 QStringLiteral("URL")});
}

AcdSource AcdCommands::source(const QCommandLineParser& p)
{
    AcdSource s;
    s.profilePath = p.value(QStringLiteral("profile"));
    s.sandbox = p.isSet(QStringLiteral("sandbox"));
    s.issuerUrl = p.value(QStringLiteral("acd-issuer-url"));
    s.clientId = p.value(QStringLiteral("acd-client-id"));
    s.clientSecretEnv = p.value(QStringLiteral("acd-client-secret-env"));
    s.accessKeyId = p.value(QStringLiteral("acd-access-key-id"));
    s.accessKeySecretEnv = p.value(QStringLiteral("acd-access-key-secret-env"));
    s.apiUrl = p.value(QStringLiteral("acd-api-url"));
    return s;
}

Result<ResolvedAcd> AcdCommands::resolve(const AcdSource& s, SecretStore* secrets)
{
    ResolvedAcd r;
    if (!s.profilePath.isEmpty() && s.sandbox)
        return Error::make(Service::Acd, ErrorCode::InvalidInput,
                           tr("Use either --profile or --sandbox, not both."));
    AcdConnectionFlags flags;
    flags.issuerUrl = s.issuerUrl;
    flags.clientId = s.clientId;
    flags.accessKeyId = s.accessKeyId;
    flags.apiUrl = s.apiUrl;
    if (!s.clientSecretEnv.isEmpty()) {
        auto v = secretFromEnv(s.clientSecretEnv, QStringLiteral("--acd-client-secret-env"));
        if (!v.ok())
            return v.error();
        flags.clientSecret = v.value();
    }
    if (!s.accessKeySecretEnv.isEmpty()) {
        auto v = secretFromEnv(s.accessKeySecretEnv, QStringLiteral("--acd-access-key-secret-env"));
        if (!v.ok())
            return v.error();
        flags.accessKeySecret = v.value();
    }
    SecretAccess access(secrets);
    std::optional<AcdConnectionResolver> resolver;
    if (s.sandbox) {
        r.sandbox = std::make_shared<AcdSandbox>();
        const Error e = r.sandbox->start();
        if (!e.ok())
            return e;
        resolver = AcdConnectionResolver::forSandbox(r.sandbox.get());
    } else if (!s.profilePath.isEmpty()) {
        auto p = ProfileStore::load(s.profilePath);
        if (!p.ok())
            return p.error();
        access.setProfileId(p.value().id);
        resolver = AcdConnectionResolver::forProfile(p.value(), nullptr, s.profilePath);
    } else {
        resolver = AcdConnectionResolver::forFlags(flags);
    }
    resolver->withFlags(flags);
    QEventLoop loop;
    std::optional<Result<AcdConnection>> resolved;
    resolver->resolve(
        s.profilePath.isEmpty() ? nullptr : &access, &loop,
        [&](const Result<AcdConnection>& c) {
            resolved = c;
            loop.quit();
        },
        [](const Error& waiting) { printErr(waiting.message); });
    loop.exec();
    if (!resolved->ok())
        return resolved->error();
    r.endpoints = resolved->value().endpoints;
    r.credentials = resolved->value().credentials;
    return r;
}

int AcdCommands::verify(const AcdSource& source, SecretStore* secrets)
{
    auto resolved = resolve(source, secrets);
    if (!resolved.ok())
        return failWith(resolved.error());
    RestClient client;
    AcdAuth auth(&client, resolved.value().endpoints, resolved.value().credentials);
    AcdApi api(&client, &auth);
    QEventLoop loop;

    std::optional<AcdToken> token;
    Error error;
    auth.token(&loop, [&](const AcdToken& t, const Error& e) {
        token = t;
        error = e;
        loop.quit();
    });
    loop.exec();
    if (!error.ok()) {
        printErr(tr("Connection failed: %1").arg(error.message));
        if (!error.detail.isEmpty())
            printErr(tr("Detail: %1").arg(error.detail));
        return ExitFailure;
    }
    // Counts: agents from totalRecords of a one-item page, so a large tenant is not walked.
    int agents = -1, teams = -1, codes = -1;
    auto count = [&](const QString& path, const QUrlQuery& q, const QString& listKey, int* out) {
        api.call("GET", path, q, {}, &loop, [&, listKey, out](const RestResponse& r) {
            if (!r.ok()) {
                error = r.error;
                error.service = Service::Acd;
            } else {
                const QJsonObject o = r.json().object();
                *out = o.contains(QStringLiteral("totalRecords"))
                           ? o.value(QStringLiteral("totalRecords")).toInt()
                           : int(o.value(listKey).toArray().size());
            }
            loop.quit();
        });
        loop.exec();
        return error.ok();
    };
    QUrlQuery one;
    one.addQueryItem(QStringLiteral("top"), QStringLiteral("1"));
    one.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    if (!count(QStringLiteral("agents"), one, QStringLiteral("agents"), &agents) ||
        !count(QStringLiteral("teams"), one, QStringLiteral("teams"), &teams) ||
        !count(QStringLiteral("unavailable-codes"), QUrlQuery(QStringLiteral("activeOnly=false")),
               QStringLiteral("unavailableCodes"), &codes)) {
        printErr(tr("Connection failed: %1").arg(error.message));
        if (!error.detail.isEmpty())
            printErr(tr("Detail: %1").arg(error.detail));
        return ExitFailure;
    }
    // cachedToken() returns the optional by value: keep a copy (a reference to *temporary dangled).
    const AcdToken t = auth.cachedToken().value_or(AcdToken{});
    printOut(tr("Tenant: %1").arg(t.tenantId));
    if (t.businessUnitId > 0)
        printOut(tr("Business unit: %1").arg(t.businessUnitId));
    if (!t.userName.isEmpty())
        printOut(tr("Access-key user: %1").arg(t.userName));
    printOut(tr("API base: %1").arg(auth.servicesBase().toString()));
    printOut(tr("Agents: %1").arg(agents));
    printOut(tr("Teams: %1").arg(teams));
    printOut(tr("Unavailable codes: %1").arg(codes));
    return ExitOk;
}

int AcdCommands::codes(const AcdSource& source, SecretStore* secrets, const QString& format)
{
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("table")) {
        printErr(tr("Error: unknown format %1; use json or leave --format out for a table.").arg(format));
        return ExitUsage;
    }
    auto resolved = resolve(source, secrets);
    if (!resolved.ok())
        return failWith(resolved.error());
    RestClient client;
    AcdAuth auth(&client, resolved.value().endpoints, resolved.value().credentials);
    AcdApi api(&client, &auth);
    QEventLoop loop;
    std::optional<Result<QList<AcdUnavailableCode>>> result;
    api.unavailableCodes(&loop, [&](const Result<QList<AcdUnavailableCode>>& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result->ok()) {
        printErr(tr("Error: %1").arg(result->error().describe()));
        return ExitFailure;
    }
    const QList<AcdUnavailableCode>& codes = result->value();
    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const AcdUnavailableCode& c : codes) {
            QJsonArray teams;
            for (const AcdTeam& t : c.teams)
                teams.append(t.name);
            out.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("isActive"), c.isActive},
                                   {QStringLiteral("teams"), teams}});
        }
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    const QString nameHeader = tr("Name"), activeHeader = tr("Active"), teamsHeader = tr("Teams");
    qsizetype w1 = terminalWidth(nameHeader), w2 = terminalWidth(activeHeader);
    for (const AcdUnavailableCode& c : codes)
        w1 = qMax(w1, terminalWidth(c.name));
    const QString yes = tr("yes"), no = tr("no");
    w2 = qMax(w2, qMax(terminalWidth(yes), terminalWidth(no)));
    printOut(QStringLiteral("%1  %2  %3")
                 .arg(padToWidth(nameHeader, w1), padToWidth(activeHeader, w2), teamsHeader));
    for (const AcdUnavailableCode& c : codes) {
        QStringList teams;
        for (const AcdTeam& t : c.teams)
            teams.append(t.name);
        printOut(QStringLiteral("%1  %2  %3")
                     .arg(padToWidth(c.name, w1), padToWidth(c.isActive ? yes : no, w2),
                          teams.isEmpty() ? tr("(no team)") : teams.join(QStringLiteral(", "))));
    }
    printErr(tr("Unavailable codes: %1").arg(codes.size()));
    return ExitOk;
}

} // namespace syncdesk::cli
