#include "server/submissions/UploadRecords.h"

#include "server/billing/BillingTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

QJsonObject Upload::toJson() const
{
    return {{u"id"_s, id},
            {u"sha256"_s, sha256},
            {u"size"_s, size},
            {u"received"_s, received},
            {u"complete"_s, complete}};
}

UploadRecords::UploadRecords(catalog::CatalogDatabase& database, QString folder)
    : m_database(database)
    , m_folder(std::move(folder))
{}

Result<void> UploadRecords::createSchema()
{
    if (!QDir().mkpath(m_folder))
        return fail(ErrorCode::Storage, tr("Cannot create the uploads folder %1").arg(m_folder));
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL,"
              " size INTEGER NOT NULL, received INTEGER NOT NULL, complete INTEGER NOT NULL,"
              " created TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '')"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the upload records")); !ok)
        return ok;
    // Stores from before accounts: their uploads get no owner, so nobody can resume them.
    q.prepare(u"SELECT COUNT(*) FROM pragma_table_info('uploads') WHERE name = 'owner'"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the upload records' columns")); !ok)
        return ok;
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    q.prepare(u"ALTER TABLE uploads ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s);
    return catalog::CatalogDatabase::exec(q, tr("adding owners to the upload records"));
}

QString UploadRecords::filePath(const QString& id) const
{
    return QDir(m_folder).filePath(id + u".part"_s);
}

Result<std::optional<Upload>> UploadRecords::find(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, sha256, size, received, complete, created, owner FROM uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading upload %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    Upload upload{q.value(0).toString(),
                  q.value(6).toString(),
                  q.value(1).toString(),
                  q.value(2).toLongLong(),
                  q.value(3).toLongLong(),
                  q.value(4).toInt() != 0,
                  billing::fromIso(q.value(5).toString())};
    // The file is the truth about what arrived: a crash between writing a chunk and recording it,
    // or a file removed by hand, must not make the server claim bytes it does not have.
    const qint64 onDisk = QFileInfo(filePath(id)).size();
    if (onDisk < upload.received) {
        upload.received = onDisk;
        upload.complete = false;
    }
    return upload;
}

Result<Upload> UploadRecords::findOwned(const QString& id, const QString& user)
{
    auto found = find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no upload %1.").arg(id));
    if ((*found)->owner != user)
        return fail(ErrorCode::Forbidden, tr("Upload %1 belongs to another user.").arg(id));
    return std::move(**found);
}

Result<Upload> UploadRecords::startOrResume(const QString& owner, const QString& sha256, qint64 size)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id FROM uploads WHERE owner = ? AND sha256 = ? AND size = ?"
              " ORDER BY created DESC LIMIT 1"_s);
    q.addBindValue(owner);
    q.addBindValue(sha256);
    q.addBindValue(size);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("looking for an upload of %1").arg(sha256)); !ok)
        return std::unexpected(ok.error());
    if (q.next()) {
        auto existing = find(q.value(0).toString());
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return **existing;
    }
    Upload upload{u"up-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                  owner,
                  sha256,
                  size,
                  0,
                  false,
                  QDateTime::currentDateTimeUtc()};
    QFile file(filePath(upload.id));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Storage, tr("Cannot create %1: %2").arg(file.fileName(), file.errorString()));
    q.prepare(u"INSERT INTO uploads(id, sha256, size, received, complete, created, owner)"
              " VALUES (?, ?, ?, 0, 0, ?, ?)"_s);
    q.addBindValue(upload.id);
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(billing::isoUtc(upload.created));
    q.addBindValue(owner);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording upload %1").arg(upload.id)); !ok)
        return std::unexpected(ok.error());
    return upload;
}

Result<void> UploadRecords::setReceived(const QString& id, qint64 received, bool complete)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE uploads SET received = ?, complete = ? WHERE id = ?"_s);
    q.addBindValue(received);
    q.addBindValue(complete ? 1 : 0);
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("recording the progress of upload %1").arg(id));
}

Result<void> UploadRecords::remove(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("removing upload %1").arg(id)); !ok)
        return ok;
    QFile::remove(filePath(id));
    return {};
}

} // namespace mm::server::submissions
