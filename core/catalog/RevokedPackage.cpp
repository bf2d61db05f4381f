#include "core/catalog/RevokedPackage.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/JsonFields.h"
#include "core/crypto/Sha256.h"
#include "core/semver/Version.h"

using namespace Qt::StringLiterals;

namespace mm::catalog {

Result<RevokedPackage> RevokedPackage::fromJson(const QJsonValue& value, qsizetype index)
{
    const QString where = u"catalog: \"revoked_packages\"[%1]"_s.arg(index);
    if (!value.isObject())
        return fail(ErrorCode::Parse, tr("%1 is not an object").arg(where));
    const crypto::JsonFields fields(value.toObject(), where);
    RevokedPackage entry;
    const auto module = fields.string(u"module"_s, 64);
    if (!module)
        return std::unexpected(module.error());
    if (!isValidModuleId(*module))
        return fields.error(tr("\"module\" is not a module id"));
    entry.module = *module;
    const auto version = fields.string(u"version"_s, 256);
    if (!version)
        return std::unexpected(version.error());
    if (!semver::Version::parse(*version))
        return fields.error(tr("\"version\" is not a semantic version"));
    entry.version = *version;
    const auto sha256 = fields.string(u"sha256"_s, 64);
    if (!sha256)
        return std::unexpected(sha256.error());
    if (!crypto::Sha256::isHexDigest(*sha256))
        return fields.error(tr("\"sha256\" is not 64 lower-case hex digits"));
    entry.sha256 = *sha256;
    const auto reason = fields.string(u"reason"_s, maxReasonLength);
    if (!reason)
        return std::unexpected(reason.error());
    entry.reason = *reason;
    const auto at = fields.time(u"at"_s);
    if (!at)
        return std::unexpected(at.error());
    entry.at = *at;
    return entry;
}

QJsonObject RevokedPackage::toJson() const
{
    return {{u"module"_s, module},
            {u"version"_s, version},
            {u"sha256"_s, sha256},
            {u"reason"_s, reason},
            {u"at"_s, crypto::JsonFields::formatTime(at)}};
}

bool RevokedPackage::matches(const QString& moduleId, const QString& moduleVersion,
                             const QString& packageSha256) const
{
    // A copy of the same version built from another package (a developer's own build) is not the
    // package that was taken down; without a hash the version alone decides.
    return module == moduleId && version == moduleVersion &&
           (packageSha256.isEmpty() || sha256.isEmpty() || sha256 == packageSha256);
}

std::optional<RevokedPackage> findRevoked(const QList<RevokedPackage>& list, const QString& module,
                                          const QString& version, const QString& sha256)
{
    for (const RevokedPackage& entry : list)
        if (entry.matches(module, version, sha256))
            return entry;
    return std::nullopt;
}

} // namespace mm::catalog
