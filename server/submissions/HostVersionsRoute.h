#pragma once

#include <QStringList>

namespace mm::server {
class ApiRouter;
}

namespace mm::server::submissions {

// GET /api/marketplace/hosts: the host platform versions this marketplace supports
// (modmarketd --host-versions); a submitted module must resolve on each one its host range admits.
class HostVersionsRoute
{
public:
    explicit HostVersionsRoute(QStringList versions);
    void registerOn(ApiRouter& router);

private:
    QStringList m_versions;
};

} // namespace mm::server::submissions
