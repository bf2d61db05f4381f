#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/trust/TrustedKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace mm::trust {

// The payload of a key list envelope (docs/installation.md, "Key list"); says nothing about
// whether it is trusted, which is KeyList's job.
struct KeyListContent
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::KeyListContent)

public:
    static constexpr qsizetype maxKeys = 10'000;
    static constexpr qsizetype maxPayloadBytes = 64LL * 1024 * 1024;

    qint64 version = 0;
    QDateTime issued;
    crypto::PublicKey root;
    QList<TrustedKey> keys;
    QStringList revoked;

    QByteArray toPayload() const;
    // Every field is checked and named in the error (ErrorCode::Parse); each key's id must be
    // the id of its public key.
    static Result<KeyListContent> fromPayload(QByteArrayView json);
};

} // namespace mm::trust
