#pragma once

// simdjson (Debian libsimdjson-dev) is the project's JSON reader: the receiver, the event parser,
// capture replay and exports all read with it. Its DOM parser validates a whole document (syntax,
// UTF-8, numbers) and builds a compact tape in one pass; the build picks the CPU's fastest kernel
// at run time. Measured against QJsonDocument in tests/bench/bench_json_parse.cpp.
#include <simdjson.h>

#include <QByteArrayView>
#include <QString>

#include <string_view>

namespace syncdesk::json {

// Parses bytes with parser (reuse one per thread: its buffers stay allocated). simdjson reads up
// to SIMDJSON_PADDING bytes past the end, so the bytes are copied into a padded per-thread buffer
// first (a memcpy, cheaper than the allocation simdjson would make). The result does not point
// into bytes; it lives until parser parses again.
simdjson::error_code parse(simdjson::dom::parser& parser, QByteArrayView bytes, simdjson::dom::element& root);

// A parser for the calling thread, for code that parses and finishes before parsing again.
simdjson::dom::parser& threadParser();

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline std::string_view view(QLatin1StringView s)
{
    return std::string_view(s.data(), size_t(s.size()));
}

// Errors that leave a document JSON in shape but not strictly valid: bytes that are not UTF-8, a
// number no double or 64-bit integer holds (1e400). Signed events with these are kept, not dropped.
inline bool isIrregular(simdjson::error_code e)
{
    return e == simdjson::UTF8_ERROR || e == simdjson::NUMBER_ERROR ||
           e == simdjson::NUMBER_OUT_OF_RANGE;
}

} // namespace syncdesk::json
