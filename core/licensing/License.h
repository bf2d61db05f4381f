#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretKey.h"
#include "core/licensing/LicensePlan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mm::licensing {

// One feature a license unlocks; a limit (seats, exports a month, ...) when the feature is metered.
struct Entitlement
{
    QString feature;
    std::optional<qint64> limit;

    friend bool operator==(const Entitlement&, const Entitlement&) = default;
};

// The payload of a license envelope (docs/licensing.md, "License document"). It says nothing
// about whether the license is genuine or in force: that is LicenseVerifier's job.
struct License
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::License)

public:
    static constexpr QStringView envelopeType = u"license";
    static constexpr qsizetype maxDocumentBytes = 64 * 1024;
    static constexpr qsizetype maxEntitlements = 256;

    QString id;
    QString moduleId;
    QString tenantId;
    LicensePlan plan = LicensePlan::Free;
    QList<Entitlement> entitlements;
    QDateTime issued;
    QDateTime notBefore;
    QDateTime expires;       // invalid: never expires
    qint64 graceSeconds = 0; // how long after `expires` the license still works, with warnings
    QString machine;         // empty: not bound to a machine

    bool expiresAtAll() const { return expires.isValid(); }
    QDateTime graceEnds() const { return expires.isValid() ? expires.addSecs(graceSeconds) : QDateTime(); }
    bool grants(QStringView feature) const;
    std::optional<qint64> limitOf(QStringView feature) const;

    QByteArray toPayload() const;
    // Every field is checked and named in the error (ErrorCode::Parse).
    static Result<License> fromPayload(QByteArrayView json);
    // The envelope JSON of this license signed by `key` (the marketplace's license key).
    QByteArray sign(const crypto::SecretKey& key) const;

    friend bool operator==(const License&, const License&) = default;
};

} // namespace mm::licensing
