#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

#include <optional>

namespace mm::server::reviews {

struct ReviewReply
{
    QString review;
    QString publisher; // the reply speaks for the publisher, not for the developer who wrote it
    QString text;
    QDateTime created;
    QDateTime updated;
};

// The module publisher's one answer to a review, written and edited by its developers.
class ReviewReplies
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewReplies)

public:
    static constexpr int maxTextLength = 4000;

    explicit ReviewReplies(catalog::CatalogDatabase& database);
    Result<void> createSchema();

    // Creates the reply or replaces its text; returns it as stored.
    Result<ReviewReply> put(const QString& review, const QString& publisher, const QString& text);
    Result<std::optional<ReviewReply>> find(const QString& review) const;
    Result<void> removeReview(const QString& review);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::reviews
