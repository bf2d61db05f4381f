#include "server/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server {

QHttpServerResponse jsonResponse(const QJsonObject& body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                               status);
}

QHttpServerResponse errorResponse(const Error& error)
{
    using Status = QHttpServerResponse::StatusCode;
    Status status = Status::InternalServerError;
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Parse:
        status = Status::BadRequest;
        break;
    case ErrorCode::NotFound:
        status = Status::NotFound;
        break;
    case ErrorCode::Forbidden:
        status = Status::Forbidden;
        break;
    case ErrorCode::Conflict:
        status = Status::Conflict;
        break;
    case ErrorCode::Unauthenticated:
        status = Status::Unauthorized;
        break;
    case ErrorCode::RateLimited:
        status = Status::TooManyRequests;
        break;
    default:
        break;
    }
    return jsonResponse(
        {{u"error"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}}}},
        status);
}

QJsonObject ratingToJson(const catalog::RatingSummary& rating)
{
    QJsonArray histogram;
    for (qint64 n : rating.histogram)
        histogram.append(n);
    return {
        {u"average_x100"_s, rating.averageX100()}, {u"count"_s, rating.count()}, {u"histogram"_s, histogram}};
}

QJsonObject summaryToJson(const catalog::ModuleSummary& m)
{
    return {
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"summary"_s, m.summary},
        {u"category"_s, m.category},
        {u"publisher"_s, QJsonObject{{u"name"_s, m.publisherName}, {u"verified"_s, m.publisherVerified}}},
        {u"latest_version"_s, m.latestVersion},
        {u"icon_url"_s, u"/api/marketplace/modules/%1/icon"_s.arg(m.id)},
        {u"pricing"_s, QJsonObject{{u"model"_s, pricing::modelName(m.pricing.model)},
                                   {u"currency"_s, m.pricing.currency},
                                   {u"entry_price"_s, m.pricing.entryPriceMinor()}}},
        {u"rating"_s, QJsonObject{{u"average_x100"_s, m.ratingX100}, {u"count"_s, m.ratingCount}}},
        {u"installs"_s, m.installs},
        {u"updated"_s, m.updated.toString(Qt::ISODate)},
    };
}

} // namespace mm::server
