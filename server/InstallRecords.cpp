#include "server/InstallRecords.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server {

InstallRecords::InstallRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> InstallRecords::createSchema()
{
    for (const auto& statement :
         {u"CREATE TABLE IF NOT EXISTS tenant_installs (tenant TEXT NOT NULL, module TEXT NOT NULL,"
          " version TEXT NOT NULL, installed_at TEXT NOT NULL, PRIMARY KEY (tenant, module))"_s,
          u"CREATE TABLE IF NOT EXISTS install_counts (module TEXT PRIMARY KEY, installs INTEGER NOT NULL"
          " DEFAULT 0, uninstalls INTEGER NOT NULL DEFAULT 0)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the install records")); !ok)
            return ok;
    }
    return {};
}

Result<qint64> InstallRecords::bump(const QString& module, const char* column)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT INTO install_counts(module, %1) VALUES (?, 1) ON CONFLICT(module) DO UPDATE SET %1 = %1 + 1"_s
            .arg(QLatin1StringView(column)));
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting installs of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    return installCount(module);
}

Result<qint64> InstallRecords::recordInstall(const QString& tenant, const QString& module,
                                             const QString& version)
{
    QSqlQuery q(m_database.db());
    // An update of an installed module is not a new install: only the version changes.
    q.prepare(u"SELECT 1 FROM tenant_installs WHERE tenant = ? AND module = ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the installs of %1").arg(tenant)); !ok)
        return std::unexpected(ok.error());
    const bool known = q.next();
    q.prepare(u"INSERT INTO tenant_installs(tenant, module, version, installed_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT(tenant, module) DO UPDATE SET version = excluded.version"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    q.addBindValue(version);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording an install of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    return known ? installCount(module) : bump(module, "installs");
}

Result<qint64> InstallRecords::recordUninstall(const QString& tenant, const QString& module)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM tenant_installs WHERE tenant = ? AND module = ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording an uninstall of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    if (q.numRowsAffected() == 0)
        return installCount(module); // nothing to undo: uninstalls are counted once
    return bump(module, "uninstalls");
}

Result<QList<TenantInstallation>> InstallRecords::installed(const QString& tenant)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"SELECT module, version, installed_at FROM tenant_installs WHERE tenant = ? ORDER BY module"_s);
    q.addBindValue(tenant);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the installs of %1").arg(tenant)); !ok)
        return std::unexpected(ok.error());
    QList<TenantInstallation> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODate)});
    return result;
}

qint64 InstallRecords::installCount(const QString& module)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT installs FROM install_counts WHERE module = ?"_s);
    q.addBindValue(module);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace mm::server
