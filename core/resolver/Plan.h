#pragma once

#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace mm::resolver {

class PackageTable;
class PartialSolution;

struct PlanStep
{
    enum class Action
    {
        Install,
        Upgrade,
        Downgrade,
        Remove
    };

    Action action = Action::Install;
    QString id;
    std::optional<semver::Version> from; // installed version, for all but Install
    std::optional<semver::Version> to;   // chosen version, for all but Remove
    qint64 size = 0;                     // download bytes of `to`
};

QString actionName(PlanStep::Action action); // "install", "upgrade", "downgrade", "remove"

// What to do to go from the installed set to a consistent one. Removals come first, dependents
// before what they depend on, so a declared conflict is gone before its rival arrives; then the
// installs, upgrades and downgrades with every dependency before its dependents.
struct Plan
{
    QList<PlanStep> steps;
    qint64 downloadSize = 0;
    QHash<QString, semver::Version> result; // the installed set after the plan

    bool isEmpty() const { return steps.isEmpty(); }
    // A finished solution and the installed set it started from.
    static Plan from(const PackageTable& packages, const PartialSolution& solution,
                     const QHash<QString, semver::Version>& installed);
};

} // namespace mm::resolver
