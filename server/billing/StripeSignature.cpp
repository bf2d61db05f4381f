#include "server/billing/StripeSignature.h"

#include <QMessageAuthenticationCode>

#include <cstdlib>
#include <sodium.h>

namespace mm::server::billing {

QByteArray StripeSignature::sign(qint64 timestamp, const QByteArray& body, const QByteArray& secret)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp) + '.');
    mac.addData(body);
    return mac.result().toHex();
}

StripeSignature::Verdict StripeSignature::verify(const QByteArray& header, const QByteArray& body,
                                                 const QByteArray& secret, qint64 nowSeconds)
{
    if (header.isEmpty())
        return Verdict::Missing;
    std::optional<qint64> timestamp;
    QList<QByteArray> candidates;
    for (const QByteArray& part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return Verdict::Malformed;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            const qint64 t = value.toLongLong(&ok);
            if (!ok || timestamp)
                return Verdict::Malformed;
            timestamp = t;
        } else if (key == "v1") {
            candidates.append(value);
        }
        // v0 and future schemes are ignored: only v1 (HMAC-SHA256) is trusted.
    }
    if (!timestamp || candidates.isEmpty())
        return Verdict::Malformed;
    if (std::llabs(nowSeconds - *timestamp) > toleranceSeconds)
        return Verdict::Stale;
    const QByteArray expected = sign(*timestamp, body, secret);
    bool matched = false;
    for (const QByteArray& candidate : candidates)
        if (candidate.size() == expected.size() &&
            sodium_memcmp(candidate.constData(), expected.constData(), size_t(expected.size())) == 0)
            matched = true; // keep looking: the time taken does not tell which candidate matched
    return matched ? Verdict::Valid : Verdict::NoMatch;
}

QString StripeSignature::reason(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("the signature is valid");
    case Verdict::Missing:
        return tr("the Stripe-Signature header is missing");
    case Verdict::Malformed:
        return tr("the Stripe-Signature header is malformed (it needs t= and at least one v1=)");
    case Verdict::Stale:
        return tr("the signature's timestamp is more than %1 seconds away from now").arg(toleranceSeconds);
    case Verdict::NoMatch:
        return tr("no v1 signature matches the body under the webhook secret");
    }
    return {};
}

} // namespace mm::server::billing
