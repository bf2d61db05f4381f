#pragma once

#include "core/checkout/Order.h"
#include "core/common/Error.h"

#include <QCoreApplication>

#include <optional>

namespace mm::ui {

// Why a purchase did not complete, in words a buyer understands (cancelled in the browser, the
// page expired, the payment failed, timed out, the marketplace cannot be reached), followed by
// the error's own sentence.
class CheckoutFailure
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::CheckoutFailure)

public:
    // `status`: the order's status as last read, when there is an order.
    static QString explain(const Error& error, std::optional<checkout::OrderStatus> status);
};

} // namespace mm::ui
