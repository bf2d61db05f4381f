#pragma once

#include "core/catalog/CatalogDatabase.h"

namespace mm::server::billing {

// The ids of the Stripe events already handled. Recorded in the same transaction as an event's
// effect, so a redelivered or concurrently duplicated event changes nothing the second time.
class StripeEventLog
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::StripeEventLog)

public:
    explicit StripeEventLog(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<bool> seen(const QString& eventId);
    // True when the id is new (and is now recorded), false when it was handled before.
    Result<bool> record(const QString& eventId, const QString& type);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
