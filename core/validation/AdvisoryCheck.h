#pragma once

#include "core/validation/Advisory.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

namespace mm::validation {

// advisory.vulnerable: a dependency whose range admits a version an advisory lists as affected.
class AdvisoryCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::AdvisoryCheck)

public:
    AdvisoryCheck(const QList<Advisory>& advisories, FindingSink& sink);

    void run(const ModuleTree& tree);

private:
    const QList<Advisory>& m_advisories;
    FindingSink& m_sink;
};

} // namespace mm::validation
