#pragma once

#include "server/submissions/UploadRecords.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace mm::server::submissions {

// Resumable package uploads (docs/api.md, "Publishing"): announce the package's SHA-256 and size,
// PUT it in chunks with Content-Range, ask how far it got after a broken connection or a server
// restart. The last chunk is checked against the announced SHA-256.
class UploadRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::UploadRoutes)

public:
    static constexpr qint64 maxChunkBytes = 8 * 1024 * 1024;

    UploadRoutes(UploadRecords& uploads, qint64 maxPackageBytes);
    void registerOn(QHttpServer& server);

private:
    QHttpServerResponse start(const QHttpServerRequest& request);
    QHttpServerResponse get(const QString& id);
    QHttpServerResponse put(const QString& id, const QHttpServerRequest& request);
    // Appends `chunk` at `offset` of the part file, cutting off anything past `offset` first.
    Result<void> write(const QString& id, qint64 offset, const QByteArray& chunk);

    UploadRecords& m_uploads;
    qint64 m_maxPackageBytes;
};

} // namespace mm::server::submissions
