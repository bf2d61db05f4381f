// License verification benchmark: the median time of LicenseVerifier::verify on one real signed
// license (envelope parsing, key lookup, Ed25519, payload parsing and the checks of its terms),
// next to a bare libsodium crypto_sign_verify_detached of the same signed message, measured in
// the same run. Budget (issue 5): under 100 microseconds.
#include "bench/Stopwatch.h"
#include "core/crypto/SecretKey.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/licensing/License.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/trust/KeyList.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace mm;

namespace {

constexpr double budgetUs = 100;
constexpr int rounds = 20'000;

double timeUs(const std::function<bool()>& work)
{
    const bench::Stopwatch watch;
    if (!work())
        std::abort();
    return watch.elapsedMs() * 1000;
}

// Alternates the two, so that both see the same machine load and CPU frequency.
std::pair<double, double> medianUs(const std::function<bool()>& baseline,
                                   const std::function<bool()>& measured)
{
    QList<double> a;
    QList<double> b;
    for (int i = 0; i < rounds; ++i) {
        a.append(timeUs(baseline));
        b.append(timeUs(measured));
    }
    return {bench::percentile(a, 50), bench::percentile(b, 50)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto root = crypto::SecretKey::generate();
    const auto licenseKey = crypto::SecretKey::generate();
    trust::KeyListContent content;
    content.version = 1;
    content.issued = now;
    content.root = root.publicKey();
    for (int i = 0; i < 8; ++i) { // a realistic list: rotated keys of every role
        const auto other = crypto::SecretKey::generate();
        content.keys.append({other.id(), trust::KeyRole(i % 3), other.publicKey(), now.addYears(1)});
    }
    content.keys.append({licenseKey.id(), trust::KeyRole::License, licenseKey.publicKey(), now.addYears(1)});
    auto keys = trust::KeyList::verify(trust::KeyList::sign(content, root), root.publicKey().fingerprint());
    if (!keys)
        return 1;

    licensing::License license;
    license.id = u"lic-0b7f6c1e-4d2a-4f59-9a43-7c1d2e3f4a5b"_s;
    license.moduleId = u"org.example.reports"_s;
    license.tenantId = u"tenant-3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"_s;
    license.plan = licensing::LicensePlan::Subscription;
    license.entitlements = {{u"export"_s, 1000}, {u"charts"_s, std::nullopt}, {u"scheduling"_s, 20}};
    license.issued = now.addDays(-1);
    license.notBefore = now.addDays(-1);
    license.expires = now.addDays(30);
    license.graceSeconds = 14 * 24 * 3600;
    const QByteArray document = license.sign(licenseKey);

    const licensing::LicenseVerifier verifier(*keys, {license.tenantId, u"m"_s, {}, {}});
    const auto envelope = crypto::SignedEnvelope::parse(document);
    const QByteArray message = crypto::SignedEnvelope::signedMessage(envelope->type(), envelope->payload());
    const QByteArray signature = envelope->signatures().front().signature;
    const QByteArray publicKey = licenseKey.publicKey().bytes();

    const auto bare = [&] {
        return crypto_sign_verify_detached(
                   reinterpret_cast<const unsigned char*>(signature.constData()),
                   reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                   reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
    };
    const auto full = [&] {
        return verifier.verify(document, now, now).status == licensing::LicenseStatus::Valid;
    };
    medianUs(bare, full); // warm-up
    const auto [bareUs, fullUs] = medianUs(bare, full);
    std::printf("license verification, median of %d runs, document %lld bytes\n", rounds,
                static_cast<long long>(document.size()));
    std::printf("  bare libsodium verify of the same bytes: %8.1f us\n", bareUs);
    std::printf("  LicenseVerifier::verify (whole check):   %8.1f us  (%.2fx bare)\n", fullUs,
                fullUs / bareUs);
    std::printf("  budget %.0f us: %s\n", budgetUs, fullUs < budgetUs ? "met" : "MISSED");
    return 0;
}
