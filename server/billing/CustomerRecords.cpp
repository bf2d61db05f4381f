#include "server/billing/CustomerRecords.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

CustomerRecords::CustomerRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> CustomerRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS customers (tenant TEXT PRIMARY KEY,"
              " customer_id TEXT NOT NULL UNIQUE)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the customer records"));
}

Result<std::optional<QString>> CustomerRecords::customerOf(const QString& tenant)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT customer_id FROM customers WHERE tenant = ?"_s);
    q.addBindValue(tenant);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the Stripe customer of %1").arg(tenant)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> CustomerRecords::save(const QString& tenant, const QString& customerId)
{
    QSqlQuery q(m_database.db());
    // The first customer stays: two purchases racing to create one keep the one recorded first.
    q.prepare(u"INSERT OR IGNORE INTO customers(tenant, customer_id) VALUES (?, ?)"_s);
    q.addBindValue(tenant);
    q.addBindValue(customerId);
    return catalog::CatalogDatabase::exec(q, tr("recording the Stripe customer of %1").arg(tenant));
}

} // namespace mm::server::billing
