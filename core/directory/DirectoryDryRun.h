#pragma once

#include "directory/DirectoryPlan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace syncdesk {

class ZoomApi;
class AcdApi;

// Pages through the target book's entries, all Zoom Phone users and all Zoom users, and builds
// the plan. The book's entries and the phone users are fetched first (concurrently); then each
// page of Zoom users is mapped and diffed as it arrives, so partialResults() shows the first adds
// and updates long before the last page; removals come at the end. Never blocks the event loop
// for long: work per page is bounded. Cancel stops the paging; finished() then carries
// ErrorCode::Cancelled.
class DirectoryDryRun : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        ReadingBook,
        ReadingPhoneUsers,
        ReadingUsers,
        Done
    };
    Q_ENUM(Phase)

    DirectoryDryRun(ZoomApi* zoom, AcdApi* acd, QObject* parent = nullptr);
    ~DirectoryDryRun() override;

    // bookId: the Dynamic book's ID. `mapping` must be valid (DirectoryMapping::fromJson).
    void start(const QString& bookId, const DirectoryMapping& mapping);
    void cancel();
    bool isRunning() const;
    const DirectoryPlan& plan() const { return m_plan; }

signals:
    // done/total in the phase's unit (entries or users); total -1 while unknown.
    void progress(syncdesk::DirectoryDryRun::Phase phase, int done, int total);
    // New changes since the last signal (adds/updates/skips while paging, removals at the end).
    void partialResults(const QList<syncdesk::DirectoryChange>& changes);
    void finished(const syncdesk::Error& error);

private:
    void nextStatus();
    void requestUsers(const QString& status, const QString& pageToken);
    void release();  // diffs the users that are ready
    void complete(); // removals, then finished()

    struct State;
    ZoomApi* m_zoom;
    AcdApi* m_acd;
    DirectoryPlan m_plan;
    std::shared_ptr<State> m_state;
};

} // namespace syncdesk
