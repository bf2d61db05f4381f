// libFuzzer target for the advisory feed (core/validation/Advisory): any bytes either parse or
// give a Parse error, and what parses survives a round trip through toJson unchanged.
#include "core/validation/Advisory.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using mm::validation::AdvisoryFeed;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = AdvisoryFeed::parse(input);
    if (!parsed) {
        if (parsed.error().code != mm::ErrorCode::Parse || parsed.error().message.isEmpty()) {
            std::fprintf(stderr, "advisory feed: a refusal that is not a named Parse error\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = AdvisoryFeed::toJson(*parsed);
    const auto again = AdvisoryFeed::parse(written);
    if (!again || again->size() != parsed->size() || AdvisoryFeed::toJson(*again) != written) {
        std::fprintf(stderr, "advisory feed: the round trip changed the feed\n");
        std::abort();
    }
    return 0;
}
