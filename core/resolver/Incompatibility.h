#pragma once

#include "core/resolver/Term.h"

#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace mm::resolver {

// Most incompatibilities are dependency facts of two terms: held inline, a resolve's tens of
// thousands of facts cost no allocation each.
using Terms = QVarLengthArray<Term, 2>;

// A set of terms that must not all be true at once: PubGrub's only kind of fact. External
// ones come from the request and the catalog; derived ones are learned from two others during
// conflict resolution, which is what the failure explanation walks back through.
struct Incompatibility
{
    enum class Cause
    {
        Root,              // {not root}: the request is resolved
        Request,           // {root, not X R}: you asked for X R
        Installed,         // {root, not X}: X is installed and stays
        Uninstall,         // {root, X}: you asked to uninstall X
        Dependency,        // {P S, not D R}: P S depends on D R
        Conflict,          // {P S, Q R}: P S declares a conflict with Q R
        Unavailable,       // {P S}: this host cannot run P S (reason)
        MissingDependency, // {P S}: P S depends on target, unknown or without a matching version
        MissingRequest,    // {root}: you asked for target, unknown or without a matching version
        NoVersions,        // {P S}: no version in S can be chosen
        Derived
    };

    Terms terms;
    Cause cause = Cause::Derived;
    QString reason;      // Unavailable
    QString target;      // Missing*: the module asked for
    QString targetRange; // Missing*: the range asked for, empty for any
    bool targetKnown = false;
    int left = -1;  // Derived: the incompatibility being resolved
    int right = -1; // Derived: the cause of the assignment that satisfied it

    // Terms about one package are intersected into one. Derived incompatibilities also drop a
    // positive root term when others remain, since the root is always selected.
    static Incompatibility make(Terms terms, Cause cause);
    static Incompatibility derived(Terms terms, int left, int right);

    bool isDerived() const { return cause == Cause::Derived; }
    // No terms, or only "root is selected": nothing can be selected, the request fails.
    bool isFailure() const;
};

// A resolve's incompatibilities, by index.
using Incompatibilities = std::vector<Incompatibility>;

} // namespace mm::resolver
