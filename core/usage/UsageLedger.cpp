#include "core/usage/UsageLedger.h"

#include <QAtomicInteger>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mm::usage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"mm-usage-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString UsageLedger::pathIn(const QString& profileDirectory)
{
    return QDir(profileDirectory).filePath(u"usage.sqlite"_s);
}

UsageLedger::UsageLedger(Private, const QString& path)
    : m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName()))
    , m_path(path)
{
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
}

UsageLedger::~UsageLedger()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<UsageLedger>> UsageLedger::open(const QString& path)
{
    auto self = std::make_unique<UsageLedger>(Private{}, path);
    if (!self->m_db.open())
        return fail(ErrorCode::Storage,
                    tr("Cannot open the usage ledger %1: %2").arg(path, self->m_db.lastError().text()));
    for (const QString& statement :
         {u"PRAGMA journal_mode = WAL"_s,
          u"CREATE TABLE IF NOT EXISTS usage (id TEXT PRIMARY KEY, module TEXT NOT NULL,"
          " quantity INTEGER NOT NULL, time TEXT NOT NULL, reported INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX IF NOT EXISTS usage_unreported ON usage(reported, module, time)"_s})
        if (auto ok = self->exec(statement, {}, tr("creating the schema"), nullptr); !ok)
            return std::unexpected(ok.error());
    return self;
}

Result<void> UsageLedger::exec(const QString& sql, const QVariantList& values, const QString& what,
                               QSqlQuery* out)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage,
                    tr("The usage ledger %1 failed %2: %3").arg(m_path, what, query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage,
                    tr("The usage ledger %1 failed %2: %3").arg(m_path, what, query.lastError().text()));
    if (out)
        *out = std::move(query);
    return {};
}

Result<UsageRecord> UsageLedger::record(const QString& moduleId, qint64 quantity, const QDateTime& time)
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    if (!idPattern.match(moduleId).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a module id.").arg(moduleId));
    if (quantity <= 0 || quantity > maxQuantity)
        return fail(ErrorCode::InvalidInput, tr("Usage of %1 must be a quantity from 1 to %2, not %3.")
                                                 .arg(moduleId)
                                                 .arg(maxQuantity)
                                                 .arg(quantity));
    UsageRecord row{QUuid::createUuid().toString(QUuid::WithoutBraces), moduleId, quantity, time.toUTC(),
                    false};
    if (auto ok =
            exec(u"INSERT INTO usage (id, module, quantity, time, reported) VALUES (?, ?, ?, ?, 0)"_s,
                 {row.id, row.moduleId, row.quantity, timestamp(row.time)}, tr("recording usage"), nullptr);
        !ok)
        return std::unexpected(ok.error());
    return row;
}

Result<QList<UsageRecord>> UsageLedger::select(const QString& where, const QVariantList& values, int limit)
{
    QSqlQuery query(m_db);
    if (auto ok = exec(u"SELECT id, module, quantity, time, reported FROM usage WHERE "_s + where +
                           u" ORDER BY time, rowid LIMIT %1"_s.arg(limit),
                       values, tr("reading usage"), &query);
        !ok)
        return std::unexpected(ok.error());
    QList<UsageRecord> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs).toUTC(),
                     query.value(4).toBool()});
    return rows;
}

Result<QList<UsageRecord>> UsageLedger::unreported(const QString& moduleId, int limit)
{
    return select(u"reported = 0 AND module = ?"_s, {moduleId}, limit);
}

Result<QList<UsageRecord>> UsageLedger::records(const QString& moduleId)
{
    return select(u"module = ?"_s, {moduleId}, std::numeric_limits<int>::max());
}

Result<QStringList> UsageLedger::modulesWithUnreported()
{
    QSqlQuery query(m_db);
    if (auto ok = exec(u"SELECT DISTINCT module FROM usage WHERE reported = 0 ORDER BY module"_s, {},
                       tr("reading usage"), &query);
        !ok)
        return std::unexpected(ok.error());
    QStringList modules;
    while (query.next())
        modules.append(query.value(0).toString());
    return modules;
}

Result<int> UsageLedger::markReported(const QStringList& ids)
{
    int changed = 0;
    if (!m_db.transaction())
        return fail(
            ErrorCode::Storage,
            tr("The usage ledger %1 cannot start a transaction: %2").arg(m_path, m_db.lastError().text()));
    for (const QString& id : ids) {
        QSqlQuery query(m_db);
        if (auto ok = exec(u"UPDATE usage SET reported = 1 WHERE id = ? AND reported = 0"_s, {id},
                           tr("marking usage reported"), &query);
            !ok) {
            m_db.rollback();
            return std::unexpected(ok.error());
        }
        changed += query.numRowsAffected();
    }
    if (!m_db.commit())
        return fail(ErrorCode::Storage,
                    tr("The usage ledger %1 cannot commit: %2").arg(m_path, m_db.lastError().text()));
    return changed;
}

} // namespace mm::usage
