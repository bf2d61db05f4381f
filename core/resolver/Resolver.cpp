#include "core/resolver/Resolver.h"

#include "core/resolver/FailureReport.h"
#include "core/resolver/PackageTable.h"
#include "core/resolver/Solver.h"

#include <algorithm>

namespace mm::resolver {
namespace {

using Cause = Incompatibility::Cause;

// The request as root incompatibilities, in a fixed order (requests, then installed modules by
// id, then removals) so the derivation and thus the explanation do not depend on hash order.
void addRequest(Solver& solver, PackageTable& packages, const InstalledSet& installed, const Request& request)
{
    const int root = PackageTable::root;
    const Term rootTerm{root, true, packages.all(root)};
    for (const auto& wanted : request.install) {
        const int p = packages.indexOf(wanted.id);
        const VersionSet set =
            wanted.range ? packages.matching(p, *wanted.range, wanted.rangeText) : packages.all(p);
        if (set.isEmpty()) {
            auto missing = Incompatibility::make({rootTerm}, Cause::MissingRequest);
            missing.target = wanted.id;
            missing.targetRange = wanted.range ? wanted.rangeText : QString();
            missing.targetKnown = packages[p].inCatalog;
            solver.add(std::move(missing));
            continue;
        }
        solver.add(Incompatibility::make({rootTerm, Term{p, false, set}}, Cause::Request));
    }
    QStringList kept = installed.keys();
    std::sort(kept.begin(), kept.end());
    for (const QString& id : kept) {
        if (request.uninstall.contains(id))
            continue;
        const int p = packages.indexOf(id);
        solver.add(Incompatibility::make({rootTerm, Term{p, false, packages.all(p)}}, Cause::Installed));
    }
    for (const QString& id : request.uninstall) {
        const int p = packages.indexOf(id);
        solver.add(Incompatibility::make({rootTerm, Term{p, true, packages.all(p)}}, Cause::Uninstall));
    }
}

} // namespace

Resolver::Resolver(const PackageSource& source)
    : m_source(source)
{}

std::optional<Failure> Resolver::validate(const InstalledSet& installed, const Request& request) const
{
    auto invalid = [](QString message) { return Failure{Failure::Kind::InvalidRequest, std::move(message)}; };
    for (const QString& id : request.update)
        if (!installed.contains(id))
            return invalid(tr("%1 is not installed, so it cannot be updated").arg(id));
    for (const QString& id : request.uninstall) {
        if (!installed.contains(id))
            return invalid(tr("%1 is not installed, so it cannot be uninstalled").arg(id));
        for (const auto& wanted : request.install)
            if (wanted.id == id)
                return invalid(tr("%1 cannot be both installed and uninstalled").arg(id));
    }
    return std::nullopt;
}

std::expected<Plan, Failure> Resolver::resolve(const InstalledSet& installed, const Request& request) const
{
    if (auto invalid = validate(installed, request))
        return std::unexpected(*invalid);
    PackageTable packages(m_source, installed, request.update, request.updateAll);
    Solver solver(packages);
    addRequest(solver, packages, installed, request);
    const auto solved = solver.solve();
    if (!solved) {
        const IncompatibilityText text(packages);
        FailureReport report(solver.incompatibilities(), text);
        return std::unexpected(Failure{Failure::Kind::NoPlan, report.write(solved.error())});
    }
    return Plan::from(packages, solver.solution(), installed);
}

} // namespace mm::resolver
