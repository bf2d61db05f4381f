#include "core/install/OperationKind.h"

using namespace Qt::StringLiterals;

namespace mm::install {

QString operationKindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Install:
        return u"install"_s;
    case OperationKind::Update:
        return u"update"_s;
    case OperationKind::Uninstall:
        return u"uninstall"_s;
    case OperationKind::Rollback:
        return u"rollback"_s;
    }
    return {};
}

std::optional<OperationKind> operationKindFromName(QStringView name)
{
    for (const auto kind :
         {OperationKind::Install, OperationKind::Update, OperationKind::Uninstall, OperationKind::Rollback})
        if (name == operationKindName(kind))
            return kind;
    return std::nullopt;
}

} // namespace mm::install
