#pragma once

#include "core/common/Error.h"
#include "server/MarketplaceKeys.h"
#include "server/PackageStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace mm::server {

// Turns the demo seed into a catalog of real packages: every publisher gets a signing key
// (DATA/keys/publishers/<id>.key, standing in for keys the publishers would keep themselves),
// every version becomes a packed module folder, signed by its publisher and countersigned by
// the marketplace, stored by hash, and listed in the seed with its sha256 and size.
class DemoPackages
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::DemoPackages)

public:
    // `pluginsDir` (modmarketd --demo-plugins): DIR/<module-id>/ holds the one Qt plugin file that
    // goes into every package of that module as lib/<file>, named by module.json "plugin".
    DemoPackages(QString dataDir, PackageStore& store, const MarketplaceKeys& keys, QString pluginsDir = {});

    Result<QJsonObject> build(QJsonObject seed) const;

    // What the demo puts into a module folder besides module.json.
    static Result<void> writeModuleFiles(const QString& folder, const QJsonObject& module,
                                         const QJsonObject& version);

private:
    Result<QJsonObject> packVersion(const QJsonObject& module, QJsonObject version,
                                    const crypto::SecretKey& publisherKey, const QString& plugin) const;
    // Module id -> plugin file, from pluginsDir; every folder there must name a module of `modules`.
    Result<QMap<QString, QString>> pluginFiles(const QJsonArray& modules) const;

    QString m_dataDir;
    PackageStore& m_store;
    const MarketplaceKeys& m_keys;
    QString m_pluginsDir;
};

} // namespace mm::server
