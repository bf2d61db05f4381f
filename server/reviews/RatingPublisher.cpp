#include "server/reviews/RatingPublisher.h"

#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {
namespace {

QJsonArray histogramJson(const catalog::RatingSummary& rating)
{
    QJsonArray array;
    for (qint64 n : rating.histogram)
        array.append(n);
    return array;
}

} // namespace

RatingPublisher::RatingPublisher(catalog::CatalogDatabase& database, ReviewRecords& records)
    : m_database(database)
    , m_records(records)
{}

Result<void> RatingPublisher::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"CREATE TABLE IF NOT EXISTS imported_ratings (module TEXT PRIMARY KEY, histogram TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the imported ratings"));
}

Result<void> RatingPublisher::store(const QString& module, const catalog::RatingSummary& rating, bool replace)
{
    QSqlQuery q(m_database.db());
    q.prepare(replace ? u"INSERT OR REPLACE INTO imported_ratings(module, histogram) VALUES (?, ?)"_s
                      : u"INSERT OR IGNORE INTO imported_ratings(module, histogram) VALUES (?, ?)"_s);
    q.addBindValue(module);
    q.addBindValue(QString::fromUtf8(QJsonDocument(histogramJson(rating)).toJson(QJsonDocument::Compact)));
    return catalog::CatalogDatabase::exec(q, tr("keeping the imported ratings of %1").arg(module));
}

Result<void> RatingPublisher::importAll()
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM modules ORDER BY id"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the catalog's modules")); !ok)
        return ok;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString& id : ids)
        if (auto ok = importOnce(id); !ok)
            return ok;
    return {};
}

Result<void> RatingPublisher::importOnce(const QString& module)
{
    const auto record = catalog::CatalogReader(m_database).module(module);
    if (!record)
        return record.error().code == ErrorCode::NotFound ? Result<void>() : std::unexpected(record.error());
    return store(module, record->rating, false);
}

Result<std::optional<catalog::RatingSummary>> RatingPublisher::imported(const QString& module) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT histogram FROM imported_ratings WHERE module = ?"_s);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the imported ratings of %1").arg(module));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<catalog::RatingSummary>();
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    catalog::RatingSummary rating;
    for (qsizetype i = 0; i < array.size() && i < 5; ++i)
        rating.histogram[std::size_t(i)] = std::max<qint64>(0, array.at(i).toInteger());
    return std::optional(rating);
}

Result<catalog::RatingSummary> RatingPublisher::ratingOf(const QString& module) const
{
    auto base = imported(module);
    if (!base)
        return std::unexpected(base.error());
    // Never reviewed: the catalog's own numbers are the whole truth.
    if (!*base) {
        const auto record = catalog::CatalogReader(m_database).module(module);
        if (!record)
            return std::unexpected(record.error());
        return record->rating;
    }
    auto reviews = m_records.visibleHistogram(module);
    if (!reviews)
        return std::unexpected(reviews.error());
    catalog::RatingSummary sum = **base;
    for (std::size_t i = 0; i < sum.histogram.size(); ++i)
        sum.histogram[i] += reviews->histogram[i];
    return sum;
}

Result<std::optional<qint64>> RatingPublisher::refresh(const QString& module)
{
    auto record = catalog::CatalogReader(m_database).module(module);
    if (!record)
        return record.error().code == ErrorCode::NotFound ? Result<std::optional<qint64>>(std::nullopt)
                                                          : std::unexpected(record.error());
    const auto rating = ratingOf(module);
    if (!rating)
        return std::unexpected(rating.error());
    if (rating->histogram == record->rating.histogram)
        return std::optional<qint64>();
    QJsonObject json = record->json;
    json.insert(u"rating"_s,
                QJsonObject{{u"count"_s, rating->count()}, {u"histogram"_s, histogramJson(*rating)}});
    auto updated = catalog::ModuleRecord::fromJson(json);
    if (!updated)
        return std::unexpected(updated.error());
    catalog::CatalogSnapshot changes;
    changes.modules.append(std::move(*updated));
    const auto version = catalog::CatalogWriter(m_database, std::nullopt).publish(changes);
    if (!version)
        return std::unexpected(version.error());
    spdlog::info("rating of {} is now {} from {} ratings (catalog version {})", module.toStdString(),
                 rating->averageX100(), rating->count(), *version);
    return std::optional(*version);
}

} // namespace mm::server::reviews
