#include "CaptureFile.h"

#include "EventFormat.h"
#include "zoom/FlatJson.h"

#include <cmath>
#include <utility>

namespace syncdesk {

namespace {

bool isCredentialHeader(const QByteArray& name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("proxy-authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("cookie", Qt::CaseInsensitive) == 0;
}

bool isUtf8(const QByteArray& bytes)
{
    // QString round trip: cheap enough per event, and exact (invalid sequences do not survive it).
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// Header bytes are Latin-1 by HTTP's definition; mapping byte for byte keeps them exact in JSON.
QString headerText(const QByteArray& b)
{
    return QString::fromLatin1(b);
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
    return true;
}

QByteArray CaptureWriter::toLine(const RawEvent& raw)
{
    QByteArray line;
    line.reserve(raw.body.size() + 400);
    line.append("{\"received_at\":\"");
    appendIsoUtcMs(line, raw.receivedAtMs);
    line.append("\",\"source\":");
    FlatJson::appendQuoted(line, QStringView(sourceKindName(raw.source)));
    line.append(",\"verification\":");
    FlatJson::appendQuoted(line, QStringView(verificationName(raw.verification)));
    line.append(",\"headers\":{");
    // An object keeps the file readable; repeated names are joined as HTTP allows.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const auto& [name, value] : raw.headers) {
        const QByteArray v = isCredentialHeader(name) ? QByteArrayLiteral("***") : value;
        const qsizetype at = names.indexOf(name);
        if (at >= 0) {
            values[at] += ", " + v;
        } else {
            names.append(name);
            values.append(v);
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            line.append(',');
        FlatJson::appendQuoted(line, QStringView(headerText(names[i])));
        line.append(':');
        FlatJson::appendQuoted(line, QStringView(headerText(values[i])));
    }
    line.append('}');
    if (isUtf8(raw.body)) {
        line.append(",\"body\":");
        FlatJson::appendQuoted(line, QByteArrayView(raw.body));
    } else {
        line.append(",\"body_base64\":\"");
        line.append(raw.body.toBase64());
        line.append('"');
    }
    line.append('}');
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
    m_buffer.append(toLine(event.raw));
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
        m_buffer.append(toLine(e.raw));
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
    FlatJson json;
    if (!json.parse(line))
        return fail(tr("not valid JSON (at byte %1)").arg(json.errorOffset()));
    const FlatJson::Value root = json.root();
    if (!root.isObject())
        return fail(tr("not a JSON object"));

    RawEvent r;
    const FlatJson::Value received = root[QLatin1StringView("received_at")];
    if (received.isNumber()) {
        r.receivedAtMs = received.toInt64();
    } else {
        const std::optional<qint64> ms = parseIsoMs(received.toString());
        if (!ms)
            return fail(tr("\"received_at\" is missing or not an ISO-8601 time"));
        r.receivedAtMs = *ms;
    }
    if (const QString source = root[QLatin1StringView("source")].toString(); !source.isEmpty()) {
        const auto kind = sourceKindFromName(source);
        if (!kind)
            return fail(tr("unknown source \"%1\"").arg(source));
        r.source = *kind;
    }
    if (const QString verification = root[QLatin1StringView("verification")].toString();
        !verification.isEmpty()) {
        const auto v = verificationFromName(verification);
        if (!v)
            return fail(tr("unknown verification \"%1\"").arg(verification));
        r.verification = *v;
    }

    const FlatJson::Value headers = root[QLatin1StringView("headers")];
    if (headers.isObject()) {
        headers.forEachMember([&](const FlatJson::Value& name, const FlatJson::Value& value) {
            r.headers.append({name.toString().toLatin1(), value.toString().toLatin1()});
        });
    } else if (headers.isArray()) {
        // [[name, value], …] also accepted: it is what a hand-written capture tends to use.
        headers.forEachElement([&](const FlatJson::Value& pair) {
            QByteArray name;
            QByteArray value;
            int i = 0;
            pair.forEachElement(
                [&](const FlatJson::Value& v) { (i++ == 0 ? name : value) = v.toString().toLatin1(); });
            if (!name.isEmpty())
                r.headers.append({name, value});
        });
    } else if (!headers.isMissing() && headers.type() != FlatJson::Type::Null) {
        return fail(tr("\"headers\" is neither an object nor a list"));
    }

    const FlatJson::Value body = root[QLatin1StringView("body")];
    const FlatJson::Value base64 = root[QLatin1StringView("body_base64")];
    if (body.isString()) {
        // Unescaped strings are the bytes themselves; that skips a UTF-16 round trip per event.
        const QByteArrayView bytes = body.rawString();
        r.body = bytes.contains('\\') ? body.toString().toUtf8() : bytes.toByteArray();
    } else if (base64.isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(base64.rawString().toByteArray());
        if (!decoded)
            return fail(tr("\"body_base64\" is not valid base64"));
        r.body = decoded.decoded;
    } else if (body.isObject()) {
        // A hand-edited capture may hold the event itself rather than a string of it.
        r.body = body.raw().toByteArray();
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
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        RawEvent raw;
        if (!parseLine(line, &raw, &why)) {
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
