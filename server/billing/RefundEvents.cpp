#include "server/billing/RefundEvents.h"

using namespace Qt::StringLiterals;

namespace mm::server::billing {

RefundEvents::RefundEvents(BillingContext& context)
    : m_context(context)
{}

Result<EventEffect> RefundEvents::refunded(const QJsonObject& charge)
{
    const QString chargeId = charge.value(u"id").toString();
    const auto payment = m_context.payments.forCharge(chargeId, idOf(charge.value(u"payment_intent")),
                                                      idOf(charge.value(u"invoice")));
    if (!payment)
        return std::unexpected(payment.error());
    if (!*payment)
        return EventEffect::ignore(tr("refund of charge %1, which pays for nothing recorded").arg(chargeId));
    const Payment& p = **payment;
    const QString currency = charge.value(u"currency").toString().toUpper();
    if (currency != p.currency)
        return EventEffect::ignore(
            tr("refund of charge %1 in %2, payment %3 in %4").arg(chargeId, currency, p.id, p.currency));
    const qint64 refunded = std::min(charge.value(u"amount_refunded").toInteger(), p.amount);
    if (refunded <= p.refundedAmount)
        return EventEffect::ignore(
            tr("refund of charge %1 adds nothing to the %2 recorded").arg(chargeId).arg(p.refundedAmount));
    if (auto ok = m_context.payments.setRefunded(p.id, refunded, QDateTime::currentDateTimeUtc()); !ok)
        return std::unexpected(ok.error());
    if (refunded < p.amount)
        return EventEffect::done(tr("payment %1: %2 of %3 refunded").arg(p.id).arg(refunded).arg(p.amount));
    const auto order = m_context.orders.find(p.orderId);
    if (!order)
        return std::unexpected(order.error());
    const auto moved = m_context.orders.transition(p.orderId, Order::fulfilled, Order::refunded);
    if (!moved)
        return std::unexpected(moved.error());
    EventEffect effect =
        EventEffect::done(tr("payment %1 refunded in full; order %2 refunded").arg(p.id, p.orderId));
    if (*moved && *order && !(*order)->licenseId.isEmpty()) {
        effect.revokeLicense = (*order)->licenseId;
        effect.revokeReason = tr("payment %1 was refunded").arg(p.id);
    }
    return effect;
}

} // namespace mm::server::billing
