#include "app/cli/commands/SyncCommand.h"

#include "app/cli/CliContext.h"
#include "core/catalog/CatalogSync.h"
#include "core/licensing/TenantTier.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SyncCommand::summary() const
{
    return tr("bring the local catalog cache up to date with the marketplace");
}

int SyncCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("sync takes no arguments"));
    // The tier first: the sync records which versions this profile may install.
    QString tierWarning;
    if (const auto tier = licensing::TenantTier::fetch(context.marketplaceUrl())) {
        if (auto stored = context.profile().setTenantTier(*tier); !stored)
            return context.report(stored.error());
    } else if (tier.error().code != ErrorCode::Unauthenticated) { // signed out: the catalog is public

        tierWarning =
            tr("Warning: the tenant's tier could not be read (%1); keeping %2.")
                .arg(tier.error().message, licensing::tierDisplayName(context.profile().tenantTier()));
    }
    catalog::CatalogSync sync(context.api(), context.profile().catalogPath(),
                              context.profile().hostPlatform(),
                              context.profile().pinnedRootFingerprint(context.marketplaceUrl()));
    sync.setStatePath(context.profile().statePath());
    sync.start();
    context.wait(sync);
    // A marketplace that cannot be reached fails the sync itself; one error says it.
    if (sync.status() != Transaction::Status::Done)
        return context.report(*sync.error());
    if (!tierWarning.isEmpty())
        context.err() << tierWarning << Qt::endl;
    const auto& outcome = sync.outcome();
    if (context.json()) {
        context.printJson(QJsonObject{{u"catalog_version"_s, outcome.catalogVersion},
                                      {u"full"_s, outcome.full},
                                      {u"changed"_s, outcome.changed},
                                      {u"removed"_s, outcome.removed},
                                      {u"synced_at"_s, outcome.syncedAt.toString(Qt::ISODate)},
                                      {u"expires"_s, outcome.expires.toString(Qt::ISODate)},
                                      {u"expired"_s, outcome.expired},
                                      {u"tier"_s, licensing::tierName(context.profile().tenantTier())},
                                      {u"marketplace"_s, context.marketplaceUrl().toString()}});
    } else {
        context.out() << (outcome.full ? tr("Catalog version %1 synced in full: %n module(s).", nullptr,
                                            int(outcome.changed))
                                             .arg(outcome.catalogVersion)
                                       : tr("Catalog version %1 synced: %n module(s) changed, %2 removed.",
                                            nullptr, int(outcome.changed))
                                             .arg(outcome.catalogVersion)
                                             .arg(outcome.removed))
                      << Qt::endl;
    }
    if (outcome.expired)
        context.err() << tr("Warning: the marketplace's signed catalog expired at %1. The server may be "
                            "withholding updates; check with its operator.")
                             .arg(outcome.expires.toLocalTime().toString(Qt::ISODate))
                      << Qt::endl;
    return 0;
}

} // namespace mm::cli
