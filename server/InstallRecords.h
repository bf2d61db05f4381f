#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

namespace mm::server {

struct TenantInstallation
{
    QString module;
    QString version;
    QDateTime installedAt;
};

// Which tenant has which module installed, and how often each module was installed and
// removed, in the server's store (tables of their own beside the catalog's).
class InstallRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::InstallRecords)

public:
    explicit InstallRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // Returns the module's install count after recording.
    Result<qint64> recordInstall(const QString& tenant, const QString& module, const QString& version);
    Result<qint64> recordUninstall(const QString& tenant, const QString& module);
    Result<QList<TenantInstallation>> installed(const QString& tenant);
    qint64 installCount(const QString& module);

private:
    Result<qint64> bump(const QString& module, const char* column);
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server
