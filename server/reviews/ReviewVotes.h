#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>
#include <QJsonArray>

namespace mm::server::reviews {

// "Helpful" votes: at most one per user and review, so a count is a count of people.
class ReviewVotes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewVotes)

public:
    explicit ReviewVotes(catalog::CatalogDatabase& database);
    Result<void> createSchema();

    // Adds the user's vote (again: no change) or takes it back.
    Result<void> set(const QString& review, const QString& userId, bool helpful);
    Result<qint64> count(const QString& review) const;
    Result<bool> has(const QString& review, const QString& userId) const;
    Result<void> removeReview(const QString& review);

    // [{"review","at"}] for the data export.
    Result<QJsonArray> byUser(const QString& userId) const;
    Result<void> eraseUser(const QString& userId);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::reviews
