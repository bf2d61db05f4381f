#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

#include <optional>

namespace mm::server {

// A tenant's paid subscription to one module. Status values are Stripe's subscription statuses
// ("active", "past_due", "canceled", ...), and external_id holds the payment provider's id, so that
// billing webhooks (a later issue) can update rows as they arrive; operators create them with
// `modmarketd license issue` until then.
struct Subscription
{
    static constexpr QStringView active = u"active";

    QString tenant;
    QString module;
    QString planId; // the pricing plan of the catalog ("monthly"), or the license plan's name
    QDateTime currentPeriodEnd;
    QString status;
    QString externalId; // empty when not created by a payment provider
    QDateTime updated;

    // Only a paid-up subscription whose period has not ended yet renews licenses.
    bool renews(const QDateTime& now) const { return status == active && currentPeriodEnd > now; }
};

class SubscriptionRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::SubscriptionRecords)

public:
    explicit SubscriptionRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // One subscription per tenant and module: a new one replaces the old.
    Result<void> save(const Subscription& subscription);
    Result<std::optional<Subscription>> find(const QString& tenant, const QString& module);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server
