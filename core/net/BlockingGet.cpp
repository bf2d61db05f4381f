#include "core/net/BlockingGet.h"

#include "core/net/HttpCall.h"

namespace mm::net {

Result<QByteArray> BlockingGet::fetch(const QUrl& url, qint64 maxBytes, std::chrono::milliseconds timeout,
                                      std::stop_token stop, const Headers& headers)
{
    return bodyOf(url, HttpCall::send("GET", url, {}, headers, maxBytes, timeout, std::move(stop)));
}

Result<QByteArray> BlockingGet::post(const QUrl& url, const QByteArray& json, const Headers& headers,
                                     qint64 maxBytes, std::chrono::milliseconds timeout)
{
    return bodyOf(url, HttpCall::send("POST", url, json, headers, maxBytes, timeout));
}

Result<QByteArray> BlockingGet::bodyOf(const QUrl& url, Result<HttpCall::Answer> answer)
{
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status >= 400)
        return std::unexpected(HttpCall::errorFor(url, *answer));
    return std::move(answer->body);
}

} // namespace mm::net
