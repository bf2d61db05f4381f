#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/ModuleRecord.h"
#include "server/reviews/ReviewRecords.h"

#include <optional>

namespace mm::server::reviews {

// Keeps each module's catalog `rating` equal to its imported ratings plus its visible reviews
// (docs/reviews.md, "Rating math"). Imported ratings are the histogram a module had before the
// marketplace counted any review of it: the demo seed's numbers, or a seed file's; they carry
// no text and no author and never change.
class RatingPublisher
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::RatingPublisher)

public:
    RatingPublisher(catalog::CatalogDatabase& database, ReviewRecords& records);
    Result<void> createSchema();

    // Keeps every catalog module's current histogram as imported (demo seeding).
    Result<void> importAll();
    // Keeps the module's current catalog histogram as imported unless that happened before; call it
    // before the module's first review is written, while the catalog rating holds no review.
    Result<void> importOnce(const QString& module);

    // Imported plus visible reviews.
    Result<catalog::RatingSummary> ratingOf(const QString& module) const;
    // Publishes the module with its rating as a new catalog version when the rating changed;
    // returns that version, or nullopt when nothing changed (or the module left the catalog).
    Result<std::optional<qint64>> refresh(const QString& module);

private:
    Result<std::optional<catalog::RatingSummary>> imported(const QString& module) const;
    Result<void> store(const QString& module, const catalog::RatingSummary& rating, bool replace);

    catalog::CatalogDatabase& m_database;
    ReviewRecords& m_records;
};

} // namespace mm::server::reviews
