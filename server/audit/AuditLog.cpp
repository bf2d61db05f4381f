#include "server/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::audit {
namespace {

// The columns are NOT NULL, and Qt binds a null QString as NULL: an anonymous caller has none.
QString text(const QString& value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

// UTC with milliseconds, a fixed width, so text comparison orders like the times.
QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return u"ok"_s;
    case Outcome::Denied:
        return u"denied"_s;
    case Outcome::Failed:
        return u"failed"_s;
    }
    return {};
}

QJsonObject AuditEntry::toJson() const
{
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{u"id"_s, id},
            {u"at"_s, stamp(at)},
            {u"actor"_s, orNull(actor)},
            {u"actor_roles"_s, QJsonArray::fromStringList(actorRoles.split(u',', Qt::SkipEmptyParts))},
            {u"action"_s, action},
            {u"target"_s, target},
            {u"address"_s, orNull(address)},
            {u"outcome"_s, outcomeName(outcome)},
            {u"detail"_s, detail}};
}

AuditLog::AuditLog(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> AuditLog::createSchema()
{
    for (const QString& sql :
         {u"CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
          " actor TEXT NOT NULL, actor_roles TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,"
          " address TEXT NOT NULL, outcome TEXT NOT NULL, detail TEXT NOT NULL)"_s,
          u"CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log(actor, id)"_s,
          u"CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log(action, id)"_s,
          // Append-only: not even this server can rewrite or drop what happened.
          u"CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log"
          " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
          u"CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log"
          " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(sql);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the audit log")); !ok)
            return ok;
    }
    return {};
}

Result<void> AuditLog::record(const accounts::Caller& caller, const QString& action, const QString& target,
                              AuditEntry::Outcome outcome, const QJsonObject& detail)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO audit_log(at, actor, actor_roles, action, target, address, outcome, detail)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(caller.userId));
    q.addBindValue(text(accounts::roleNames(caller.roles).join(u',')));
    q.addBindValue(text(action));
    q.addBindValue(text(target));
    q.addBindValue(text(caller.address));
    q.addBindValue(AuditEntry::outcomeName(outcome));
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    auto ok = catalog::CatalogDatabase::exec(q, tr("recording %1 in the audit log").arg(action));
    if (!ok)
        spdlog::error("audit: {}", ok.error().message.toStdString());
    return ok;
}

Result<QList<AuditEntry>> AuditLog::query(const Query& query) const
{
    QStringList where;
    QVariantList values;
    if (!query.actor.isEmpty()) {
        where.append(u"actor = ?"_s);
        values.append(query.actor);
    }
    if (query.action.endsWith(u'.')) {
        where.append(u"substr(action, 1, ?) = ?"_s);
        values.append(query.action.size());
        values.append(query.action);
    } else if (!query.action.isEmpty()) {
        where.append(u"action = ?"_s);
        values.append(query.action);
    }
    if (!query.target.isEmpty()) {
        where.append(u"target = ?"_s);
        values.append(query.target);
    }
    if (query.since.isValid()) {
        where.append(u"at >= ?"_s);
        values.append(stamp(query.since));
    }
    if (query.until.isValid()) {
        where.append(u"at < ?"_s);
        values.append(stamp(query.until));
    }
    if (query.before > 0) {
        where.append(u"id < ?"_s);
        values.append(query.before);
    }
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, at, actor, actor_roles, action, target, address, outcome, detail FROM audit_log"
              " %1 ORDER BY id DESC LIMIT ?"_s.arg(where.isEmpty() ? QString()
                                                                   : u"WHERE "_s + where.join(u" AND ")));
    for (const QVariant& value : values)
        q.addBindValue(value);
    q.addBindValue(std::clamp(query.limit, 1, 1000));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the audit log")); !ok)
        return std::unexpected(ok.error());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        entry.actor = q.value(2).toString();
        entry.actorRoles = q.value(3).toString();
        entry.action = q.value(4).toString();
        entry.target = q.value(5).toString();
        entry.address = q.value(6).toString();
        const QString outcome = q.value(7).toString();
        entry.outcome = outcome == u"denied"   ? AuditEntry::Outcome::Denied
                        : outcome == u"failed" ? AuditEntry::Outcome::Failed
                                               : AuditEntry::Outcome::Ok;
        entry.detail = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace mm::server::audit
