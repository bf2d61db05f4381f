#include "server/submissions/SubmissionJson.h"

#include "server/ApiJson.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

Result<QJsonObject> SubmissionJson::body(const QHttpServerRequest& request)
{
    if (request.body().size() > maxBodyBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The request body is larger than %1 bytes.").arg(maxBodyBytes));
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return fail(ErrorCode::InvalidInput, tr("The request body must be a JSON object."));
    return json.object();
}

QHttpServerResponse SubmissionJson::error(const Error& error, QHttpServerResponse::StatusCode status,
                                          const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(u"error"_s,
                QJsonObject{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}});
    return jsonResponse(body, status);
}

QHttpServerResponse SubmissionJson::error(const Error& error)
{
    if (error.code == ErrorCode::Verification)
        return SubmissionJson::error(error, QHttpServerResponse::StatusCode::UnprocessableEntity);
    return errorResponse(error);
}

} // namespace mm::server::submissions
