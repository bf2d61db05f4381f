#include "server/TenantCommand.h"

#include "server/TenantRecords.h"
#include "server/audit/AuditLog.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::server {

int TenantCommand::run(const ServerOptions& options)
{
    const QString& id = options.commandArguments.at(0);
    const QString& tierName = options.commandArguments.at(1);
    if (!TenantRecords::isValidId(id)) {
        std::fprintf(stderr, "modmarketd: %s\n",
                     qPrintable(tr("\"%1\" is not a tenant id (1 to 64 lower-case letters, "
                                   "digits, '.', '_' or '-')")
                                    .arg(id)));
        return 2;
    }
    const auto tier = licensing::tierFromName(tierName);
    if (!tier) {
        std::fprintf(
            stderr, "modmarketd: %s\n",
            qPrintable(tr("TIER must be free, team, business or enterprise, got \"%1\"").arg(tierName)));
        return 2;
    }
    QDir().mkpath(options.dataDir);
    auto database = catalog::CatalogDatabase::open(QDir(options.dataDir).filePath(u"marketplace.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "modmarketd: %s\n", qPrintable(database.error().message));
        return 1;
    }
    TenantRecords tenants(**database);
    auto schema = tenants.createSchema();
    auto tenant = schema ? tenants.setTier(id, *tier) : std::unexpected(schema.error());
    if (!tenant) {
        std::fprintf(stderr, "modmarketd: %s\n", qPrintable(tenant.error().message));
        return 1;
    }
    // The operator changes what a tenant may install: on record like any tier change.
    audit::AuditLog audit(**database);
    if (auto ready = audit.createSchema(); ready) {
        accounts::Caller operatorCaller;
        operatorCaller.address = u"local"_s;
        (void)audit.record(operatorCaller, u"tenant.tier"_s, tenant->id, audit::AuditEntry::Outcome::Ok,
                           {{u"by"_s, u"operator"_s}, {u"tier"_s, licensing::tierName(tenant->tier)}});
    }
    std::printf(
        "%s\n",
        qPrintable(tr("tenant %1 is on the %2 tier").arg(tenant->id, licensing::tierName(tenant->tier))));
    return 0;
}

} // namespace mm::server
