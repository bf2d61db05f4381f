#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/HostPlatform.h"

#include <QMap>

#include <optional>

namespace mm::catalog {

// Writes catalog changes into a CatalogDatabase, each change in one SQLite transaction, so a
// reader sees the old catalog or the new one and never a mix.
class CatalogWriter
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::CatalogWriter)

public:
    // host decides each module's compatible_version; without one every version counts as compatible
    // (the server's view).
    CatalogWriter(CatalogDatabase& database, std::optional<HostPlatform> host);

    // Client side: applies an export received from the server. A full export replaces the cache;
    // a delta must continue from the cache's version. An export older than the cache is refused.
    // `meta` is stored in the same transaction (what vouches for this snapshot).
    Result<void> apply(const CatalogSnapshot& snapshot, const QMap<QString, QString>& meta = {});

    // Server side: upserts modules and removes ids as one new catalog version, returned.
    Result<qint64> publish(const CatalogSnapshot& changes);

    // Recomputes every module's compatible version when the host differs from the one stored.
    Result<void> refreshCompatibility();

private:
    Result<void> writeLists(const CatalogSnapshot& snapshot);
    Result<void> upsertModules(const QList<ModuleRecord>& modules, qint64 revision);
    Result<void> removeModules(const QStringList& ids, qint64 revision, bool keepTombstones);
    Result<void> clearModules();
    QString compatibleVersion(const ModuleRecord& module) const;
    Result<void> inTransaction(const std::function<Result<void>()>& work);

    CatalogDatabase& m_database;
    std::optional<HostPlatform> m_host;
};

} // namespace mm::catalog
