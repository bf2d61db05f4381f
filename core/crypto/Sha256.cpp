#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace mm::crypto {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::Sha256)
};
} // namespace

void Sha256::Free::operator()(evp_md_ctx_st* context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::reset()
{
    // Only allocation failure makes these fail, and then nothing can be hashed at all.
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
}

void Sha256::add(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context.get(), data.data(), static_cast<size_t>(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.truncate(static_cast<qsizetype>(length));
    reset();
    return digest;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.add(data);
    return sha.result();
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(hash(data).toHex());
}

Result<QString> Sha256::hexOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    Sha256 sha;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return fail(ErrorCode::Storage, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        sha.add(QByteArrayView(block.constData(), n));
    }
    return sha.hexResult();
}

bool Sha256::isHexDigest(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace mm::crypto
