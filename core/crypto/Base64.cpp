#include "core/crypto/Base64.h"

namespace mm::crypto::base64 {

QString encode(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

std::optional<QByteArray> decode(QStringView text)
{
    const QByteArray latin1 = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != latin1)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace mm::crypto::base64
