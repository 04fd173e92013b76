#include "SimdJson.h"

#include <cstring>
#include <vector>

namespace syncdesk::json {

simdjson::error_code parse(simdjson::dom::parser& parser, QByteArrayView bytes, simdjson::dom::element& root)
{
    thread_local std::vector<char> padded;
    const size_t n = size_t(bytes.size());
    if (padded.size() < n + simdjson::SIMDJSON_PADDING)
        padded.resize(n + simdjson::SIMDJSON_PADDING);
    if (n)
        std::memcpy(padded.data(), bytes.data(), n);
    std::memset(padded.data() + n, 0, simdjson::SIMDJSON_PADDING);
    return parser.parse(padded.data(), n, false).get(root);
}

simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

} // namespace syncdesk::json
