#pragma once

#include "core/licensing/License.h"
#include "core/licensing/LicenseStatus.h"
#include "core/trust/KeyList.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <optional>

namespace mm::licensing {

struct LicenseCheck
{
    LicenseStatus status = LicenseStatus::Malformed;
    QString message; // for people; names what was wrong, or until when the license holds
    // Present once the signature verified and the payload parsed, whatever the status after that.
    std::optional<License> license;
};

// Checks a license document offline (docs/licensing.md, "Verification"). The signature is
// checked over the exact payload bytes before any of its fields is read; only Ed25519 exists, so
// no algorithm is ever read from the document. Cheap to call: build one per key list and reuse it.
class LicenseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::LicenseVerifier)

public:
    // A clock this far behind the latest trusted time is still believed (NTP steps, skew).
    static constexpr qint64 clockToleranceSeconds = 5 * 60;

    struct Context
    {
        QString tenantId;
        QString machineId;
        QSet<QString> revokedLicenses;
        // Keys the catalog revoked since the key list was issued.
        QSet<QString> revokedKeys;
    };

    LicenseVerifier(trust::KeyList keys, Context context);

    // `now` is the system clock; `latestTrusted` the newest time this profile has trusted
    // (TrustedClock), invalid when none yet.
    LicenseCheck verify(QByteArrayView document, const QDateTime& now, const QDateTime& latestTrusted) const;

    const Context& context() const { return m_context; }

private:
    LicenseCheck checkTerms(License license, const QDateTime& now, const QDateTime& latestTrusted) const;

    trust::KeyList m_keys;
    Context m_context;
};

} // namespace mm::licensing
