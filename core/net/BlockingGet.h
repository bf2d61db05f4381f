#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
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
    static Result<QByteArray> fetch(const QUrl& url, qint64 maxBytes, std::chrono::milliseconds timeout,
                                    std::stop_token stop = {});
};

} // namespace mm::net
