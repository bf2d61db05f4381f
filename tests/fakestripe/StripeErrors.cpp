#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe::errors {
namespace {

HttpReply error(int status, const QString& type, const QString& message, const QString& code = {},
                const QString& param = {})
{
    QJsonObject body{{u"type"_s, type}, {u"message"_s, message}};
    if (!code.isEmpty())
        body.insert(u"code"_s, code);
    if (!param.isEmpty())
        body.insert(u"param"_s, param);
    return HttpReply::json({{u"error"_s, body}}, status);
}

} // namespace

HttpReply unauthorized(const QString& message)
{
    return error(401, u"invalid_request_error"_s, message);
}

HttpReply missingParam(const QString& param)
{
    return error(400, u"invalid_request_error"_s, u"Missing required param: %1."_s.arg(param),
                 u"parameter_missing"_s, param);
}

HttpReply unknownParam(const QString& param)
{
    return error(400, u"invalid_request_error"_s, u"Received unknown parameter: %1"_s.arg(param),
                 u"parameter_unknown"_s, param);
}

HttpReply invalidParam(const QString& param, const QString& message, const QString& code)
{
    return error(400, u"invalid_request_error"_s, message, code.isEmpty() ? u"parameter_invalid"_s : code,
                 param);
}

HttpReply noSuch(const QString& objectName, const QString& id, const QString& param)
{
    return error(param.isEmpty() ? 404 : 400, u"invalid_request_error"_s,
                 u"No such %1: '%2'"_s.arg(objectName, id), u"resource_missing"_s,
                 param.isEmpty() ? u"id"_s : param);
}

HttpReply invalidRequest(const QString& message, int status)
{
    return error(status, u"invalid_request_error"_s, message);
}

HttpReply idempotencyMismatch(const QString& key)
{
    return error(400, u"idempotency_error"_s,
                 u"Keys for idempotent requests can only be used with the same parameters they were "
                 "first used with. Try using a key other than '%1' if you meant to execute a "
                 "different request."_s.arg(key));
}

} // namespace mm::fakestripe::errors
