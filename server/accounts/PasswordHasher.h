#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mm::server::accounts {

// Argon2id password hashes in libsodium's self-describing string form ("$argon2id$v=19$m=...").
// Each call costs tens of milliseconds and 64 MiB on purpose; call these from a worker thread,
// never from the event loop (AccountRoutes runs them in its own pool).
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::PasswordHasher)

public:
    // OPSLIMIT/MEMLIMIT_INTERACTIVE; Storage error only when the machine is out of memory.
    static Result<QByteArray> hash(const QString& password);
    // False for a wrong password and for an empty or malformed hash (a deleted account).
    static bool verify(const QByteArray& hash, const QString& password);
    // True when `hash` was made with other limits than hash() uses now.
    static bool needsRehash(const QByteArray& hash);
    // A fixed, valid hash of a password nobody knows: a login for an unknown e-mail address verifies
    // against it, so it takes as long as one for a known address.
    static const QByteArray& dummyHash();
};

} // namespace mm::server::accounts
