// Feeds arbitrary bytes to the license verifier twice: as a whole document (envelope parsing,
// key lookup and signature check), and as a payload that the fuzzer signs with the real license
// key, so the field parser and the time, tenant and machine checks behind the signature are
// reached too. Nothing may crash, a parsed license must round-trip, and a payload the parser
// accepts must never be reported as anything but a decision about its terms.
#include "core/crypto/SecretKey.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/licensing/License.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/trust/KeyList.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace mm;

struct Fixture
{
    crypto::SecretKey root = crypto::SecretKey::fromSeed(QByteArray(32, 'R'));
    crypto::SecretKey license = crypto::SecretKey::fromSeed(QByteArray(32, 'L'));
    std::optional<licensing::LicenseVerifier> verifier;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

    Fixture()
    {
        trust::KeyListContent content;
        content.version = 1;
        content.issued = now;
        content.root = root.publicKey();
        content.keys = {{license.id(), trust::KeyRole::License, license.publicKey(), now.addYears(50)}};
        auto keys =
            trust::KeyList::verify(trust::KeyList::sign(content, root), root.publicKey().fingerprint());
        if (!keys)
            std::abort();
        verifier.emplace(std::move(*keys), licensing::LicenseVerifier::Context{
                                               QStringLiteral("tenant-a"), QStringLiteral("m1"), {}, {}});
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const auto asDocument = fixture.verifier->verify(bytes, fixture.now, {});
    if (asDocument.status != licensing::LicenseStatus::Malformed && asDocument.message.isEmpty())
        std::abort();

    const auto parsed = licensing::License::fromPayload(bytes);
    if (parsed) {
        const auto again = licensing::License::fromPayload(parsed->toPayload());
        if (!again || !(*again == *parsed))
            std::abort();
    }
    if (size > std::size_t(licensing::License::maxDocumentBytes) / 2)
        return 0;
    const QByteArray signedDocument =
        crypto::SignedEnvelope::sign(QStringLiteral("license"), QByteArray(bytes), fixture.license).toJson();
    const auto check = fixture.verifier->verify(signedDocument, fixture.now, {});
    using licensing::LicenseStatus;
    const bool refusedBeforeTerms = check.status == LicenseStatus::Malformed ||
                                    check.status == LicenseStatus::BadSignature ||
                                    check.status == LicenseStatus::UnknownKey;
    // The payload parser alone decides between "malformed" and a decision on the terms.
    if (parsed.has_value() == (check.status == LicenseStatus::Malformed))
        std::abort();
    if (parsed && (refusedBeforeTerms && check.status != LicenseStatus::UnknownKey))
        std::abort();
    if (parsed && (!check.license || !(*check.license == *parsed)))
        std::abort();
    return 0;
}
