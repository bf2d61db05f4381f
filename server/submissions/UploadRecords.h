#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mm::server::submissions {

// A package on its way up: the bytes received so far are DATA/uploads/<id>.part.
struct Upload
{
    QString id;    // "up-" + a UUID
    QString owner; // the user id of the developer who started it; nobody else may see or add to it
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false; // every byte arrived and the SHA-256 matched
    QDateTime created;

    QJsonObject toJson() const;
};

// The uploads table and the folder of partial files. A submission takes the file of a complete
// upload and the record goes away.
class UploadRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::UploadRecords)

public:
    UploadRecords(catalog::CatalogDatabase& database, QString folder);

    Result<void> createSchema();
    // The owner's upload of exactly this package that is not yet submitted, else a new empty one.
    Result<Upload> startOrResume(const QString& owner, const QString& sha256, qint64 size);
    Result<std::optional<Upload>> find(const QString& id);
    Result<void> setReceived(const QString& id, qint64 received, bool complete);
    Result<void> remove(const QString& id);

    // The upload if it is `user`'s: NotFound when there is none, Forbidden when it is another's.
    Result<Upload> findOwned(const QString& id, const QString& user);

    QString filePath(const QString& id) const;
    const QString& folder() const { return m_folder; }

private:
    catalog::CatalogDatabase& m_database;
    QString m_folder;
};

} // namespace mm::server::submissions
