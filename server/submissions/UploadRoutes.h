#pragma once

#include "server/accounts/Caller.h"
#include "server/submissions/UploadRecords.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;

namespace mm::server::submissions {

// Resumable package uploads (docs/api.md, "Publishing"): announce the package's SHA-256 and size,
// PUT it in chunks with Content-Range, ask how far it got after a broken connection or a server
// restart. The last chunk is checked against the announced SHA-256. Developers only, and an upload
// is its creator's: nobody else can see, extend or submit it.
class UploadRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::UploadRoutes)

public:
    static constexpr qint64 maxChunkBytes = 8 * 1024 * 1024;

    UploadRoutes(UploadRecords& uploads, qint64 maxPackageBytes);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    QHttpServerResponse start(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse get(const QString& id, const Caller& caller);
    QHttpServerResponse put(const QString& id, const Caller& caller, const QHttpServerRequest& request);
    // Appends `chunk` at `offset` of the part file, cutting off anything past `offset` first.
    Result<void> write(const QString& id, qint64 offset, const QByteArray& chunk);

    UploadRecords& m_uploads;
    qint64 m_maxPackageBytes;
};

} // namespace mm::server::submissions
