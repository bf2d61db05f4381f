#include "server/moderation/TakedownPublisher.h"

#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogWriter.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

TakedownPublisher::TakedownPublisher(catalog::CatalogDatabase& database, TakedownRecords& records)
    : m_database(database)
    , m_records(records)
{}

Result<TakedownPublisher::Outcome> TakedownPublisher::takeDown(const QString& module, const QString& version,
                                                               const QString& reason, const QString& byUser,
                                                               const QDateTime& now)
{
    // Taken down before: the version (or the whole module) is gone from the catalog already.
    const auto earlier = m_records.all();
    if (!earlier)
        return std::unexpected(earlier.error());
    if (catalog::findRevoked(*earlier, module, version))
        return fail(ErrorCode::Conflict, tr("%1 %2 was already taken down.").arg(module, version));
    const auto existing = catalog::CatalogReader(m_database).module(module);
    if (!existing)
        return std::unexpected(existing.error());
    QJsonObject json = existing->json;
    QJsonArray versions;
    QString sha256;
    bool found = false;
    for (const QJsonValue& entry : json.value(u"versions").toArray()) {
        if (entry.toObject().value(u"version").toString() == version) {
            found = true;
            sha256 = entry.toObject().value(u"sha256").toString();
        } else {
            versions.append(entry);
        }
    }
    if (!found)
        return fail(ErrorCode::NotFound, tr("The catalog has no version %1 of %2.").arg(version, module));

    Outcome outcome{{module, version, sha256, reason, now}, existing->publisher, 0};
    // Recorded first, so a second takedown of the same version is refused before the catalog
    // changes; undone when the catalog change (a transaction of its own) fails.
    if (auto recorded = m_records.add(outcome.package, existing->publisher, byUser); !recorded)
        return std::unexpected(recorded.error());
    catalog::CatalogSnapshot changes;
    if (versions.isEmpty()) {
        changes.removed.append(module);
    } else {
        json.insert(u"versions"_s, versions);
        auto record = catalog::ModuleRecord::fromJson(json);
        if (!record) {
            (void)m_records.remove(module, version);
            return std::unexpected(record.error());
        }
        changes.modules.append(std::move(*record));
    }
    const auto published = catalog::CatalogWriter(m_database, std::nullopt).publish(changes);
    if (!published) {
        spdlog::error("takedown of {} {}: the catalog was not updated: {}", module.toStdString(),
                      version.toStdString(), published.error().message.toStdString());
        (void)m_records.remove(module, version);
        return std::unexpected(published.error());
    }
    outcome.catalogVersion = *published;
    return outcome;
}

} // namespace mm::server::moderation
