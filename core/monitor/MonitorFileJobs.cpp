#include "MonitorFileJobs.h"

#include "monitor/CaptureFile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>

namespace syncdesk {

namespace {
constexpr int kEventsPerChunk = 512;
} // namespace

struct MonitorFileJobs::Job
{
    enum class Kind
    {
        Capture,
        Export
    };
    Kind kind = Kind::Export;
    ExportFormat format = ExportFormat::JsonLines;
    QSaveFile file;
    QVector<quint64> seqs; // Export: the chosen events, by seq so evictions cannot shift them
    quint64 firstSeq = 0;  // Capture: every event from here on
    qint64 position = 0;
    qint64 total = 0;
    qint64 written = 0;
    bool headerWritten = false;
};

MonitorFileJobs::MonitorFileJobs(QObject* parent) : QObject(parent) {}

MonitorFileJobs::~MonitorFileJobs()
{
    if (m_job)
        m_job->file.cancelWriting();
}

void MonitorFileJobs::setStore(EventStore* store)
{
    if (store == m_store)
        return;
    cancel();
    m_store = store;
}

Error MonitorFileJobs::begin(const QString& path, std::unique_ptr<Job> job)
{
    if (m_job) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Another file is still being written. Wait until it is done or cancel it."));
    }
    job->file.setFileName(path);
    if (!job->file.open(QIODevice::WriteOnly)) {
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), job->file.errorString()),
            job->file.errorString());
    }
    m_job = std::move(job);
    QTimer::singleShot(0, this, &MonitorFileJobs::run);
    return {};
}

Error MonitorFileJobs::saveCapture(const QString& path)
{
    if (!m_store)
        return Error::make(ErrorCode::InvalidInput, tr("There are no events to save."));
    auto job = std::make_unique<Job>();
    job->kind = Job::Kind::Capture;
    job->firstSeq = m_store->firstSeq();
    job->total = qint64(m_store->nextSeq() - m_store->firstSeq());
    return begin(path, std::move(job));
}

Error MonitorFileJobs::exportEvents(const QString& path, ExportFormat format, const EventFilter& filter)
{
    if (!m_store)
        return Error::make(ErrorCode::InvalidInput, tr("There are no events to export."));
    auto job = std::make_unique<Job>();
    job->kind = Job::Kind::Export;
    job->format = format;
    const QVector<qint32> indices = m_store->filter(filter);
    job->seqs.reserve(indices.size());
    for (qint32 i : indices)
        job->seqs.append(m_store->at(i).seq);
    job->total = job->seqs.size();
    return begin(path, std::move(job));
}

void MonitorFileJobs::run()
{
    if (!m_job)
        return;
    Job& j = *m_job;
    if (!m_store) {
        finish(Error::make(ErrorCode::Cancelled, tr("Cancelled; no file was written.")));
        return;
    }
    QElapsedTimer slice;
    slice.start();
    QString error;
    bool ok = true;
    while (ok && j.position < j.total && slice.elapsed() < m_sliceMs) {
        const qint64 end = std::min(j.total, j.position + kEventsPerChunk);
        if (j.kind == Job::Kind::Capture) {
            QByteArray buffer;
            for (; j.position < end; ++j.position) {
                const quint64 seq = j.firstSeq + quint64(j.position);
                const qsizetype index = m_store->indexOf(seq);
                if (index < 0)
                    continue; // evicted meanwhile
                const EventRecord& r = m_store->at(index);
                if (r.type == ZoomEventType::Gap)
                    continue; // not something that was received
                RawEvent raw;
                raw.source = r.source;
                raw.verification = r.verification;
                raw.receivedAtMs = r.receivedAtMs;
                raw.body = m_store->rawBody(seq);
                raw.headers = m_store->rawHeaders(seq);
                buffer += CaptureWriter::toLine(raw);
                buffer += '\n';
                ++j.written;
            }
            if (j.file.write(buffer) != buffer.size()) {
                ok = false;
                error = j.file.errorString();
            }
        } else {
            QVector<qint32> indices;
            indices.reserve(end - j.position);
            for (; j.position < end; ++j.position) {
                const qsizetype index = m_store->indexOf(j.seqs[j.position]);
                if (index >= 0)
                    indices.append(qint32(index));
            }
            if (!j.headerWritten || j.format == ExportFormat::JsonLines) {
                ok = EventExporter(*m_store).exportTo(&j.file, j.format, indices, &error);
                j.headerWritten = true;
            } else {
                // Each call writes the CSV header; only the first one is kept.
                QBuffer chunk;
                chunk.open(QIODevice::WriteOnly);
                ok = EventExporter(*m_store).exportTo(&chunk, j.format, indices, &error);
                QByteArray data = chunk.data();
                const qsizetype headerEnd = data.indexOf("\r\n");
                data.remove(0, headerEnd < 0 ? data.size() : headerEnd + 2);
                if (ok && j.file.write(data) != data.size()) {
                    ok = false;
                    error = j.file.errorString();
                }
            }
            j.written += indices.size();
        }
    }
    if (!ok) {
        finish(Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(j.file.fileName()), error), error));
        return;
    }
    emit progress(j.position, j.total);
    if (j.position < j.total) {
        QTimer::singleShot(0, this, &MonitorFileJobs::run);
        return;
    }
    if (j.kind == Job::Kind::Export && !j.headerWritten &&
        !EventExporter(*m_store).exportTo(&j.file, j.format, {}, &error)) {
        finish(Error::make(ErrorCode::FileWrite, error, error));
        return;
    }
    finish({});
}

void MonitorFileJobs::finish(const Error& error)
{
    std::unique_ptr<Job> job = std::move(m_job);
    Error e = error;
    if (e.ok() && !job->file.commit()) {
        e = Error::make(ErrorCode::FileWrite,
                        tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(job->file.fileName()), job->file.errorString()),
                        job->file.errorString());
    }
    if (!e.ok()) {
        job->file.cancelWriting();
        emit finished(e, QString());
        return;
    }
    const QString file = QDir::toNativeSeparators(job->file.fileName());
    const QString message =
        job->kind == Job::Kind::Capture
            ? tr("Capture file %1 saved (events: %n).", nullptr, int(job->written)).arg(file)
            : tr("Exported to %1 (events: %n).", nullptr, int(job->written)).arg(file);
    emit finished({}, message);
}

void MonitorFileJobs::cancel()
{
    if (!m_job)
        return;
    std::unique_ptr<Job> job = std::move(m_job);
    job->file.cancelWriting();
    emit finished(Error::make(ErrorCode::Cancelled, tr("Cancelled; no file was written.")), QString());
}

} // namespace syncdesk
