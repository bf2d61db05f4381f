#include "server/moderation/Moderation.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

Moderation::Moderation(catalog::CatalogDatabase& database, const QString& dataDir, PackageStore& packages,
                       const MarketplaceKeys& keys)
    : m_records(database)
    , m_store(QDir(dataDir).filePath(u"submissions"_s))
    , m_publisherKeys(database, QDir(dataDir).filePath(u"keys/publishers"_s))
    , m_takedowns(database)
    , m_queue(database, m_records, m_takedowns, packages)
    , m_review(database, m_records, m_store, packages, m_takedowns, m_queue)
    , m_publisher(database, m_store, m_publisherKeys, packages, keys)
    , m_takedownPublisher(database, m_takedowns)
    , m_routes(m_records, m_queue, m_review)
    , m_decisions(m_records, m_publisher, m_takedownPublisher)
    , m_personalData(database)
{}

Result<void> Moderation::createSchema()
{
    // The submissions table (with its decision columns) belongs to submissions::Submissions,
    // which creates it first; only the takedowns are moderation's own.
    return m_takedowns.createSchema();
}

void Moderation::registerOn(ApiRouter& router)
{
    m_routes.registerOn(router);
    m_decisions.registerOn(router);
}

} // namespace mm::server::moderation
