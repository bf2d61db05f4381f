#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/ModuleRecord.h"
#include "server/reviews/Review.h"

#include <optional>

namespace mm::server::reviews {

// The reviews table: one row per (module, author), the text, the stars and whether a moderator
// hid it. Votes, reports and replies are kept by their own classes.
class ReviewRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewRecords)

public:
    static constexpr int maxTextLength = 4000;

    enum class Sort
    {
        Newest,
        Helpful,
    };

    explicit ReviewRecords(catalog::CatalogDatabase& database);
    Result<void> createSchema();

    Result<std::optional<Review>> find(const QString& id) const;
    Result<std::optional<Review>> mine(const QString& module, const QString& userId) const;
    Result<void> insert(const Review& review);
    // Rating, text, updated and author name.
    Result<void> update(const Review& review);
    Result<void> remove(const QString& id);
    Result<void> setHidden(const QString& id, bool hidden, const QString& reason);

    Result<QList<Review>> list(const QString& module, Sort sort, bool withHidden, int offset,
                               int limit) const;
    Result<qint64> count(const QString& module, bool withHidden) const;
    Result<QList<Review>> byIds(const QStringList& ids) const;
    Result<QStringList> hiddenIds() const;
    // Stars of the visible reviews only: hidden ones never count.
    Result<catalog::RatingSummary> visibleHistogram(const QString& module) const;

    Result<QList<Review>> byUser(const QString& userId) const;
    // Unlinks the user's reviews from the account; they stay, counted, under `authorName`.
    Result<void> anonymise(const QString& userId, const QString& authorName);

    // Whether the tenant has (or had: the record stays while installed) the module installed.
    Result<bool> tenantInstalled(const QString& tenant, const QString& module) const;
    // The account's display name, empty when the user is unknown.
    QString userName(const QString& userId) const;

private:
    Result<QList<Review>> select(const QString& where, const QVariantList& binds, const QString& tail) const;

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::reviews
