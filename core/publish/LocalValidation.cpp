#include "core/publish/LocalValidation.h"

#include "core/catalog/CatalogDatabase.h"
#include "core/publish/PublishApi.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mm::publish {

QString LocalValidation::findProbeHost()
{
    // Set by scripts/run.sh, whose build tree keeps the example host in a folder of its own.
    if (const QString configured = qEnvironmentVariable("MODMARKET_PROBE_HOST");
        QFileInfo(configured).isExecutable())
        return configured;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"modmarket-example-host"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"modmarket-example-host"_s);
}

LocalValidation::Prepared LocalValidation::context(const Profile& profile, const Options& options)
{
    Prepared prepared;
    validation::ValidationContext& context = prepared.context;

    const QString catalog = profile.catalogPath();
    bool synced = false;
    if (QFileInfo(catalog).isFile())
        if (const auto database = catalog::CatalogDatabase::open(catalog))
            synced = (*database)->catalogVersion() > 0;
    if (synced)
        context.catalogPath = catalog;
    else
        prepared.notes.append(tr("The profile's catalog was never synced: dependencies and resolvability are "
                                 "not checked (run \"modmarket-cli sync\")."));

    const QUrl marketplace = options.marketplace.isEmpty() ? profile.marketplaceUrl() : options.marketplace;
    if (options.offline) {
        prepared.notes.append(tr("Offline: advisories and the supported host versions are not checked."));
    } else {
        PublishApi api(marketplace);
        api.setTimeout(std::chrono::seconds(15));
        if (auto advisories = api.advisories())
            context.advisories = std::move(*advisories);
        else
            prepared.notes.append(tr("The advisories of %1 are not available: %2")
                                      .arg(marketplace.toString(), advisories.error().message));
        if (auto hosts = api.hostVersions())
            context.hostVersions = std::move(*hosts);
        else
            prepared.notes.append(tr("The host versions %1 supports are not available: %2")
                                      .arg(marketplace.toString(), hosts.error().message));
    }

    context.checkers = validation::ValidationContext::detectCheckers();
    context.probeHost = options.probeHost.isEmpty() ? findProbeHost() : options.probeHost;
    if (context.probeHost.isEmpty())
        prepared.notes.append(
            tr("The example host (modmarket-example-host) is neither beside this program nor in PATH "
               "nor named by MODMARKET_PROBE_HOST, so the plugin is not loaded here; the "
               "marketplace will load it."));
    return prepared;
}

} // namespace mm::publish
