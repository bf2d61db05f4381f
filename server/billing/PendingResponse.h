#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace mm::server::billing {

// An HTTP answer that is written later, when Stripe has answered, so the event loop keeps serving
// other requests meanwhile. Copyable into callbacks; the first send() wins. A client that hung up
// in between gets nothing, since its socket is gone.
class PendingResponse
{
public:
    explicit PendingResponse(QHttpServerResponder&& responder)
        : m_state(std::make_shared<State>(std::move(responder)))
    {}

    void send(const QHttpServerResponse& response) const
    {
        if (!m_state->responder)
            return;
        auto responder = std::move(m_state->responder);
        if (m_state->socket)
            response.write(std::move(*responder));
    }

private:
    struct State
    {
        explicit State(QHttpServerResponder&& r)
            : socket(r.socket())
            , responder(std::make_unique<QHttpServerResponder>(std::move(r)))
        {}
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };
    std::shared_ptr<State> m_state;
};

} // namespace mm::server::billing
