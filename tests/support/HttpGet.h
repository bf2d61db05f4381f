#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace mm::test {

// A blocking GET for tests that check HTTP answers byte by byte (status, content type, JSON body).
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray contentType;
    QByteArray body;

    QJsonObject json() const; // empty unless the body is a JSON object
};

HttpAnswer httpGet(const QUrl& url);

} // namespace mm::test
