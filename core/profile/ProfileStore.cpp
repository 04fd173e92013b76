#include "ProfileStore.h"

#include "common/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

namespace syncdesk {

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QStringList ProfileStore::list(const QString& directory)
{
    QStringList out;
    const QDir dir(directory);
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(fi.absoluteFilePath());
    return out;
}

QString ProfileStore::pathFor(const Profile& profile, const QString& directory)
{
    QString base = profile.name.trimmed().toLower();
    QString safe;
    for (const QChar c : base) {
        if (c.isLetterOrNumber())
            safe.append(c);
        else if (!safe.endsWith(QLatin1Char('-')))
            safe.append(QLatin1Char('-'));
    }
    while (safe.endsWith(QLatin1Char('-')))
        safe.chop(1);
    if (safe.isEmpty())
        safe = profile.id.left(8);
    QString candidate = directory + QLatin1Char('/') + safe + QStringLiteral(".json");
    // Never silently take over another profile's file.
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        auto existing = load(candidate);
        if (existing.ok() && existing.value().id == profile.id)
            break;
        candidate = directory + QLatin1Char('/') + safe + QStringLiteral("-%1.json").arg(n);
    }
    return candidate;
}

Result<Profile> ProfileStore::parse(const QByteArray& bytes, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = pe.error != QJsonParseError::NoError
                                ? QStringLiteral("%1 at offset %2").arg(pe.errorString()).arg(pe.offset)
                                : QStringLiteral("top level is not an object");
        Error e = Error::make(ErrorCode::CorruptProfile,
                              bytes.isEmpty() ? tr("The profile %1 is empty (it may have been cut off by a crash "
                                                   "or a full disk).").arg(name)
                                              : tr("The profile %1 is damaged and cannot be read.").arg(name),
                              why);
        if (hasBackup(path))
            e.message += QLatin1Char(' ') + tr("A backup of the previous version exists; you can restore it.");
        else
            e.message += QLatin1Char(' ') + tr("No backup exists; create the profile again.");
        return e;
    }
    const QJsonObject o = doc.object();
    const int schema = o.value(QStringLiteral("schema")).toInt(-1);
    if (schema > Profile::kSchemaVersion) {
        return Error::make(ErrorCode::NewerSchema,
                           tr("The profile %1 was written by a newer version of Syncdesk (format %2; this version "
                              "reads format %3). Update Syncdesk to open it; the file was left unchanged.")
                               .arg(name).arg(schema).arg(Profile::kSchemaVersion),
                           path);
    }
    if (schema < 1 || o.value(QStringLiteral("id")).toString().isEmpty()) {
        Error e = Error::make(ErrorCode::CorruptProfile,
                              tr("The file %1 is not a Syncdesk profile (no format version or ID).").arg(name), path);
        if (hasBackup(path))
            e.message += QLatin1Char(' ') + tr("A backup of the previous version exists; you can restore it.");
        return e;
    }
    return Profile::fromJson(o);
}

Result<Profile> ProfileStore::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(ErrorCode::FileNotFound, tr("The profile %1 does not exist.").arg(path), path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileRead,
                           tr("The profile %1 could not be read: %2. Check the file permissions.")
                               .arg(path, f.errorString()), path);
    return parse(f.readAll(), path);
}

bool ProfileStore::hasBackup(const QString& path)
{
    return QFileInfo::exists(backupPath(path));
}

Result<Profile> ProfileStore::loadBackup(const QString& path)
{
    return load(backupPath(path));
}

Error ProfileStore::restoreBackup(const QString& path)
{
    const QString bak = backupPath(path);
    auto backup = load(bak);
    if (!backup.ok())
        return backup.error();
    QFile f(bak);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileRead, tr("The backup %1 could not be read.").arg(bak), f.errorString());
    const QByteArray bytes = f.readAll();
    if (QFileInfo::exists(path)) {
        const QString corrupt = path + QStringLiteral(".corrupt");
        QFile::remove(corrupt);
        QFile::rename(path, corrupt);
    }
    return writeAtomically(path, bytes);
}

Error ProfileStore::writeAtomically(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    // Qt reports ENOSPC as ResourceError on writes, but not on every path (creating the temporary
    // file, the final flush in commit()); errno and the system's wording are checked as well.
    const QString enospc = QString::fromLocal8Bit(std::strerror(ENOSPC));
    auto diskFull = [&](int err) {
        return err == ENOSPC || f.error() == QFileDevice::ResourceError || f.errorString().contains(enospc);
    };
    auto fullError = [&] {
        return Error::make(ErrorCode::DiskFull,
                           tr("The disk is full, so %1 was not saved. The previous version is unchanged; free "
                              "some space and save again.").arg(path), enospc);
    };
    errno = 0;
    // Unbuffered: with QSaveFile's buffer, a full disk made the bytes vanish in commit()'s flush
    // while commit() still reported success, leaving an empty profile. Written straight
    // through, the failing write() itself reports ENOSPC.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (diskFull(errno))
            return fullError();
        return Error::make(ErrorCode::FileWrite,
                           tr("%1 could not be written: %2. Check that the folder exists and is writable.")
                               .arg(path, f.errorString()), f.errorString());
    }
    errno = 0;
    const qint64 written = f.write(bytes);
    int err = errno;
    bool committed = false;
    if (written == bytes.size()) {
        errno = 0;
        committed = f.commit();
        err = committed ? 0 : (errno ? errno : err);
    }
    if (!committed) {
        const bool full = diskFull(err);
        f.cancelWriting();
        if (full)
            return fullError();
        return Error::make(ErrorCode::FileWrite,
                           tr("%1 could not be saved: %2. The previous version is unchanged.")
                               .arg(path, f.errorString()), f.errorString());
    }
    return {};
}

Error ProfileStore::save(const QString& path, const Profile& profile)
{
    // Never overwrite what we cannot read back: a newer format would lose the user's data.
    if (QFileInfo::exists(path)) {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray old = existing.readAll();
            existing.close();
            auto parsed = parse(old, path);
            if (!parsed.ok() && parsed.error().code == ErrorCode::NewerSchema)
                return parsed.error();
            if (parsed.ok()) {
                // Keep the last good version as the backup.
                const Error be = writeAtomically(backupPath(path), old);
                if (!be.ok())
                    qCWarning(lcProfile).noquote() << "backup not written:" << be.detail;
            }
        }
    }
    const QByteArray bytes = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    const Error e = writeAtomically(path, bytes);
    if (e.ok())
        discardDraft(path);
    return e;
}

Error ProfileStore::saveDraft(const QString& path, const Profile& profile)
{
    return writeAtomically(draftPath(path), QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
}

Result<Profile> ProfileStore::loadDraft(const QString& path)
{
    const QString d = draftPath(path);
    if (!QFileInfo::exists(d))
        return Error::make(ErrorCode::FileNotFound, tr("There is no draft."), d);
    QFile f(d);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileRead, tr("The draft %1 could not be read.").arg(d), f.errorString());
    return parse(f.readAll(), d);
}

void ProfileStore::discardDraft(const QString& path)
{
    QFile::remove(draftPath(path));
}

} // namespace syncdesk
