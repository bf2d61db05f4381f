#include "tests/fakestripe/FakeStripeServer.h"

#include "tests/fakestripe/StripeErrors.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

FakeStripeServer::FakeStripeServer(FakeConfig config)
    : m_config(std::move(config))
    , m_sender(m_config, m_store)
    , m_completion(m_store, m_sender)
    , m_lifecycle(m_store, m_sender)
    , m_api(m_config, m_store, m_completion, m_lifecycle)
    , m_pages(m_store, m_completion)
    , m_control(m_config, m_store, m_sender, m_completion, m_lifecycle)
{
    // No QHttpServer rules: every request reaches the missing handler, which routes by path
    // itself so that unknown ids and routes get Stripe's error shapes.
    m_http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        HttpCall call;
        call.method = methodName(request.method());
        call.segments = request.url().path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
        call.query = request.url().query(QUrl::FullyEncoded).toUtf8();
        call.body = request.body();
        for (const auto& [name, value] : request.headers())
            call.headers.append({name, value});
        route(call).toResponse().write(std::move(responder));
    });
}

quint16 FakeStripeServer::listen(quint16 port)
{
    const quint16 bound = m_http.listen(QHostAddress::LocalHost, port);
    if (bound != 0)
        m_config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(bound));
    return bound;
}

HttpReply FakeStripeServer::route(const HttpCall& call)
{
    if (call.segments.value(0) == u"v1")
        return m_api.handle(call);
    if (auto reply = m_pages.handle(call))
        return *reply;
    if (auto reply = m_control.handle(call))
        return *reply;
    return errors::invalidRequest(u"Unrecognized request URL (%1: /%2)."_s.arg(
                                      QString::fromLatin1(call.method), call.segments.join(u'/')),
                                  404);
}

} // namespace mm::fakestripe
