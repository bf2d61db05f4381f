#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/accounts/PersonalData.h"
#include "server/accounts/UserRecords.h"

#include <QJsonObject>
#include <QList>

namespace mm::server {
namespace audit {
class AuditLog;
}
} // namespace mm::server

namespace mm::server::accounts {

// A user's rights over their data (GDPR art. 15, 17 and 20): the export of everything the server
// keeps about them, and the deletion of their account. Parts of the server that keep personal
// data register a PersonalData source here (sessions, reviews, ...); orders and licenses belong to
// the tenant and stay, as accounting law wants.
class DataRights
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::DataRights)

public:
    static constexpr auto exportFormat = "modmarket-personal-data/1";

    DataRights(catalog::CatalogDatabase& database, UserRecords& users, audit::AuditLog& audit);

    // The source must outlive this object; its section() names its key in the export.
    void add(PersonalData& source);

    // {"format","generated","user",<section>: ... of every source,"audit": entries by the user}.
    Result<QJsonObject> exportFor(const QString& userId) const;
    // Every source erases, then the user is anonymised: all in one transaction, or nothing.
    Result<void> erase(const QString& userId);

private:
    catalog::CatalogDatabase& m_database;
    UserRecords& m_users;
    audit::AuditLog& m_audit;
    QList<PersonalData*> m_sources;
};

} // namespace mm::server::accounts
