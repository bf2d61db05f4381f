#pragma once

#include "tests/fakestripe/HttpReply.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <expected>

namespace mm::fakestripe {

// What a state change produced: the object it changed, the events it created (in order) and,
// for checkout, where the buyer's browser goes next. Failures are the Stripe error answer.
struct Outcome
{
    QJsonObject object;
    QStringList events;
    QUrl redirect;
};

using OutcomeResult = std::expected<Outcome, HttpReply>;

} // namespace mm::fakestripe
