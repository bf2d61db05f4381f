#include "core/install/InstallState.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

#include <span>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

const char* const schema[] = {
    "CREATE TABLE installations (id TEXT PRIMARY KEY, version TEXT NOT NULL, manual INTEGER NOT NULL,"
    " installed_at TEXT NOT NULL)",
    // last_used orders the previous versions for pruning: the operation that last left or
    // entered the version.
    "CREATE TABLE kept_versions (id TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " last_used INTEGER NOT NULL, PRIMARY KEY (id, version))",
    "CREATE TABLE version_files (id TEXT NOT NULL, version TEXT NOT NULL, path TEXT NOT NULL,"
    " size INTEGER NOT NULL, sha256 TEXT NOT NULL, executable INTEGER NOT NULL,"
    " PRIMARY KEY (id, version, path),"
    " FOREIGN KEY (id, version) REFERENCES kept_versions(id, version) ON DELETE CASCADE)",
    "CREATE TABLE history (seq INTEGER PRIMARY KEY, operation INTEGER NOT NULL, time TEXT NOT NULL,"
    " user TEXT NOT NULL, kind TEXT NOT NULL, module TEXT NOT NULL, from_version TEXT, to_version TEXT,"
    " result TEXT NOT NULL, message TEXT NOT NULL)",
    "CREATE TABLE journal (operation INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
    " state TEXT NOT NULL, plan TEXT NOT NULL, started TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE INDEX journal_state ON journal(state)",
    // role 'placed': a version folder the operation created (removed on rollback);
    // role 'remove': a folder to delete once the operation is done (pruned versions, removed modules).
    "CREATE TABLE journal_folders (seq INTEGER PRIMARY KEY, operation INTEGER NOT NULL"
    " REFERENCES journal(operation), folder TEXT NOT NULL, role TEXT NOT NULL)",
    "CREATE INDEX journal_folders_operation ON journal_folders(operation, role)",
    "CREATE TABLE last_seen (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Schema 2: the license index (core/licensing/LicenseBook). The documents themselves live in the
// OS keychain; these rows only say which license each module has, for listing without unlocking.
const char* const licensesV2[] = {
    "CREATE TABLE licenses (module TEXT PRIMARY KEY, license TEXT NOT NULL, plan TEXT NOT NULL,"
    " expires TEXT, grace_ends TEXT, stored_at TEXT NOT NULL)",
    "CREATE TABLE revoked_licenses (license TEXT PRIMARY KEY, reason TEXT NOT NULL, seen_at TEXT NOT NULL)",
};

// What takes schema N-1 to N, for N = 2, 3, ...; a new database runs `schema` and then all of them.
const std::span<const char* const> migrations[] = {
    licensesV2,
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"mm-install-state-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

InstallState::InstallState(Private, const QString& path)
    : m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName()))
    , m_path(path)
{
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
}

InstallState::~InstallState()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<InstallState>> InstallState::open(const QString& path)
{
    auto self = std::make_unique<InstallState>(Private{}, path);
    if (!self->m_db.open())
        return fail(ErrorCode::Storage,
                    tr("Cannot open the install state %1: %2").arg(path, self->m_db.lastError().text()));
    // FULL: the journal's commit record must reach the disk before any pointer is switched.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        QSqlQuery q(self->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(ErrorCode::Storage,
                        tr("Cannot open the install state %1: %2").arg(path, q.lastError().text()));
    }
    if (auto created = self->createSchema(); !created)
        return std::unexpected(created.error());
    return self;
}

Result<void> InstallState::createSchema()
{
    // The version is read inside the write transaction: two connections opening a new file at
    // once (the app's recovery and its installed view, say) must not both try to create it.
    return transaction([this]() -> Result<void> {
        QSqlQuery version(m_db);
        if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
            return fail(
                ErrorCode::Storage,
                tr("Cannot read the schema version of %1: %2").arg(m_path, version.lastError().text()));
        const int existing = version.value(0).toInt();
        if (existing == schemaVersion)
            return {};
        if (existing > schemaVersion)
            return fail(ErrorCode::Storage,
                        tr("The install state %1 was written by a newer version (schema %2)")
                            .arg(m_path)
                            .arg(existing));
        const auto run = [this](std::span<const char* const> statements) -> Result<void> {
            for (const char* statement : statements) {
                QSqlQuery q(m_db);
                q.prepare(QString::fromLatin1(statement));
                if (auto ok = exec(q, tr("creating the schema")); !ok)
                    return ok;
            }
            return {};
        };
        if (existing == 0)
            if (auto ok = run(schema); !ok)
                return ok;
        for (int to = std::max(existing, 1) + 1; to <= schemaVersion; ++to)
            if (auto ok = run(migrations[to - 2]); !ok)
                return ok;
        QSqlQuery q(m_db);
        q.prepare(u"PRAGMA user_version = %1"_s.arg(schemaVersion));
        return exec(q, tr("setting the schema version"));
    });
}

Result<void> InstallState::transaction(const std::function<Result<void>()>& work)
{
    // IMMEDIATE takes the write lock up front, where the busy timeout applies. A deferred BEGIN
    // that reads first and writes later can fail at once with "database is locked" when another
    // connection does the same.
    QSqlQuery control(m_db);
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return fail(ErrorCode::Storage,
                    tr("Cannot start a transaction on %1: %2").arg(m_path, control.lastError().text()));
    auto done = work();
    if (!done) {
        control.exec(u"ROLLBACK"_s);
        return done;
    }
    if (!control.exec(u"COMMIT"_s)) {
        const QString reason = control.lastError().text();
        control.exec(u"ROLLBACK"_s);
        return fail(ErrorCode::Storage, tr("Cannot commit to %1: %2").arg(m_path, reason));
    }
    return {};
}

Result<void> InstallState::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return {};
    spdlog::error("install state: {} failed: {}", what.toStdString(), query.lastError().text().toStdString());
    return fail(ErrorCode::Storage,
                tr("The install state %1 failed while %2: %3").arg(m_path, what, query.lastError().text()));
}

Result<QList<Installation>> InstallState::installations()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, version, manual, installed_at FROM installations ORDER BY id"_s);
    if (auto ok = exec(q, tr("reading the installations")); !ok)
        return std::unexpected(ok.error());
    QList<Installation> list;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto version = semver::Version::parse(q.value(1).toString());
        if (!version)
            return fail(ErrorCode::Parse,
                        tr("The install state %1 lists module \"%2\" with the invalid version "
                           "\"%3\"")
                            .arg(m_path, id, q.value(1).toString()));
        list.append(Installation{id, *version, q.value(2).toBool(), parseTimestamp(q.value(3).toString())});
    }
    return list;
}

Result<std::optional<Installation>> InstallState::installation(const QString& id)
{
    auto all = installations();
    if (!all)
        return std::unexpected(all.error());
    for (const Installation& installation : *all)
        if (installation.id == id)
            return installation;
    return std::nullopt;
}

Result<void> InstallState::setInstallation(const Installation& installation)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO installations(id, version, manual, installed_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT(id) DO UPDATE SET version = excluded.version, manual = excluded.manual,"
              " installed_at = excluded.installed_at"_s);
    q.addBindValue(installation.id);
    q.addBindValue(installation.version.toString());
    q.addBindValue(installation.manual ? 1 : 0);
    q.addBindValue(timestamp(installation.installedAt));
    return exec(q, tr("recording module \"%1\"").arg(installation.id));
}

Result<void> InstallState::removeInstallation(const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM installations WHERE id = ?"_s);
    q.addBindValue(id);
    return exec(q, tr("removing module \"%1\"").arg(id));
}

Result<std::optional<QString>> InstallState::lastSeen(const QString& key)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM last_seen WHERE key = ?"_s);
    q.addBindValue(key);
    if (auto ok = exec(q, tr("reading %1").arg(key)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> InstallState::setLastSeen(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO last_seen(key, value) VALUES (?, ?)"
              " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, tr("saving %1").arg(key));
}

QString InstallState::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime InstallState::parseTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace mm::install
