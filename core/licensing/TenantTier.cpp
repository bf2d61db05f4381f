#include "core/licensing/TenantTier.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::licensing {

Result<Tier> TenantTier::fetch(const QUrl& marketplace, std::stop_token stop)
{
    const auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization(stop);
    if (!headers)
        return std::unexpected(headers.error());
    QUrl url = marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace/tenant"_s);
    const auto body = net::BlockingGet::fetch(url, 64 * 1024, std::chrono::seconds(15), stop, *headers);
    if (!body)
        return std::unexpected(body.error());
    const QString name = QJsonDocument::fromJson(*body).object().value(u"tier"_s).toString();
    const auto tier = tierFromName(name);
    if (!tier)
        return fail(ErrorCode::Parse,
                    tr("The marketplace reported the unknown tier \"%1\" for this tenant.").arg(name));
    return *tier;
}

} // namespace mm::licensing
