#include "AddressBookCommands.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "acd/AcdApi.h"
#include "acd/AddressBookCsv.h"
#include "net/RestClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <memory>
#include <optional>

namespace syncdesk::cli {

namespace {

// Entries per request: a batch that fails as a whole (5xx after the retries) costs little to
// report, and no tenant limit is hit.
constexpr int kBatchSize = 100;

int failWith(const Error& e)
{
    printErr(AddressBookCommands::tr("Error: %1").arg(e.describe()));
    return e.code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
}

// A signed-in-on-demand ACD client for one command, with the event loop its calls are awaited in.
struct Acd
{
    ResolvedAcd resolved;
    RestClient client;
    std::unique_ptr<AcdAuth> auth;
    std::unique_ptr<AcdApi> api;
    QEventLoop loop;

    template <typename T, typename Start> Result<T> await(Start start)
    {
        std::optional<Result<T>> out;
        start(&loop, [&](const Result<T>& r) {
            out = r;
            loop.quit();
        });
        if (!out)
            loop.exec();
        return *out;
    }
};

Result<std::unique_ptr<Acd>> connect(const AcdSource& source, SecretStore* secrets)
{
    auto resolved = AcdCommands::resolve(source, secrets);
    if (!resolved.ok())
        return resolved.error();
    auto acd = std::make_unique<Acd>();
    acd->resolved = resolved.take();
    acd->auth = std::make_unique<AcdAuth>(&acd->client, acd->resolved.endpoints, acd->resolved.credentials);
    acd->api = std::make_unique<AcdApi>(&acd->client, acd->auth.get());
    return acd;
}

// The book named by ID, or else by its name (names are unique per tenant).
Result<AcdAddressBook> findBook(Acd& acd, const QString& idOrName)
{
    auto books = acd.await<QList<AcdAddressBook>>(
        [&](QObject* ctx, AcdApi::Callback<QList<AcdAddressBook>> cb) { acd.api->addressBooks(ctx, cb); });
    if (!books.ok())
        return books.error();
    for (const AcdAddressBook& b : books.value())
        if (b.id == idOrName)
            return b;
    for (const AcdAddressBook& b : books.value())
        if (b.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return b;
    return Error::make(Service::Acd, ErrorCode::NotFound,
                       AddressBookCommands::tr("No address book has the ID or name \"%1\". "
                                               "`syncdeskctl addressbook list` shows them.")
                           .arg(idOrName));
}

bool isDynamic(const AcdAddressBook& b)
{
    return b.type.compare(QLatin1String("Dynamic"), Qt::CaseInsensitive) == 0;
}

Result<QList<AcdEntry>> allEntries(Acd& acd, const AcdAddressBook& book)
{
    if (!isDynamic(book))
        return acd.await<QList<AcdEntry>>(
            [&](QObject* ctx, AcdApi::Callback<QList<AcdEntry>> cb) { acd.api->entries(book.id, ctx, cb); });
    QList<AcdEntry> out;
    return acd.await<QList<AcdEntry>>([&](QObject* ctx, AcdApi::Callback<QList<AcdEntry>> cb) {
        acd.api->dynamicEntries(
            book.id, 100, ctx,
            [&out](const QList<QJsonObject>& items) {
                for (const QJsonObject& o : items)
                    out.append(AcdEntry::fromJson(o));
                return true;
            },
            [&out, cb](int, int, const Error& e) {
                cb(e.ok() ? Result<QList<AcdEntry>>(out) : Result<QList<AcdEntry>>(e));
            });
    });
}

// How many entries a book has: a one-item page's totalRecords for Dynamic books (they can be
// large), the list for Standard ones (maintained by hand, small). -1 when the ACD did not say.
int entryCount(Acd& acd, const AcdAddressBook& book)
{
    if (!isDynamic(book)) {
        auto r = allEntries(acd, book);
        return r.ok() ? int(r.value().size()) : -1;
    }
    auto r = acd.await<int>([&](QObject* ctx, AcdApi::Callback<int> cb) {
        acd.api->dynamicEntries(
            book.id, 1, ctx, [](const QList<QJsonObject>&) { return false; },
            [cb](int delivered, int total, const Error& e) {
                if (!e.ok() && e.code != ErrorCode::Cancelled)
                    cb(e);
                else
                    cb(total >= 0 ? total : (e.ok() ? delivered : -1));
            });
    });
    return r.ok() ? r.value() : -1;
}

QString assignmentSummary(const AcdAddressBook& b)
{
    if (b.everyone)
        return AddressBookCommands::tr("everyone");
    QStringList parts;
    if (!b.agentIds.isEmpty())
        parts.append(AddressBookCommands::tr("agents: %1").arg(b.agentIds.join(QLatin1Char(' '))));
    if (!b.teamIds.isEmpty())
        parts.append(AddressBookCommands::tr("teams: %1").arg(b.teamIds.join(QLatin1Char(' '))));
    if (!b.skillIds.isEmpty())
        parts.append(AddressBookCommands::tr("skills: %1").arg(b.skillIds.join(QLatin1Char(' '))));
    if (!b.campaignIds.isEmpty())
        parts.append(AddressBookCommands::tr("campaigns: %1").arg(b.campaignIds.join(QLatin1Char(' '))));
    return parts.isEmpty() ? AddressBookCommands::tr("(not assigned)") : parts.join(QStringLiteral("; "));
}

QString entryName(const AcdEntry& e)
{
    return QStringList{e.firstName, e.lastName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

void AddressBookCommands::addOptions(QCommandLineParser& p, const QString& sub)
{
    AcdCommands::addSourceOptions(p);
    if (sub == QLatin1String("list"))
        p.addOption({QStringLiteral("format"), tr("Output format: json (default: a table)."),
                     QStringLiteral("FORMAT")});
    else if (sub == QLatin1String("create"))
        p.addOption({QStringLiteral("type"), tr("Type of the new address book: standard or dynamic."),
                     QStringLiteral("TYPE")});
    else if (sub == QLatin1String("export"))
        p.addOption({QStringLiteral("out"), tr("Write the CSV file to FILE instead of stdout."),
                     QStringLiteral("FILE")});
}

int AddressBookCommands::run(const QCommandLineParser& p, SecretStore* secrets)
{
    const QStringList args = p.positionalArguments(); // "addressbook", sub, …
    const QString sub = args.value(1);
    const AcdSource source = AcdCommands::source(p);
    auto usage = [&](const QString& message) {
        printErr(message);
        printErr(
            tr("Usage: syncdeskctl addressbook list [--format json] | create NAME --type standard|dynamic | "
               "import ID FILE.csv | export ID [--out FILE]"));
        return int(ExitUsage);
    };
    if (sub == QLatin1String("list")) {
        if (args.size() != 2)
            return usage(tr("Error: addressbook list takes no arguments."));
        return list(source, secrets, p.value(QStringLiteral("format")));
    }
    if (sub == QLatin1String("create")) {
        if (args.size() != 3 || args.at(2).trimmed().isEmpty())
            return usage(tr("Error: addressbook create needs the name of the new book."));
        return create(source, secrets, args.at(2), p.value(QStringLiteral("type")));
    }
    if (sub == QLatin1String("import")) {
        if (args.size() != 4)
            return usage(tr("Error: addressbook import needs the book's ID and a CSV file."));
        return import(source, secrets, args.at(2), args.at(3));
    }
    if (sub == QLatin1String("export")) {
        if (args.size() != 3)
            return usage(tr("Error: addressbook export needs the book's ID."));
        return exportBook(source, secrets, args.at(2), p.value(QStringLiteral("out")));
    }
    return usage(sub.isEmpty() ? tr("Error: addressbook needs a subcommand.")
                               : tr("Error: unknown subcommand addressbook %1.").arg(sub));
}

int AddressBookCommands::list(const AcdSource& source, SecretStore* secrets, const QString& format)
{
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("table")) {
        printErr(tr("Error: unknown format %1; use json or leave --format out for a table.").arg(format));
        return ExitUsage;
    }
    auto acd = connect(source, secrets);
    if (!acd.ok())
        return failWith(acd.error());
    Acd& a = *acd.value();
    auto books = a.await<QList<AcdAddressBook>>(
        [&](QObject* ctx, AcdApi::Callback<QList<AcdAddressBook>> cb) { a.api->addressBooks(ctx, cb); });
    if (!books.ok())
        return failWith(books.error());
    QList<int> counts;
    for (const AcdAddressBook& b : books.value())
        counts.append(entryCount(a, b));

    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (qsizetype i = 0; i < books.value().size(); ++i) {
            const AcdAddressBook& b = books.value().at(i);
            out.append(QJsonObject{
                {QStringLiteral("id"), b.id},
                {QStringLiteral("name"), b.name},
                {QStringLiteral("type"), b.type},
                {QStringLiteral("entries"), counts.at(i) >= 0 ? QJsonValue(counts.at(i)) : QJsonValue()},
                {QStringLiteral("assigned"),
                 QJsonObject{{QStringLiteral("everyone"), b.everyone},
                             {QStringLiteral("agents"), QJsonArray::fromStringList(b.agentIds)},
                             {QStringLiteral("teams"), QJsonArray::fromStringList(b.teamIds)},
                             {QStringLiteral("skills"), QJsonArray::fromStringList(b.skillIds)},
                             {QStringLiteral("campaigns"), QJsonArray::fromStringList(b.campaignIds)}}}});
        }
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    const QStringList headers{tr("ID"), tr("Name"), tr("Type"), tr("Entries"), tr("Assigned to")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < books.value().size(); ++i) {
        const AcdAddressBook& b = books.value().at(i);
        rows.append({b.id, b.name, isDynamic(b) ? tr("Dynamic") : tr("Standard"),
                     counts.at(i) >= 0 ? QString::number(counts.at(i)) : QStringLiteral("?"),
                     assignmentSummary(b)});
    }
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths.append(terminalWidth(h));
    for (const QStringList& r : rows)
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = qMax(widths[c], terminalWidth(r.at(c)));
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded.append(c + 1 == cells.size() ? cells.at(c) : padToWidth(cells.at(c), widths.at(c)));
        printOut(padded.join(QStringLiteral("  ")));
    };
    line(headers);
    for (const QStringList& r : rows)
        line(r);
    printErr(tr("Address books: %1").arg(rows.size()));
    return ExitOk;
}

int AddressBookCommands::create(const AcdSource& source, SecretStore* secrets, const QString& name,
                                const QString& typeArg)
{
    QString type;
    if (typeArg.compare(QLatin1String("standard"), Qt::CaseInsensitive) == 0)
        type = QStringLiteral("Standard");
    else if (typeArg.compare(QLatin1String("dynamic"), Qt::CaseInsensitive) == 0)
        type = QStringLiteral("Dynamic");
    if (type.isEmpty()) {
        printErr(typeArg.isEmpty()
                     ? tr("Error: --type is required: standard (entries kept by hand) or dynamic "
                          "(filled by Directory Sync).")
                     : tr("Error: unknown type %1; use standard or dynamic.").arg(typeArg));
        return ExitUsage;
    }
    auto acd = connect(source, secrets);
    if (!acd.ok())
        return failWith(acd.error());
    Acd& a = *acd.value();
    auto book = a.await<AcdAddressBook>([&](QObject* ctx, AcdApi::Callback<AcdAddressBook> cb) {
        a.api->createAddressBook(name.trimmed(), type, ctx, cb);
    });
    if (!book.ok())
        return failWith(book.error());
    printOut(book.value().id);
    printErr(tr("Created %1 address book \"%2\" with ID %3.")
                 .arg(type == QLatin1String("Dynamic") ? tr("Dynamic") : tr("Standard"), book.value().name,
                      book.value().id));
    return ExitOk;
}

int AddressBookCommands::import(const AcdSource& source, SecretStore* secrets, const QString& bookArg,
                                const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(Error::make(Service::File,
                                    file.exists() ? ErrorCode::FileRead : ErrorCode::FileNotFound,
                                    tr("Cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray data = file.readAll();
    file.close();

    auto acd = connect(source, secrets);
    if (!acd.ok())
        return failWith(acd.error());
    Acd& a = *acd.value();
    auto book = findBook(a, bookArg);
    if (!book.ok())
        return failWith(book.error());
    const bool dynamic = isDynamic(book.value());

    const CsvImportPreview preview = AddressBookCsv::parse(data, dynamic);
    if (!preview.error.ok()) {
        printErr(tr("Error: %1").arg(preview.error.message));
        return ExitFailure;
    }
    for (const QString& note : preview.notes)
        printErr(tr("Note: %1").arg(note));
    if (dynamic)
        printErr(
            tr("\"%1\" is a Dynamic address book: entries are written by externalId (added or replaced).")
                .arg(book.value().name));
    for (const CsvImportRow& row : preview.rows) {
        if (row.ok())
            continue;
        QStringList messages;
        for (const EntryIssue& i : row.issues)
            messages.append(i.message);
        printErr(tr("Line %1: not sent: %2").arg(row.line).arg(messages.join(QLatin1Char(' '))));
    }

    const QList<AcdEntry> entries = preview.validEntries();
    const QList<int> lines = preview.validLines();
    int written = 0, refused = 0;
    for (qsizetype start = 0; start < entries.size(); start += kBatchSize) {
        const QList<AcdEntry> batch = entries.mid(start, kBatchSize);
        auto result = a.await<AcdBatchResult>([&](QObject* ctx, AcdApi::Callback<AcdBatchResult> cb) {
            if (dynamic)
                a.api->putDynamicEntries(book.value().id, batch, ctx, cb);
            else
                a.api->addEntries(book.value().id, batch, ctx, cb);
        });
        if (!result.ok()) {
            // The request as a whole failed: these and the rest were not written (as far as we know).
            printErr(tr("Error: %1").arg(result.error().describe()));
            printErr(
                tr("Lines not written: %1 of the %2 valid ones; run the import again once the ACD answers.")
                    .arg(entries.size() - start)
                    .arg(entries.size()));
            refused += int(entries.size() - start);
            break;
        }
        for (const AcdEntryResult& r : result.value().results) {
            const int line = lines.at(start + r.index);
            const QString who = entryName(batch.at(r.index));
            if (r.success) {
                ++written;
                const QString what = dynamic ? (r.created ? tr("added") : tr("updated")) : tr("added");
                printOut(r.entryId.isEmpty()
                             ? tr("Line %1: %2: %3").arg(line).arg(what, who)
                             : tr("Line %1: %2: %3 (entry %4)").arg(line).arg(what, who, r.entryId));
            } else {
                ++refused;
                printOut(tr("Line %1: refused by the ACD: %2: %3").arg(line).arg(who, r.error));
            }
        }
    }
    printErr(tr("Rows: %1, not sent because of errors: %2, written: %3, refused: %4")
                 .arg(preview.rows.size())
                 .arg(preview.invalidCount())
                 .arg(written)
                 .arg(refused));
    return preview.invalidCount() == 0 && refused == 0 ? ExitOk : ExitFailure;
}

int AddressBookCommands::exportBook(const AcdSource& source, SecretStore* secrets, const QString& bookArg,
                                    const QString& out)
{
    auto acd = connect(source, secrets);
    if (!acd.ok())
        return failWith(acd.error());
    Acd& a = *acd.value();
    auto book = findBook(a, bookArg);
    if (!book.ok())
        return failWith(book.error());
    auto entries = allEntries(a, book.value());
    if (!entries.ok())
        return failWith(entries.error());
    const QByteArray csv = AddressBookCsv::exportCsv(entries.value(), isDynamic(book.value()));
    if (out.isEmpty() || out == QLatin1String("-")) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(csv) != csv.size() || !stdOut.flush())
            return failWith(Error::make(Service::File, ErrorCode::FileWrite,
                                        tr("Cannot write to stdout: %1").arg(stdOut.errorString())));
    } else {
        // Written whole or not at all: a half file would import as a shorter book.
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
            return failWith(Error::make(Service::File, ErrorCode::FileWrite,
                                        tr("Cannot write %1: %2. Check the folder exists and you may write "
                                           "there.")
                                            .arg(out, f.errorString())));
    }
    printErr(tr("Entries exported: %1").arg(entries.value().size()));
    return ExitOk;
}

} // namespace syncdesk::cli
