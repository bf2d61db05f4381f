#pragma once

#include "server/billing/BillingSubscriptions.h"
#include "server/billing/PaymentRecords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mm::server::billing {

// A publisher's revenue from its payments and subscriptions (docs/checkout.md, "Revenue"), in
// integers per currency: gross, refunds, the platform fee on what was kept, and the net payout.
class RevenueReport
{
public:
    struct Totals
    {
        qint64 gross = 0;
        qint64 refunds = 0;
        qint64 fee = 0;
        qint64 net = 0;
        qint64 payments = 0;
    };

    explicit RevenueReport(int feePercent);

    // fee = (gross - refunds) * percent / 100, rounded down: the developer keeps any fraction.
    Totals finish(Totals totals) const;

    // Buckets of paid and refunded amounts with from <= time < to, by day ("2026-11-22") or month
    // ("2026-11"), then by currency; each entry {"period", "currency", "gross", …}.
    QJsonArray buckets(const QList<Payment>& payments, const QDateTime& from, const QDateTime& to,
                       bool monthly) const;
    // Everything of each module, per currency.
    QJsonArray modules(const QList<Payment>& payments) const;
    // MRR (yearly plans count a twelfth), active and cancelled subscriptions, and churn over the
    // 30 days before `now` as a per-mille integer.
    QJsonObject subscriptions(const QList<BillingSubscription>& subscriptions, const QDateTime& now) const;

    static QJsonObject toJson(const Totals& totals);

private:
    int m_feePercent;
};

} // namespace mm::server::billing
