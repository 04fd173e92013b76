#include "CaptureFile.h"

#include "EventFormat.h"
#include "common/JsonWriter.h"
#include "common/SimdJson.h"

#include "common/Log.h"

#include <cmath>
#include <optional>
#include <utility>

namespace syncdesk {

namespace {

// A file cut by SIGKILL or a full disk ends in half a line; whatever is appended must start on a
// line of its own, or it would be glued to the fragment and both lost.
bool endsMidLine(QFile& file)
{
    const qint64 size = file.size();
    if (size <= 0)
        return false;
    QFile probe(file.fileName());
    if (!probe.open(QIODevice::ReadOnly) || !probe.seek(size - 1))
        return false;
    char last = 0;
    return probe.getChar(&last) && last != '\n';
}

} // namespace

// ---- CaptureWriter

CaptureWriter::~CaptureWriter()
{
    close();
}

bool CaptureWriter::open(const QString& path, QString* error, bool append)
{
    close();
    m_written = 0;
    m_error.clear();
    m_file.setFileName(path);
    const QIODevice::OpenMode mode =
        QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate);
    if (!m_file.open(mode)) {
        m_error = tr("Cannot create the capture file %1: %2").arg(path, m_file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    if (append && endsMidLine(m_file)) {
        m_buffer.append('\n');
        if (!flushOut()) {
            if (error)
                *error = m_error;
            return false;
        }
    }
    return true;
}

QByteArray CaptureWriter::toLine(const RawEvent& raw, bool bodyInvalidJson)
{
    QByteArray line;
    line.reserve(raw.body.size() + 400);
    JsonWriter w(&line);
    appendIsoUtcMs(w.member("received_at").append('"'), raw.receivedAtMs);
    line.append('"');
    w.string("source", QStringView(sourceKindName(raw.source)));
    w.string("verification", QStringView(verificationName(raw.verification)));
    w.headers("headers", raw.headers);
    // The body byte for byte: as a string when it is UTF-8, else as base64.
    if (JsonWriter::isUtf8(raw.body))
        w.string("body", QByteArrayView(raw.body));
    else
        w.raw("body_base64", QByteArray('"' + raw.body.toBase64() + '"'));
    if (bodyInvalidJson)
        w.boolean("body_invalid_json", true);
    w.end();
    return line;
}

bool CaptureWriter::flushOut()
{
    if (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush()) {
        m_error = tr("Cannot write to the capture file %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CaptureWriter::write(const MonitoredEvent& event)
{
    if (!m_file.isOpen())
        return false;
    m_buffer.append(toLine(event.raw, event.parsed.bodyInvalidJson));
    m_buffer.append('\n');
    if (!flushOut())
        return false;
    ++m_written;
    return true;
}

bool CaptureWriter::write(const MonitoredEventBatch& events)
{
    if (!m_file.isOpen())
        return false;
    for (const MonitoredEvent& e : events) {
        m_buffer.append(toLine(e.raw, e.parsed.bodyInvalidJson));
        m_buffer.append('\n');
    }
    if (!flushOut())
        return false;
    m_written += events.size();
    return true;
}

void CaptureWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

// ---- CaptureReader

bool CaptureReader::open(const QString& path, QString* error)
{
    close();
    m_line = 0;
    m_errors.clear();
    m_ioError.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_ioError = tr("Cannot open the capture file %1: %2").arg(path, m_file.errorString());
        if (error)
            *error = m_ioError;
        return false;
    }
    return true;
}

void CaptureReader::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool CaptureReader::atEnd() const
{
    return !m_file.isOpen() || m_file.atEnd();
}

bool CaptureReader::parseLine(QByteArrayView line, RawEvent* raw, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    simdjson::dom::parser& parser = json::threadParser();
    simdjson::dom::element root;
    if (const simdjson::error_code e = json::parse(parser, line, root))
        return fail(tr("not valid JSON (%1)").arg(QString::fromLatin1(simdjson::error_message(e))));
    simdjson::dom::object object;
    if (root.get_object().get(object))
        return fail(tr("not a JSON object"));
    auto field = [&](const char* key) -> std::optional<simdjson::dom::element> {
        simdjson::dom::element v;
        if (object.at_key(key).get(v))
            return std::nullopt;
        return v;
    };
    auto stringOf = [](const std::optional<simdjson::dom::element>& v) {
        std::string_view s;
        return v && !v->get_string().get(s) ? json::toQString(s) : QString();
    };

    RawEvent r;
    const auto received = field("received_at");
    if (received && received->is_number()) {
        double ms = 0;
        if (received->get_double().get(ms))
            ms = 0;
        r.receivedAtMs = qint64(ms);
    } else {
        const std::optional<qint64> ms = parseIsoMs(stringOf(received));
        if (!ms)
            return fail(tr("\"received_at\" is missing or not an ISO-8601 time"));
        r.receivedAtMs = *ms;
    }
    if (const QString source = stringOf(field("source")); !source.isEmpty()) {
        const auto kind = sourceKindFromName(source);
        if (!kind)
            return fail(tr("unknown source \"%1\"").arg(source));
        r.source = *kind;
    }
    if (const QString verification = stringOf(field("verification")); !verification.isEmpty()) {
        const auto v = verificationFromName(verification);
        if (!v)
            return fail(tr("unknown verification \"%1\"").arg(verification));
        r.verification = *v;
    }

    // Header values are Latin-1 by HTTP's definition; the writer mapped them byte for byte.
    auto latin1 = [](const simdjson::dom::element& v) {
        std::string_view s;
        return v.get_string().get(s) ? QByteArray() : json::toQString(s).toLatin1();
    };
    const auto headers = field("headers");
    simdjson::dom::object headerObject;
    simdjson::dom::array headerArray;
    if (headers && !headers->get_object().get(headerObject)) {
        for (const auto member : headerObject)
            r.headers.append({json::toQString(member.key).toLatin1(), latin1(member.value)});
    } else if (headers && !headers->get_array().get(headerArray)) {
        // [[name, value], …] also accepted: it is what a hand-written capture tends to use.
        for (const simdjson::dom::element pair : headerArray) {
            simdjson::dom::array a;
            if (pair.get_array().get(a) || a.size() < 1)
                continue;
            const QByteArray name = latin1(a.at(0).value_unsafe());
            const QByteArray value = a.size() > 1 ? latin1(a.at(1).value_unsafe()) : QByteArray();
            if (!name.isEmpty())
                r.headers.append({name, value});
        }
    } else if (headers && !headers->is_null()) {
        return fail(tr("\"headers\" is neither an object nor a list"));
    }

    const auto body = field("body");
    const auto base64 = field("body_base64");
    std::string_view s;
    if (body && !body->get_string().get(s)) {
        r.body = QByteArray(s.data(), qsizetype(s.size()));
    } else if (base64 && !base64->get_string().get(s)) {
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray(s.data(), qsizetype(s.size())));
        if (!decoded)
            return fail(tr("\"body_base64\" is not valid base64"));
        r.body = decoded.decoded;
    } else if (body && body->is_object()) {
        // A hand-edited capture may hold the event itself rather than a string of it.
        r.body = QByteArray::fromStdString(simdjson::minify(*body));
    } else {
        return fail(tr("no \"body\""));
    }
    *raw = std::move(r);
    return true;
}

bool CaptureReader::next(MonitoredEvent* event)
{
    while (m_file.isOpen() && !m_file.atEnd()) {
        QByteArray line = m_file.readLine();
        if (line.isEmpty() && m_file.error() != QFileDevice::NoError) {
            m_ioError =
                tr("Cannot read the capture file %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        ++m_line;
        const bool complete = line.endsWith('\n');
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        RawEvent raw;
        if (!parseLine(line, &raw, &why)) {
            if (!complete && m_file.atEnd()) {
                // The writer was stopped mid-line (killed, or the disk filled up): the fragment
                // is skipped and said so; every complete line before it is read.
                m_errors.append({m_line, tr("Line %1: the last line was cut off (the capture was not "
                                            "closed properly); it is skipped.").arg(m_line)});
                qCWarning(lcMonitor) << "capture" << m_file.fileName() << "ends with a cut line" << m_line;
                continue;
            }
            m_errors.append({m_line, tr("Line %1: %2").arg(m_line).arg(why)});
            continue;
        }
        event->parsed = ZoomEventParser::parse(raw.body);
        event->raw = std::move(raw);
        return true;
    }
    return false;
}

MonitoredEventBatch CaptureReader::readBatch(qsizetype max)
{
    MonitoredEventBatch batch;
    MonitoredEvent e;
    while (batch.size() < max && next(&e))
        batch.append(std::move(e));
    return batch;
}

MonitoredEventBatch CaptureReader::readAll(const QString& path, QList<CaptureLineError>* lineErrors,
                                           QString* error)
{
    CaptureReader reader;
    MonitoredEventBatch all;
    if (!reader.open(path, error))
        return all;
    MonitoredEvent e;
    while (reader.next(&e))
        all.append(std::move(e));
    if (lineErrors)
        *lineErrors = reader.errors();
    if (error && !reader.ioError().isEmpty())
        *error = reader.ioError();
    return all;
}

// ---- CaptureReplayer

CaptureReplayer::CaptureReplayer(QObject* parent) : EventSource(parent)
{
    m_timer.setSingleShot(true);
    // Original pace is about milliseconds; the default coarse timer may be 5 % late.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CaptureReplayer::step);
}

CaptureReplayer::~CaptureReplayer() = default;

void CaptureReplayer::setFastBatchLimits(int maxEvents, int maxMs)
{
    m_fastMaxEvents = std::max(1, maxEvents);
    m_fastMaxMs = std::max(1, maxMs);
}

bool CaptureReplayer::start(const QString& path, Pace pace, double speed, QString* error)
{
    stop();
    if (!m_reader.open(path, error))
        return false;
    m_pace = pace;
    m_speed = (speed > 0 && std::isfinite(speed)) ? speed : 1.0;
    m_replayed = 0;
    m_errorsReported = 0;
    m_running = true;
    m_next.reset();
    readNext();
    m_firstReceivedMs = m_next ? m_next->raw.receivedAtMs : 0;
    m_clock.start();
    // Never emit from start(): the caller connects first and gets everything through the loop.
    m_timer.start(0);
    emit stateChanged(State::Running, tr("Replaying %1").arg(path));
    return true;
}

void CaptureReplayer::stop()
{
    m_timer.stop();
    if (std::exchange(m_running, false))
        emit stateChanged(State::Stopped, QString());
    m_next.reset();
    m_reader.close();
}

bool CaptureReplayer::readNext()
{
    MonitoredEvent e;
    if (!m_reader.next(&e)) {
        m_next.reset();
        return false;
    }
    e.raw.source = EventSourceKind::Replay;
    e.raw.verification = Verification::NotChecked;
    m_next = std::move(e);
    return true;
}

void CaptureReplayer::reportNewErrors()
{
    const auto& errors = m_reader.errors();
    for (; m_errorsReported < errors.size(); ++m_errorsReported)
        emit lineError(errors[m_errorsReported].line, errors[m_errorsReported].message);
}

void CaptureReplayer::finish()
{
    m_running = false;
    m_reader.close();
    emit stateChanged(State::Stopped, QString());
    emit finished();
}

void CaptureReplayer::step()
{
    if (!m_running)
        return;
    MonitoredEventBatch batch;
    if (m_pace == Pace::AsFastAsPossible) {
        QElapsedTimer slice;
        slice.start();
        while (m_next && batch.size() < m_fastMaxEvents && slice.elapsed() < m_fastMaxMs) {
            batch.append(std::move(*m_next));
            readNext();
        }
    } else {
        // Everything that is due now goes out together; the next event sets the timer.
        const double elapsed = double(m_clock.nsecsElapsed()) / 1e6;
        while (m_next) {
            const double due =
                double(std::max<qint64>(0, m_next->raw.receivedAtMs - m_firstReceivedMs)) / m_speed;
            if (due > elapsed)
                break;
            batch.append(std::move(*m_next));
            readNext();
            if (batch.size() >= m_fastMaxEvents)
                break;
        }
    }
    m_replayed += batch.size();
    reportNewErrors();
    // Emitting may re-enter (a slot calling stop()); state is settled before it.
    const bool more = m_next.has_value();
    if (!batch.isEmpty())
        emit eventsReceived(batch);
    if (!m_running)
        return;
    if (!more) {
        finish();
        return;
    }
    if (m_pace == Pace::AsFastAsPossible) {
        m_timer.start(0);
    } else {
        const double due =
            double(std::max<qint64>(0, m_next->raw.receivedAtMs - m_firstReceivedMs)) / m_speed;
        const double wait = due - double(m_clock.nsecsElapsed()) / 1e6;
        m_timer.start(wait > 0 ? int(std::ceil(wait)) : 0);
    }
}

} // namespace syncdesk
