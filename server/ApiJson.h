#pragma once

#include "core/catalog/CatalogQuery.h"
#include "core/common/Error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace mm::server {

// JSON shapes of the HTTP API and the error response every route uses:
// {"error": {"code": "not-found", "message": "No module \"x\" in the catalog."}}
QHttpServerResponse errorResponse(const Error& error);
QHttpServerResponse
jsonResponse(const QJsonObject& body,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

QJsonObject summaryToJson(const catalog::ModuleSummary& summary);
QJsonObject ratingToJson(const catalog::RatingSummary& rating);

} // namespace mm::server
