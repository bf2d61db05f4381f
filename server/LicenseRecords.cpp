#include "server/LicenseRecords.h"

#include "core/catalog/CatalogWriter.h"

#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

constexpr auto columns = "id, tenant, module, plan, issued, not_before, expires, grace_seconds, machine,"
                         " document, revoked_at, revoked_reason";

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

// NULL rather than an empty string, so that "never expires" and "not revoked" are plain IS NULL.
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

LicenseRecords::LicenseRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> LicenseRecords::createSchema()
{
    for (
        const auto& statement :
        {u"CREATE TABLE IF NOT EXISTS licenses (id TEXT PRIMARY KEY, tenant TEXT NOT NULL,"
         " module TEXT NOT NULL, plan TEXT NOT NULL, issued TEXT NOT NULL, not_before TEXT NOT NULL,"
         " expires TEXT, grace_seconds INTEGER NOT NULL, machine TEXT, document TEXT NOT NULL,"
         " revoked_at TEXT, revoked_reason TEXT)"_s,
         u"CREATE INDEX IF NOT EXISTS licenses_by_tenant ON licenses(tenant, module, plan)"_s,
         u"CREATE INDEX IF NOT EXISTS licenses_revoked ON licenses(revoked_at) WHERE revoked_at IS NOT NULL"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the license records")); !ok)
            return ok;
    }
    return {};
}

Result<void> LicenseRecords::insert(const IssuedLicense& license)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO licenses(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"_s.arg(
        QLatin1StringView(columns)));
    for (const QVariant& value : {QVariant(license.id), QVariant(license.tenant), QVariant(license.module),
                                  QVariant(licensing::planName(license.plan)),
                                  QVariant(timeText(license.issued)), QVariant(timeText(license.notBefore)),
                                  orNull(timeText(license.expires)), QVariant(license.graceSeconds),
                                  orNull(license.machine), QVariant(QString::fromUtf8(license.document))})
        q.addBindValue(value);
    return catalog::CatalogDatabase::exec(q, tr("recording license %1").arg(license.id));
}

Result<QList<IssuedLicense>> LicenseRecords::select(const QString& where, const QVariantList& values,
                                                    const QString& what)
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM licenses WHERE %2"_s.arg(QLatin1StringView(columns), where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto ok = catalog::CatalogDatabase::exec(q, what); !ok)
        return std::unexpected(ok.error());
    QList<IssuedLicense> result;
    while (q.next()) {
        const auto plan = licensing::planFromName(q.value(3).toString());
        if (!plan)
            return fail(ErrorCode::Storage, tr("License %1 has an unknown plan \"%2\" in the store.")
                                                .arg(q.value(0).toString(), q.value(3).toString()));
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *plan,
                       timeFrom(q.value(4)), timeFrom(q.value(5)), timeFrom(q.value(6)),
                       q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString().toUtf8(),
                       timeFrom(q.value(10)), q.value(11).toString()});
    }
    return result;
}

Result<IssuedLicense> LicenseRecords::find(const QString& id)
{
    auto rows = select(u"id = ?"_s, {id}, tr("reading license %1").arg(id));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, tr("No license \"%1\".").arg(id));
    return rows->front();
}

Result<QList<IssuedLicense>> LicenseRecords::forTenant(const QString& tenant)
{
    // rowid breaks ties between licenses issued in the same second: later inserts are newer.
    return select(u"tenant = ? ORDER BY issued DESC, rowid DESC"_s, {tenant},
                  tr("reading the licenses of %1").arg(tenant));
}

Result<std::optional<IssuedLicense>> LicenseRecords::latest(const QString& tenant, const QString& module,
                                                            licensing::LicensePlan plan, bool includeRevoked)
{
    const QString where =
        u"tenant = ? AND module = ? AND plan = ?%1 ORDER BY issued DESC, rowid DESC LIMIT 1"_s.arg(
            includeRevoked ? QString() : u" AND revoked_at IS NULL"_s);
    auto rows = select(where, {tenant, module, licensing::planName(plan)},
                       tr("reading the licenses of %1").arg(tenant));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->front());
}

Result<qint64> LicenseRecords::revoke(const QString& id, const QString& reason)
{
    if (auto known = find(id); !known)
        return std::unexpected(known.error());
    QSqlQuery q(m_database.db());
    q.prepare(
        u"UPDATE licenses SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL"_s);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(reason);
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("revoking license %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (q.numRowsAffected() > 0)
        spdlog::info("revoked license {}: {}", id.toStdString(), reason.toStdString());
    // Published even when the license was revoked before: re-running the command then retries a
    // publish that failed the first time. An empty version costs clients one small delta.
    return catalog::CatalogWriter(m_database, std::nullopt).publish(catalog::CatalogSnapshot{});
}

Result<QStringList> LicenseRecords::revokedIds()
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM licenses WHERE revoked_at IS NOT NULL ORDER BY id"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the revoked licenses")); !ok)
        return std::unexpected(ok.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace mm::server
