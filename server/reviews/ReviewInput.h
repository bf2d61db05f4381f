#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

class QHttpServerRequest;

namespace mm::server::reviews {

// Reading the small JSON bodies of the review routes; errors name the field and the rule.
class ReviewInput
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewInput)

public:
    static Result<QJsonObject> body(const QHttpServerRequest& request);
    // A string of min..max characters after trimming; absent counts as empty.
    static Result<QString> text(const QJsonObject& body, const QString& field, int min, int max);
    static Result<bool> flag(const QJsonObject& body, const QString& field);
    // A query parameter that is a whole number from min to max, or fallback when absent.
    static Result<int> number(const QHttpServerRequest& request, const QString& name, int min, int max,
                              int fallback);
};

} // namespace mm::server::reviews
