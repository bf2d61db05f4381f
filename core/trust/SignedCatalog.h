#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretKey.h"
#include "core/trust/KeyList.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

namespace mm::trust {

// The catalog export in a signed envelope of type "catalog" (docs/installation.md, "Signed catalog").
class SignedCatalog
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::SignedCatalog)

public:
    // Verifies the envelope against a catalog key of `keys` valid at the payload's "generated"
    // time, refuses revoked keys, and returns the payload bytes (the catalog export JSON).
    static Result<QByteArray> verify(QByteArrayView envelopeJson, const KeyList& keys);
    static QByteArray sign(QByteArray payload, const crypto::SecretKey& catalogKey);
    // Reads "expires" from a verified payload; true when it lies before `now`, or when the
    // payload has no readable "expires" (a catalog that does not say is treated as stale).
    static bool isExpired(QByteArrayView payload, const QDateTime& now);
};

} // namespace mm::trust
