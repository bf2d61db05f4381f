#include "server/billing/RevenueReport.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

bool within(const QDateTime& time, const QDateTime& from, const QDateTime& to)
{
    return time.isValid() && time >= from && time < to;
}

QString period(const QDateTime& time, bool monthly)
{
    return time.toUTC().toString(monthly ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s);
}

bool isActive(const QString& status)
{
    return status == u"active" || status == u"trialing" || status == u"past_due";
}

} // namespace

RevenueReport::RevenueReport(int feePercent)
    : m_feePercent(feePercent)
{}

RevenueReport::Totals RevenueReport::finish(Totals t) const
{
    const qint64 kept = t.gross - t.refunds;
    t.fee = kept > 0 ? kept * m_feePercent / 100 : 0;
    t.net = kept - t.fee;
    return t;
}

QJsonObject RevenueReport::toJson(const Totals& t)
{
    return {{u"gross"_s, t.gross},
            {u"refunds"_s, t.refunds},
            {u"fee"_s, t.fee},
            {u"net"_s, t.net},
            {u"payments"_s, t.payments}};
}

QJsonArray RevenueReport::buckets(const QList<Payment>& payments, const QDateTime& from, const QDateTime& to,
                                  bool monthly) const
{
    QMap<std::pair<QString, QString>, Totals> sums; // (period, currency): sorted by period
    for (const Payment& p : payments) {
        if (within(p.paidAt, from, to)) {
            Totals& t = sums[{period(p.paidAt, monthly), p.currency}];
            t.gross += p.amount;
            ++t.payments;
        }
        if (p.refundedAmount > 0 && within(p.refundedAt, from, to))
            sums[{period(p.refundedAt, monthly), p.currency}].refunds += p.refundedAmount;
    }
    QJsonArray result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QJsonObject bucket = toJson(finish(it.value()));
        bucket.insert(u"period"_s, it.key().first);
        bucket.insert(u"currency"_s, it.key().second);
        result.append(bucket);
    }
    return result;
}

QJsonArray RevenueReport::modules(const QList<Payment>& payments) const
{
    QMap<std::pair<QString, QString>, Totals> sums; // (module, currency)
    for (const Payment& p : payments) {
        Totals& t = sums[{p.module, p.currency}];
        t.gross += p.amount;
        t.refunds += p.refundedAmount;
        ++t.payments;
    }
    QJsonArray result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QJsonObject entry = toJson(finish(it.value()));
        entry.insert(u"module"_s, it.key().first);
        entry.insert(u"currency"_s, it.key().second);
        result.append(entry);
    }
    return result;
}

QJsonObject RevenueReport::subscriptions(const QList<BillingSubscription>& list, const QDateTime& now) const
{
    const QDateTime windowStart = now.addDays(-30);
    QMap<QString, std::pair<qint64, qint64>> mrr; // currency -> (monthly sum, yearly sum)
    qint64 active = 0;
    qint64 cancelled = 0;
    qint64 activeAtStart = 0;
    qint64 cancelledInWindow = 0;
    for (const BillingSubscription& s : list) {
        // Churn follows the subscriptions that were active when the window opened: one started
        // and cancelled inside the window is neither counted nor churned.
        const bool endedBefore = s.canceledAt.isValid() && s.canceledAt < windowStart;
        if (s.started < windowStart && !endedBefore) {
            ++activeAtStart;
            if (within(s.canceledAt, windowStart, now.addSecs(1)))
                ++cancelledInWindow;
        }
        if (s.status == u"canceled") {
            ++cancelled;
            continue;
        }
        if (!isActive(s.status))
            continue;
        ++active;
        // A trial pays nothing yet, and metered usage has no fixed recurring amount.
        if (s.status == u"trialing" || s.interval.isEmpty())
            continue;
        auto& [monthly, yearly] = mrr[s.currency];
        (s.interval == u"year" ? yearly : monthly) += s.amount;
    }
    QJsonArray mrrJson;
    for (auto it = mrr.cbegin(); it != mrr.cend(); ++it)
        mrrJson.append(QJsonObject{{u"currency"_s, it.key()}, {u"amount"_s, it->first + it->second / 12}});
    return {{u"mrr"_s, mrrJson},
            {u"active"_s, active},
            {u"cancelled"_s, cancelled},
            {u"churn_window_days"_s, 30},
            {u"active_at_window_start"_s, activeAtStart},
            {u"cancelled_in_window"_s, cancelledInWindow},
            {u"churn_per_mille"_s, activeAtStart > 0 ? cancelledInWindow * 1000 / activeAtStart : 0}};
}

} // namespace mm::server::billing
