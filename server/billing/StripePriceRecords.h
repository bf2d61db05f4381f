#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <optional>

namespace mm::server::billing {

// The Stripe objects modmarketd made for usage modules, so each is made once: a Billing Meter per
// module and a metered price per module, currency and pricing fingerprint (MeteredPrice).
class StripePriceRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::StripePriceRecords)

public:
    explicit StripePriceRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<std::optional<QString>> meterOf(const QString& module);
    // The first meter recorded for a module stays; answers the one that is recorded.
    Result<QString> saveMeter(const QString& module, const QString& meterId);
    Result<std::optional<QString>> priceOf(const QString& module, const QString& currency,
                                           const QString& fingerprint);
    // The first price recorded stays; answers the one that is recorded.
    Result<QString> savePrice(const QString& module, const QString& currency, const QString& fingerprint,
                              const QString& priceId);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
