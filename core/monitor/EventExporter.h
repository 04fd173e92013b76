#pragma once

#include "MonitoredEvent.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QVector>

namespace syncdesk {

class EventStore;
class JsonWriter;

enum class ExportFormat { JsonLines, Csv };

// Writes events held by an EventStore to a file: JSON Lines (one object per event with
// received_at, source, event, event_ts, account_id, user_id, email, verification, headers and the
// payload as sent) or CSV (translated header, RFC 4180, UTF-8 with BOM, through CsvWriter).
// Headers go through the one redaction policy (common/Redact.h). A body that is not strictly
// valid JSON is never dropped: "payload" is null and the body follows as "body_raw" (an escaped
// string; "body_base64" too when its bytes are not UTF-8), marked "body_invalid_json": true.
class EventExporter
{
    Q_DECLARE_TR_FUNCTIONS(EventExporter)
public:
    explicit EventExporter(const EventStore& store) : m_store(store) {}

    bool exportTo(QIODevice* out, ExportFormat format, const QVector<qint32>& indices,
                  QString* error = nullptr) const;
    bool exportAll(QIODevice* out, ExportFormat format, QString* error = nullptr) const;

    // The members every event line shares (captures excepted): "payload" copied from the body,
    // or the raw body marked as above. isGap: the body is the payload itself.
    static void appendPayload(JsonWriter& w, QByteArrayView body, bool isGap = false);
    // One line for `syncdeskctl monitor` (no trailing newline).
    static QByteArray cliLine(const MonitoredEvent& event);

private:
    const EventStore& m_store;
};

} // namespace syncdesk
