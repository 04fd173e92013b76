#include "SecretAccess.h"

#include "common/Log.h"

#include <QTimer>

namespace syncdesk {

struct SecretAccess::Job
{
    enum class Kind
    {
        Read,
        Write
    };
    Kind kind = Kind::Read;
    quint64 id = 0;
    SecretPurpose purpose = SecretPurpose::ZoomClientSecret;
    QString profileId;
    QString value; // Write only; held while the job is pending, for reads and the session fallback
    QPointer<QObject> context;
    bool hasContext = false;
    ReadCallback readDone;
    DoneCallback writeDone;
    WaitingCallback waiting;
    QTimer* deadline = nullptr;
    bool overdue = false;

    bool contextGone() const { return hasContext && !context; }
};

SecretAccess::SecretAccess(SecretStore* store, QObject* parent) : QObject(parent), m_store(store) {}

SecretAccess::~SecretAccess()
{
    for (auto& [id, job] : m_jobs)
        delete job->deadline;
}

void SecretAccess::setProfileId(const QString& profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    m_session.clear();
}

QString SecretAccess::backendName() const
{
    return m_store->backendName();
}

void SecretAccess::read(SecretPurpose purpose, QObject* context, ReadCallback done, WaitingCallback waiting)
{
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    // The newest value being written wins over the keychain's (older) one and over a session
    // value: it is what the user entered last. Answered from the event loop, like the keychain.
    const Job* pendingWrite = nullptr;
    for (const auto& [id, job] : m_jobs) {
        if (job->kind == Job::Kind::Write && job->profileId == m_profileId && job->purpose == purpose)
            pendingWrite = job.get();
    }
    if (pendingWrite || m_session.contains(int(purpose))) {
        const QString value = pendingWrite ? pendingWrite->value : m_session.value(int(purpose));
        QTimer::singleShot(0, this, [ctx, hasCtx, done, value] {
            if (!hasCtx || ctx)
                done(value, {});
        });
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Read;
    job->id = m_nextId++;
    job->purpose = purpose;
    job->profileId = m_profileId;
    job->context = ctx;
    job->hasContext = hasCtx;
    job->readDone = std::move(done);
    job->waiting = std::move(waiting);
    m_jobs.emplace(job->id, job);
    issue(job);
}

void SecretAccess::write(SecretPurpose purpose, const QString& value, QObject* context, DoneCallback done,
                         WaitingCallback waiting)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Write;
    job->id = m_nextId++;
    job->purpose = purpose;
    job->profileId = m_profileId;
    job->value = value;
    job->context = context;
    job->hasContext = context != nullptr;
    job->writeDone = std::move(done);
    job->waiting = std::move(waiting);
    m_jobs.emplace(job->id, job);
    issue(job);
}

void SecretAccess::issue(const std::shared_ptr<Job>& job)
{
    const quint64 id = job->id;
    if (!job->deadline) {
        job->deadline = new QTimer;
        job->deadline->setSingleShot(true);
        connect(job->deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    }
    job->overdue = false;
    job->deadline->start(m_deadlineMs);
    const QString key = secretKey(job->profileId, job->purpose);
    // Every attempt answers into the same job: the first answer counts, later ones find no job.
    if (job->kind == Job::Kind::Read)
        m_store->read(key, this, [this, id](const QString& v, const Error& e) { finishRead(id, v, e); });
    else
        m_store->write(key, job->value, this, [this, id](const Error& e) { finishWrite(id, e); });
}

std::shared_ptr<SecretAccess::Job> SecretAccess::take(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return {};
    std::shared_ptr<Job> job = it->second;
    m_jobs.erase(it);
    delete job->deadline;
    job->deadline = nullptr;
    updateWaiting();
    return job;
}

void SecretAccess::noteKeychainResult(const Error& e)
{
    Error next;
    if (e.code == ErrorCode::KeychainUnavailable || e.code == ErrorCode::KeychainDenied)
        next = e;
    else if (!e.ok() && e.code != ErrorCode::KeychainEntryNotFound)
        return; // a one-off failure says nothing about the keychain as a whole
    const bool changed = next.code != m_keychainError.code;
    m_keychainError = next;
    if (changed)
        emit keychainStatusChanged();
}

void SecretAccess::finishRead(quint64 id, const QString& value, const Error& error)
{
    std::shared_ptr<Job> job = take(id);
    if (!job)
        return;
    noteKeychainResult(error);
    if (!job->contextGone())
        job->readDone(error.ok() ? value : QString(), error);
}

void SecretAccess::finishWrite(quint64 id, const Error& error)
{
    std::shared_ptr<Job> job = take(id);
    if (!job)
        return;
    noteKeychainResult(error);
    if (job->profileId == m_profileId) {
        if (error.ok())
            m_session.remove(int(job->purpose));
        else if (error.code == ErrorCode::KeychainUnavailable || error.code == ErrorCode::KeychainDenied)
            m_session.insert(int(job->purpose), job->value); // usable for this session, and said so
    }
    // The profile's "stored" flag is set before the caller hears back, so it can show it.
    if (job->profileId == m_profileId)
        emit secretWritten(job->purpose, error);
    if (!job->contextGone())
        job->writeDone(error);
}

Error SecretAccess::waitingError() const
{
    return Error::make(ErrorCode::Timeout,
                       tr("%1 has not answered yet. An unlock or password prompt may be open: answer it, "
                          "then choose Retry, or Cancel to go on without it.")
                           .arg(backendName()),
                       QStringLiteral("no answer from the secret store within %1 ms").arg(m_deadlineMs));
}

void SecretAccess::onDeadline(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::shared_ptr<Job> job = it->second;
    job->overdue = true;
    qCWarning(lcSecrets).noquote() << "keychain job for" << secretPurposeKey(job->purpose) << "overdue after"
                                   << m_deadlineMs << "ms";
    updateWaiting();
    if (job->waiting && !job->contextGone())
        job->waiting(waitingError());
}

bool SecretAccess::isWaiting() const
{
    for (const auto& [id, job] : m_jobs) {
        if (job->overdue)
            return true;
    }
    return false;
}

void SecretAccess::updateWaiting()
{
    const bool waiting = isWaiting();
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    emit waitingChanged(waiting);
}

void SecretAccess::retryWaiting()
{
    std::vector<std::shared_ptr<Job>> overdue;
    for (const auto& [id, job] : m_jobs) {
        if (job->overdue)
            overdue.push_back(job);
    }
    for (const auto& job : overdue)
        issue(job);
    updateWaiting();
}

void SecretAccess::cancelWaiting()
{
    std::vector<quint64> ids;
    for (const auto& [id, job] : m_jobs) {
        if (job->overdue)
            ids.push_back(id);
    }
    const Error waited = waitingError();
    for (quint64 id : ids) {
        std::shared_ptr<Job> job = take(id);
        if (job->kind == Job::Kind::Read) {
            if (!job->contextGone())
                job->readDone({}, Error::make(ErrorCode::Cancelled,
                                              tr("Cancelled: %1 did not answer, so the secret was not read.")
                                                  .arg(backendName()),
                                              waited.detail));
            continue;
        }
        // The user chose to go on without the keychain: like an unavailable one, the value is
        // used for this session only, and the caller is told so.
        Error e = Error::make(ErrorCode::KeychainUnavailable,
                              tr("%1 did not answer, so the secret was not stored.").arg(backendName()),
                              waited.detail);
        if (job->profileId == m_profileId)
            m_session.insert(int(job->purpose), job->value);
        noteKeychainResult(e);
        if (job->profileId == m_profileId)
            emit secretWritten(job->purpose, e);
        if (!job->contextGone())
            job->writeDone(e);
    }
}

} // namespace syncdesk
