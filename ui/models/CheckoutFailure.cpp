#include "ui/models/CheckoutFailure.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

QString CheckoutFailure::explain(const Error& error, std::optional<checkout::OrderStatus> status)
{
    // The order's status says what happened at Stripe; the error code what happened here.
    QString words;
    if (status == checkout::OrderStatus::Cancelled)
        words = tr("The payment was cancelled on the payment page. Nothing was charged.");
    else if (status == checkout::OrderStatus::Expired)
        words = tr("The payment page expired before a payment was made. Nothing was charged.");
    else if (status == checkout::OrderStatus::Failed)
        words = tr("The payment did not go through. Nothing was charged; try again or use another card.");
    else if (error.code == ErrorCode::Timeout)
        words = tr("No payment was confirmed in time. If you did pay, the license arrives with the next "
                   "refresh from the marketplace; otherwise nothing was charged.");
    else if (error.code == ErrorCode::Network)
        words = tr("The marketplace cannot be reached. Check the connection and try again.");
    else if (error.code == ErrorCode::Unauthenticated)
        words = tr("Sign in first: purchases are made for the tenant of the signed-in account.");
    else if (error.code == ErrorCode::Verification)
        words = tr("The license the marketplace delivered did not pass the check, so it was not stored.");
    else
        words = tr("The purchase could not be completed.");
    return words + u"\n\n"_s + error.message;
}

} // namespace mm::ui
