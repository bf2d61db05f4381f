#include "server/reviews/Reputation.h"

#include "core/catalog/CatalogReader.h"
#include "server/billing/DatabaseTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

Reputation::Reputation(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> Reputation::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS publisher_reputation (publisher TEXT PRIMARY KEY,"
              " catalog_version INTEGER NOT NULL, doc TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the publisher reputation"));
}

bool Reputation::hasTable(const QString& name) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

Result<qint64> Reputation::countWhere(const QString& sql, const QString& publisher) const
{
    QSqlQuery q(m_database.db());
    q.prepare(sql);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("computing the reputation of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<catalog::PublisherReputation> Reputation::compute(const QString& publisher) const
{
    catalog::PublisherReputation r;
    // The catalog's ratings (imported plus visible reviews), summed over the publisher's modules,
    // so a module with many ratings weighs more than one with few.
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT doc FROM modules WHERE publisher = ?"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the modules of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    catalog::RatingSummary all;
    while (q.next()) {
        const QJsonObject doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QJsonArray histogram = doc.value(u"rating").toObject().value(u"histogram").toArray();
        for (qsizetype i = 0; i < histogram.size() && i < 5; ++i)
            all.histogram[std::size_t(i)] += std::max<qint64>(0, histogram.at(i).toInteger());
    }
    r.ratingCount = all.count();
    r.ratingAverageX100 = all.averageX100();
    // Tables of the publishing and moderation parts; a store without them has nothing to count.
    if (hasTable(u"submissions"_s)) {
        for (auto [status, target] :
             {std::pair{u"approved"_s, &r.approved}, std::pair{u"declined"_s, &r.declined}}) {
            const auto n = countWhere(
                u"SELECT count(*) FROM submissions WHERE publisher = ? AND status = '%1'"_s.arg(status),
                publisher);
            if (!n)
                return std::unexpected(n.error());
            *target = *n;
        }
    }
    if (hasTable(u"takedowns"_s)) {
        const auto n = countWhere(u"SELECT count(*) FROM takedowns WHERE publisher = ?"_s, publisher);
        if (!n)
            return std::unexpected(n.error());
        r.takedowns = *n;
    }
    r.score = catalog::PublisherReputation::scoreFor(r.ratingAverageX100, r.ratingCount, r.approved,
                                                     r.declined, r.takedowns);
    return r;
}

Result<QHash<QString, catalog::PublisherReputation>> Reputation::forCatalogVersion()
{
    const qint64 version = m_database.catalogVersion();
    QHash<QString, catalog::PublisherReputation> result;
    {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT publisher, doc FROM publisher_reputation WHERE catalog_version = ?"_s);
        q.addBindValue(version);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the publisher reputation")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            const auto parsed = catalog::PublisherReputation::fromJson(
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(0).toString());
            if (parsed && *parsed)
                result.insert(q.value(0).toString(), **parsed);
        }
    }
    if (!result.isEmpty())
        return result;
    // The publishers list only changes with a catalog version, so the frozen set is complete.
    const auto publishers = catalog::CatalogReader(m_database).publishers();
    if (!publishers)
        return std::unexpected(publishers.error());
    for (const auto& p : *publishers) {
        auto r = compute(p.id);
        if (!r)
            return std::unexpected(r.error());
        result.insert(p.id, *r);
    }
    auto frozen = billing::DatabaseTransaction::run(m_database, [&]() -> Result<void> {
        // A catalog version published meanwhile freezes its own numbers when it is first read.
        if (m_database.catalogVersion() != version)
            return {};
        QSqlQuery clear(m_database.db());
        clear.prepare(u"DELETE FROM publisher_reputation"_s);
        if (auto ok = catalog::CatalogDatabase::exec(clear, tr("replacing the publisher reputation")); !ok)
            return ok;
        QSqlQuery insert(m_database.db());
        insert.prepare(
            u"INSERT INTO publisher_reputation(publisher, catalog_version, doc) VALUES (?, ?, ?)"_s);
        for (auto it = result.cbegin(); it != result.cend(); ++it) {
            insert.addBindValue(it.key());
            insert.addBindValue(version);
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact)));
            if (auto ok = catalog::CatalogDatabase::exec(insert, tr("saving the publisher reputation")); !ok)
                return ok;
        }
        return {};
    });
    if (!frozen)
        return std::unexpected(frozen.error());
    return result;
}

} // namespace mm::server::reviews
