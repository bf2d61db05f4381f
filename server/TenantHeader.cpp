#include "server/TenantHeader.h"

#include <QHttpServerRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::server {

bool TenantHeader::isValidId(const QString& id)
{
    static const QRegularExpression valid(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return valid.match(id).hasMatch();
}

Result<QString> TenantHeader::read(const QHttpServerRequest& request)
{
    const QString tenant = QString::fromUtf8(request.value(name));
    if (!isValidId(tenant))
        return fail(
            ErrorCode::InvalidInput,
            tr("The %1 header must name the tenant (1 to 64 lower-case letters, digits, '.', '_' or '-').")
                .arg(QLatin1StringView(name)));
    return tenant;
}

} // namespace mm::server
