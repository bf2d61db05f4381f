#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/PublisherReputation.h"

#include <QHash>

namespace mm::server::reviews {

// Publisher reputation (docs/reviews.md, "Reputation"): the ratings of the publisher's modules in
// the catalog, the moderators' approvals and declines of its submissions, and its takedowns.
//
// The catalog export is signed and a client may fetch the same catalog version twice, so the
// numbers are frozen per catalog version: computed the first time a version is exported or shown
// and kept until the catalog version changes. A decline (which publishes nothing) shows in the
// next catalog version; a review that moves a rating publishes one.
class Reputation
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::Reputation)

public:
    explicit Reputation(catalog::CatalogDatabase& database);
    Result<void> createSchema();

    // Now, from the tables; not frozen.
    Result<catalog::PublisherReputation> compute(const QString& publisher) const;
    // Every catalog publisher's reputation for the current catalog version.
    Result<QHash<QString, catalog::PublisherReputation>> forCatalogVersion();

private:
    Result<qint64> countWhere(const QString& sql, const QString& publisher) const;
    bool hasTable(const QString& name) const;

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::reviews
