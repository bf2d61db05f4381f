#pragma once

#include "tests/fakestripe/HttpReply.h"

#include <QString>

// Stripe's error answers: {"error": {"type", "code", "param", "message"}} with its statuses.
// The messages copy Stripe's English wording; they are an API's, not this project's UI.
namespace mm::fakestripe::errors {

HttpReply unauthorized(const QString& message);
HttpReply missingParam(const QString& param);
// A parameter Stripe does not know where it was sent ("Received unknown parameter: ...").
HttpReply unknownParam(const QString& param);
HttpReply invalidParam(const QString& param, const QString& message, const QString& code = {});
// 404 for the resource a path names; a referenced id in the parameters is a 400 naming `param`.
HttpReply noSuch(const QString& objectName, const QString& id, const QString& param = {});
HttpReply invalidRequest(const QString& message, int status = 400);
HttpReply idempotencyMismatch(const QString& key);

} // namespace mm::fakestripe::errors
