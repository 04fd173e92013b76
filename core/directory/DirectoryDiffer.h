#pragma once

#include "directory/DirectoryPlan.h"

#include <QHash>
#include <QList>

namespace syncdesk {

// The diff of DirectoryPlan::compute() in steps, so the dry run can diff each page of Zoom users
// as it arrives: users in any number of calls to addUsers(), then finish() for the removals.
// Internal to core/directory (DirectoryPlan and DirectoryDryRun share it).
class DirectoryDiffer
{
public:
    DirectoryDiffer(QList<AcdEntry> entries, const DirectoryMapping& mapping, const NumberTranslator& translator);

    // Appends the adds, updates, skips and removals (of book entries whose user is now skipped)
    // these users cause to `out`, and counts unchanged ones.
    void addUsers(const QList<DirectorySourceUser>& users, QList<DirectoryChange>* out);
    // The book's entries no user claimed, as removals (book order). Call once, at the end.
    void finish(QList<DirectoryChange>* out);
    const DirectoryCounts& counts() const { return m_counts; }

    // The ACD fields that differ between what the book holds and what the sync would write,
    // compared as the ACD keeps them (trimmed; e-mail without case). Public for tests.
    static QStringList changedFields(const AcdEntry& before, const AcdEntry& after);

private:
    QList<AcdEntry> m_entries;
    QList<bool> m_claimed;
    QHash<QString, qsizetype> m_byExternalId;
    const DirectoryMapping& m_mapping;
    const NumberTranslator& m_translator;
    DirectoryCounts m_counts;
};

} // namespace syncdesk
