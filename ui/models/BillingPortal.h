#pragma once

#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>

namespace mm::ui {

// Manage billing…: asks the marketplace for a Stripe customer portal session of this tenant
// (POST /api/marketplace/billing/portal) on a worker thread; the caller opens the address.
class BillingPortal
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::BillingPortal)

public:
    static QFuture<Result<QUrl>> request(const Profile& profile, const QUrl& marketplace);
};

} // namespace mm::ui
