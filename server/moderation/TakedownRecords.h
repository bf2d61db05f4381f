#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/RevokedPackage.h"

#include <QList>

namespace mm::server::moderation {

// The takedowns table: every published version a moderator withdrew, with why, by whom and when.
// The catalog export lists them all as "revoked_packages"; a publisher's count raises the risk
// of its next submissions.
class TakedownRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::TakedownRecords)

public:
    explicit TakedownRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // Conflict when the version was already taken down.
    Result<void> add(const catalog::RevokedPackage& package, const QString& publisher, const QString& byUser);
    // Undoes add() when the catalog could not be changed.
    Result<void> remove(const QString& module, const QString& version);
    // Oldest first, as the catalog export carries them.
    Result<QList<catalog::RevokedPackage>> all() const;
    Result<qint64> countOf(const QString& publisher) const;

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::moderation
