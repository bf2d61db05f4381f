#pragma once

#include <QString>

#include <optional>

namespace mm::install {

// What the user asked for; recorded in the journal and, per module, in the history.
enum class OperationKind
{
    Install,
    Update,
    Uninstall,
    Rollback
};

QString operationKindName(OperationKind kind); // "install", "update", "uninstall", "rollback"
std::optional<OperationKind> operationKindFromName(QStringView name);

} // namespace mm::install
