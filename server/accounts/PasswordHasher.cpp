#include "server/accounts/PasswordHasher.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace mm::server::accounts {

Result<QByteArray> PasswordHasher::hash(const QString& password)
{
    crypto::ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Storage, tr("Cannot hash the password: the server is out of memory."));
    out.truncate(qsizetype(qstrlen(out.constData())));
    return out;
}

bool PasswordHasher::verify(const QByteArray& hash, const QString& password)
{
    crypto::ensureSodium();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    // hash is a QByteArray, so constData() is NUL-terminated as crypto_pwhash_str_verify needs.
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& hash)
{
    crypto::ensureSodium();
    return crypto_pwhash_str_needs_rehash(hash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

const QByteArray& PasswordHasher::dummyHash()
{
    // Made once per process from random bytes nobody sees; thread-safe as a function-local static.
    static const QByteArray dummy = [] {
        crypto::ensureSodium();
        QByteArray secret(32, '\0');
        randombytes_buf(secret.data(), size_t(secret.size()));
        return hash(QString::fromLatin1(secret.toBase64())).value_or(QByteArray());
    }();
    return dummy;
}

} // namespace mm::server::accounts
