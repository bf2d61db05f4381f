#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"
#include "core/trust/KeyList.h"
#include "core/trust/PackageClaim.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mm::trust {

// The signatures beside a package (<name>.mmpkg.sig): the publisher's, then the marketplace's
// countersignature (docs/installation.md, "Package").
class PackageSignatures
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::PackageSignatures)

public:
    // What the catalog, the plan and the downloaded archive say the package is.
    struct Expectation
    {
        QString sha256;
        qint64 size = 0;
        QString id;
        QString version;
    };
    struct Trust
    {
        QList<crypto::PublicKey> publisherKeys; // from the signed catalog (or developer-trusted files)
        const KeyList* keys = nullptr; // countersign keys; nullptr only with requireCountersignature=false
        QStringList revokedKeyIds;     // from the catalog's revoked_keys
        bool requireCountersignature = true;
    };

    // Checks a publisher signature, then the claim against `expected`, then the countersignature
    // by a current countersign key. Revoked keys (trust.revokedKeyIds or the key list) never count.
    static Result<PackageClaim> verify(QByteArrayView envelopeJson, const Expectation& expected,
                                       const Trust& trust);
    static QByteArray signAsPublisher(const PackageClaim& claim, const crypto::SecretKey& publisherKey);
    // Adds the countersignature to a publisher-signed envelope.
    static Result<QByteArray> countersign(QByteArrayView envelopeJson,
                                          const crypto::SecretKey& countersignKey);
};

} // namespace mm::trust
