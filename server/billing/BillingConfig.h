#pragma once

#include <QString>
#include <QUrl>

namespace mm::server::billing {

// What modmarketd needs to know to take payments (docs/checkout.md, "Configuration").
struct BillingConfig
{
    QString secretKey; // empty: the marketplace takes no payments
    QString webhookSecret;
    QUrl stripeApi;
    QUrl publicUrl; // where browsers reach modmarketd; the listening address unless configured
    int platformFeePercent = 20;

    bool takesPayments() const { return !secretKey.isEmpty(); }
};

} // namespace mm::server::billing
