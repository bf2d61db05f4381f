#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mm::crypto {

// Key files on disk (docs/installation.md, "Keys and fingerprints"): a secret key file, written
// readable by its owner only, and a public key file to hand out.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::KeyFile)

public:
    static constexpr qsizetype maxFileBytes = 64 * 1024;

    struct Secret
    {
        SecretKey key;
        QString role;
        QDateTime created;
    };

    // Atomically replaces `path` (QSaveFile) with a file of mode 0600.
    static Result<void> writeSecret(const QString& path, const SecretKey& key, const QString& role);
    static Result<Secret> readSecret(const QString& path);
    static Result<void> writePublic(const QString& path, const PublicKey& key);
    // Accepts a public key file or a secret key file (whose public half is returned).
    static Result<PublicKey> readPublic(const QString& path);
};

} // namespace mm::crypto
