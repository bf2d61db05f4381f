#pragma once

#include "server/accounts/Access.h"
#include "server/accounts/Authenticator.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QList>

#include <type_traits>
#include <utility>

namespace mm::server {

namespace audit {
class AuditLog;
}

// Every route of modmarketd is registered here with the Access it needs; there is no overload
// without one, so no route can be added that nobody decided about. Before a handler runs the
// router authenticates the request, checks the Access and answers 401/403 itself; the handler
// receives the Caller. Handlers take the <arg> captures first, then the Caller and the request
// (and a responder, for routes that answer later):
//   (const Caller&, const QHttpServerRequest&) -> QHttpServerResponse
//   (const QString&, const Caller&, const QHttpServerRequest&) -> QHttpServerResponse
//   (const QString&, const QString&, const Caller&, const QHttpServerRequest&) -> QHttpServerResponse
//   (const Caller&, const QHttpServerRequest&, QHttpServerResponder&&) -> void
//   (const QString&, const Caller&, const QHttpServerRequest&, QHttpServerResponder&&) -> void
class ApiRouter
{
public:
    using Method = QHttpServerRequest::Method;
    using Caller = accounts::Caller;
    using Access = accounts::Access;

    struct Route
    {
        QString path;
        Method method;
        Access access;
    };

    ApiRouter(QHttpServer& http, accounts::Authenticator& authenticator, audit::AuditLog* audit = nullptr);

    template <typename Handler>
    void route(const QString& path, Method method, Access access, Handler handler);

    const QList<Route>& routes() const { return m_routes; }
    // The log route classes record their sensitive actions in (null in tests that have none).
    audit::AuditLog* audit() const { return m_audit; }

    // Authenticates and checks; the refusal is 401 (with WWW-Authenticate) or 403.
    Result<Caller> admit(const Access& access, const QHttpServerRequest& request) const;
    static QHttpServerResponse refusal(const Error& error);

private:
    using Request = const QHttpServerRequest&;
    using Arg = const QString&;
    using CallerRef = const Caller&;

    QHttpServer& m_http;
    accounts::Authenticator& m_authenticator;
    audit::AuditLog* m_audit;
    QList<Route> m_routes;
};

template <typename Handler>
void ApiRouter::route(const QString& path, Method method, Access access, Handler handler)
{
    m_routes.append({path, method, access});
    if constexpr (std::is_invocable_r_v<QHttpServerResponse, Handler, CallerRef, Request>) {
        m_http.route(path, method, [this, access, handler = std::move(handler)](Request request) {
            const auto caller = admit(access, request);
            return caller ? handler(*caller, request) : refusal(caller.error());
        });
    } else if constexpr (std::is_invocable_r_v<QHttpServerResponse, Handler, Arg, CallerRef, Request>) {
        m_http.route(path, method, [this, access, handler = std::move(handler)](Arg a, Request request) {
            const auto caller = admit(access, request);
            return caller ? handler(a, *caller, request) : refusal(caller.error());
        });
    } else if constexpr (std::is_invocable_r_v<QHttpServerResponse, Handler, Arg, Arg, CallerRef, Request>) {
        m_http.route(path, method,
                     [this, access, handler = std::move(handler)](Arg a, Arg b, Request request) {
                         const auto caller = admit(access, request);
                         return caller ? handler(a, b, *caller, request) : refusal(caller.error());
                     });
    } else if constexpr (std::is_invocable_v<Handler, CallerRef, Request, QHttpServerResponder&&>) {
        m_http.route(path, method,
                     [this, access, handler = std::move(handler)](Request request, QHttpServerResponder&& r) {
                         const auto caller = admit(access, request);
                         if (caller)
                             handler(*caller, request, std::move(r));
                         else
                             refusal(caller.error()).write(std::move(r));
                     });
    } else if constexpr (std::is_invocable_v<Handler, Arg, CallerRef, Request, QHttpServerResponder&&>) {
        m_http.route(
            path, method,
            [this, access, handler = std::move(handler)](Arg a, Request request, QHttpServerResponder&& r) {
                const auto caller = admit(access, request);
                if (caller)
                    handler(a, *caller, request, std::move(r));
                else
                    refusal(caller.error()).write(std::move(r));
            });
    } else {
        static_assert(!sizeof(Handler), "ApiRouter::route: unsupported handler signature");
    }
}

} // namespace mm::server
