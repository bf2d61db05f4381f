#include "server/submissions/HostVersionsRoute.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

HostVersionsRoute::HostVersionsRoute(QStringList versions)
    : m_versions(std::move(versions))
{}

void HostVersionsRoute::registerOn(ApiRouter& router)
{
    router.route(u"/api/marketplace/hosts"_s, QHttpServerRequest::Method::Get, ApiRouter::Access::anyone(),
                 [this](const accounts::Caller&, const QHttpServerRequest&) {
                     return jsonResponse({{u"host_versions"_s, QJsonArray::fromStringList(m_versions)}});
                 });
}

} // namespace mm::server::submissions
