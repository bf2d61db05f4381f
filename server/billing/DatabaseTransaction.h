#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <functional>

namespace mm::server::billing {

// Runs `work` in one SQLite write transaction (BEGIN IMMEDIATE, so the write lock is taken up
// front): all of it is committed, or none of it when `work` fails.
class DatabaseTransaction
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::DatabaseTransaction)

public:
    static Result<void> run(catalog::CatalogDatabase& database, const std::function<Result<void>()>& work);
};

} // namespace mm::server::billing
