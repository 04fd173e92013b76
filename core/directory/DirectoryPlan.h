#pragma once

#include "acd/AcdApi.h"
#include "directory/DirectoryMapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace syncdesk {

// A Zoom user as Directory Sync sees it: the /v2/users object joined with the user's Zoom Phone
// record (/v2/phone/users, matched by user ID, else by e-mail).
struct DirectorySourceUser
{
    QString id; // Zoom user ID; empty for pending users
    QString email, firstName, lastName, dept, status;
    int type = 0;
    QString phone;     // first Zoom Phone number (E.164), empty without Zoom Phone
    QString extension; // Zoom Phone extension number as text, empty without Zoom Phone
    QJsonObject raw;   // the /v2/users object, for other mapped fields

    static DirectorySourceUser fromZoom(const QJsonObject& user);
    // The value of a Zoom field name as DirectoryMapping uses it ("phone", "extension", or any
    // /v2/users key).
    QString field(const QString& zoomField) const;
};

enum class DirectoryAction
{
    Add,
    Update,
    Remove,
    Skip,
    Unchanged
};

// One line of a dry run.
struct DirectoryChange
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryChange)
public:
    DirectoryAction action = DirectoryAction::Unchanged;
    QString externalId;            // Zoom user ID (for skips of pending users: their e-mail)
    std::optional<AcdEntry> before; // the book's entry (update, remove, unchanged)
    std::optional<AcdEntry> after;  // what the sync writes (add, update, unchanged)
    QStringList changed;            // ACD field names that differ (update only)
    QString reason;                 // skip only: translated, says why and what to do

    // "add", "update", "remove", "skip", "unchanged" (stable, for files and the CLI)
    static QString actionName(DirectoryAction a);
    // The CLI's JSON Lines object: {"action","externalId","before","after","changed","reason"}
    // with fields firstName, middleName, lastName, company, phone, mobile, email; "reason" only for skips.
    QJsonObject toJson() const;
};

} // namespace syncdesk

// QString, QStringList and std::optional of QString members move by memcpy: lists of 100,000
// changes grow by realloc instead of element-by-element moves (bench_directory).
Q_DECLARE_TYPEINFO(syncdesk::DirectoryChange, Q_RELOCATABLE_TYPE);

namespace syncdesk {

struct DirectoryCounts
{
    int add = 0, update = 0, remove = 0, skip = 0, unchanged = 0;
    int bookEntries = 0; // entries in the target book before the sync
    int pending() const { return add + update + remove; }
    // Share of the book's entries the plan removes, in percent (0 for an empty book).
    double removalPercent() const;
};

// The result of a dry run: every change, skip and (counted) unchanged entry.
struct DirectoryPlan
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryPlan)
public:
    QList<DirectoryChange> changes; // add, update, remove, skip; unchanged entries are only counted
    DirectoryCounts counts;

    // What one user becomes in the book under `mapping`, or the reason it is skipped (no user ID,
    // not active, filtered out, a phone number over 30 characters after translation, no name…).
    static DirectoryChange mapUser(const DirectorySourceUser& user, const DirectoryMapping& mapping,
                                   const NumberTranslator& translator);
    // The diff by externalId = Zoom user ID. Book entries without an externalId are left alone
    // (not removed). O(n) with hashing: 100,000 users against 100,000 entries well inside 300 ms.
    static DirectoryPlan compute(const QList<DirectorySourceUser>& users, const QList<AcdEntry>& entries,
                                 const DirectoryMapping& mapping, const NumberTranslator& translator);

    QByteArray toJsonLines() const;
    // UTF-8 with BOM; columns action, externalId, changed, reason, then before/after per field.
    QByteArray toCsv() const;
    // "Add: 3, update: 5, remove: 2, skip: 1, unchanged: 40" (translated), for stderr and the GUI.
    QString summary() const;
};

} // namespace syncdesk
