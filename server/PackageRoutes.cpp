#include "server/PackageRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/ByteRange.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mm::server {

PackageRoutes::PackageRoutes(PackageStore& store)
    : m_store(store)
{}

void PackageRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Caller = ApiRouter::Caller;
    using Request = const QHttpServerRequest&;
    // Packages are public: a tenant's license, not the download, is what it pays for.
    const auto anyone = ApiRouter::Access::anyone();
    router.route(u"/api/marketplace/packages/<arg>/signatures"_s, Method::Get, anyone,
                 [this](const QString& sha256, const Caller&, Request) { return signatures(sha256); });
    router.route(
        u"/api/marketplace/packages/<arg>"_s, Method::Get, anyone,
        [this](const QString& sha256, const Caller&, Request request) { return archive(sha256, request); });
}

QHttpServerResponse PackageRoutes::archive(const QString& sha256, const QHttpServerRequest& request) const
{
    using Status = QHttpServerResponse::StatusCode;
    if (!m_store.contains(sha256))
        return errorResponse({ErrorCode::NotFound, tr("There is no package %1.").arg(sha256)});
    QFile file(m_store.archivePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return errorResponse({ErrorCode::Storage, tr("Cannot read package %1.").arg(sha256)});
    const qint64 size = file.size();
    const auto [kind, range] = ByteRange::parse(request.value("Range"), size);
    if (kind == ByteRange::Parse::Unsatisfiable) {
        QHttpServerResponse response(Status::RequestRangeNotSatisfiable);
        response.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return response;
    }
    const bool partial = kind == ByteRange::Parse::Partial;
    if (partial && !file.seek(range.first))
        return errorResponse({ErrorCode::Storage, tr("Cannot read package %1.").arg(sha256)});
    QByteArray body = file.read(partial ? range.length() : size);
    QHttpServerResponse response("application/octet-stream", std::move(body),
                                 partial ? Status::PartialContent : Status::Ok);
    response.setHeader("Accept-Ranges", "bytes");
    // Content-addressed: the bytes behind a hash never change.
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (partial)
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                QByteArray::number(range.last) + '/' +
                                                QByteArray::number(size));
    return response;
}

QHttpServerResponse PackageRoutes::signatures(const QString& sha256) const
{
    const auto signatures = m_store.signatures(sha256);
    if (!signatures)
        return errorResponse(signatures.error());
    return QHttpServerResponse("application/json", *signatures);
}

} // namespace mm::server
