#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QJsonArray>

namespace mm::server::reviews {

// Reports of abuse: one per user and review (a second one replaces the reason). A report is open
// until a moderator hides or restores the review, which settles every report on it.
class ReviewReports
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewReports)

public:
    static constexpr int maxReasonLength = 1000;

    explicit ReviewReports(catalog::CatalogDatabase& database);
    Result<void> createSchema();

    Result<void> add(const QString& review, const QString& userId, const QString& reason);
    Result<qint64> openCount(const QString& review) const;
    // [{"reason","at"}] of the open reports, for moderators; who reported stays private.
    Result<QJsonArray> openReasons(const QString& review) const;
    Result<QStringList> reviewsWithOpenReports() const;
    Result<void> settle(const QString& review);
    Result<void> removeReview(const QString& review);

    // [{"review","reason","at"}] for the data export.
    Result<QJsonArray> byUser(const QString& userId) const;
    Result<void> eraseUser(const QString& userId);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::reviews
