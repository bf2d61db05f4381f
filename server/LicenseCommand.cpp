#include "server/LicenseCommand.h"

#include "core/catalog/CatalogReader.h"
#include "server/LicenseIssuer.h"
#include "server/LicenseRecords.h"
#include "server/MarketplaceKeys.h"
#include "server/SubscriptionRecords.h"
#include "server/TenantRecords.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server {
namespace {

int failWith(const Error& error)
{
    std::fprintf(stderr, "modmarketd: %s\n", qPrintable(error.message));
    return error.code == ErrorCode::InvalidInput ? 2 : 1;
}

struct IssueRequest
{
    QString tenant;
    QString module;
    LicensePlan plan = LicensePlan::Free;
    std::optional<int> days;
    QString machine;
};

Result<IssueRequest> issueRequest(const ServerOptions& options)
{
    const auto& o = options.commandOptions;
    IssueRequest request{o.value(u"tenant"_s), o.value(u"module"_s), LicensePlan::Free, std::nullopt,
                         o.value(u"machine"_s).toLower()};
    if (!TenantRecords::isValidId(request.tenant))
        return fail(ErrorCode::InvalidInput,
                    LicenseCommand::tr(
                        "--tenant must name a tenant (1 to 64 lower-case letters, digits, '.', '_' or '-')"));
    if (request.module.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    LicenseCommand::tr("--module must name a module of the catalog"));
    const auto plan = licensing::planFromName(o.value(u"plan"_s));
    if (!plan)
        return fail(
            ErrorCode::InvalidInput,
            LicenseCommand::tr("--plan takes free, one-time, subscription, usage-based or trial, got \"%1\"")
                .arg(o.value(u"plan"_s)));
    request.plan = *plan;
    if (o.contains(u"days"_s)) {
        bool ok = false;
        const int days = o.value(u"days"_s).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return fail(ErrorCode::InvalidInput,
                        LicenseCommand::tr("--days takes a whole number of days from 1 to 3660"));
        if (!LicenseIssuer::expiresAtAll(request.plan))
            return fail(ErrorCode::InvalidInput,
                        LicenseCommand::tr(
                            "--days is for trial, subscription and usage-based licenses; free and one-time "
                            "licenses never expire"));
        request.days = days;
    } else if (request.plan == LicensePlan::Subscription || request.plan == LicensePlan::UsageBased) {
        return fail(ErrorCode::InvalidInput,
                    LicenseCommand::tr("a %1 license needs --days: how long the paid period runs")
                        .arg(licensing::planName(request.plan)));
    }
    return request;
}

// The catalog's plan id for the subscriptions table: what billing will name when it renews it.
QString pricingPlanId(const catalog::ModuleRecord& module, LicensePlan plan)
{
    if (module.pricing.model == pricing::PricingModel::Subscription && !module.pricing.plans.isEmpty())
        return module.pricing.plans.front().id;
    if (module.pricing.model == pricing::PricingModel::Usage)
        return u"usage"_s;
    return licensing::planName(plan);
}

Result<std::unique_ptr<catalog::CatalogDatabase>> openStore(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::Storage, LicenseCommand::tr("Cannot create the data folder %1").arg(dataDir));
    return catalog::CatalogDatabase::open(QDir(dataDir).filePath(u"marketplace.sqlite"_s));
}

} // namespace

int LicenseCommand::issue(const ServerOptions& options)
{
    const auto request = issueRequest(options);
    if (!request)
        return failWith(request.error());
    const auto keys = MarketplaceKeys::open(options.dataDir);
    if (!keys)
        return failWith(keys.error());
    auto database = openStore(options.dataDir);
    if (!database)
        return failWith(database.error());
    TenantRecords tenants(**database);
    LicenseRecords licenses(**database);
    SubscriptionRecords subscriptions(**database);
    for (const auto& ok : {tenants.createSchema(), licenses.createSchema(), subscriptions.createSchema()})
        if (!ok)
            return failWith(ok.error());
    const auto module = catalog::CatalogReader(**database).module(request->module);
    if (!module)
        return failWith(module.error());
    int days = request->days.value_or(0);
    if (request->plan == LicensePlan::Trial && !request->days) {
        if (module->pricing.trialDays <= 0)
            return failWith(
                {ErrorCode::InvalidInput,
                 tr("module %1 offers no trial; give the trial's length with --days").arg(module->id)});
        days = module->pricing.trialDays;
    }
    if (auto tenant = tenants.seen(request->tenant); !tenant)
        return failWith(tenant.error());
    const QDateTime expires = days > 0 ? QDateTime::currentDateTimeUtc().addDays(days) : QDateTime();
    const auto issued = LicenseIssuer(*keys, licenses)
                            .issue(request->tenant, *module, request->plan, expires, request->machine);
    if (!issued)
        return failWith(issued.error());
    if (request->plan == LicensePlan::Subscription || request->plan == LicensePlan::UsageBased) {
        const Subscription subscription{request->tenant,
                                        module->id,
                                        pricingPlanId(*module, request->plan),
                                        issued->expires,
                                        Subscription::active.toString(),
                                        {},
                                        {}};
        if (auto saved = subscriptions.save(subscription); !saved)
            return failWith(saved.error());
    }
    // Scripts read stdout: the envelope JSON alone, on one line.
    std::printf("%s\n", issued->document.constData());
    return 0;
}

int LicenseCommand::revoke(const ServerOptions& options)
{
    const QString id = options.commandArguments.front();
    const QString reason =
        options.commandOptions.value(u"reason"_s, tr("revoked by the marketplace operator"));
    auto database = openStore(options.dataDir);
    if (!database)
        return failWith(database.error());
    LicenseRecords licenses(**database);
    if (auto ok = licenses.createSchema(); !ok)
        return failWith(ok.error());
    const auto before = licenses.find(id);
    if (!before)
        return failWith(before.error());
    const auto version = licenses.revoke(id, reason);
    if (!version)
        return failWith(version.error());
    if (before->isRevoked())
        std::printf("%s\n",
                    qPrintable(tr("license %1 was already revoked on %2 (%3); catalog version %4 lists it")
                                   .arg(id, before->revokedAt.toString(Qt::ISODate), before->revokedReason)
                                   .arg(*version)));
    else
        std::printf("%s\n",
                    qPrintable(tr("revoked license %1; catalog version %2 lists it").arg(id).arg(*version)));
    return 0;
}

int LicenseCommand::run(const ServerOptions& options)
{
    return options.commandAction == u"issue" ? issue(options) : revoke(options);
}

} // namespace mm::server
