#include "server/reviews/Reviews.h"

namespace mm::server::reviews {

Reviews::Reviews(catalog::CatalogDatabase& database, audit::AuditLog& audit)
    : m_database(database)
    , m_records(database)
    , m_votes(database)
    , m_reports(database)
    , m_replies(database)
    , m_rating(database, m_records)
    , m_reputation(database)
    , m_json(m_votes, m_reports, m_replies)
    , m_routes({database, m_records, m_votes, m_reports, m_replies, m_rating, m_json, audit})
    , m_moderationRoutes({database, m_records, m_votes, m_reports, m_replies, m_rating, m_json, audit})
    , m_personalData(m_records, m_votes, m_reports)
{}

Result<void> Reviews::createSchema()
{
    for (const auto& ok : {m_records.createSchema(), m_votes.createSchema(), m_reports.createSchema(),
                           m_replies.createSchema(), m_rating.createSchema(), m_reputation.createSchema()})
        if (!ok)
            return ok;
    return {};
}

void Reviews::registerOn(ApiRouter& router)
{
    m_routes.registerOn(router);
    m_moderationRoutes.registerOn(router);
}

} // namespace mm::server::reviews
