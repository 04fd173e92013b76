#pragma once

#include "directory/DirectoryPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace syncdesk {

class AcdApi;

// What happened to one change when it was applied.
struct DirectoryApplyResult
{
    DirectoryAction action = DirectoryAction::Unchanged;
    QString externalId;
    bool success = false;
    QString error; // the ACD's words (entryResults) or ours
};

// Writes a plan to a Dynamic book: adds and updates through PUT …/dynamic-entries?fullLoad=false
// in batches (upsert by externalId, so re-running after an interruption writes the same state,
// never duplicates), removals through DELETE …/dynamic-entries/{externalId} (a 404 counts as
// done). Skips and unchanged entries are not touched. Refuses to start when removals exceed
// `maxRemovalPercent` of the book unless `confirmRemovals` is set (ErrorCode::InvalidInput with a
// message that says how many and why). Every entryResults item becomes a DirectoryApplyResult.
class DirectoryApply : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultBatchSize = 100;

    explicit DirectoryApply(AcdApi* acd, QObject* parent = nullptr);
    void setBatchSize(int size);

    // The removal guard alone, for the GUI's confirmation and the CLI's exit 5: an error when
    // counts.remove exceeds maxRemovalPercent of counts.bookEntries.
    static Error checkRemovals(const DirectoryCounts& counts, double maxRemovalPercent);

    void start(const QString& bookId, const DirectoryPlan& plan, double maxRemovalPercent, bool confirmRemovals);
    void cancel(); // stops after the batch in flight; finished() carries ErrorCode::Cancelled
    bool isRunning() const;
    const QList<DirectoryApplyResult>& results() const { return m_results; }
    int failed() const;

signals:
    void progress(int done, int total);
    void resultsArrived(const QList<syncdesk::DirectoryApplyResult>& results);
    // error: the run as a whole (guard, cancel, network); per-entry failures are in results().
    void finished(const syncdesk::Error& error);

private:
    void nextBatch();
    void finish(const Error& error);

    struct State;
    AcdApi* m_acd;
    int m_batchSize = kDefaultBatchSize;
    QList<DirectoryApplyResult> m_results;
    std::shared_ptr<State> m_state;
};

// The apply log kept with the profile: one JSON line per apply (when, profile, book, counts,
// failures, who ran it: console or syncdeskctl), next to the profile file as
// "<profile file base>.apply-log.jsonl". Appends are atomic per line; a full disk is an Error.
class DirectoryApplyLog
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryApplyLog)
public:
    struct Record
    {
        QDateTime at;
        QString profileName, profilePath, bookId, bookName, origin; // origin: "console" or "syncdeskctl"
        DirectoryCounts counts;
        int written = 0, failed = 0;
        bool completed = false; // false: cancelled or interrupted
    };
    static QString pathForProfile(const QString& profilePath);
    static Error append(const QString& logPath, const Record& record);
    static Result<QList<Record>> read(const QString& logPath);
};

} // namespace syncdesk
