#include "server/LicenseIssuer.h"

#include <QRegularExpression>
#include <QUuid>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server {
namespace {

// The catalog does not restrict entitlement names, the license format does: names it would
// refuse are left out rather than making a document no client can read.
QList<licensing::Entitlement> entitlementsOf(const catalog::ModuleRecord& module)
{
    static const QRegularExpression feature(u"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"_s);
    QList<licensing::Entitlement> result;
    for (const QString& name : module.latest().entitlements) {
        const bool listed =
            std::ranges::any_of(result, [&](const licensing::Entitlement& e) { return e.feature == name; });
        if (listed || result.size() == licensing::License::maxEntitlements)
            continue;
        if (!feature.match(name).hasMatch()) {
            spdlog::warn("module {}: entitlement \"{}\" cannot go into a license", module.id.toStdString(),
                         name.toStdString());
            continue;
        }
        result.append({name, std::nullopt});
    }
    return result;
}

} // namespace

LicenseIssuer::LicenseIssuer(const MarketplaceKeys& keys, LicenseRecords& records)
    : m_keys(keys)
    , m_records(records)
{}

qint64 LicenseIssuer::graceFor(LicensePlan plan)
{
    return plan == LicensePlan::Subscription || plan == LicensePlan::UsageBased ? defaultGraceSeconds : 0;
}

bool LicenseIssuer::expiresAtAll(LicensePlan plan)
{
    return plan != LicensePlan::Free && plan != LicensePlan::OneTime;
}

bool LicenseIssuer::isValidMachine(const QString& machine)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(machine).hasMatch();
}

Result<IssuedLicense> LicenseIssuer::issue(const QString& tenant, const catalog::ModuleRecord& module,
                                           LicensePlan plan, const QDateTime& expires, const QString& machine)
{
    // Whole seconds: the document carries no more, and the store must say what the document says.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (expiresAtAll(plan) && !(expires.isValid() && expires > now))
        return fail(ErrorCode::InvalidInput,
                    tr("A %1 license needs an expiry in the future.").arg(licensing::planDisplayName(plan)));
    if (!expiresAtAll(plan) && expires.isValid())
        return fail(
            ErrorCode::InvalidInput,
            tr("A %1 license never expires; it takes no expiry.").arg(licensing::planDisplayName(plan)));
    if (!machine.isEmpty() && !isValidMachine(machine))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a machine id (32 lower-case hex digits).").arg(machine));

    licensing::License license;
    license.id = u"lic-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    license.moduleId = module.id;
    license.tenantId = tenant;
    license.plan = plan;
    license.entitlements = entitlementsOf(module);
    license.issued = now;
    license.notBefore = now;
    if (expires.isValid())
        license.expires = QDateTime::fromSecsSinceEpoch(expires.toSecsSinceEpoch(), Qt::UTC);
    license.graceSeconds = graceFor(plan);
    license.machine = machine;

    const IssuedLicense issued{license.id,
                               tenant,
                               module.id,
                               plan,
                               license.issued,
                               license.notBefore,
                               license.expires,
                               license.graceSeconds,
                               machine,
                               license.sign(m_keys.signingKey(trust::KeyRole::License)),
                               {},
                               {}};
    if (auto stored = m_records.insert(issued); !stored)
        return std::unexpected(stored.error());
    spdlog::info("issued {} license {} of {} to tenant {}{}", licensing::planName(plan).toStdString(),
                 license.id.toStdString(), module.id.toStdString(), tenant.toStdString(),
                 license.expires.isValid() ? " until " + license.expires.toString(Qt::ISODate).toStdString()
                                           : "");
    return issued;
}

Result<IssuedLicense> LicenseIssuer::freeLicense(const QString& tenant, const catalog::ModuleRecord& module)
{
    const auto existing = m_records.latest(tenant, module.id, LicensePlan::Free, false);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return **existing;
    return issue(tenant, module, LicensePlan::Free, {});
}

} // namespace mm::server
