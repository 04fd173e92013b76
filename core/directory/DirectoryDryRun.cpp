#include "directory/DirectoryDryRun.h"

#include "acd/AcdApi.h"
#include "directory/DirectoryDiffer.h"
#include "zoom/ZoomApi.h"

#include <QHash>
#include <QJsonArray>
#include <QThreadPool>
#include <QTimer>

namespace syncdesk {

namespace {

// CXone's dynamic-entries pages: the sandbox (and, as far as known, CXone) carry at most 100;
// asking for more would end the walk at the first "short" page.
constexpr int kBookPageSize = 100;
// /v2/phone/users allows 100 per page; /v2/users up to 2000. 300 (Zoom's own default) keeps the
// parse, mapping and diff of one page to a few milliseconds of one event-loop turn: 1000 took
// 10-18 ms per page (bench_gui_directory), too long for a console that must repaint every 16 ms.
constexpr int kPhonePageSize = 100;
constexpr int kUserPageSize = 300;

struct PhoneRecord
{
    QString number, extension;
};

} // namespace

struct DirectoryDryRun::State
{
    QString bookId;
    DirectoryMapping mapping;
    NumberTranslator translator;
    QObject* context = nullptr; // owns every callback of this run; deleted on cancel or finish
    bool running = false;

    QList<AcdEntry> entries;
    bool bookDone = false, phonesDone = false;
    int phoneUsers = 0;
    QHash<QString, PhoneRecord> phoneById, phoneByEmail;
    std::unique_ptr<DirectoryDiffer> differ;

    QStringList statuses = {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("pending")};
    int statusIndex = 0;
    int usersDone = 0;
    int usersTotal = -1; // sum of the totals Zoom reported for the statuses read so far
    int statusTotal = -1;
    bool usersDone_ = false;           // every status read
    QList<DirectorySourceUser> held;   // read, waiting for the book or for their phone record

    // Fills in the Zoom Phone number and extension when the phone listing has the user.
    bool attachPhone(DirectorySourceUser& u) const
    {
        const PhoneRecord* phone = nullptr;
        if (auto it = phoneById.constFind(u.id); !u.id.isEmpty() && it != phoneById.cend())
            phone = &*it;
        else if (auto byMail = phoneByEmail.constFind(u.email.toLower()); byMail != phoneByEmail.cend())
            phone = &*byMail;
        if (!phone)
            return false;
        u.phone = phone->number;
        u.extension = phone->extension;
        return true;
    }
};

DirectoryDryRun::DirectoryDryRun(ZoomApi* zoom, AcdApi* acd, QObject* parent)
    : QObject(parent), m_zoom(zoom), m_acd(acd)
{
}

DirectoryDryRun::~DirectoryDryRun()
{
    // Freeing a finished run of 10,000 users (its hashes of phone records, the book's entries
    // and the plan) took 16 ms of the GUI thread (bench_gui_directory); a pool thread does it.
    // Everything in there is Qt's implicitly shared data with atomic reference counts.
    if (m_state && m_state->running)
        m_state->running = false;
    QThreadPool::globalInstance()->start(
        [state = std::move(m_state), plan = std::move(m_plan)]() mutable {
            plan = {};
            state.reset();
        });
}

bool DirectoryDryRun::isRunning() const
{
    return m_state && m_state->running;
}

void DirectoryDryRun::start(const QString& bookId, const DirectoryMapping& mapping)
{
    if (isRunning())
        cancel();
    m_plan = {};
    auto st = std::make_shared<State>();
    m_state = st;
    st->bookId = bookId;
    st->mapping = mapping;
    st->running = true;
    st->context = new QObject(this);

    auto compiled = NumberTranslator::compile(mapping.numberTranslation);
    auto fail = [this, st](const Error& e) {
        if (!st->running || m_state != st)
            return;
        st->running = false;
        st->context->deleteLater();
        emit finished(e);
    };
    if (!compiled.ok()) {
        // Signals after start() returns, as for every other outcome.
        QTimer::singleShot(0, st->context, [fail, e = compiled.error()] { fail(e); });
        return;
    }
    st->translator = compiled.take();

    // Book, phone users and users are read at the same time. A user is diffed as soon as the
    // book is read and the user's phone record has arrived (or the phone listing is complete),
    // so the first results show after a page or two instead of after the last phone page
    // (100 phone pages for 10,000 users: seconds on their own; bench_directory).
    emit progress(Phase::ReadingBook, 0, -1);
    m_acd->dynamicEntries(
        bookId, kBookPageSize, st->context,
        [this, st](const QList<QJsonObject>& items) {
            for (const QJsonObject& o : items)
                st->entries.append(AcdEntry::fromJson(o));
            emit progress(Phase::ReadingBook, int(st->entries.size()), -1);
            return true;
        },
        [this, st, fail](int delivered, int total, const Error& e) {
            if (!e.ok())
                return fail(e);
            st->bookDone = true;
            st->differ = std::make_unique<DirectoryDiffer>(std::move(st->entries), st->mapping, st->translator);
            st->entries.clear();
            m_plan.counts.bookEntries = st->differ->counts().bookEntries;
            emit progress(Phase::ReadingBook, delivered, total < 0 ? delivered : total);
            release();
        });
    m_zoom->allPhoneUsers(
        kPhonePageSize, st->context,
        [this, st](const QList<QJsonObject>& items) {
            for (const QJsonObject& o : items) {
                PhoneRecord r;
                const QJsonArray numbers = o.value(QStringLiteral("phone_numbers")).toArray();
                if (!numbers.isEmpty())
                    r.number = numbers.first().toObject().value(QStringLiteral("number")).toString();
                const QJsonValue ext = o.value(QStringLiteral("extension_number"));
                if (ext.isDouble())
                    r.extension = QString::number(ext.toInteger());
                else
                    r.extension = ext.toString();
                // /v2/phone/users: "id" is the Zoom user ID (phone_user_id is Zoom Phone's own);
                // the e-mail joins records whose id is missing or differs.
                const QString id = o.value(QStringLiteral("id")).toString();
                const QString email = o.value(QStringLiteral("email")).toString().toLower();
                if (!id.isEmpty())
                    st->phoneById.insert(id, r);
                if (!email.isEmpty())
                    st->phoneByEmail.insert(email, r);
            }
            st->phoneUsers += int(items.size());
            emit progress(Phase::ReadingPhoneUsers, st->phoneUsers, -1);
            release();
            return true;
        },
        [this, st, fail](int delivered, int total, const Error& e) {
            if (!e.ok())
                return fail(e);
            st->phonesDone = true;
            emit progress(Phase::ReadingPhoneUsers, delivered, total < 0 ? delivered : total);
            release();
        });
    nextStatus();
}

void DirectoryDryRun::release()
{
    const std::shared_ptr<State> st = m_state;
    if (!st || !st->running || !st->bookDone || st->held.isEmpty()) {
        if (st && st->running && st->bookDone && st->phonesDone && st->usersDone_)
            complete();
        return;
    }
    // At most kReleaseChunk users per event-loop turn: when the book arrives after thousands of
    // users, diffing them all at once took 20 ms (bench_gui_directory); the rest follow on the
    // next turns.
    constexpr qsizetype kReleaseChunk = 400;
    QList<DirectorySourceUser> ready;
    QList<DirectorySourceUser> still;
    bool more = false;
    for (DirectorySourceUser& u : st->held) {
        if (ready.size() >= kReleaseChunk) {
            more = true;
            still.append(std::move(u));
        } else if (st->attachPhone(u) || st->phonesDone) {
            ready.append(std::move(u));
        } else {
            still.append(std::move(u));
        }
    }
    st->held = std::move(still);
    if (more)
        QTimer::singleShot(0, st->context, [this] { release(); });
    if (!ready.isEmpty()) {
        QList<DirectoryChange> changes;
        st->differ->addUsers(ready, &changes);
        m_plan.counts = st->differ->counts();
        if (!changes.isEmpty()) {
            m_plan.changes.append(changes);
            emit partialResults(changes);
        }
    }
    if (st->running && m_state == st && st->phonesDone && st->usersDone_ && st->held.isEmpty())
        complete();
}

void DirectoryDryRun::complete()
{
    const std::shared_ptr<State> st = m_state;
    if (!st || !st->running)
        return;
    QList<DirectoryChange> removals;
    st->differ->finish(&removals);
    m_plan.counts = st->differ->counts();
    m_plan.changes.append(removals);
    if (!removals.isEmpty())
        emit partialResults(removals);
    st->running = false;
    st->context->deleteLater();
    emit progress(Phase::Done, st->usersDone, st->usersDone);
    emit finished({});
}

void DirectoryDryRun::nextStatus()
{
    const std::shared_ptr<State> st = m_state;
    if (!st || !st->running)
        return;
    if (st->statusIndex >= st->statuses.size()) {
        st->usersDone_ = true;
        release();
        return;
    }
    st->statusTotal = -1;
    requestUsers(st->statuses.at(st->statusIndex), {});
}

void DirectoryDryRun::requestUsers(const QString& status, const QString& pageToken)
{
    const std::shared_ptr<State> st = m_state;
    m_zoom->usersPage(status, kUserPageSize, pageToken, st->context,
                      [this, st, status](const ZoomPage& page, const Error& e) {
                          if (!st->running || m_state != st)
                              return;
                          if (!e.ok()) {
                              st->running = false;
                              st->context->deleteLater();
                              emit finished(e);
                              return;
                          }
                          if (st->statusTotal < 0 && page.totalRecords >= 0) {
                              st->statusTotal = page.totalRecords;
                              st->usersTotal = (st->usersTotal < 0 ? 0 : st->usersTotal) + page.totalRecords;
                          }
                          for (const QJsonObject& o : page.items)
                              st->held.append(DirectorySourceUser::fromZoom(o));
                          st->usersDone += int(page.items.size());
                          release();
                          if (!st->running || m_state != st)
                              return; // failed or cancelled from a slot
                          emit progress(Phase::ReadingUsers, st->usersDone, st->usersTotal);
                          if (!st->running || m_state != st)
                              return; // cancelled from a slot
                          if (page.nextPageToken.isEmpty()) {
                              ++st->statusIndex;
                              nextStatus();
                          } else {
                              requestUsers(status, page.nextPageToken);
                          }
                      });
}

void DirectoryDryRun::cancel()
{
    const std::shared_ptr<State> st = m_state;
    if (!st || !st->running)
        return;
    st->running = false;
    // Deleting the context drops every callback still in flight (Pager and RestClient check it).
    st->context->deleteLater();
    emit finished(Error::make(ErrorCode::Cancelled, tr("The dry run was cancelled.")));
}

} // namespace syncdesk
