#include "server/moderation/TakedownRecords.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

TakedownRecords::TakedownRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> TakedownRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS takedowns (module TEXT NOT NULL, version TEXT NOT NULL,"
              " sha256 TEXT NOT NULL, publisher TEXT NOT NULL, reason TEXT NOT NULL, by_user TEXT NOT NULL,"
              " at TEXT NOT NULL, PRIMARY KEY(module, version))"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the takedown records"));
}

Result<void> TakedownRecords::add(const catalog::RevokedPackage& package, const QString& publisher,
                                  const QString& byUser)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO takedowns(module, version, sha256, publisher, reason, by_user, at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(module, version) DO NOTHING"_s);
    for (const QVariant& value :
         {QVariant(package.module), QVariant(package.version), QVariant(package.sha256), QVariant(publisher),
          QVariant(package.reason), QVariant(byUser), QVariant(billing::isoUtc(package.at))})
        q.addBindValue(value);
    const QString what = tr("recording the takedown of %1 %2").arg(package.module, package.version);
    if (auto ok = catalog::CatalogDatabase::exec(q, what); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    tr("%1 %2 was already taken down.").arg(package.module, package.version));
    return {};
}

Result<void> TakedownRecords::remove(const QString& module, const QString& version)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM takedowns WHERE module = ? AND version = ?"_s);
    q.addBindValue(module);
    q.addBindValue(version);
    return catalog::CatalogDatabase::exec(q, tr("undoing the takedown of %1 %2").arg(module, version));
}

Result<QList<catalog::RevokedPackage>> TakedownRecords::all() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT module, version, sha256, reason, at FROM takedowns ORDER BY rowid"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the takedown records")); !ok)
        return std::unexpected(ok.error());
    QList<catalog::RevokedPackage> packages;
    while (q.next())
        packages.append(catalog::RevokedPackage{q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString(),
                                                billing::fromIso(q.value(4).toString())});
    return packages;
}

Result<qint64> TakedownRecords::countOf(const QString& publisher) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COUNT(*) FROM takedowns WHERE publisher = ?"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting the takedowns of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace mm::server::moderation
