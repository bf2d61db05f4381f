#include "core/catalog/CatalogDatabase.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

constexpr int schemaVersion = 3;

// FTS5 column weights for bm25: the name counts most, then summary, tags, publisher, description.
constexpr auto rankFunction = "bm25(10.0, 4.0, 1.0, 3.0, 2.0)";

const char* const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS categories (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "description TEXT NOT NULL, position INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS publishers (id TEXT PRIMARY KEY, name TEXT NOT NULL, verified INTEGER NOT "
    "NULL, keys TEXT NOT NULL DEFAULT '[]', reputation TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS modules ("
    " rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, summary TEXT NOT NULL,"
    " category TEXT NOT NULL, publisher TEXT NOT NULL, latest_version TEXT NOT NULL,"
    " compatible_version TEXT NOT NULL, icon TEXT NOT NULL, pricing TEXT NOT NULL,"
    " pricing_model TEXT NOT NULL, price_minor INTEGER NOT NULL, rating_x100 INTEGER NOT NULL,"
    " rating_count INTEGER NOT NULL, installs INTEGER NOT NULL, updated TEXT NOT NULL,"
    " revision INTEGER NOT NULL, doc TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS modules_category ON modules(category)",
    "CREATE INDEX IF NOT EXISTS modules_installs ON modules(installs DESC)",
    "CREATE INDEX IF NOT EXISTS modules_rating ON modules(rating_x100 DESC)",
    "CREATE INDEX IF NOT EXISTS modules_updated ON modules(updated DESC)",
    "CREATE INDEX IF NOT EXISTS modules_name ON modules(name COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS modules_price ON modules(price_minor)",
    "CREATE INDEX IF NOT EXISTS modules_revision ON modules(revision)",
    "CREATE TABLE IF NOT EXISTS module_tags (module_rowid INTEGER NOT NULL, tag TEXT NOT NULL,"
    " PRIMARY KEY (tag, module_rowid)) WITHOUT ROWID",
    // Replacing a module's tags looks them up by module; without this every upsert scans all tags.
    "CREATE INDEX IF NOT EXISTS module_tags_module ON module_tags(module_rowid)",
    "CREATE TABLE IF NOT EXISTS tombstones (id TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS module_fts USING fts5(name, summary, description, tags, publisher,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    // Names alone: a broad search lists name matches first and must find them without walking
    // every module that mentions the word (see TextSearch).
    "CREATE VIRTUAL TABLE IF NOT EXISTS module_name_fts USING fts5(name,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"mm-catalog-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CatalogDatabase::CatalogDatabase(Private, const QString& path)
    : m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName()))
    , m_path(path)
{
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
}

CatalogDatabase::~CatalogDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<CatalogDatabase>> CatalogDatabase::open(const QString& path)
{
    auto self = std::make_unique<CatalogDatabase>(Private{}, path);
    if (!self->m_db.open())
        return fail(ErrorCode::Storage,
                    tr("Cannot open the catalog database %1: %2").arg(path, self->m_db.lastError().text()));
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        QSqlQuery q(self->m_db);
        q.exec(QString::fromLatin1(pragma));
    }
    if (auto created = self->createSchema(); !created)
        return std::unexpected(created.error());
    return self;
}

Result<void> CatalogDatabase::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return {};
    spdlog::error("catalog database: {} failed: {}", what.toStdString(),
                  query.lastError().text().toStdString());
    return fail(ErrorCode::Storage,
                tr("The catalog database failed while %1: %2").arg(what, query.lastError().text()));
}

Result<void> CatalogDatabase::createSchema()
{
    const int existing = meta(u"schema_version"_s, u"0"_s).toInt();
    if (existing == schemaVersion)
        return {};
    if (existing > schemaVersion)
        return fail(ErrorCode::Storage,
                    tr("The catalog database %1 was written by a newer version (schema %2)")
                        .arg(m_path)
                        .arg(existing));
    // Another connection may be creating or upgrading the same file right now: take the write
    // lock first (waiting up to the busy timeout), then look again.
    QSqlQuery begin(m_db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return fail(ErrorCode::Storage,
                    tr("Cannot create the catalog schema: %1").arg(begin.lastError().text()));
    if (meta(u"schema_version"_s, u"0"_s).toInt() == schemaVersion) {
        m_db.commit();
        return {};
    }
    if (existing >= 1) {
        // Schema 2 added the publishers' signing keys, schema 3 their reputation.
        const QString upgrades[] = {
            u"ALTER TABLE publishers ADD COLUMN keys TEXT NOT NULL DEFAULT '[]'"_s,
            u"ALTER TABLE publishers ADD COLUMN reputation TEXT NOT NULL DEFAULT ''"_s};
        for (int step = existing; step < schemaVersion; ++step) {
            QSqlQuery q(m_db);
            q.prepare(upgrades[step - 1]);
            if (auto ok = exec(q, tr("upgrading the schema")); !ok) {
                m_db.rollback();
                return ok;
            }
        }
        if (auto ok = setMeta(u"schema_version"_s, QString::number(schemaVersion)); !ok) {
            m_db.rollback();
            return ok;
        }
        m_db.commit();
        return {};
    }
    for (const char* statement : schema) {
        QSqlQuery q(m_db);
        if (!q.prepare(QString::fromLatin1(statement))) {
            m_db.rollback();
            return fail(ErrorCode::Storage,
                        tr("Cannot create the catalog schema: %1").arg(q.lastError().text()));
        }
        if (auto ok = exec(q, tr("creating the schema")); !ok) {
            m_db.rollback();
            return ok;
        }
    }
    QSqlQuery rank(m_db);
    rank.prepare(u"INSERT INTO module_fts(module_fts, rank) VALUES ('rank', ?)"_s);
    rank.addBindValue(QString::fromLatin1(rankFunction));
    if (auto ok = exec(rank, tr("configuring search ranking")); !ok) {
        m_db.rollback();
        return ok;
    }
    if (auto ok = setMeta(u"schema_version"_s, QString::number(schemaVersion)); !ok) {
        m_db.rollback();
        return ok;
    }
    m_db.commit();
    return {};
}

QString CatalogDatabase::meta(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

Result<void> CatalogDatabase::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, tr("saving %1").arg(key));
}

qint64 CatalogDatabase::catalogVersion() const
{
    return meta(u"catalog_version"_s, u"0"_s).toLongLong();
}

} // namespace mm::catalog
