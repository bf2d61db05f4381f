#include "core/catalog/CatalogWriter.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

const auto hostKeyMeta = u"host_platform"_s;

// A null QString binds as SQL NULL; the schema's text columns are NOT NULL and mean "empty".
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

CatalogWriter::CatalogWriter(CatalogDatabase& database, std::optional<HostPlatform> host)
    : m_database(database)
    , m_host(std::move(host))
{}

Result<void> CatalogWriter::inTransaction(const std::function<Result<void>()>& work)
{
    // IMMEDIATE takes the write lock up front, where the busy timeout applies; a deferred
    // transaction that reads before it writes fails at once if another connection wrote since.
    QSqlQuery control(m_database.db());
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return fail(ErrorCode::Storage, tr("Cannot start a transaction on the catalog database."));
    auto result = work();
    if (!result) {
        control.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!control.exec(u"COMMIT"_s)) {
        control.exec(u"ROLLBACK"_s);
        return fail(ErrorCode::Storage, tr("Cannot commit the catalog update."));
    }
    return {};
}

Result<void> CatalogWriter::apply(const CatalogSnapshot& snapshot, const QMap<QString, QString>& meta)
{
    const qint64 local = m_database.catalogVersion();
    // An older catalog is what an attacker replays to hide updates and revocations.
    if (snapshot.catalogVersion < local)
        return fail(ErrorCode::Verification,
                    tr("The server sent catalog version %1, older than the cached version %2; "
                       "it was refused.")
                        .arg(snapshot.catalogVersion)
                        .arg(local));
    if (!snapshot.full && snapshot.since != local)
        return fail(ErrorCode::Parse,
                    tr("The server sent changes since version %1, but the cache is at version %2.")
                        .arg(snapshot.since)
                        .arg(local));
    return inTransaction([&]() -> Result<void> {
        if (snapshot.full)
            if (auto ok = clearModules(); !ok)
                return ok;
        if (auto ok = writeLists(snapshot); !ok)
            return ok;
        if (auto ok = removeModules(snapshot.removed, snapshot.catalogVersion, false); !ok)
            return ok;
        if (auto ok = upsertModules(snapshot.modules, snapshot.catalogVersion); !ok)
            return ok;
        if (m_host)
            if (auto ok = m_database.setMeta(hostKeyMeta, m_host->key()); !ok)
                return ok;
        for (auto it = meta.cbegin(); it != meta.cend(); ++it)
            if (auto ok = m_database.setMeta(it.key(), it.value()); !ok)
                return ok;
        return m_database.setMeta(u"catalog_version"_s, QString::number(snapshot.catalogVersion));
    });
}

Result<qint64> CatalogWriter::publish(const CatalogSnapshot& changes)
{
    const qint64 next = m_database.catalogVersion() + 1;
    auto ok = inTransaction([&]() -> Result<void> {
        if (auto written = writeLists(changes); !written)
            return written;
        if (auto removed = removeModules(changes.removed, next, true); !removed)
            return removed;
        if (auto upserted = upsertModules(changes.modules, next); !upserted)
            return upserted;
        return m_database.setMeta(u"catalog_version"_s, QString::number(next));
    });
    if (!ok)
        return std::unexpected(ok.error());
    spdlog::info("catalog version {}: {} modules changed, {} removed", next, changes.modules.size(),
                 changes.removed.size());
    return next;
}

Result<void> CatalogWriter::writeLists(const CatalogSnapshot& snapshot)
{
    if (snapshot.categories.isEmpty() && snapshot.publishers.isEmpty())
        return {};
    QSqlQuery clear(m_database.db());
    clear.prepare(u"DELETE FROM categories"_s);
    if (auto ok = CatalogDatabase::exec(clear, tr("replacing categories")); !ok)
        return ok;
    QSqlQuery insert(m_database.db());
    insert.prepare(u"INSERT INTO categories(id, name, description, position) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const auto& c : snapshot.categories) {
        insert.addBindValue(c.id);
        insert.addBindValue(c.name);
        insert.addBindValue(text(c.description));
        insert.addBindValue(position++);
        if (auto ok = CatalogDatabase::exec(insert, tr("saving category %1").arg(c.id)); !ok)
            return ok;
    }
    clear.prepare(u"DELETE FROM publishers"_s);
    if (auto ok = CatalogDatabase::exec(clear, tr("replacing publishers")); !ok)
        return ok;
    insert.prepare(u"INSERT INTO publishers(id, name, verified, keys, reputation) VALUES (?, ?, ?, ?, ?)"_s);
    for (const auto& p : snapshot.publishers) {
        insert.addBindValue(p.id);
        insert.addBindValue(p.name);
        insert.addBindValue(p.verified ? 1 : 0);
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(publisherKeysToJson(p.keys)).toJson(QJsonDocument::Compact)));
        insert.addBindValue(
            p.reputation
                ? QString::fromUtf8(QJsonDocument(p.reputation->toJson()).toJson(QJsonDocument::Compact))
                : u""_s);
        if (auto ok = CatalogDatabase::exec(insert, tr("saving publisher %1").arg(p.id)); !ok)
            return ok;
    }
    return {};
}

QString CatalogWriter::compatibleVersion(const ModuleRecord& module) const
{
    if (!m_host)
        return module.latest().version;
    const VersionInfo* newest = m_host->newestAccepted(module);
    return newest ? newest->version : QString();
}

Result<void> CatalogWriter::upsertModules(const QList<ModuleRecord>& unordered, qint64 revision)
{
    // New rows get increasing row ids; inserting the most installed first makes row id order
    // popularity order, which broad text searches stream in (see TextSearch).
    QList<const ModuleRecord*> modules;
    modules.reserve(unordered.size());
    for (const ModuleRecord& m : unordered)
        modules.append(&m);
    std::sort(modules.begin(), modules.end(), [](const ModuleRecord* a, const ModuleRecord* b) {
        return a->installs != b->installs ? a->installs > b->installs : a->id < b->id;
    });
    QSqlDatabase& db = m_database.db();
    QSqlQuery lookup(db);
    lookup.prepare(u"SELECT rowid FROM modules WHERE id = ?"_s);
    QSqlQuery dropFts(db);
    dropFts.prepare(u"DELETE FROM module_fts WHERE rowid = ?"_s);
    QSqlQuery dropName(db);
    dropName.prepare(u"DELETE FROM module_name_fts WHERE rowid = ?"_s);
    QSqlQuery nameFts(db);
    nameFts.prepare(u"INSERT INTO module_name_fts(rowid, name) VALUES (?, ?)"_s);
    QSqlQuery dropTags(db);
    dropTags.prepare(u"DELETE FROM module_tags WHERE module_rowid = ?"_s);
    QSqlQuery upsert(db);
    upsert.prepare(
        u"INSERT INTO modules(id, name, summary, category, publisher, latest_version,"
        " compatible_version, icon, pricing, pricing_model, price_minor, rating_x100, rating_count,"
        " installs, updated, revision, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET name=excluded.name, summary=excluded.summary,"
        " category=excluded.category, publisher=excluded.publisher,"
        " latest_version=excluded.latest_version, compatible_version=excluded.compatible_version,"
        " icon=excluded.icon, pricing=excluded.pricing, pricing_model=excluded.pricing_model,"
        " price_minor=excluded.price_minor, rating_x100=excluded.rating_x100,"
        " rating_count=excluded.rating_count, installs=excluded.installs, updated=excluded.updated,"
        " revision=excluded.revision, doc=excluded.doc"_s);
    QSqlQuery fts(db);
    fts.prepare(u"INSERT INTO module_fts(rowid, name, summary, description, tags, publisher) "
                "VALUES (?, ?, ?, ?, ?, (SELECT name FROM publishers WHERE id = ?))"_s);
    QSqlQuery tag(db);
    tag.prepare(u"INSERT OR IGNORE INTO module_tags(module_rowid, tag) VALUES (?, ?)"_s);
    QSqlQuery untomb(db);
    untomb.prepare(u"DELETE FROM tombstones WHERE id = ?"_s);

    for (const ModuleRecord* record : modules) {
        const ModuleRecord& m = *record;
        const QString what = tr("saving module %1").arg(m.id);
        upsert.addBindValue(m.id);
        upsert.addBindValue(m.name);
        upsert.addBindValue(m.summary);
        upsert.addBindValue(m.category);
        upsert.addBindValue(m.publisher);
        upsert.addBindValue(m.latest().version);
        upsert.addBindValue(text(compatibleVersion(m)));
        upsert.addBindValue(text(m.icon));
        upsert.addBindValue(QString::fromUtf8(
            QJsonDocument(m.json.value(u"pricing").toObject()).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(pricing::modelName(m.pricing.model));
        upsert.addBindValue(m.pricing.entryPriceMinor());
        upsert.addBindValue(m.rating.averageX100());
        upsert.addBindValue(m.rating.count());
        upsert.addBindValue(m.installs);
        upsert.addBindValue(m.updated().toString(Qt::ISODate));
        upsert.addBindValue(revision);
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(m.json).toJson(QJsonDocument::Compact)));
        if (auto ok = CatalogDatabase::exec(upsert, what); !ok)
            return ok;

        lookup.addBindValue(m.id);
        if (auto ok = CatalogDatabase::exec(lookup, what); !ok || !lookup.next())
            return fail(ErrorCode::Storage,
                        tr("The catalog database lost module %1 while saving it.").arg(m.id));
        const qint64 rowid = lookup.value(0).toLongLong();
        lookup.finish();

        for (QSqlQuery* drop : {&dropFts, &dropName, &dropTags}) {
            drop->addBindValue(rowid);
            if (auto ok = CatalogDatabase::exec(*drop, what); !ok)
                return ok;
        }
        fts.addBindValue(rowid);
        fts.addBindValue(m.name);
        fts.addBindValue(m.summary);
        fts.addBindValue(text(m.description));
        fts.addBindValue(m.tags.join(u' '));
        fts.addBindValue(m.publisher);
        if (auto ok = CatalogDatabase::exec(fts, what); !ok)
            return ok;
        nameFts.addBindValue(rowid);
        nameFts.addBindValue(m.name);
        if (auto ok = CatalogDatabase::exec(nameFts, what); !ok)
            return ok;
        for (const QString& t : m.tags) {
            tag.addBindValue(rowid);
            tag.addBindValue(t);
            if (auto ok = CatalogDatabase::exec(tag, what); !ok)
                return ok;
        }
        untomb.addBindValue(m.id);
        if (auto ok = CatalogDatabase::exec(untomb, what); !ok)
            return ok;
    }
    return {};
}

Result<void> CatalogWriter::removeModules(const QStringList& ids, qint64 revision, bool keepTombstones)
{
    QSqlDatabase& db = m_database.db();
    for (const QString& id : ids) {
        const QString what = tr("removing module %1").arg(id);
        for (const auto* sql :
             {u"DELETE FROM module_fts WHERE rowid = (SELECT rowid FROM modules WHERE id = ?)",
              u"DELETE FROM module_name_fts WHERE rowid = (SELECT rowid FROM modules WHERE id = ?)",
              u"DELETE FROM module_tags WHERE module_rowid = (SELECT rowid FROM modules WHERE id = ?)",
              u"DELETE FROM modules WHERE id = ?"}) {
            QSqlQuery q(db);
            q.prepare(QStringView(sql).toString());
            q.addBindValue(id);
            if (auto ok = CatalogDatabase::exec(q, what); !ok)
                return ok;
        }
        if (keepTombstones) {
            QSqlQuery tomb(db);
            tomb.prepare(u"INSERT INTO tombstones(id, revision) VALUES (?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET revision = excluded.revision"_s);
            tomb.addBindValue(id);
            tomb.addBindValue(revision);
            if (auto ok = CatalogDatabase::exec(tomb, what); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> CatalogWriter::clearModules()
{
    for (const auto* sql : {u"DELETE FROM module_fts", u"DELETE FROM module_name_fts",
                            u"DELETE FROM module_tags", u"DELETE FROM modules"}) {
        QSqlQuery q(m_database.db());
        q.prepare(QStringView(sql).toString());
        if (auto ok = CatalogDatabase::exec(q, tr("clearing the cache")); !ok)
            return ok;
    }
    return {};
}

Result<void> CatalogWriter::refreshCompatibility()
{
    if (!m_host || m_database.meta(hostKeyMeta) == m_host->key())
        return {};
    return inTransaction([&]() -> Result<void> {
        QSqlQuery select(m_database.db());
        select.setForwardOnly(true);
        select.prepare(u"SELECT rowid, doc FROM modules"_s);
        if (auto ok = CatalogDatabase::exec(select, tr("reading modules")); !ok)
            return ok;
        QSqlQuery update(m_database.db());
        update.prepare(u"UPDATE modules SET compatible_version = ? WHERE rowid = ?"_s);
        while (select.next()) {
            const auto module =
                ModuleRecord::fromJson(QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object());
            update.addBindValue(text(module ? compatibleVersion(*module) : QString()));
            update.addBindValue(select.value(0));
            if (auto ok = CatalogDatabase::exec(update, tr("updating compatibility")); !ok)
                return ok;
        }
        return m_database.setMeta(hostKeyMeta, m_host->key());
    });
}

} // namespace mm::catalog
