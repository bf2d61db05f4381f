#include "tests/fakestripe/HttpReply.h"

#include <QJsonDocument>

namespace mm::fakestripe {

QByteArray HttpCall::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<QJsonObject> HttpCall::jsonBody() const
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Indented), {}};
}

HttpReply HttpReply::html(const QString& page, int status)
{
    return {status, "text/html; charset=utf-8", page.toUtf8(), {}};
}

HttpReply HttpReply::redirect(const QUrl& location)
{
    return {303, "text/plain", {}, {{"Location", location.toEncoded()}}};
}

QHttpServerResponse HttpReply::toResponse() const
{
    QHttpServerResponse response(contentType, body, static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto& [name, value] : headers)
        response.setHeader(name, value);
    return response;
}

} // namespace mm::fakestripe
