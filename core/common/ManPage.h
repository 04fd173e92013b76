#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// A man page built from a program's own QCommandLineParser, so the page and --help cannot drift
// apart: both programs answer a hidden --help-man with it, and the build turns that into
// share/man/man1/*.1.gz (packaging/linux/Package.cmake).
//
// Qt 6.4's QCommandLineParser does not expose its options, so they are read back from
// helpText(), whose layout Qt fixes: "  -x, --name <VALUE>  Text", continuation lines indented.
struct ManOption
{
    QString names;       // "-h, --help" or "--profile <FILE>"
    QString description; // joined from the wrapped help lines
};

struct ManSection
{
    QString title;           // e.g. "OPTIONS" or "zoom users"
    QString text;            // paragraph before the options (may be empty)
    QList<ManOption> options;
    bool subsection = false; // .SS instead of .SH
};

struct ManPage
{
    QString name;       // "syncdeskctl"
    QString summary;    // one line for NAME
    QString version;    // "Syncdesk 0.1.0"
    QStringList synopsis;
    QString description;
    QList<ManSection> sections;
    QStringList seeAlso; // "syncdesk(1)"
};

QList<ManOption> manOptionsFromHelp(const QString& helpText);
QString renderManPage(const ManPage& page); // roff (man macros), section 1
QString roffEscape(const QString& text);

} // namespace syncdesk
