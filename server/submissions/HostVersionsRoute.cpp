#include "server/submissions/HostVersionsRoute.h"

#include "server/ApiJson.h"

#include <QHttpServer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

HostVersionsRoute::HostVersionsRoute(QStringList versions)
    : m_versions(std::move(versions))
{}

void HostVersionsRoute::registerOn(QHttpServer& server)
{
    server.route(u"/api/marketplace/hosts"_s, QHttpServerRequest::Method::Get, [this] {
        return jsonResponse({{u"host_versions"_s, QJsonArray::fromStringList(m_versions)}});
    });
}

} // namespace mm::server::submissions
