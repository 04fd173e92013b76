#include "DirectoryCommands.h"

#include "Output.h"
#include "acd/AcdApi.h"
#include "connect/AcdConnectionResolver.h"
#include "connect/ZoomConnectionResolver.h"
#include "directory/DirectoryApply.h"
#include "directory/DirectoryDryRun.h"
#include "net/RestClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QtMath>
#include <cstdio>
#include <optional>

namespace syncdesk::cli {

namespace {

// Everything one `directory` command talks to, alive while it runs.
struct Session
{
    std::optional<Profile> profile;
    QString profilePath;
    std::shared_ptr<ZoomSandbox> zoomSandbox;
    std::shared_ptr<AcdSandbox> acdSandbox;
    std::unique_ptr<RestClient> client;
    std::unique_ptr<ZoomAuth> zoomAuth;
    std::unique_ptr<ZoomApi> zoom;
    std::unique_ptr<AcdAuth> acdAuth;
    std::unique_ptr<AcdApi> acd;
    DirectoryMapping mapping;
    AcdAddressBook book;
    DirectoryPlan plan;
};

struct Failure
{
    Error error;
    int exitCode = ExitFailure;
};

int fail(const Failure& f)
{
    printErr(DirectoryCommands::tr("Error: %1").arg(f.error.describe()));
    return f.exitCode;
}

// Both sandboxes in this process, with the same seed and organisation (as ProfileSession runs
// them), so the seeded "Corporate Directory" is out of date against exactly these Zoom users.
std::optional<Failure> startSandboxes(Session& s, int users)
{
    SandboxConfig cfg;
    cfg.users = users;
    s.zoomSandbox = std::make_shared<ZoomSandbox>(cfg);
    if (Error e = s.zoomSandbox->start())
        return Failure{e};
    s.acdSandbox = std::make_shared<AcdSandbox>(cfg.seed, cfg.users);
    if (Error e = s.acdSandbox->start())
        return Failure{e};

    QEventLoop loop;
    std::optional<Result<ZoomConnection>> zoom;
    ZoomConnectionResolver::forSandbox(s.zoomSandbox.get()).resolve(nullptr, &loop, [&](const Result<ZoomConnection>& c) {
        zoom = c;
        loop.quit();
    });
    loop.exec();
    if (!zoom->ok())
        return Failure{zoom->error()};
    std::optional<Result<AcdConnection>> acd;
    AcdConnectionResolver::forSandbox(s.acdSandbox.get()).resolve(nullptr, &loop, [&](const Result<AcdConnection>& c) {
        acd = c;
        loop.quit();
    });
    loop.exec();
    if (!acd->ok())
        return Failure{acd->error()};
    s.client = std::make_unique<RestClient>();
    s.zoomAuth = std::make_unique<ZoomAuth>(s.client.get(), zoom->value().endpoints, zoom->value().credentials);
    s.acdAuth = std::make_unique<AcdAuth>(s.client.get(), acd->value().endpoints, acd->value().credentials);
    return std::nullopt;
}

std::optional<Failure> open(const DirectoryOptions& o, SecretStore* secrets, Session& s)
{
    if (o.acd.sandbox && !o.acd.profilePath.isEmpty())
        return Failure{Error::make(ErrorCode::InvalidInput,
                                   DirectoryCommands::tr("Use either --profile or --sandbox, not both.")),
                       ExitUsage};
    if (!o.acd.profilePath.isEmpty()) {
        auto p = ProfileStore::load(o.acd.profilePath);
        if (!p.ok())
            return Failure{p.error()};
        s.profile = p.take();
        s.profilePath = o.acd.profilePath;
    }

    // The mapping first (--mapping, else the profile's, else the defaults): a bad file fails
    // before anything is signed in to.
    if (!o.mappingPath.isEmpty()) {
        auto m = DirectoryMapping::load(o.mappingPath);
        if (!m.ok())
            return Failure{m.error()};
        s.mapping = m.take();
    } else if (s.profile && !s.profile->directorySync.mapping.isEmpty()) {
        auto m = DirectoryMapping::fromJson(s.profile->directorySync.mapping);
        if (!m.ok()) {
            Error e = m.error();
            e.message = DirectoryCommands::tr("The Directory Sync mapping in profile %1 is not usable: %2")
                            .arg(s.profilePath, e.message);
            return Failure{e};
        }
        s.mapping = m.take();
    } else {
        s.mapping = DirectoryMapping::defaults();
    }

    if (o.acd.sandbox || (s.profile && s.profile->sandbox)) {
        // A sandbox profile means the sandboxes too: its settings (mapping, book) apply to them.
        if (auto f = startSandboxes(s, o.zoom.sandboxUsers))
            return f;
    } else {
        auto zoom = ZoomCommands::resolve(o.zoom, secrets);
        if (!zoom.ok())
            return Failure{zoom.error(), zoom.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure};
        auto acd = AcdCommands::resolve(o.acd, secrets);
        if (!acd.ok())
            return Failure{acd.error(), acd.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure};
        s.client = std::make_unique<RestClient>();
        s.zoomAuth = std::make_unique<ZoomAuth>(s.client.get(), zoom.value().endpoints, zoom.value().credentials);
        s.acdAuth = std::make_unique<AcdAuth>(s.client.get(), acd.value().endpoints, acd.value().credentials);
    }
    s.zoom = std::make_unique<ZoomApi>(s.client.get(), s.zoomAuth.get());
    s.acd = std::make_unique<AcdApi>(s.client.get(), s.acdAuth.get());

    // The book, by ID or by exact name.
    QEventLoop loop;
    std::optional<Result<QList<AcdAddressBook>>> books;
    s.acd->addressBooks(&loop, [&](const Result<QList<AcdAddressBook>>& r) {
        books = r;
        loop.quit();
    });
    loop.exec();
    if (!books->ok())
        return Failure{books->error()};
    QList<AcdAddressBook> byName;
    std::optional<AcdAddressBook> found;
    for (const AcdAddressBook& b : books->value()) {
        if (b.id == o.addressBook)
            found = b;
        else if (b.name == o.addressBook)
            byName.append(b);
    }
    if (!found && byName.size() > 1) {
        QStringList ids;
        for (const AcdAddressBook& b : byName)
            ids << b.id;
        return Failure{Error::make(Service::Acd, ErrorCode::InvalidInput,
                                   DirectoryCommands::tr("%1 address books are named “%2” (IDs %3). Give the ID "
                                                         "with --address-book instead.")
                                       .arg(byName.size())
                                       .arg(o.addressBook, ids.join(QStringLiteral(", "))))};
    }
    if (!found && byName.size() == 1)
        found = byName.first();
    if (!found) {
        QStringList names;
        for (const AcdAddressBook& b : books->value())
            if (b.type == QLatin1String("Dynamic"))
                names << QStringLiteral("%1 (%2)").arg(b.name, b.id);
        return Failure{Error::make(Service::Acd, ErrorCode::NotFound,
                                   DirectoryCommands::tr("No address book has the ID or name “%1”. Dynamic "
                                                         "address books: %2.")
                                       .arg(o.addressBook, names.isEmpty() ? DirectoryCommands::tr("none")
                                                                           : names.join(QStringLiteral(", "))))};
    }
    if (found->type != QLatin1String("Dynamic"))
        return Failure{Error::make(Service::Acd, ErrorCode::InvalidInput,
                                   DirectoryCommands::tr("“%1” is a %2 address book; Directory Sync writes only "
                                                         "to Dynamic address books. Create one with "
                                                         "syncdeskctl addressbook create NAME --type dynamic.")
                                       .arg(found->name, found->type))};
    s.book = *found;
    return std::nullopt;
}

std::optional<Failure> runDryRun(Session& s)
{
    DirectoryDryRun run(s.zoom.get(), s.acd.get());
    QEventLoop loop;
    Error error;
    QObject::connect(&run, &DirectoryDryRun::finished, &loop, [&](const Error& e) {
        error = e;
        loop.quit();
    });
    run.start(s.book.id, s.mapping);
    loop.exec();
    if (!error.ok())
        return Failure{error};
    s.plan = run.plan();
    return std::nullopt;
}

Error write(const QByteArray& bytes, const QString& out)
{
    if (out.isEmpty() || out == QLatin1String("-")) {
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
            return Error::make(ErrorCode::FileWrite,
                               DirectoryCommands::tr("The output cannot be written: %1").arg(f.errorString()));
        return {};
    }
    QSaveFile f(out);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return {};
    return Error::make(f.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::FileWrite,
                       DirectoryCommands::tr("%1 cannot be written: %2").arg(out, f.errorString()));
}

void printSummary(const Session& s)
{
    printErr(DirectoryCommands::tr("Address book: %1 (%2), entries: %3")
                 .arg(s.book.name, s.book.id)
                 .arg(s.plan.counts.bookEntries));
    printErr(s.plan.summary());
}

} // namespace

void DirectoryCommands::addOptions(QCommandLineParser& p)
{
    AcdCommands::addSourceOptions(p); // --profile, --sandbox and the --acd-* flags
    // The Zoom flags as `syncdeskctl zoom …` spells them (--profile and --sandbox serve both).
    p.addOption({QStringLiteral("sandbox-users"), tr("Number of simulated users in the sandbox."),
                 QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("account-id"), tr("Zoom account ID."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("client-id"), tr("Client ID of the Zoom Server-to-Server OAuth app."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("client-secret-env"),
                 tr("Name of the environment variable that holds the Zoom client secret."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("client-secret-stdin"), tr("Read the Zoom client secret from the first line of stdin.")});
    p.addOption({QStringLiteral("zoom-oauth-url"), tr("Zoom OAuth base URL (default https://zoom.us)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("zoom-api-url"), tr("Zoom API base URL (default https://api.zoom.us)."),
                 QStringLiteral("URL")});

    p.addOption({QStringLiteral("address-book"), tr("The Dynamic address book to sync into, by ID or exact name."),
                 QStringLiteral("NAME-OR-ID")});
    p.addOption({QStringLiteral("mapping"),
                 tr("Directory Sync mapping (JSON; default: the profile's, else the built-in defaults)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), tr("dry-run output: jsonl or csv."), QStringLiteral("FORMAT"),
                 QStringLiteral("jsonl")});
    p.addOption({QStringLiteral("out"), tr("Write the dry run to FILE instead of stdout."), QStringLiteral("FILE"),
                 QStringLiteral("-")});
    p.addOption({QStringLiteral("yes"), tr("apply: really write the changes (without it, only the plan is shown).")});
    p.addOption({QStringLiteral("max-removals"),
                 tr("apply: write nothing when removals exceed PERCENT of the book's entries."),
                 QStringLiteral("PERCENT"), QStringLiteral("10")});
}

int DirectoryCommands::run(const QString& sub, const QCommandLineParser& p, SecretStore* secrets)
{
    auto usage = [&](const QString& message) {
        printErr(message);
        printErr(p.helpText());
        return int(ExitUsage);
    };
    if (sub != QLatin1String("dry-run") && sub != QLatin1String("apply"))
        return usage(tr("Unknown command: %1. Use directory dry-run or directory apply.")
                         .arg(QStringLiteral("directory %1").arg(sub).trimmed()));
    DirectoryOptions o;
    o.acd = AcdCommands::source(p);
    o.zoom.profilePath = o.acd.profilePath;
    o.zoom.sandbox = o.acd.sandbox;
    bool ok = false;
    o.zoom.sandboxUsers = p.value(QStringLiteral("sandbox-users")).toInt(&ok);
    if (!ok || o.zoom.sandboxUsers < 0 || o.zoom.sandboxUsers > 100000)
        return usage(tr("--sandbox-users takes a number from 0 to 100000."));
    o.zoom.accountId = p.value(QStringLiteral("account-id"));
    o.zoom.clientId = p.value(QStringLiteral("client-id"));
    o.zoom.clientSecretEnv = p.value(QStringLiteral("client-secret-env"));
    o.zoom.clientSecretStdin = p.isSet(QStringLiteral("client-secret-stdin"));
    o.zoom.oauthUrl = p.value(QStringLiteral("zoom-oauth-url"));
    o.zoom.apiUrl = p.value(QStringLiteral("zoom-api-url"));
    o.addressBook = p.value(QStringLiteral("address-book")).trimmed();
    if (o.addressBook.isEmpty())
        return usage(tr("--address-book NAME-OR-ID is required."));
    o.mappingPath = p.value(QStringLiteral("mapping"));
    o.format = p.value(QStringLiteral("format"));
    if (o.format != QLatin1String("jsonl") && o.format != QLatin1String("csv"))
        return usage(tr("--format takes jsonl or csv."));
    o.out = p.value(QStringLiteral("out"));
    o.yes = p.isSet(QStringLiteral("yes"));
    o.maxRemovalPercent = p.value(QStringLiteral("max-removals")).toDouble(&ok);
    if (!ok || o.maxRemovalPercent < 0 || o.maxRemovalPercent > 100)
        return usage(tr("--max-removals takes a percentage from 0 to 100."));
    return sub == QLatin1String("apply") ? apply(o, secrets) : dryRun(o, secrets);
}

int DirectoryCommands::dryRun(const DirectoryOptions& o, SecretStore* secrets)
{
    Session s;
    if (auto f = open(o, secrets, s))
        return fail(*f);
    if (auto f = runDryRun(s))
        return fail(*f);
    const Error e = write(o.format == QLatin1String("csv") ? s.plan.toCsv() : s.plan.toJsonLines(), o.out);
    if (!e.ok())
        return fail({e});
    printSummary(s);
    return s.plan.counts.pending() > 0 ? int(ExitChangesPending) : int(ExitOk);
}

int DirectoryCommands::apply(const DirectoryOptions& o, SecretStore* secrets)
{
    Session s;
    if (auto f = open(o, secrets, s))
        return fail(*f);
    if (auto f = runDryRun(s))
        return fail(*f);
    // What is applied is exactly this plan: shown first, as dry-run shows it.
    if (const Error e = write(s.plan.toJsonLines(), QStringLiteral("-")); !e.ok())
        return fail({e});
    printSummary(s);
    const Error guard = DirectoryApply::checkRemovals(s.plan.counts, o.maxRemovalPercent);
    if (!o.yes) {
        if (!guard.ok())
            printErr(guard.message);
        printErr(tr("Nothing was written. Run again with --yes to apply these changes."));
        return s.plan.counts.pending() > 0 ? int(ExitChangesPending) : int(ExitOk);
    }
    if (s.plan.counts.pending() == 0) {
        printErr(tr("Nothing to change: the address book is up to date."));
        return ExitOk;
    }
    if (!guard.ok()) {
        printErr(tr("Error: %1").arg(guard.message));
        printErr(tr("To allow it: --max-removals %1").arg(qCeil(s.plan.counts.removalPercent())));
        return ExitRemovalGuard;
    }

    DirectoryApply applier(s.acd.get());
    QEventLoop loop;
    Error error;
    QObject::connect(&applier, &DirectoryApply::resultsArrived, &loop,
                     [](const QList<DirectoryApplyResult>& results) {
                         for (const DirectoryApplyResult& r : results)
                             if (!r.success)
                                 printErr(tr("Failed: %1 %2: %3")
                                              .arg(DirectoryChange::actionName(r.action), r.externalId, r.error));
                     });
    QObject::connect(&applier, &DirectoryApply::finished, &loop, [&](const Error& e) {
        error = e;
        loop.quit();
    });
    applier.start(s.book.id, s.plan, o.maxRemovalPercent, false);
    loop.exec();
    const int failed = applier.failed();
    const int written = int(applier.results().size()) - failed;
    printErr(tr("Written: %1, failed: %2").arg(written).arg(failed));

    int code = ExitOk;
    if (!error.ok()) {
        printErr(tr("Error: %1").arg(error.describe()));
        printErr(tr("Run the same command again to finish: entries already written are not duplicated."));
        code = ExitFailure;
    } else if (failed > 0) {
        code = ExitFailure;
    }
    if (s.profile) {
        DirectoryApplyLog::Record r;
        r.at = QDateTime::currentDateTimeUtc();
        r.profileName = s.profile->name;
        r.profilePath = s.profilePath;
        r.bookId = s.book.id;
        r.bookName = s.book.name;
        r.origin = QStringLiteral("syncdeskctl");
        r.counts = s.plan.counts;
        r.written = written;
        r.failed = failed;
        r.completed = error.ok();
        if (const Error e = DirectoryApplyLog::append(DirectoryApplyLog::pathForProfile(s.profilePath), r); !e.ok()) {
            printErr(tr("Error: %1").arg(e.describe()));
            code = ExitFailure;
        }
    }
    return code;
}

} // namespace syncdesk::cli
