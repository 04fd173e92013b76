#include "ZoomCommands.h"

#include "Output.h"
#include "connect/SecretAccess.h"
#include "connect/ZoomConnectionResolver.h"
#include "catalog/ZoomCatalog.h"
#include "common/CsvWriter.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/SecretStore.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomConnectionCheck.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

#include <cstdio>

namespace syncdesk::cli {

namespace {
QString readStdinLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

Result<ResolvedZoom> ZoomCommands::resolve(const ZoomSource& s, SecretStore* secrets)
{
    ResolvedZoom r;
    const int chosen = int(!s.profilePath.isEmpty()) + int(s.sandbox);
    if (chosen > 1)
        return Error::make(ErrorCode::InvalidInput, tr("Use either --profile or --sandbox, not both."));
    ZoomConnectionFlags flags;
    flags.accountId = s.accountId;
    flags.clientId = s.clientId;
    flags.oauthUrl = s.oauthUrl;
    flags.apiUrl = s.apiUrl;
    SecretAccess access(secrets);
    std::optional<ZoomConnectionResolver> resolver;
    if (s.sandbox) {
        SandboxConfig cfg;
        cfg.users = s.sandboxUsers;
        r.sandbox = std::make_shared<ZoomSandbox>(cfg);
        const Error e = r.sandbox->start();
        if (!e.ok())
            return e;
        resolver = ZoomConnectionResolver::forSandbox(r.sandbox.get());
    } else if (!s.profilePath.isEmpty()) {
        auto p = ProfileStore::load(s.profilePath);
        if (!p.ok())
            return p.error();
        access.setProfileId(p.value().id);
        resolver = ZoomConnectionResolver::forProfile(p.value(), nullptr, s.profilePath);
    } else {
        resolver = ZoomConnectionResolver::forFlags(flags);
    }
    resolver->withFlags(flags);
    // Problems of the profile itself come before those of the flags.
    const auto base = resolver->endpoints();
    if (!base.ok())
        return base.error();
    if (!s.clientSecretEnv.isEmpty()) {
        const QByteArray v = qgetenv(s.clientSecretEnv.toLocal8Bit().constData());
        if (v.isEmpty())
            return Error::make(ErrorCode::InvalidInput,
                               tr("The environment variable %1 is empty or not set. Put the client secret in it "
                                  "(--client-secret-env names the variable, it never takes the secret itself).")
                                   .arg(s.clientSecretEnv));
        flags.clientSecret = QString::fromUtf8(v);
    } else if (s.clientSecretStdin) {
        flags.clientSecret = readStdinLine().trimmed();
    }
    resolver->withFlags(flags);

    QEventLoop loop;
    std::optional<Result<ZoomConnection>> resolved;
    // A secret given on the command line is the only one used, even when it is empty.
    const bool fromKeychain = s.clientSecretEnv.isEmpty() && !s.clientSecretStdin;
    resolver->resolve(
        fromKeychain ? &access : nullptr, &loop,
        [&](const Result<ZoomConnection>& c) {
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

int ZoomCommands::verify(const ZoomSource& source, SecretStore* secrets)
{
    auto resolved = resolve(source, secrets);
    if (!resolved.ok()) {
        printErr(tr("Error: %1").arg(resolved.error().describe()));
        return resolved.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
    }
    RestClient client;
    ZoomConnectionCheck test(&client);
    QEventLoop loop;
    ZoomConnectionReport report;
    Error error;
    QObject::connect(&test, &ZoomConnectionCheck::progress, &loop, [](const QString& m) { printErr(m); });
    QObject::connect(&test, &ZoomConnectionCheck::finished, &loop,
                     [&](const ZoomConnectionReport& r, const Error& e) {
                         report = r;
                         error = e;
                         loop.quit();
                     });
    test.start(resolved.value().endpoints, resolved.value().credentials);
    loop.exec();
    if (!error.ok()) {
        printErr(tr("Connection failed: %1").arg(error.message));
        if (!error.detail.isEmpty())
            printErr(tr("Detail: %1").arg(error.detail));
        return ExitFailure;
    }
    printOut(tr("Connected to %1").arg(report.apiHost));
    printOut(tr("Users: %1").arg(report.userCount));
    if (report.phoneUserCount >= 0)
        printOut(tr("Phone users: %1").arg(report.phoneUserCount));
    printOut(tr("Token expires: %1").arg(report.tokenExpiresAt.toLocalTime().toString(Qt::ISODate)));
    printOut(tr("Granted scopes: %1").arg(report.grantedScopes.join(QLatin1Char(' '))));
    for (const ZoomScopeInfo& s : ZoomCatalog::scopes()) {
        const bool ok = ZoomCatalog::isGranted(s, report.grantedScopes);
        printOut(QStringLiteral("  [%1] %2 (%3 | %4)")
                     .arg(ok ? QStringLiteral("ok") : QStringLiteral("MISSING"), s.label, s.classic,
                          s.granular.join(QLatin1Char(' '))));
    }
    if (!report.missingScopes.isEmpty()) {
        QStringList names;
        for (const auto& s : report.missingScopes)
            names.append(s.label);
        printErr(tr("Missing scopes: %1. Add them on the app's Scopes page in the Zoom App Marketplace.")
                     .arg(names.join(QStringLiteral(", "))));
        return ExitIncomplete;
    }
    return ExitOk;
}

int ZoomCommands::users(const ZoomSource& source, SecretStore* secrets, const QString& format, const QString& status,
                        int pageSize, const QString& out)
{
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv")) {
        printErr(tr("Error: unknown format %1; use jsonl or csv.").arg(format));
        return ExitUsage;
    }
    auto resolved = resolve(source, secrets);
    if (!resolved.ok()) {
        printErr(tr("Error: %1").arg(resolved.error().describe()));
        return resolved.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
    }
    LineWriter writer;
    QString openError;
    if (!writer.open(out, &openError)) {
        printErr(tr("Error: %1 cannot be written: %2").arg(out, openError));
        return ExitFailure;
    }
    static const char* const csvColumns[] = {"id", "email", "first_name", "last_name", "display_name", "dept",
                                             "type", "status", "timezone", "language", "role_id"};
    if (format == QLatin1String("csv")) {
        QByteArray header;
        for (const char* c : csvColumns)
            header += (header.isEmpty() ? "" : ",") + QByteArray(c);
        writer.writeLine(header);
    }
    RestClient client;
    ZoomAuth auth(&client, resolved.value().endpoints, resolved.value().credentials);
    ZoomApi api(&client, &auth);
    QEventLoop loop;
    Error error;
    int delivered = 0, total = -1;
    api.allUsers(status, pageSize, &loop,
                 [&](const QList<QJsonObject>& items) {
                     for (const QJsonObject& u : items) {
                         if (format == QLatin1String("jsonl")) {
                             writer.writeLine(QJsonDocument(u).toJson(QJsonDocument::Compact));
                         } else {
                             // The project's one CSV writer: names an admin typed may start with
                             // "=" or "@", and a spreadsheet would run them as formulas.
                             QByteArray line;
                             for (const char* c : csvColumns) {
                                 if (!line.isEmpty() || c != csvColumns[0])
                                     line += ',';
                                 CsvWriter::appendCell(&line, u.value(QLatin1String(c)).toVariant().toString());
                             }
                             writer.writeLine(line);
                         }
                     }
                     return !writer.failed();
                 },
                 [&](int d, int t, const Error& e) {
                     delivered = d;
                     total = t;
                     error = e;
                     loop.quit();
                 });
    loop.exec();
    if (writer.failed()) {
        printErr(tr("Error: writing the output failed (%1). Check free disk space or the receiving pipe.")
                     .arg(writer.errorString()));
        return ExitFailure;
    }
    if (!error.ok()) {
        printErr(tr("Error (users written so far: %1): %2").arg(delivered).arg(error.describe()));
        return ExitFailure;
    }
    printErr(tr("Users written: %1 (Zoom reported %2).").arg(delivered).arg(total));
    return ExitOk;
}

} // namespace syncdesk::cli
