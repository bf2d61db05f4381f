#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace mm::fakestripe {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One request as the fake's handlers see it: the path already split into decoded segments.
struct HttpCall
{
    QByteArray method; // "GET", "POST", "DELETE", ...
    QStringList segments;
    QByteArray query; // still percent-encoded
    QByteArray body;
    HeaderList headers;

    QByteArray header(const QByteArray& name) const;
    // The body as a JSON object; empty for an empty body, nullopt when it is not one.
    std::optional<QJsonObject> jsonBody() const;
};

// An answer built by a handler before it becomes a QHttpServerResponse, so it can be stored
// (idempotent replays) and logged.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers;

    static HttpReply json(const QJsonObject& object, int status = 200);
    static HttpReply html(const QString& page, int status = 200);
    static HttpReply redirect(const QUrl& location);
    QHttpServerResponse toResponse() const;
};

} // namespace mm::fakestripe
