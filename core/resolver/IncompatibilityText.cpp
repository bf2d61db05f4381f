#include "core/resolver/IncompatibilityText.h"

#include "core/resolver/PackageTable.h"

using namespace Qt::StringLiterals;

namespace mm::resolver {

using Cause = Incompatibility::Cause;

IncompatibilityText::IncompatibilityText(const PackageTable& packages)
    : m_packages(packages)
{}

QString IncompatibilityText::term(const Term& term) const
{
    const Package& p = m_packages[term.package];
    if (term.set.isAll() && term.set.universe() > 0)
        return p.id;
    return QString(p.id + u' ' + describe(term.set, p.versions));
}

const Term& IncompatibilityText::nonRoot(const Incompatibility& incompatibility) const
{
    for (const Term& t : incompatibility.terms)
        if (t.package != PackageTable::root)
            return t;
    return incompatibility.terms.front();
}

QString IncompatibilityText::text(const Incompatibility& incompatibility) const
{
    const auto& terms = incompatibility.terms;
    switch (incompatibility.cause) {
    case Cause::Root:
        return tr("the request is resolved");
    case Cause::Request:
        return tr("you asked for %1").arg(term(nonRoot(incompatibility)));
    case Cause::Installed:
        return tr("%1 is installed").arg(m_packages[nonRoot(incompatibility).package].id);
    case Cause::Uninstall:
        return tr("you asked to uninstall %1").arg(m_packages[nonRoot(incompatibility).package].id);
    case Cause::Dependency:
        return tr("%1 depends on %2").arg(term(terms[0]), term(terms[1]));
    case Cause::Conflict:
        return tr("%1 conflicts with %2").arg(term(terms[0]), term(terms[1]));
    case Cause::Unavailable:
        return tr("%1 %2", "module versions, then why this host cannot run them")
            .arg(term(terms[0]), incompatibility.reason);
    case Cause::MissingDependency:
        return missingText(incompatibility, term(terms[0]), true);
    case Cause::MissingRequest:
        return missingText(incompatibility, {}, false);
    case Cause::NoVersions: {
        const Package& p = m_packages[terms[0].package];
        return tr("no version of %1 matching %2 can be chosen").arg(p.id, describe(terms[0].set, p.versions));
    }
    case Cause::Derived:
        break;
    }
    return derivedText(incompatibility);
}

QString IncompatibilityText::missingText(const Incompatibility& incompatibility, const QString& depender,
                                         bool dependency) const
{
    const QString& target = incompatibility.target;
    const QString range = incompatibility.targetRange.isEmpty() ? u"*"_s : incompatibility.targetRange;
    // A dependency clause is joined to others by "and", so its note goes in parentheses; a
    // request clause always stands alone.
    if (dependency)
        return incompatibility.targetKnown
                   ? tr("%1 depends on %2 %3 (no version of %2 matches)").arg(depender, target, range)
                   : tr("%1 depends on %2 (not in the catalog)").arg(depender, target);
    return incompatibility.targetKnown
               ? tr("you asked for %1 %2, which matches no version of %1").arg(target, range)
               : tr("you asked for %1, which is not in the catalog").arg(target);
}

QString IncompatibilityText::derivedText(const Incompatibility& incompatibility) const
{
    if (incompatibility.isFailure())
        return tr("no plan exists");
    const auto& terms = incompatibility.terms;
    if (terms.size() == 1)
        return terms[0].positive ? tr("%1 is forbidden").arg(term(terms[0]))
                                 : tr("%1 is required").arg(term(terms[0]));
    QStringList positive;
    QStringList negative;
    for (const Term& t : terms)
        (t.positive ? positive : negative).append(term(t));
    if (terms.size() == 2 && negative.isEmpty())
        return tr("%1 is incompatible with %2").arg(positive[0], positive[1]);
    if (terms.size() == 2 && positive.isEmpty())
        return tr("either %1 or %2").arg(negative[0], negative[1]);
    if (positive.size() == 1 && !negative.isEmpty()) {
        const Term& p = *std::find_if(terms.begin(), terms.end(), [](const Term& t) { return t.positive; });
        const QString who =
            p.set.isAll() ? tr("every version of %1").arg(m_packages[p.package].id) : positive[0];
        return tr("%1 requires %2").arg(who, negative.join(tr(" or ")));
    }
    if (!positive.isEmpty() && !negative.isEmpty())
        return tr("if %1 then %2").arg(positive.join(tr(" and ")), negative.join(tr(" or ")));
    if (!positive.isEmpty())
        return tr("one of %1 must be false").arg(positive.join(tr(" or ")));
    return tr("one of %1 must be true").arg(negative.join(tr(" or ")));
}

} // namespace mm::resolver
