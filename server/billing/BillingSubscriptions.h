#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

#include <optional>

namespace mm::server::billing {

// A Stripe subscription as billing sees it: what it costs per interval (for MRR), whose module it
// is (for revenue) and when it started and ended (for churn). The license side of the same
// subscription lives in SubscriptionRecords.
struct BillingSubscription
{
    QString id; // Stripe's sub_ id
    QString orderId;
    QString tenant;
    QString module;
    QString publisher;
    QString plan;
    QString interval; // "month", "year", or empty for usage (metered)
    qint64 amount = 0;
    QString currency;
    QString status; // Stripe's
    QDateTime periodStart;
    QDateTime periodEnd;
    QDateTime started;
    QDateTime canceledAt; // invalid: not cancelled
};

class BillingSubscriptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::BillingSubscriptions)

public:
    explicit BillingSubscriptions(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<void> insert(const BillingSubscription& subscription);
    Result<std::optional<BillingSubscription>> find(const QString& id);
    // The tenant's newest subscription to the module.
    Result<std::optional<BillingSubscription>> of(const QString& tenant, const QString& module);
    Result<void> update(const QString& id, const QString& status, const QDateTime& periodStart,
                        const QDateTime& periodEnd, const QDateTime& canceledAt);
    Result<QList<BillingSubscription>> ofPublisher(const QString& publisher);

private:
    Result<QList<BillingSubscription>> select(const QString& where, const QVariantList& values);

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
