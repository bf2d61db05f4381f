#include "core/licensing/TenantTier.h"

#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::licensing {

Result<Tier> TenantTier::fetch(const QUrl& marketplace, const QString& tenantId, std::stop_token stop)
{
    QUrl url = marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace/tenant"_s);
    const auto body = net::BlockingGet::fetch(url, 64 * 1024, std::chrono::seconds(15), stop,
                                              {{"X-Modmarket-Tenant", tenantId.toUtf8()}});
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
