#pragma once

#include "Profile.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace syncdesk {

// Profiles as versioned JSON files. Saving is atomic (QSaveFile: a crash or full disk leaves the
// old file intact) and keeps the previous version as "<file>.bak". A corrupt file is reported
// with the backup offered; a file from a newer Syncdesk is refused and never overwritten.
// Unsaved input lives in "<file>.draft" until saved or discarded.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    static QString defaultDirectory(); // <AppDataLocation>/profiles
    static QStringList list(const QString& directory = defaultDirectory()); // *.json paths, sorted
    static QString pathFor(const Profile& profile, const QString& directory = defaultDirectory());

    static Result<Profile> load(const QString& path);
    static Error save(const QString& path, const Profile& profile);

    static QString backupPath(const QString& path) { return path + QStringLiteral(".bak"); }
    static bool hasBackup(const QString& path);
    static Result<Profile> loadBackup(const QString& path);
    // Replaces a broken file by its backup (the broken file is kept as "<file>.corrupt").
    static Error restoreBackup(const QString& path);

    static QString draftPath(const QString& path) { return path + QStringLiteral(".draft"); }
    static Error saveDraft(const QString& path, const Profile& profile);
    static Result<Profile> loadDraft(const QString& path); // FileNotFound when there is none
    static void discardDraft(const QString& path);

private:
    static Result<Profile> parse(const QByteArray& bytes, const QString& path);
    static Error writeAtomically(const QString& path, const QByteArray& bytes);
};

} // namespace syncdesk
