// Feeds arbitrary bytes to the parsers of signed documents: the envelope, and the key list and
// package payloads (both directly and as the payload of an envelope that parsed). Whatever parses
// must survive a round trip through its writer with the same content, and nothing may crash.
#include "core/crypto/SignedEnvelope.h"
#include "core/trust/KeyListContent.h"
#include "core/trust/PackageClaim.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkPayloads(const QByteArray& bytes)
{
    if (const auto keys = mm::trust::KeyListContent::fromPayload(bytes)) {
        const auto again = mm::trust::KeyListContent::fromPayload(keys->toPayload());
        if (!again || again->version != keys->version || !(again->root == keys->root) ||
            again->keys.size() != keys->keys.size() || again->revoked != keys->revoked)
            std::abort();
        for (qsizetype i = 0; i < keys->keys.size(); ++i)
            if (again->keys[i].id != keys->keys[i].id || again->keys[i].role != keys->keys[i].role ||
                !(again->keys[i].key == keys->keys[i].key))
                std::abort();
    }
    if (const auto claim = mm::trust::PackageClaim::fromPayload(bytes)) {
        const auto again = mm::trust::PackageClaim::fromPayload(claim->toPayload());
        if (!again || again->id != claim->id || again->version != claim->version ||
            again->sha256 != claim->sha256 || again->size != claim->size ||
            again->publisher != claim->publisher)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkPayloads(bytes);
    const auto envelope = mm::crypto::SignedEnvelope::parse(bytes);
    if (!envelope)
        return 0;
    const auto again = mm::crypto::SignedEnvelope::parse(envelope->toJson());
    if (!again || again->type() != envelope->type() || again->payload() != envelope->payload() ||
        again->signatures().size() != envelope->signatures().size())
        std::abort();
    for (qsizetype i = 0; i < envelope->signatures().size(); ++i)
        if (again->signatures()[i].keyId != envelope->signatures()[i].keyId ||
            again->signatures()[i].signature != envelope->signatures()[i].signature)
            std::abort();
    checkPayloads(envelope->payload());
    return 0;
}
