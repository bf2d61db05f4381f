#pragma once

#include "server/billing/BillingContext.h"
#include "server/billing/EventEffect.h"

namespace mm::server::billing {

// charge.refunded: the refund is recorded against its payment; a full refund ends the order as
// refunded and revokes its license (after the transaction, see EventEffect).
class RefundEvents
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::RefundEvents)

public:
    explicit RefundEvents(BillingContext& context);

    Result<EventEffect> refunded(const QJsonObject& charge);

private:
    BillingContext& m_context;
};

} // namespace mm::server::billing
