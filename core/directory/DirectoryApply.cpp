#include "directory/DirectoryApply.h"

#include "acd/AcdApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

namespace syncdesk {

namespace {

// Removals go one DELETE per entry; this many at once keeps a large confirmed removal quick
// without a burst the ACD would answer with 429.
constexpr int kParallelDeletes = 4;

} // namespace

struct DirectoryApply::State
{
    QString bookId;
    QObject* context = nullptr;
    bool running = false;
    bool cancelRequested = false;
    QList<AcdEntry> upserts;
    QList<DirectoryAction> upsertActions;
    QStringList removals;
    qsizetype nextUpsert = 0, nextRemoval = 0;
    int done = 0, total = 0;
};

DirectoryApply::DirectoryApply(AcdApi* acd, QObject* parent) : QObject(parent), m_acd(acd) {}

void DirectoryApply::setBatchSize(int size)
{
    m_batchSize = qMax(1, size);
}

Error DirectoryApply::checkRemovals(const DirectoryCounts& counts, double maxRemovalPercent)
{
    if (counts.remove <= 0 || counts.removalPercent() <= maxRemovalPercent)
        return {};
    return Error::make(
        Service::Acd, ErrorCode::InvalidInput,
        tr("The sync would remove %1 of the %2 entries in the address book (%3%), more than the allowed "
           "%4%. Nothing was written. Check the filters and the mapping; if the removals are intended, "
           "confirm them or raise the limit.")
            .arg(counts.remove)
            .arg(counts.bookEntries)
            .arg(QString::number(counts.removalPercent(), 'f', 1))
            .arg(QString::number(maxRemovalPercent, 'g', 4)));
}

bool DirectoryApply::isRunning() const
{
    return m_state && m_state->running;
}

int DirectoryApply::failed() const
{
    int n = 0;
    for (const DirectoryApplyResult& r : m_results)
        n += r.success ? 0 : 1;
    return n;
}

void DirectoryApply::start(const QString& bookId, const DirectoryPlan& plan, double maxRemovalPercent,
                           bool confirmRemovals)
{
    if (isRunning())
        return;
    m_results.clear();
    auto st = std::make_shared<State>();
    m_state = st;
    st->bookId = bookId;
    st->running = true;
    st->context = new QObject(this);
    for (const DirectoryChange& c : plan.changes) {
        if ((c.action == DirectoryAction::Add || c.action == DirectoryAction::Update) && c.after) {
            AcdEntry e = *c.after;
            e.externalId = c.externalId; // the upsert key, whatever the entry carried
            st->upserts.append(e);
            st->upsertActions.append(c.action);
        } else if (c.action == DirectoryAction::Remove && !c.externalId.isEmpty()) {
            st->removals.append(c.externalId);
        }
    }
    st->total = int(st->upserts.size() + st->removals.size());

    Error guard = confirmRemovals ? Error{} : checkRemovals(plan.counts, maxRemovalPercent);
    QTimer::singleShot(0, st->context, [this, st, guard] {
        if (!guard.ok()) {
            st->running = false;
            st->context->deleteLater();
            emit finished(guard);
            return;
        }
        emit progress(0, st->total);
        nextBatch();
    });
}

void DirectoryApply::cancel()
{
    if (m_state && m_state->running)
        m_state->cancelRequested = true; // seen when the batch in flight has answered
}

void DirectoryApply::finish(const Error& error)
{
    const std::shared_ptr<State> st = m_state;
    st->running = false;
    st->context->deleteLater();
    emit finished(error);
}

void DirectoryApply::nextBatch()
{
    const std::shared_ptr<State> st = m_state;
    if (st->cancelRequested)
        return finish(Error::make(ErrorCode::Cancelled,
                                  tr("The apply was cancelled after %1 of %2 changes. Run it again to write "
                                     "the rest; entries already written are not duplicated.")
                                      .arg(st->done)
                                      .arg(st->total)));
    if (st->nextUpsert < st->upserts.size()) {
        const qsizetype from = st->nextUpsert;
        const QList<AcdEntry> batch = st->upserts.mid(from, m_batchSize);
        st->nextUpsert += batch.size();
        m_acd->putDynamicEntries(
            st->bookId, batch, st->context, [this, st, from, batch](const Result<AcdBatchResult>& r) {
                if (m_state != st || !st->running)
                    return;
                QList<DirectoryApplyResult> out;
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    DirectoryApplyResult a;
                    a.action = st->upsertActions.at(from + i);
                    a.externalId = batch.at(i).externalId;
                    if (!r.ok()) {
                        a.error = r.error().message;
                    } else if (i < r.value().results.size()) {
                        a.success = r.value().results.at(i).success;
                        a.error = r.value().results.at(i).error;
                    } else {
                        a.error = tr("The ACD did not report on this entry.");
                    }
                    out.append(a);
                }
                m_results.append(out);
                st->done += int(batch.size());
                emit resultsArrived(out);
                emit progress(st->done, st->total);
                if (!r.ok())
                    return finish(r.error());
                nextBatch();
            });
        return;
    }
    if (st->nextRemoval < st->removals.size()) {
        const QStringList batch = st->removals.mid(st->nextRemoval, qMin(m_batchSize, kParallelDeletes));
        st->nextRemoval += batch.size();
        auto answers = std::make_shared<QList<DirectoryApplyResult>>(batch.size());
        auto pending = std::make_shared<int>(int(batch.size()));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            m_acd->deleteDynamicEntry(st->bookId, batch.at(i), st->context,
                                      [this, st, answers, pending, i, id = batch.at(i)](const Error& e) {
                                          if (m_state != st || !st->running)
                                              return;
                                          DirectoryApplyResult& a = (*answers)[i];
                                          a.action = DirectoryAction::Remove;
                                          a.externalId = id;
                                          // Gone already (an earlier, interrupted apply): done.
                                          a.success = e.ok() || e.code == ErrorCode::NotFound;
                                          if (!a.success)
                                              a.error = e.message;
                                          if (--*pending > 0)
                                              return;
                                          m_results.append(*answers);
                                          st->done += int(answers->size());
                                          emit resultsArrived(*answers);
                                          emit progress(st->done, st->total);
                                          nextBatch();
                                      });
        }
        return;
    }
    finish({});
}

QString DirectoryApplyLog::pathForProfile(const QString& profilePath)
{
    const QFileInfo fi(profilePath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".apply-log.jsonl"));
}

namespace {

QJsonObject countsJson(const DirectoryCounts& c)
{
    return {{QStringLiteral("add"), c.add},         {QStringLiteral("update"), c.update},
            {QStringLiteral("remove"), c.remove},   {QStringLiteral("skip"), c.skip},
            {QStringLiteral("unchanged"), c.unchanged}, {QStringLiteral("bookEntries"), c.bookEntries}};
}

DirectoryCounts countsFrom(const QJsonObject& o)
{
    DirectoryCounts c;
    c.add = o.value(QStringLiteral("add")).toInt();
    c.update = o.value(QStringLiteral("update")).toInt();
    c.remove = o.value(QStringLiteral("remove")).toInt();
    c.skip = o.value(QStringLiteral("skip")).toInt();
    c.unchanged = o.value(QStringLiteral("unchanged")).toInt();
    c.bookEntries = o.value(QStringLiteral("bookEntries")).toInt();
    return c;
}

} // namespace

Error DirectoryApplyLog::append(const QString& logPath, const Record& r)
{
    const QJsonObject o{{QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("profileName"), r.profileName},
                        {QStringLiteral("profilePath"), r.profilePath},
                        {QStringLiteral("bookId"), r.bookId},
                        {QStringLiteral("bookName"), r.bookName},
                        {QStringLiteral("origin"), r.origin},
                        {QStringLiteral("counts"), countsJson(r.counts)},
                        {QStringLiteral("written"), r.written},
                        {QStringLiteral("failed"), r.failed},
                        {QStringLiteral("completed"), r.completed}};
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QFile f(logPath);
    // Unbuffered append: the line goes down in one write() on an O_APPEND descriptor, so two
    // writers (console and syncdeskctl) never interleave within a line.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error::make(ErrorCode::FileWrite,
                           tr("The apply log %1 cannot be opened: %2. The apply itself is done.")
                               .arg(logPath, f.errorString()));
    const qint64 written = f.write(line);
    if (written != line.size() || !f.flush()) {
        const bool full = f.error() == QFileDevice::ResourceError;
        const QString why = f.errorString();
        if (written > 0)
            f.resize(f.size() - written); // no torn line for the next reader
        return Error::make(full ? ErrorCode::DiskFull : ErrorCode::FileWrite,
                           full ? tr("The disk holding the apply log %1 is full. Free some space; the apply "
                                     "itself is done.")
                                      .arg(logPath)
                                : tr("The apply log %1 cannot be written: %2. The apply itself is done.")
                                      .arg(logPath, why));
    }
    return {};
}

Result<QList<DirectoryApplyLog::Record>> DirectoryApplyLog::read(const QString& logPath)
{
    QList<Record> out;
    QFile f(logPath);
    if (!f.exists())
        return out; // no apply yet
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileRead,
                           tr("The apply log %1 cannot be read: %2").arg(logPath, f.errorString()));
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a line cut off by a crash: the others are still worth showing
        Record r;
        r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        r.profileName = o.value(QStringLiteral("profileName")).toString();
        r.profilePath = o.value(QStringLiteral("profilePath")).toString();
        r.bookId = o.value(QStringLiteral("bookId")).toString();
        r.bookName = o.value(QStringLiteral("bookName")).toString();
        r.origin = o.value(QStringLiteral("origin")).toString();
        r.counts = countsFrom(o.value(QStringLiteral("counts")).toObject());
        r.written = o.value(QStringLiteral("written")).toInt();
        r.failed = o.value(QStringLiteral("failed")).toInt();
        r.completed = o.value(QStringLiteral("completed")).toBool();
        out.append(r);
    }
    return out;
}

} // namespace syncdesk
