#pragma once

#include "core/install/ModuleManager.h"
#include "core/resolver/Plan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mm::cli {

class CliContext;

// How plans and their results look on the command line, shared by resolve and the verbs that
// change the installed set.
class PlanOutput
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::PlanOutput)

public:
    static QJsonObject planJson(const resolver::Plan& plan);
    static void printPlan(CliContext& context, const resolver::Plan& plan);

    // Applies the plan through the context's module manager, with progress on stderr, and
    // prints what changed. Returns the exit code.
    static int apply(CliContext& context, const resolver::Plan& plan, install::OperationKind kind,
                     const QSet<QString>& manual, bool dryRun,
                     const std::optional<install::InspectedPackage>& file = std::nullopt);

    // Resolves `request` for the profile and applies the plan; a request the resolver calls
    // invalid is a usage error of the verb (`synopsis`), one it cannot meet an ordinary failure.
    static int resolveAndApply(CliContext& context, const QString& synopsis, const resolver::Request& request,
                               install::OperationKind kind, const QSet<QString>& manual, bool dryRun);
};

} // namespace mm::cli
