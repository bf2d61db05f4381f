#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/resolver/PackageSource.h"

#include <QCoreApplication>

#include <functional>

namespace mm::resolver {

// Candidates from catalog records for one host: versions this host cannot run stay listed but
// unavailable, with the reason, so an explanation can say why they were not chosen.
class CatalogPackageSource final : public PackageSource
{
    Q_DECLARE_TR_FUNCTIONS(mm::resolver::CatalogPackageSource)

public:
    using Loader = std::function<std::optional<catalog::ModuleRecord>(const QString& id)>;

    CatalogPackageSource(const QList<catalog::ModuleRecord>& modules, catalog::HostPlatform host);
    // Reads modules on demand (from the cache, say): a resolve touches only the modules it
    // reaches, so a 100,000-module catalog is never loaded whole.
    CatalogPackageSource(Loader loader, catalog::HostPlatform host);

    std::optional<QList<Candidate>> candidates(const QString& id) const override;
    QStringList ids() const; // sorted

private:
    Candidate convert(const catalog::VersionInfo& info) const;
    // Why this host cannot run `info`, phrased to follow "crm-sync 3.0.0"; empty when it can.
    QString unavailableReason(const catalog::VersionInfo& info) const;

    mutable QHash<QString, catalog::ModuleRecord> m_modules; // converted on demand: a resolve touches few
    Loader m_loader;
    catalog::HostPlatform m_host;
};

} // namespace mm::resolver
