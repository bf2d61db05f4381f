#include "server/submissions/AdvisoryRoutes.h"

#include "server/ApiRouter.h"

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

AdvisoryRoutes::AdvisoryRoutes(QByteArray feedJson)
    : m_feed(std::move(feedJson))
{}

void AdvisoryRoutes::registerOn(ApiRouter& router)
{
    router.route(u"/api/marketplace/advisories"_s, QHttpServerRequest::Method::Get,
                 ApiRouter::Access::anyone(), [this](const accounts::Caller&, const QHttpServerRequest&) {
                     return QHttpServerResponse("application/json", m_feed);
                 });
}

} // namespace mm::server::submissions
