#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::server::billing {

// The app's loopback listener a completion page may redirect to (docs/checkout.md): only http on
// 127.0.0.1 or [::1] with an explicit port and a path, so a page of ours can never send a browser
// anywhere else; and the nonce that listener expects.
class CheckoutCallback
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::CheckoutCallback)

public:
    static Result<void> check(const QString& callback, const QString& nonce);
    // callback?order=…&nonce=…&result=…
    static QUrl redirect(const QString& callback, const QString& order, const QString& nonce,
                         const QString& result);
};

} // namespace mm::server::billing
