#include "ui/models/LicenseReader.h"

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"
#include "core/licensing/LicenseService.h"
#include "core/trust/TrustRecord.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mm::ui {

using licensing::LicensePlan;
using licensing::LicenseStatus;

namespace {

// The index and what the catalog cache knows about it; touches no keychain.
Result<LicenseList> readIndex(Profile& profile)
{
    auto state = install::InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    const secrets::SecretStore secrets; // the index is read without it
    licensing::LicenseBook book(**state, secrets, profile.tenantId());
    const auto stored = book.list();
    if (!stored)
        return std::unexpected(stored.error());
    auto revoked = book.revoked();
    if (!revoked)
        return std::unexpected(revoked.error());
    // Names and offline revocations are niceties: without a cache the ids stand alone.
    auto catalog = catalog::CatalogDatabase::open(profile.catalogPath());
    if (catalog)
        for (const QString& id : trust::TrustRecord::read(**catalog).revokedLicenses)
            revoked->insert(id);
    LicenseList list;
    for (const licensing::StoredLicense& license : *stored) {
        LicenseRow row;
        row.moduleId = license.moduleId;
        row.licenseId = license.licenseId;
        row.plan = license.plan;
        row.expires = license.expires;
        row.graceEnds = license.graceEnds;
        row.revoked = revoked->contains(license.licenseId);
        if (catalog)
            if (const auto record = catalog::CatalogReader(**catalog).module(license.moduleId))
                row.moduleName = record->name;
        list.rows.append(std::move(row));
    }
    return list;
}

Result<LicenseList> readLicenses(Profile profile, const QUrl& marketplace)
{
    auto list = readIndex(profile);
    if (!list)
        return list;
    auto service = licensing::LicenseService::open(profile, marketplace);
    if (!service) {
        list->problem = service.error().message;
        return list;
    }
    if (list->rows.isEmpty()) // nothing to ask the keychain about
        return list;
    const auto checks = (*service)->checkAll();
    if (!checks) {
        if (checks.error().code != ErrorCode::Unavailable) {
            list->problem = checks.error().message;
            return list;
        }
        // The probe's message says plainly what is wrong and what to do; a failed read names a key.
        const auto probe = secrets::SecretStore().checkAvailable();
        list->keychainProblem = probe ? checks.error().message : probe.error().message;
        return list;
    }
    for (const licensing::ModuleLicense& checked : *checks) {
        for (LicenseRow& row : list->rows) {
            if (row.moduleId != checked.stored.moduleId)
                continue;
            row.status = checked.check.status;
            row.statusMessage = checked.check.message;
            row.revoked = row.revoked || checked.check.status == LicenseStatus::Revoked;
            if (checked.check.license)
                row.entitlements = checked.check.license->entitlements;
        }
    }
    return list;
}

} // namespace

LicenseBadge LicenseRow::badge(const QDateTime& now) const
{
    return LicenseBadge::of(plan, expires, graceEnds, revoked, now);
}

LicenseBadge::Severity LicenseRow::severity(const QDateTime& now) const
{
    if (!status) // the index still knows of revocations
        return revoked ? LicenseBadge::Severity::Error : LicenseBadge::Severity::None;
    switch (*status) {
    case LicenseStatus::Valid:
        return badge(now).severity == LicenseBadge::Severity::Warning ? LicenseBadge::Severity::Warning
                                                                      : LicenseBadge::Severity::Ok;
    case LicenseStatus::InGrace:
    case LicenseStatus::NotYetValid:
        return LicenseBadge::Severity::Warning;
    default:
        return LicenseBadge::Severity::Error;
    }
}

bool LicenseRow::needsAttention(const QDateTime& now) const
{
    return badge(now).severity == LicenseBadge::Severity::Warning;
}

bool LicenseRow::canRenew() const
{
    return (plan == LicensePlan::Subscription || plan == LicensePlan::UsageBased) && !revoked;
}

bool LicenseRow::canBuy(const QDateTime& now) const
{
    return plan == LicensePlan::Trial || badge(now).severity == LicenseBadge::Severity::Error;
}

QFuture<Result<LicenseList>> LicenseReader::read(const Profile& profile, const QUrl& marketplace)
{
    return QtConcurrent::run(readLicenses, profile, marketplace);
}

} // namespace mm::ui
