#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <chrono>
#include <stop_token>
#include <utility>

namespace mm::net {

// One blocking HTTP request with any method, headers and a body: BlockingGet's small GETs and
// POSTs and the developer routes (PUT with Content-Range, answers whose error status carries a
// body the caller needs) all go through it. Runs its own event loop: for worker threads and the CLI.
class HttpCall
{
    Q_DECLARE_TR_FUNCTIONS(mm::net::HttpCall)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };

    // Any HTTP status is an answer; the error path is for no answer at all (unreachable,
    // timed out, cancelled, a body over maxBytes).
    static Result<Answer> send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                               const Headers& headers, qint64 maxBytes, std::chrono::milliseconds timeout,
                               std::stop_token stop = {});

    // The error an answer of status >= 400 stands for, with the marketplace's own sentence when it
    // sent one ({"error":{"code","message"}} or {"error":"code","message":…}).
    static Error errorFor(const QUrl& url, const Answer& answer);
};

} // namespace mm::net
