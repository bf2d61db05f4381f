#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

namespace mm::server::billing {

// Usage a host recorded and the app reported, kept once per record id so that a resent record
// is never counted twice.
class UsageRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::UsageRecords)

public:
    explicit UsageRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // False when the id was recorded before (the first record stands).
    Result<bool> add(const QString& id, const QString& tenant, const QString& module, qint64 quantity,
                     const QDateTime& time);
    Result<void> markReported(const QString& id);
    // Units of the tenant's use of the module with from <= time < to.
    Result<qint64> total(const QString& tenant, const QString& module, const QDateTime& from,
                         const QDateTime& to);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
