#pragma once

#include <QByteArray>

namespace mm::server {
class ApiRouter;
}

namespace mm::server::submissions {

// GET /api/marketplace/advisories: the feed of known-vulnerable module versions that clients and
// the server's own pipeline check dependencies against (core/validation/Advisory.h). The feed was
// parsed when the server started, so what is served is what the pipeline uses.
class AdvisoryRoutes
{
public:
    explicit AdvisoryRoutes(QByteArray feedJson);
    void registerOn(ApiRouter& router);

private:
    QByteArray m_feed;
};

} // namespace mm::server::submissions
