#include "server/submissions/AdvisoryRoutes.h"

#include <QHttpServer>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

AdvisoryRoutes::AdvisoryRoutes(QByteArray feedJson)
    : m_feed(std::move(feedJson))
{}

void AdvisoryRoutes::registerOn(QHttpServer& server)
{
    server.route(u"/api/marketplace/advisories"_s, QHttpServerRequest::Method::Get,
                 [this] { return QHttpServerResponse("application/json", m_feed); });
}

} // namespace mm::server::submissions
