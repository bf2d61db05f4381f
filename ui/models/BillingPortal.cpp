#include "ui/models/BillingPortal.h"

#include "core/checkout/CheckoutApi.h"
#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace mm::ui {

QFuture<Result<QUrl>> BillingPortal::request(const Profile& profile, const QUrl& marketplace)
{
    Q_UNUSED(profile); // the tenant comes from the session now
    return QtConcurrent::run([marketplace]() -> Result<QUrl> {
        const checkout::CheckoutApi api(marketplace);
        const auto headers = api.authorization();
        if (!headers)
            return std::unexpected(headers.error());
        const auto answer = net::BlockingGet::post(api.endpoint(u"/api/marketplace/billing/portal"_s), "{}",
                                                   *headers, 64 * 1024, 30s);
        if (!answer)
            return std::unexpected(answer.error());
        const QUrl url(QJsonDocument::fromJson(*answer).object().value(u"url").toString());
        // Only a web page may be handed to the browser.
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return fail(ErrorCode::Parse,
                        tr("The marketplace's billing portal answer has no web address in \"url\"."));
        return url;
    });
}

} // namespace mm::ui
