#pragma once

#include "AcdCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace syncdesk {
class SecretStore;
} // namespace syncdesk

namespace syncdesk::cli {

// `syncdeskctl addressbook list | create NAME --type standard|dynamic | import ID FILE.csv |
// export ID [--out FILE]`, with the ACD source options of AcdCommands. Exit codes: 0 ok,
// 1 failure (including any row or entry not written), 2 usage.
class AddressBookCommands
{
    Q_DECLARE_TR_FUNCTIONS(AddressBookCommands)
public:
    // The options of `addressbook <sub>` (the ACD source options included).
    static void addOptions(QCommandLineParser& parser, const QString& sub);
    // `positional` as QCommandLineParser gives it: "addressbook", the subcommand, its arguments.
    static int run(const QCommandLineParser& parser, SecretStore* secrets);

    // format: "" or "table", or "json".
    static int list(const AcdSource& source, SecretStore* secrets, const QString& format);
    // type: "standard" or "dynamic" (any case). Prints the new book's ID on stdout.
    static int create(const AcdSource& source, SecretStore* secrets, const QString& name,
                      const QString& type);
    // Every row is checked first; rows with errors are listed by line and not sent; the rest go to
    // the ACD (addEntries, or putDynamicEntries for a Dynamic book) and each entry's result is listed.
    static int import(const AcdSource& source, SecretStore* secrets, const QString& book,
                      const QString& file);
    // CSV (UTF-8 with BOM) to `out`, or stdout when it is empty or "-".
    static int exportBook(const AcdSource& source, SecretStore* secrets, const QString& book,
                          const QString& out);
};

} // namespace syncdesk::cli
