#pragma once

#include "EventSource.h"
#include "MonitoredEvent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <optional>

namespace syncdesk {

// Capture files: JSON Lines, one object per event as it was received:
//   {"received_at":"2024-01-01T10:00:00.123Z","source":"webhook","verification":"signature_valid",
//    "headers":{"x-zm-signature":"v0=…",…},"body":"<the raw body, as a JSON string>"}
// The body is kept byte for byte (a body that is not UTF-8 goes into "body_base64" instead).
// A body that is not strictly valid JSON is marked "body_invalid_json": true. Credentials in
// headers are masked by redact::isCredentialHeader. A writer appending to a file cut mid-line
// starts on a new line; readers skip a cut last line with a warning.

struct CaptureLineError
{
    qint64 line = 0; // 1-based
    QString message; // translated
};

class CaptureWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaptureWriter)
public:
    CaptureWriter() = default;
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter&) = delete;
    CaptureWriter& operator=(const CaptureWriter&) = delete;

    // Creates (or, with append, extends) the file. error: translated.
    bool open(const QString& path, QString* error = nullptr, bool append = false);
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    // Each call ends with a flush, so a crash loses at most the batch being written.
    bool write(const MonitoredEvent& event);
    bool write(const MonitoredEventBatch& events);
    void close();
    qint64 eventsWritten() const { return m_written; }
    QString errorString() const { return m_error; }

    // One capture line for the event, without the trailing newline. bodyInvalidJson (the parser's
    // verdict) adds "body_invalid_json": true, so a reader knows the body is raw text.
    static QByteArray toLine(const RawEvent& raw, bool bodyInvalidJson = false);

private:
    bool flushOut();

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_written = 0;
    QString m_error;
};

// Reads a capture line by line (a million-event capture is never held in memory as a whole).
// Malformed lines are skipped and recorded with their line number.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)
public:
    CaptureReader() = default;
    CaptureReader(const CaptureReader&) = delete;
    CaptureReader& operator=(const CaptureReader&) = delete;

    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    // The next well-formed event, parsed with ZoomEventParser; false at the end of the file.
    bool next(MonitoredEvent* event);
    // Up to max events (fewer at the end).
    MonitoredEventBatch readBatch(qsizetype max);
    bool atEnd() const;
    qint64 lineNumber() const { return m_line; } // of the last line read
    const QList<CaptureLineError>& errors() const { return m_errors; }
    // Set when reading stopped because of an I/O error (not because of a malformed line).
    QString ioError() const { return m_ioError; }

    // One capture line to a raw event; false with a translated reason when the line is malformed.
    static bool parseLine(QByteArrayView line, RawEvent* raw, QString* error);
    // The whole file; for small captures and tests.
    static MonitoredEventBatch readAll(const QString& path, QList<CaptureLineError>* lineErrors = nullptr,
                                       QString* error = nullptr);

private:
    QFile m_file;
    qint64 m_line = 0;
    QList<CaptureLineError> m_errors;
    QString m_ioError;
};

// Plays a capture back into the monitor: either at the original pace (received_at deltas divided by
// speed) or as fast as possible in batches, a slice per event-loop turn so the UI stays responsive.
// Replayed events keep their original received_at; their source is Replay and their verification
// NotChecked (the capture records how they were verified when they arrived; nothing is re-checked).
class CaptureReplayer : public EventSource
{
    Q_OBJECT
public:
    enum class Pace
    {
        Original,
        AsFastAsPossible
    };
    Q_ENUM(Pace)

    explicit CaptureReplayer(QObject* parent = nullptr);
    ~CaptureReplayer() override;

    // speed: 1 = real time, 10 = ten times faster (Original pace only). error: translated.
    bool start(const QString& path, Pace pace = Pace::Original, double speed = 1.0, QString* error = nullptr);
    void stop() override;
    bool isRunning() const { return m_running; }
    EventSourceKind kind() const override { return EventSourceKind::Replay; }
    State state() const override { return m_running ? State::Running : State::Stopped; }
    qint64 replayedCount() const { return m_replayed; }
    const QList<CaptureLineError>& lineErrors() const { return m_reader.errors(); }
    // Fast mode: events per batch at most, and time spent per event-loop turn at most.
    void setFastBatchLimits(int maxEvents, int maxMs);

signals:
    void lineError(qint64 line, const QString& message);
    void finished();

private:
    void step();
    bool readNext();
    void reportNewErrors();
    void finish();

    CaptureReader m_reader;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Pace m_pace = Pace::Original;
    double m_speed = 1.0;
    bool m_running = false;
    qint64 m_replayed = 0;
    qint64 m_firstReceivedMs = 0;
    std::optional<MonitoredEvent> m_next;
    qsizetype m_errorsReported = 0;
    int m_fastMaxEvents = 2000;
    int m_fastMaxMs = 8;
};

} // namespace syncdesk
