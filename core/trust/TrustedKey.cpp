#include "core/trust/TrustedKey.h"

using namespace Qt::StringLiterals;

namespace mm::trust {

QString keyRoleName(KeyRole role)
{
    switch (role) {
    case KeyRole::Catalog:
        return u"catalog"_s;
    case KeyRole::Countersign:
        return u"countersign"_s;
    case KeyRole::License:
        return u"license"_s;
    }
    return {};
}

std::optional<KeyRole> keyRoleFromName(QStringView name)
{
    for (const KeyRole role : {KeyRole::Catalog, KeyRole::Countersign, KeyRole::License})
        if (name == keyRoleName(role))
            return role;
    return std::nullopt;
}

} // namespace mm::trust
