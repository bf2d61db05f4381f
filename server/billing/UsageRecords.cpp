#include "server/billing/UsageRecords.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

UsageRecords::UsageRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> UsageRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS usage_records (id TEXT PRIMARY KEY, tenant TEXT NOT NULL,"
              " module TEXT NOT NULL, quantity INTEGER NOT NULL, time TEXT NOT NULL,"
              " reported_to_stripe INTEGER NOT NULL DEFAULT 0)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the usage records"));
}

Result<bool> UsageRecords::add(const QString& id, const QString& tenant, const QString& module,
                               qint64 quantity, const QDateTime& time)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT OR IGNORE INTO usage_records(id, tenant, module, quantity, time) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(tenant);
    q.addBindValue(module);
    q.addBindValue(quantity);
    q.addBindValue(isoUtc(time));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording usage %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

Result<void> UsageRecords::markReported(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE usage_records SET reported_to_stripe = 1 WHERE id = ?"_s);
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("marking usage %1 reported").arg(id));
}

Result<qint64> UsageRecords::total(const QString& tenant, const QString& module, const QDateTime& from,
                                   const QDateTime& to)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COALESCE(SUM(quantity), 0) FROM usage_records WHERE tenant = ? AND module = ?"
              " AND time >= ? AND time < ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("adding up the usage of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace mm::server::billing
