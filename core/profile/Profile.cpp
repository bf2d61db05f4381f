#include "core/profile/Profile.h"

#include "core/crypto/Fingerprint.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mm {

Profile::Profile(QString dir)
    : m_dir(std::move(dir))
{}

QString Profile::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"modmarket/profiles/default"_s);
}

QUrl Profile::defaultMarketplaceUrl()
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(defaultPort));
}

Result<Profile> Profile::open(const QString& dir)
{
    const QString path = QDir(dir.isEmpty() ? defaultDirectory() : dir).absolutePath();
    if (!QDir().mkpath(path))
        return fail(ErrorCode::Storage, tr("Cannot create the profile folder %1").arg(path));
    Profile profile(path);
    for (const QString& sub : {profile.modulesRoot(), profile.downloadCache()})
        if (!QDir().mkpath(sub))
            return fail(ErrorCode::Storage, tr("Cannot create %1").arg(sub));
    return profile;
}

QString Profile::catalogPath() const
{
    return QDir(m_dir).filePath(u"catalog.sqlite"_s);
}

QString Profile::statePath() const
{
    return QDir(m_dir).filePath(u"state.sqlite"_s);
}

QString Profile::modulesRoot() const
{
    return QDir(m_dir).filePath(u"modules"_s);
}

QString Profile::downloadCache() const
{
    return QDir(m_dir).filePath(u"downloads"_s);
}

QString Profile::stagingDirectory() const
{
    return QDir(m_dir).filePath(u"staging"_s);
}

namespace {
// One settings key per marketplace; percent-encoding keeps '/' out of the key (it nests groups).
QString pinKey(const QUrl& marketplace)
{
    return u"trust/"_s + QString::fromLatin1(QUrl::toPercentEncoding(
                             marketplace.adjusted(QUrl::StripTrailingSlash).toString()));
}
} // namespace

QString Profile::pinnedRootFingerprint(const QUrl& marketplace) const
{
    return crypto::fingerprint::normalise(setting(pinKey(marketplace), {})).value_or(QString());
}

Result<void> Profile::pinRootFingerprint(const QUrl& marketplace, const QString& fingerprint)
{
    const auto normalised = crypto::fingerprint::normalise(fingerprint);
    if (!normalised)
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a key fingerprint (64 hex digits, spaces and colons allowed)")
                        .arg(fingerprint));
    return store(pinKey(marketplace), *normalised);
}

QString Profile::tenantId() const
{
    return setting(u"account/tenant"_s, {});
}

Result<void> Profile::setSignedInTenant(const QString& tenantId)
{
    return store(u"account/tenant"_s, tenantId);
}

bool Profile::developerMode() const
{
    return setting(u"developer/enabled"_s, u"false"_s) == u"true";
}

Result<void> Profile::setDeveloperMode(bool enabled)
{
    return store(u"developer/enabled"_s, enabled ? u"true"_s : u"false"_s);
}

int Profile::keepVersions() const
{
    bool ok = false;
    const int count = setting(u"install/keep_versions"_s, u"2"_s).toInt(&ok);
    return ok && count >= 0 && count <= 100 ? count : 2;
}

Result<void> Profile::setKeepVersions(int count)
{
    if (count < 0 || count > 100)
        return fail(ErrorCode::InvalidInput, tr("The number of kept versions must be 0 to 100."));
    return store(u"install/keep_versions"_s, QString::number(count));
}

QString Profile::setting(const QString& key, const QString& fallback) const
{
    const QSettings settings(QDir(m_dir).filePath(u"config.ini"_s), QSettings::IniFormat);
    return settings.value(key, fallback).toString();
}

Result<void> Profile::store(const QString& key, const QString& value)
{
    QSettings settings(QDir(m_dir).filePath(u"config.ini"_s), QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::Storage, tr("Cannot write %1").arg(settings.fileName()));
    return {};
}

QUrl Profile::marketplaceUrl() const
{
    const QUrl url(setting(u"marketplace/url"_s, defaultMarketplaceUrl().toString()));
    return url.isValid() ? url : defaultMarketplaceUrl();
}

Result<void> Profile::setMarketplaceUrl(const QUrl& url)
{
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not an http or https URL").arg(url.toString()));
    return store(u"marketplace/url"_s, url.toString());
}

semver::Version Profile::hostVersion() const
{
    const auto parsed =
        semver::Version::parse(setting(u"host/version"_s, QString::fromLatin1(defaultHostVersion)));
    return parsed ? *parsed : *semver::Version::parse(QString::fromLatin1(defaultHostVersion));
}

Result<void> Profile::setHostVersion(const QString& version)
{
    const auto parsed = semver::Version::parse(version);
    if (!parsed)
        return fail(ErrorCode::InvalidInput, parsed.error().message());
    return store(u"host/version"_s, parsed->toString());
}

catalog::HostPlatform Profile::hostPlatform() const
{
    catalog::HostPlatform host = catalog::HostPlatform::forThisMachine(hostVersion());
    host.tier = tenantTier();
    return host;
}

licensing::Tier Profile::tenantTier() const
{
    return licensing::tierFromName(setting(u"tenant/tier"_s, u"free"_s)).value_or(licensing::Tier::Free);
}

Result<void> Profile::setTenantTier(licensing::Tier tier)
{
    return store(u"tenant/tier"_s, licensing::tierName(tier));
}

} // namespace mm
