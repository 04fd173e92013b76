#include "EventExporter.h"

#include "EventFormat.h"
#include "EventStore.h"
#include "common/CsvWriter.h"
#include "common/JsonWriter.h"
#include "common/SimdJson.h"

#include <numeric>

namespace syncdesk {

namespace {

// The bytes of a value inside an already validated document, as sent (escapes, number spellings,
// key order intact). On Demand finds them without building anything.
bool rawValue(const simdjson::padded_string& padded, bool whole, std::string_view* out)
{
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return false;
    if (whole)
        return !doc.raw_json().get(*out);
    simdjson::ondemand::value payload;
    if (doc.find_field_unordered("payload").get(payload))
        return false;
    simdjson::ondemand::json_type type;
    if (payload.type().get(type))
        return false;
    if (type == simdjson::ondemand::json_type::object) {
        simdjson::ondemand::object o;
        return !payload.get_object().get(o) && !o.raw_json().get(*out);
    }
    if (type == simdjson::ondemand::json_type::array) {
        simdjson::ondemand::array a;
        return !payload.get_array().get(a) && !a.raw_json().get(*out);
    }
    *out = payload.raw_json_token();
    return true;
}

} // namespace

void EventExporter::appendPayload(JsonWriter& w, QByteArrayView body, bool isGap)
{
    simdjson::dom::parser& parser = json::threadParser();
    simdjson::dom::element root;
    // The DOM parse validates the whole body (On Demand alone would not look at what it skips).
    if (!body.isEmpty() && !json::parse(parser, body, root)) {
        const simdjson::padded_string padded(body.data(), size_t(body.size()));
        std::string_view raw;
        if (rawValue(padded, isGap, &raw)) {
            // Gap bodies are the payload; Zoom bodies hold it under "payload". Line breaks of
            // pretty-printed bodies go: in valid JSON they can only be whitespace.
            QByteArray& out = w.member("payload");
            for (char ch : raw) {
                if (ch != '\n' && ch != '\r')
                    out.append(ch);
            }
            return;
        }
        w.null("payload"); // valid JSON without a payload: the body as text, as received
        w.string("body", body);
        return;
    }
    w.null("payload");
    if (body.isEmpty())
        return;
    // Not valid JSON (bytes that are not UTF-8, 1e400, or not JSON at all): kept as text, never
    // dropped, and marked so nobody takes the text for the payload. Bytes that are not UTF-8
    // become U+FFFD in body_raw; body_base64 then keeps them exactly.
    w.string("body_raw", body);
    if (!JsonWriter::isUtf8(body))
        w.raw("body_base64", QByteArray('"' + body.toByteArray().toBase64() + '"'));
    w.boolean("body_invalid_json", true);
}

QByteArray EventExporter::cliLine(const MonitoredEvent& e)
{
    QByteArray line;
    line.reserve(e.raw.body.size() + 200);
    JsonWriter w(&line);
    appendIsoUtcMs(w.member("received_at").append('"'), e.raw.receivedAtMs);
    line.append('"');
    w.string("source", QStringView(sourceKindName(e.raw.source)));
    w.string("event", QStringView(e.parsed.name));
    if (e.parsed.eventTsMs)
        w.number("event_ts", e.parsed.eventTsMs);
    if (!e.parsed.accountId.isEmpty())
        w.string("account_id", QStringView(e.parsed.accountId));
    if (!e.parsed.userId.isEmpty())
        w.string("user_id", QStringView(e.parsed.userId));
    if (!e.parsed.email.isEmpty())
        w.string("email", QStringView(e.parsed.email));
    appendPayload(w, e.raw.body);
    w.end();
    return line;
}

bool EventExporter::exportTo(QIODevice* out, ExportFormat format, const QVector<qint32>& indices,
                             QString* error) const
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!out || !out->isWritable())
        return fail(tr("The export file is not open for writing."));

    QByteArray buf;
    constexpr qsizetype kFlushAt = 1 << 20;
    buf.reserve(kFlushAt + 64 * 1024);
    auto flush = [&]() {
        if (buf.isEmpty())
            return true;
        const qint64 written = out->write(buf);
        const bool ok = written == buf.size();
        buf.clear();
        return ok;
    };
    auto writeFailed = [&]() { return fail(tr("Could not write the export: %1").arg(out->errorString())); };

    CsvWriter csv(&buf);
    if (format == ExportFormat::Csv) {
        csv.byteOrderMark();
        csv.row({tr("Received (UTC)"), tr("Source"), tr("Event"), tr("Type"), tr("Event time (UTC)"),
                 tr("Account ID"), tr("User ID"), tr("E-mail"), tr("Name"), tr("Peer user ID"), tr("Presence"),
                 tr("Call state"), tr("Summary"), tr("Verification")});
    }

    const EventStore& s = m_store;
    for (qint32 index : indices) {
        if (index < 0 || index >= s.size())
            continue;
        const EventRecord& r = s.at(index);
        if (format == ExportFormat::Csv) {
            csv.cell(isoUtcMs(r.receivedAtMs))
                .cell(sourceKindLabel(r.source))
                .cell(s.string(r.eventName))
                .cell(ZoomEventParser::typeLabel(r.type))
                .cell(r.eventTsMs ? isoUtcMs(r.eventTsMs) : QString())
                .cell(s.accountId(r))
                .cell(s.string(r.userId))
                .cell(s.string(r.email))
                .cell(s.string(r.userName))
                .cell(s.string(r.peerUserId))
                .cell(ZoomEventParser::presenceLabel(r.presence))
                .cell(ZoomEventParser::callStateLabel(r.callState))
                .cell(r.summary ? s.string(r.summary) : QString())
                .cell(r.type == ZoomEventType::Gap ? QString() : verificationLabel(r.verification));
            csv.endRow();
        } else {
            const bool gap = r.type == ZoomEventType::Gap;
            JsonWriter w(&buf);
            appendIsoUtcMs(w.member("received_at").append('"'), r.receivedAtMs);
            buf.append('"');
            w.string("source", QStringView(sourceKindName(r.source)));
            if (gap)
                w.null("event");
            else
                w.string("event", QStringView(s.string(r.eventName)));
            if (r.eventTsMs && !gap)
                w.number("event_ts", r.eventTsMs);
            else
                w.null("event_ts");
            if (r.account)
                w.string("account_id", QStringView(s.accountId(r)));
            w.string("user_id", QStringView(s.string(r.userId)));
            w.string("email", QStringView(s.string(r.email)));
            w.string("verification", QStringView(verificationName(r.verification)));
            w.headers("headers", s.rawHeaders(r.seq));
            appendPayload(w, s.rawBody(r.seq), gap);
            w.end();
            buf.append('\n');
        }
        if (buf.size() >= kFlushAt && !flush())
            return writeFailed();
    }
    if (!flush())
        return writeFailed();
    return true;
}

bool EventExporter::exportAll(QIODevice* out, ExportFormat format, QString* error) const
{
    QVector<qint32> all(m_store.size());
    std::iota(all.begin(), all.end(), 0);
    return exportTo(out, format, all, error);
}

} // namespace syncdesk
