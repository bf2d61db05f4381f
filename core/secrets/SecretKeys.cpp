#include "core/secrets/SecretKeys.h"

using namespace Qt::StringLiterals;

namespace mm::secrets::keys {

QString license(const QString& tenantId, const QString& moduleId)
{
    return u"license/"_s + tenantId + u'/' + moduleId;
}

QString session(const QString& marketplaceHost)
{
    return u"session/"_s + marketplaceHost.toLower();
}

QString developerKey(const QString& publisherId)
{
    return u"developer-key/"_s + publisherId;
}

} // namespace mm::secrets::keys
