#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <optional>

namespace mm::server::billing {

// One Stripe customer per tenant, created on its first purchase.
class CustomerRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::CustomerRecords)

public:
    explicit CustomerRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<std::optional<QString>> customerOf(const QString& tenant);
    Result<void> save(const QString& tenant, const QString& customerId);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
