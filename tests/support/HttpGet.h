#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

HttpAnswer httpGet(const QUrl& url);
// Any method with headers and a body (sent as application/json when not empty); unlike
// BlockingGet it keeps the status and body of error answers, which tests compare.
HttpAnswer httpRequest(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                       const HttpHeaders& headers = {});

} // namespace mm::test
