#include "server/reviews/ReviewInput.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

Result<QJsonObject> ReviewInput::body(const QHttpServerRequest& request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, tr("The request body must be a JSON object."));
    return document.object();
}

Result<QString> ReviewInput::text(const QJsonObject& body, const QString& field, int min, int max)
{
    const QJsonValue value = body.value(field);
    if (!value.isUndefined() && !value.isString())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" must be a string.").arg(field));
    const QString text = value.toString().trimmed();
    if (text.size() < min || text.size() > max)
        return fail(ErrorCode::InvalidInput, min > 0
                                                 ? tr("\"%1\" must have %2 to %3 characters, it has %4.")
                                                       .arg(field)
                                                       .arg(min)
                                                       .arg(max)
                                                       .arg(text.size())
                                                 : tr("\"%1\" must have at most %2 characters, it has %3.")
                                                       .arg(field)
                                                       .arg(max)
                                                       .arg(text.size()));
    return text;
}

Result<bool> ReviewInput::flag(const QJsonObject& body, const QString& field)
{
    const QJsonValue value = body.value(field);
    if (!value.isBool())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" must be true or false.").arg(field));
    return value.toBool();
}

Result<int> ReviewInput::number(const QHttpServerRequest& request, const QString& name, int min, int max,
                                int fallback)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return value;
}

} // namespace mm::server::reviews
