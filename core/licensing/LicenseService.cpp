#include "core/licensing/LicenseService.h"

#include "core/licensing/MachineId.h"
#include "core/trust/TrustRecord.h"

#include <spdlog/spdlog.h>

namespace mm::licensing {

namespace {

// Statuses no waiting or renewal can turn into a usable license on this profile.
bool isHopeless(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::Malformed:
    case LicenseStatus::BadSignature:
    case LicenseStatus::UnknownKey:
    case LicenseStatus::Revoked:
    case LicenseStatus::WrongTenant:
    case LicenseStatus::WrongMachine:
    case LicenseStatus::ClockTampered:
        return true;
    case LicenseStatus::Valid:
    case LicenseStatus::InGrace:
    case LicenseStatus::Expired:
    case LicenseStatus::NotYetValid:
        return false;
    }
    return true;
}

} // namespace

Result<std::unique_ptr<LicenseService>> LicenseService::open(Profile& profile, const QUrl& marketplace)
{
    auto state = install::InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    auto catalog = catalog::CatalogDatabase::open(profile.catalogPath());
    if (!catalog)
        return std::unexpected(catalog.error());
    auto service = std::make_unique<LicenseService>(Private{}, std::move(*state), std::move(*catalog),
                                                    profile.tenantId());
    if (auto built = service->buildVerifier(profile.pinnedRootFingerprint(marketplace)); !built)
        return std::unexpected(built.error());
    return service;
}

LicenseService::LicenseService(Private, std::unique_ptr<install::InstallState> state,
                               std::unique_ptr<catalog::CatalogDatabase> catalog, QString tenantId)
    : m_state(std::move(state))
    , m_catalog(std::move(catalog))
    , m_tenantId(std::move(tenantId))
    , m_book(*m_state, m_secrets, m_tenantId)
    , m_clock(*m_state)
{}

Result<void> LicenseService::buildVerifier(const QString& pinnedRoot)
{
    m_pinnedRoot = pinnedRoot;
    const trust::TrustRecord record = trust::TrustRecord::read(*m_catalog);
    if (record.isEmpty())
        return fail(ErrorCode::Verification,
                    tr("No verified key list is cached yet, so licenses cannot be checked; sync with the "
                       "marketplace once."));
    if (pinnedRoot.isEmpty())
        return fail(ErrorCode::Verification,
                    tr("No marketplace root key is pinned, so licenses cannot be checked; confirm the "
                       "marketplace with \"modmarket-cli trust --pin FINGERPRINT\" and sync."));
    auto keys = trust::KeyList::verify(record.keyListEnvelope, pinnedRoot);
    if (!keys)
        return std::unexpected(keys.error());
    auto revoked = m_book.revoked();
    if (!revoked)
        return std::unexpected(revoked.error());
    LicenseVerifier::Context context{m_tenantId, machineId(), *revoked, {}};
    for (const QString& license : record.revokedLicenses)
        context.revokedLicenses.insert(license);
    for (const QString& key : record.revokedKeys)
        context.revokedKeys.insert(key);
    m_verifier.emplace(std::move(*keys), std::move(context));
    return {};
}

Result<void> LicenseService::reload()
{
    return buildVerifier(m_pinnedRoot);
}

LicenseCheck LicenseService::verify(QByteArrayView document)
{
    auto latest = m_clock.latest();
    if (!latest) {
        spdlog::warn("licensing: cannot read the trusted time: {}", latest.error().message.toStdString());
        latest = QDateTime();
    }
    LicenseCheck check = m_verifier->verify(document, QDateTime::currentDateTimeUtc(), *latest);
    // A verified signature vouches for the issue time, so the clock may learn from it.
    if (check.license)
        if (auto observed = m_clock.observe(check.license->issued); !observed)
            spdlog::warn("licensing: cannot record the trusted time: {}",
                         observed.error().message.toStdString());
    return check;
}

Result<LicenseCheck> LicenseService::check(const QString& moduleId)
{
    const auto document = m_book.document(moduleId);
    if (!document)
        return std::unexpected(document.error());
    LicenseCheck check = verify(*document);
    // The keychain entry is named after the module, but only the signed document says which
    // module it licenses: one module's license copied under another's name licenses nothing.
    if (check.license && check.license->moduleId != moduleId)
        return LicenseCheck{
            LicenseStatus::Malformed,
            tr("The license stored for %1 is a license of %2.").arg(moduleId, check.license->moduleId),
            std::nullopt};
    return check;
}

Result<QList<ModuleLicense>> LicenseService::checkAll()
{
    const auto stored = m_book.list();
    if (!stored)
        return std::unexpected(stored.error());
    QList<ModuleLicense> result;
    for (const StoredLicense& license : *stored) {
        auto check = this->check(license.moduleId);
        if (!check)
            return std::unexpected(check.error());
        result.append(ModuleLicense{license, std::move(*check)});
    }
    return result;
}

Result<LicenseCheck> LicenseService::import(const QByteArray& document)
{
    LicenseCheck check = verify(document);
    if (isHopeless(check.status) || !check.license)
        return fail(ErrorCode::Verification, tr("The license was not imported: %1").arg(check.message));
    if (auto stored = m_book.store(*check.license, document); !stored)
        return std::unexpected(stored.error());
    spdlog::info("licensing: stored license {} for {} ({})", check.license->id.toStdString(),
                 check.license->moduleId.toStdString(), statusName(check.status).toStdString());
    return check;
}

Result<bool> LicenseService::isEntitled(const QString& moduleId, QStringView feature)
{
    const auto check = this->check(moduleId);
    if (!check)
        return check.error().code == ErrorCode::NotFound ? Result<bool>(false)
                                                         : std::unexpected(check.error());
    return isUsable(check->status) && check->license && check->license->grants(feature);
}

} // namespace mm::licensing
