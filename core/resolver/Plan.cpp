#include "core/resolver/Plan.h"

#include "core/resolver/PackageTable.h"
#include "core/resolver/PartialSolution.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace mm::resolver {
namespace {

// Depth-first over `ids` (sorted, for a stable order), dependencies before dependents. A cycle
// is cut where the walk re-enters it, so every module still appears exactly once.
QStringList dependencyOrder(QStringList ids, const std::function<QStringList(const QString&)>& dependenciesOf)
{
    std::sort(ids.begin(), ids.end());
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    QSet<QString> visited;
    QStringList order;
    std::function<void(const QString&)> walk = [&](const QString& id) {
        if (visited.contains(id))
            return;
        visited.insert(id);
        QStringList deps = dependenciesOf(id);
        std::sort(deps.begin(), deps.end());
        for (const QString& dep : deps)
            if (wanted.contains(dep))
                walk(dep);
        order.append(id);
    };
    for (const QString& id : ids)
        walk(id);
    return order;
}

QStringList dependencyIds(const Package& package, const semver::Version& version)
{
    QStringList ids;
    const qsizetype i = package.versions.indexOf(version);
    if (i >= 0)
        for (const auto& d : package.candidates[i].dependencies)
            ids.append(d.id);
    return ids;
}

} // namespace

QString actionName(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::Install:
        return u"install"_s;
    case PlanStep::Action::Upgrade:
        return u"upgrade"_s;
    case PlanStep::Action::Downgrade:
        return u"downgrade"_s;
    case PlanStep::Action::Remove:
        return u"remove"_s;
    }
    return {};
}

Plan Plan::from(const PackageTable& packages, const PartialSolution& solution,
                const QHash<QString, semver::Version>& installed)
{
    Plan plan;
    QHash<QString, const Candidate*> chosen;
    for (int p = 1; p < packages.size(); ++p) {
        if (const auto version = solution.decision(p)) {
            chosen.insert(packages[p].id, &packages[p].candidates[*version]);
            plan.result.insert(packages[p].id, packages[p].versions[*version]);
        }
    }
    auto packageOf = [&packages](const QString& id) -> const Package* {
        const int index = packages.find(id);
        return index < 0 ? nullptr : &packages[index];
    };

    QStringList removed;
    for (auto it = installed.cbegin(); it != installed.cend(); ++it)
        if (!chosen.contains(it.key()))
            removed.append(it.key());
    QStringList removalOrder = dependencyOrder(removed, [&](const QString& id) {
        const Package* p = packageOf(id);
        return p ? dependencyIds(*p, installed.value(id)) : QStringList();
    });
    std::reverse(removalOrder.begin(), removalOrder.end());
    for (const QString& id : removalOrder)
        plan.steps.append(PlanStep{PlanStep::Action::Remove, id, installed.value(id), std::nullopt, 0});

    QStringList changed;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const auto was = installed.constFind(it.key());
        if (was == installed.cend() || !(*was == (*it)->version))
            changed.append(it.key());
    }
    const QStringList order = dependencyOrder(changed, [&](const QString& id) {
        QStringList ids;
        for (const auto& d : chosen.value(id)->dependencies)
            ids.append(d.id);
        return ids;
    });
    for (const QString& id : order) {
        const Candidate* c = chosen.value(id);
        PlanStep step{PlanStep::Action::Install, id, std::nullopt, c->version, c->size};
        if (const auto was = installed.constFind(id); was != installed.cend()) {
            step.from = *was;
            step.action = *was < c->version ? PlanStep::Action::Upgrade : PlanStep::Action::Downgrade;
        }
        plan.downloadSize += c->size;
        plan.steps.append(std::move(step));
    }
    return plan;
}

} // namespace mm::resolver
