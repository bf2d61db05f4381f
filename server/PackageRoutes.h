#pragma once

#include "server/PackageStore.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

class ApiRouter;

// Serves stored packages by hash, with single-range requests so an interrupted download resumes
// where it stopped, and their signature envelopes.
class PackageRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::PackageRoutes)

public:
    explicit PackageRoutes(PackageStore& store);
    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse archive(const QString& sha256, const QHttpServerRequest& request) const;
    QHttpServerResponse signatures(const QString& sha256) const;

    PackageStore& m_store;
};

} // namespace mm::server
