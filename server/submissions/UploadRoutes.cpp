#include "server/submissions/UploadRoutes.h"

#include "core/crypto/Sha256.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/submissions/SubmissionJson.h"

#include <QFile>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {
namespace {

using Status = QHttpServerResponse::StatusCode;

struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
};

Result<ContentRange> parseContentRange(const QByteArray& header)
{
    static const QRegularExpression pattern(u"^bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})$"_s);
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput,
                    UploadRoutes::tr("Content-Range must be \"bytes START-END/TOTAL\", got \"%1\".")
                        .arg(QString::fromLatin1(header)));
    ContentRange range{match.captured(1).toLongLong(), match.captured(2).toLongLong(),
                       match.captured(3).toLongLong()};
    if (range.last < range.first)
        return fail(ErrorCode::InvalidInput, UploadRoutes::tr("Content-Range ends before it starts."));
    return range;
}

} // namespace

UploadRoutes::UploadRoutes(UploadRecords& uploads, qint64 maxPackageBytes)
    : m_uploads(uploads)
    , m_maxPackageBytes(maxPackageBytes)
{}

void UploadRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    const auto developer = ApiRouter::Access::developer();
    router.route(u"/api/marketplace/uploads"_s, Method::Post, developer,
                 [this](const Caller& caller, Request request) { return start(caller, request); });
    router.route(u"/api/marketplace/uploads/<arg>"_s, Method::Get, developer,
                 [this](const QString& id, const Caller& caller, Request) { return get(id, caller); });
    router.route(u"/api/marketplace/uploads/<arg>"_s, Method::Put, developer,
                 [this](const QString& id, const Caller& caller, Request request) {
                     return put(id, caller, request);
                 });
}

QHttpServerResponse UploadRoutes::start(const Caller& caller, const QHttpServerRequest& request)
{
    const auto body = SubmissionJson::body(request);
    if (!body)
        return errorResponse(body.error());
    const QString sha256 = body->value(u"sha256").toString();
    if (!crypto::Sha256::isHexDigest(sha256))
        return errorResponse({ErrorCode::InvalidInput,
                              tr("\"sha256\" must be the package's SHA-256 in 64 lower-case hex digits.")});
    const QJsonValue sizeValue = body->value(u"size");
    const qint64 size = sizeValue.toInteger(-1);
    if (!sizeValue.isDouble() || size <= 0)
        return errorResponse({ErrorCode::InvalidInput,
                              tr("\"size\" must be the package's size in bytes, a whole number above 0.")});
    if (size > m_maxPackageBytes)
        return SubmissionJson::error(
            {ErrorCode::InvalidInput, tr("The package has %1 bytes; this marketplace takes packages of at "
                                         "most %2 bytes.")
                                          .arg(size)
                                          .arg(m_maxPackageBytes)},
            Status::PayloadTooLarge);
    const auto upload = m_uploads.startOrResume(caller.userId, sha256, size);
    if (!upload)
        return errorResponse(upload.error());
    return jsonResponse(upload->toJson(), Status::Created);
}

QHttpServerResponse UploadRoutes::get(const QString& id, const Caller& caller)
{
    const auto upload = m_uploads.findOwned(id, caller.userId);
    if (!upload)
        return errorResponse(upload.error());
    return jsonResponse(upload->toJson());
}

Result<void> UploadRoutes::write(const QString& id, qint64 offset, const QByteArray& chunk)
{
    QFile file(m_uploads.filePath(id));
    if (!file.open(QIODevice::ReadWrite) || !file.resize(offset) || !file.seek(offset) ||
        file.write(chunk) != chunk.size() || !file.flush())
        return fail(ErrorCode::Storage, tr("Cannot write upload %1: %2").arg(id, file.errorString()));
    return {};
}

QHttpServerResponse UploadRoutes::put(const QString& id, const Caller& caller,
                                      const QHttpServerRequest& request)
{
    const auto found = m_uploads.findOwned(id, caller.userId);
    if (!found)
        return errorResponse(found.error());
    Upload upload = *found;
    const auto range = parseContentRange(request.value("Content-Range"));
    if (!range)
        return errorResponse(range.error());
    const QByteArray& chunk = request.body();
    if (chunk.size() > maxChunkBytes)
        return SubmissionJson::error(
            {ErrorCode::InvalidInput, tr("A chunk may have at most %1 bytes.").arg(maxChunkBytes)},
            Status::PayloadTooLarge);
    if (range->total != upload.size)
        return errorResponse({ErrorCode::InvalidInput,
                              tr("Content-Range says the package has %1 bytes; the upload was started "
                                 "for %2.")
                                  .arg(range->total)
                                  .arg(upload.size)});
    if (range->last - range->first + 1 != chunk.size() || range->last >= upload.size)
        return errorResponse(
            {ErrorCode::InvalidInput, tr("Content-Range covers %1 bytes but the body has %2.")
                                          .arg(range->last - range->first + 1)
                                          .arg(chunk.size())});
    if (upload.complete || range->first != upload.received)
        return SubmissionJson::error(
            {ErrorCode::Conflict,
             upload.complete ? tr("Upload %1 is already complete.").arg(id)
                             : tr("Upload %1 has %2 bytes; the next chunk must start there, not at %3.")
                                   .arg(id)
                                   .arg(upload.received)
                                   .arg(range->first)},
            Status::Conflict, {{u"upload"_s, upload.toJson()}});

    if (auto written = write(id, range->first, chunk); !written)
        return errorResponse(written.error());
    upload.received = range->last + 1;
    if (upload.received == upload.size) {
        const auto sha256 = crypto::Sha256::hexOfFile(m_uploads.filePath(id));
        if (!sha256)
            return errorResponse(sha256.error());
        if (*sha256 != upload.sha256) {
            // Start over: the client sends the whole package again rather than guessing which
            // chunk went wrong.
            spdlog::warn("upload {}: the bytes have SHA-256 {}, not the announced {}", id.toStdString(),
                         sha256->toStdString(), upload.sha256.toStdString());
            upload.received = 0;
            if (auto reset = write(id, 0, {}); !reset)
                return errorResponse(reset.error());
            if (auto ok = m_uploads.setReceived(id, 0, false); !ok)
                return errorResponse(ok.error());
            return SubmissionJson::error(
                {ErrorCode::Verification, tr("The uploaded bytes have SHA-256 %1, not the announced %2; the "
                                             "upload starts over.")
                                              .arg(*sha256, upload.sha256)},
                Status::UnprocessableEntity, {{u"upload"_s, upload.toJson()}});
        }
        upload.complete = true;
    }
    if (auto ok = m_uploads.setReceived(id, upload.received, upload.complete); !ok)
        return errorResponse(ok.error());
    return jsonResponse(upload.toJson());
}

} // namespace mm::server::submissions
