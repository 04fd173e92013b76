// libFuzzer target: ZoomEventParser::parse over arbitrary bytes (the webhook body or the inner
// WebSocket "content"), through the simdjson path the receiver uses (one parse per body). Besides crashes and ASan
// reports it checks the parser's contract: valid exactly when there is no parse error, and a
// recognised type maps back to itself by name.

#include "common/JsonWriter.h"
#include "zoom/ZoomEvent.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace syncdesk;

#define FUZZ_CHECK(cond)                                                                                \
    do {                                                                                                \
        if (!(cond)) {                                                                                  \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            std::abort();                                                                               \
        }                                                                                               \
    } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // fromRawData: no copy and no terminating NUL, so ASan sees any read past the end.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ZoomEvent e = ZoomEventParser::parse(bytes);
    FUZZ_CHECK(e.valid == e.parseError.isEmpty());
    // (Not checked: a non-empty name. {"event":""} parses as valid with an empty name; whether
    // that should count as "an event name" is the parser's call, see docs/perf-receiver.md.)
    FUZZ_CHECK(e.type < ZoomEventType::Count_);
    // Strict JSON is UTF-8; bytes that are not must be flagged so writers keep them as raw text.
    if (!JsonWriter::isUtf8(QByteArrayView(bytes)))
        FUZZ_CHECK(e.bodyInvalidJson || !e.jsonObject);
    // Whatever came in, the writer's escaping of it is valid UTF-8 (what every output relies on).
    QByteArray escaped;
    JsonWriter::appendString(&escaped, QByteArrayView(bytes));
    FUZZ_CHECK(JsonWriter::isUtf8(QByteArrayView(escaped)));
    if (e.type != ZoomEventType::Unknown && e.type != ZoomEventType::Gap)
        FUZZ_CHECK(ZoomEventParser::typeFromName(ZoomEventParser::typeName(e.type)) == e.type);
    // Labels for whatever came out must exist without crashing (they feed the UI directly).
    (void)ZoomEventParser::presenceLabel(e.presence);
    (void)ZoomEventParser::callStateLabel(e.callState);
    (void)ZoomEventParser::typeLabel(e.type);
    return 0;
}
