#include "server/billing/CheckoutCallback.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

Result<void> CheckoutCallback::check(const QString& callback, const QString& nonce)
{
    if (callback.isEmpty() && nonce.isEmpty())
        return {};
    if (callback.isEmpty() || nonce.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("\"callback\" and \"nonce\" go together: give both or neither."));
    static const QRegularExpression nonceShape(u"^[A-Za-z0-9_-]{16,128}$"_s);
    if (!nonceShape.match(nonce).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("\"nonce\" must be 16 to 128 letters, digits, '_' or '-'."));
    const QUrl url(callback, QUrl::StrictMode);
    const QHostAddress host(url.host());
    const bool loopbackHost =
        host == QHostAddress(QHostAddress::LocalHost) || host == QHostAddress(QHostAddress::LocalHostIPv6);
    // The host must be written as the literal address: "localhost" could resolve elsewhere.
    const bool literal = url.host() == u"127.0.0.1" || url.host() == u"::1";
    if (!url.isValid() || url.scheme() != u"http" || !loopbackHost || !literal || url.port() <= 0 ||
        url.path().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment() || url.hasQuery())
        return fail(ErrorCode::InvalidInput,
                    tr("\"callback\" must be an http URL on 127.0.0.1 or [::1] with a port and a path, "
                       "got \"%1\".")
                        .arg(callback));
    return {};
}

QUrl CheckoutCallback::redirect(const QString& callback, const QString& order, const QString& nonce,
                                const QString& result)
{
    QUrl url(callback);
    QUrlQuery query;
    query.addQueryItem(u"order"_s, order);
    query.addQueryItem(u"nonce"_s, nonce);
    query.addQueryItem(u"result"_s, result);
    url.setQuery(query);
    return url;
}

} // namespace mm::server::billing
