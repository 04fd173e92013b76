#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace syncdesk {

// A zip as the Metadata API's deploy takes it (package.xml at the root, one folder per type),
// written with libzip: Qt 6.4 has no public zip writer (QZipWriter is private API).
class MetadataZip
{
    Q_DECLARE_TR_FUNCTIONS(MetadataZip)
public:
    struct Entry
    {
        QString path; // inside the zip, '/'-separated
        QByteArray data;
    };

    // Writes every entry to `path`, replacing the file. libzip writes a temporary file next to it
    // and renames it on success, so a failed export leaves an existing file as it was.
    static Error write(const QString& path, const QList<Entry>& entries);
    // Every file entry of a zip, in the zip's order (tests; a future "import").
    static Result<QList<Entry>> read(const QString& path);
};

} // namespace syncdesk
