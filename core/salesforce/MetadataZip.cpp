#include "MetadataZip.h"

#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace syncdesk {

namespace {

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString archiveErrorText(zip_t* archive)
{
    return QString::fromUtf8(zip_error_strerror(zip_get_error(archive)));
}

} // namespace

Error MetadataZip::write(const QString& path, const QList<Entry>& entries)
{
    const QByteArray nativePath = QFile::encodeName(path);
    int openError = 0;
    zip_t* archive = zip_open(nativePath.constData(), ZIP_CREATE | ZIP_TRUNCATE, &openError);
    if (!archive)
        return Error::make(
            Service::File, ErrorCode::FileWrite,
            tr("Could not create the zip file %1. Check that the folder exists and that you may "
               "write to it, or choose another place.")
                .arg(path),
            zipErrorText(openError));
    for (const Entry& entry : entries) {
        // The buffer is only read at zip_close(); `entries` outlives it, so no copy is needed.
        zip_source_t* source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!source || zip_file_add(archive, entry.path.toUtf8().constData(), source,
                                    ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            const QString detail = archiveErrorText(archive);
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            return Error::make(Service::File, ErrorCode::FileWrite,
                               tr("Could not add %1 to the zip file %2. Try again, or choose another place.")
                                   .arg(entry.path, path),
                               detail);
        }
    }
    if (zip_close(archive) < 0) {
        const QString detail = archiveErrorText(archive);
        zip_discard(archive);
        return Error::make(Service::File, ErrorCode::FileWrite,
                           tr("Could not write the zip file %1. Check the free space and that you may write "
                              "there, or choose another place.")
                               .arg(path),
                           detail);
    }
    return {};
}

Result<QList<MetadataZip::Entry>> MetadataZip::read(const QString& path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    int openError = 0;
    zip_t* archive = zip_open(nativePath.constData(), ZIP_RDONLY, &openError);
    if (!archive)
        return Error::make(
            Service::File, QFileInfo::exists(path) ? ErrorCode::FileRead : ErrorCode::FileNotFound,
            tr("Could not open the zip file %1. Check that it exists and is a zip file.").arg(path),
            zipErrorText(openError));
    QList<Entry> out;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) < 0)
            continue;
        Entry entry;
        entry.path = QString::fromUtf8(st.name);
        if (entry.path.endsWith(QLatin1Char('/')))
            continue; // a folder entry
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            const QString detail = archiveErrorText(archive);
            zip_discard(archive);
            return Error::make(
                Service::File, ErrorCode::FileRead,
                tr("Could not read %1 in the zip file %2; the file may be damaged.").arg(entry.path, path),
                detail);
        }
        entry.data.resize(qsizetype(st.size));
        const zip_int64_t got = zip_fread(file, entry.data.data(), st.size);
        zip_fclose(file);
        if (got < 0 || zip_uint64_t(got) != st.size) {
            zip_discard(archive);
            return Error::make(
                Service::File, ErrorCode::FileRead,
                tr("Could not read %1 in the zip file %2; the file may be damaged.").arg(entry.path, path));
        }
        out.append(std::move(entry));
    }
    zip_discard(archive); // read-only: nothing to write back
    return out;
}

} // namespace syncdesk
