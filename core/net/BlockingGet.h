#pragma once

#include "core/common/Error.h"
#include "core/net/HttpCall.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrl>

#include <chrono>
#include <stop_token>

namespace mm::net {

// A small GET (a signature file, a key list) for code that already runs on a worker thread:
// runs its own event loop, caps the body, and honours a stop request.
class BlockingGet
{
    Q_DECLARE_TR_FUNCTIONS(mm::net::BlockingGet)

public:
    using Headers = HttpCall::Headers;

    static Result<QByteArray> fetch(const QUrl& url, qint64 maxBytes, std::chrono::milliseconds timeout,
                                    std::stop_token stop = {}, const Headers& headers = {});
    // The same for a small JSON POST; `headers` are added to the request.
    static Result<QByteArray> post(const QUrl& url, const QByteArray& json, const Headers& headers,
                                   qint64 maxBytes, std::chrono::milliseconds timeout);

private:
    // The body of a successful answer; the marketplace's own sentence for a refusal.
    static Result<QByteArray> bodyOf(const QUrl& url, Result<HttpCall::Answer> answer);
};

} // namespace mm::net
