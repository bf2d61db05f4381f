#include "core/crypto/Fingerprint.h"

#include "core/crypto/Sha256.h"

#include <algorithm>

namespace mm::crypto::fingerprint {

QString display(QStringView hex)
{
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += u' ';
        out += hex.mid(i, 4);
    }
    return out;
}

std::optional<QString> normalise(QStringView input)
{
    QString hex;
    hex.reserve(64);
    for (const QChar c : input.trimmed()) {
        if (c == u' ' || c == u':')
            continue;
        if (hex.size() == 64)
            return std::nullopt;
        hex += c.toLower();
    }
    if (!Sha256::isHexDigest(hex))
        return std::nullopt;
    return hex;
}

bool isKeyId(QStringView text)
{
    return text.size() == 16 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace mm::crypto::fingerprint
