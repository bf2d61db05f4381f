#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/moderation/TakedownRecords.h"

namespace mm::server::moderation {

// Withdraws a published module version: it leaves the module's versions in a new catalog version
// (the module is removed when it was the last), and the takedown is recorded so every catalog
// export lists it in "revoked_packages". The package stays in the store for the record; nothing
// in the catalog points at it any more.
class TakedownPublisher
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::TakedownPublisher)

public:
    TakedownPublisher(catalog::CatalogDatabase& database, TakedownRecords& records);

    struct Outcome
    {
        catalog::RevokedPackage package;
        QString publisher;
        qint64 catalogVersion = 0;
    };
    // NotFound when the catalog does not list the version.
    Result<Outcome> takeDown(const QString& module, const QString& version, const QString& reason,
                             const QString& byUser, const QDateTime& now);

private:
    catalog::CatalogDatabase& m_database;
    TakedownRecords& m_records;
};

} // namespace mm::server::moderation
