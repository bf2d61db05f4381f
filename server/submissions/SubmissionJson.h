#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace mm::server::submissions {

// The submission routes' shared request and answer shapes: a JSON object body in, and the API's
// error object out with a status of the caller's choosing where ErrorCode has no fitting one
// (413 for too large, 422 for a package whose bytes are not the ones announced).
class SubmissionJson
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmissionJson)

public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    static Result<QJsonObject> body(const QHttpServerRequest& request);
    static QHttpServerResponse error(const Error& error, QHttpServerResponse::StatusCode status,
                                     const QJsonObject& extra = {});
    // Like errorResponse(), plus 422 for Verification errors.
    static QHttpServerResponse error(const Error& error);
};

} // namespace mm::server::submissions
