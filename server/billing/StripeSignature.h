#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mm::server::billing {

// Checks a webhook's Stripe-Signature header ("t=1700000000,v1=hex[,v1=hex][,v0=hex]"): an
// HMAC-SHA256 of "t." + the exact body bytes under the endpoint's secret, compared in constant
// time, with a timestamp no more than `toleranceSeconds` from now (a replayed old delivery fails).
class StripeSignature
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::StripeSignature)

public:
    static constexpr qint64 toleranceSeconds = 300;

    enum class Verdict
    {
        Valid,
        Missing,   // no header
        Malformed, // no t=, a t that is not a number, or no v1=
        Stale,     // t too far from now
        NoMatch,   // no v1 matches the body
    };

    static Verdict verify(const QByteArray& header, const QByteArray& body, const QByteArray& secret,
                          qint64 nowSeconds);
    // The hex HMAC Stripe sends as v1 (tests sign with it too).
    static QByteArray sign(qint64 timestamp, const QByteArray& body, const QByteArray& secret);
    static QString reason(Verdict verdict);
};

} // namespace mm::server::billing
