#include "server/SubscriptionRecords.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server {

SubscriptionRecords::SubscriptionRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> SubscriptionRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS subscriptions (tenant TEXT NOT NULL, module TEXT NOT NULL,"
              " plan_id TEXT NOT NULL, current_period_end TEXT NOT NULL, status TEXT NOT NULL,"
              " external_id TEXT UNIQUE, updated TEXT NOT NULL, PRIMARY KEY (tenant, module))"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the subscription records"));
}

Result<void> SubscriptionRecords::save(const Subscription& s)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO subscriptions(tenant, module, plan_id, current_period_end, status, external_id,"
              " updated) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(tenant, module) DO UPDATE SET"
              " plan_id = excluded.plan_id, current_period_end = excluded.current_period_end,"
              " status = excluded.status, external_id = excluded.external_id, updated = excluded.updated"_s);
    q.addBindValue(s.tenant);
    q.addBindValue(s.module);
    q.addBindValue(s.planId);
    q.addBindValue(s.currentPeriodEnd.toUTC().toString(Qt::ISODate));
    q.addBindValue(s.status);
    q.addBindValue(s.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(s.externalId));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return catalog::CatalogDatabase::exec(
        q, tr("recording the subscription of %1 to %2").arg(s.tenant, s.module));
}

Result<std::optional<Subscription>> SubscriptionRecords::find(const QString& tenant, const QString& module)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT plan_id, current_period_end, status, external_id, updated FROM subscriptions"
              " WHERE tenant = ? AND module = ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    if (auto ok =
            catalog::CatalogDatabase::exec(q, tr("reading the subscription of %1 to %2").arg(tenant, module));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return Subscription{tenant,
                        module,
                        q.value(0).toString(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        QDateTime::fromString(q.value(4).toString(), Qt::ISODate)};
}

} // namespace mm::server
