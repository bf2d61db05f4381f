#include "server/TenantRecords.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {

TenantRecords::TenantRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

bool TenantRecords::isValidId(const QString& id)
{
    static const QRegularExpression valid(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return valid.match(id).hasMatch();
}

Result<void> TenantRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, tier TEXT NOT NULL,"
              " created TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the tenant records"));
}

Result<Tenant> TenantRecords::find(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT tier, created FROM tenants WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading tenant %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, tr("No tenant \"%1\".").arg(id));
    const auto tier = licensing::tierFromName(q.value(0).toString());
    if (!tier)
        return fail(ErrorCode::Storage,
                    tr("Tenant %1 has an unknown tier \"%2\" in the store.").arg(id, q.value(0).toString()));
    return Tenant{id, *tier, QDateTime::fromString(q.value(1).toString(), Qt::ISODate)};
}

Result<bool> TenantRecords::exists(const QString& id)
{
    const auto tenant = find(id);
    if (!tenant && tenant.error().code != ErrorCode::NotFound)
        return std::unexpected(tenant.error());
    return tenant.has_value();
}

Result<Tenant> TenantRecords::seen(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO tenants(id, tier, created) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING"_s);
    q.addBindValue(id);
    q.addBindValue(licensing::tierName(licensing::Tier::Free));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording tenant %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (q.numRowsAffected() > 0)
        spdlog::info("new tenant {} on the free tier", id.toStdString());
    return find(id);
}

Result<Tenant> TenantRecords::setTier(const QString& id, licensing::Tier tier)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO tenants(id, tier, created) VALUES (?, ?, ?)"
              " ON CONFLICT(id) DO UPDATE SET tier = excluded.tier"_s);
    q.addBindValue(id);
    q.addBindValue(licensing::tierName(tier));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("changing the tier of tenant %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    spdlog::info("tenant {} is now on the {} tier", id.toStdString(),
                 licensing::tierName(tier).toStdString());
    return find(id);
}

licensing::Tier TenantRecords::tierOf(const QString& minTier)
{
    return licensing::tierFromName(minTier).value_or(licensing::Tier::Enterprise);
}

Result<void> TenantRecords::requireTier(const Tenant& tenant, licensing::Tier required, const QString& what)
{
    if (licensing::tierAllows(tenant.tier, required))
        return {};
    return fail(ErrorCode::Forbidden, tr("%1 needs the %2 tier or higher; tenant %3 is on the %4 tier.")
                                          .arg(what, licensing::tierDisplayName(required), tenant.id,
                                               licensing::tierDisplayName(tenant.tier)));
}

} // namespace mm::server
