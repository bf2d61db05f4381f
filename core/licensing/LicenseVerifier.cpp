#include "core/licensing/LicenseVerifier.h"

#include "core/crypto/SignedEnvelope.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::licensing {

namespace {

LicenseCheck refuse(LicenseStatus status, QString message)
{
    return LicenseCheck{status, std::move(message), std::nullopt};
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

LicenseVerifier::LicenseVerifier(trust::KeyList keys, Context context)
    : m_keys(std::move(keys))
    , m_context(std::move(context))
{}

LicenseCheck LicenseVerifier::verify(QByteArrayView document, const QDateTime& now,
                                     const QDateTime& latestTrusted) const
{
    if (document.isEmpty())
        return refuse(LicenseStatus::Malformed, tr("The license is empty."));
    if (document.size() > License::maxDocumentBytes)
        return refuse(LicenseStatus::Malformed, tr("The license is %1 bytes; a license is at most %2 bytes.")
                                                    .arg(document.size())
                                                    .arg(License::maxDocumentBytes));
    const auto envelope = crypto::SignedEnvelope::parse(document);
    if (!envelope)
        return refuse(LicenseStatus::Malformed,
                      tr("Not a license document: %1").arg(envelope.error().message));
    if (envelope->type() != License::envelopeType)
        return refuse(LicenseStatus::Malformed,
                      tr("The document is a signed \"%1\", not a license.").arg(envelope->type()));
    if (envelope->signatures().size() != 1)
        return refuse(LicenseStatus::Malformed,
                      tr("A license carries exactly one signature; this one has %1.")
                          .arg(envelope->signatures().size()));

    const crypto::Signature& signature = envelope->signatures().front();
    if (m_keys.isRevoked(signature.keyId) || m_context.revokedKeys.contains(signature.keyId))
        return refuse(LicenseStatus::Revoked,
                      tr("The key %1 that signed the license is revoked.").arg(signature.keyId));
    const trust::TrustedKey* key = m_keys.findAny(signature.keyId);
    if (!key)
        return refuse(LicenseStatus::UnknownKey,
                      tr("The license is signed by key %1, which is not in the marketplace's key list.")
                          .arg(signature.keyId));
    if (key->role != trust::KeyRole::License)
        return refuse(LicenseStatus::UnknownKey,
                      tr("The license is signed by key %1, a %2 key, not a license key.")
                          .arg(signature.keyId, trust::keyRoleName(key->role)));
    const QByteArray message = crypto::SignedEnvelope::signedMessage(envelope->type(), envelope->payload());
    if (!key->key.verify(message, signature.signature))
        return refuse(LicenseStatus::BadSignature,
                      tr("The license's signature by key %1 does not verify: it was changed or forged.")
                          .arg(signature.keyId));

    auto license = License::fromPayload(envelope->payload());
    if (!license)
        return refuse(LicenseStatus::Malformed, license.error().message);
    // A key may only sign what is dated before its expiry, so a stolen old key cannot mint new licenses.
    if (license->issued >= key->expires)
        return LicenseCheck{LicenseStatus::UnknownKey,
                            tr("The license was issued on %1, after its key %2 expired on %3.")
                                .arg(when(license->issued), signature.keyId, when(key->expires)),
                            std::move(*license)};
    return checkTerms(std::move(*license), now, latestTrusted);
}

LicenseCheck LicenseVerifier::checkTerms(License license, const QDateTime& now,
                                         const QDateTime& latestTrusted) const
{
    const auto result = [&](LicenseStatus status, QString message) {
        return LicenseCheck{status, std::move(message), std::move(license)};
    };
    if (m_context.revokedLicenses.contains(license.id))
        return result(LicenseStatus::Revoked,
                      tr("The license %1 was revoked by the marketplace.").arg(license.id));
    if (license.tenantId != m_context.tenantId)
        return result(LicenseStatus::WrongTenant,
                      tr("The license is for tenant %1, not for this tenant (%2).")
                          .arg(license.tenantId, m_context.tenantId));
    if (!license.machine.isEmpty() && license.machine != m_context.machineId)
        return result(LicenseStatus::WrongMachine,
                      tr("The license is bound to machine %1, not to this machine (%2).")
                          .arg(license.machine, m_context.machineId));

    // The signed issue time is trusted too: a clock before it was set back.
    QDateTime trusted = latestTrusted;
    if (!trusted.isValid() || license.issued > trusted)
        trusted = license.issued;
    if (now.secsTo(trusted) > clockToleranceSeconds)
        return result(LicenseStatus::ClockTampered,
                      tr("The system clock (%1) is behind a time already seen (%2); the license cannot be "
                         "checked until the clock is correct.")
                          .arg(when(now), when(trusted)));

    if (now < license.notBefore)
        return result(LicenseStatus::NotYetValid,
                      tr("The license starts on %1.").arg(when(license.notBefore)));
    if (!license.expiresAtAll())
        return result(LicenseStatus::Valid, tr("Valid, with no expiry."));
    if (now < license.expires)
        return result(LicenseStatus::Valid, tr("Valid until %1.").arg(when(license.expires)));
    if (now < license.graceEnds())
        return result(LicenseStatus::InGrace,
                      tr("Expired on %1; it keeps working until %2. Renew it before then.")
                          .arg(when(license.expires), when(license.graceEnds())));
    return result(LicenseStatus::Expired, tr("Expired on %1.").arg(when(license.expires)));
}

} // namespace mm::licensing
