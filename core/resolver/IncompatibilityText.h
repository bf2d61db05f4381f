#pragma once

#include "core/resolver/Incompatibility.h"

#include <QCoreApplication>

namespace mm::resolver {

class PackageTable;

// One incompatibility as a clause of an explanation, in the words of pub's solver:
// "crm-sync >=2.0.0 depends on http-core ^3", "legacy-auth is installed",
// "crm-sync >=2.0.0 is incompatible with legacy-auth <2.0.0", "no plan exists".
class IncompatibilityText
{
    Q_DECLARE_TR_FUNCTIONS(mm::resolver::IncompatibilityText)

public:
    explicit IncompatibilityText(const PackageTable& packages);

    QString text(const Incompatibility& incompatibility) const;
    // "crm-sync ^2", or the bare id when every listed version is meant.
    QString term(const Term& term) const;

private:
    QString derivedText(const Incompatibility& incompatibility) const;
    QString missingText(const Incompatibility& incompatibility, const QString& depender,
                        bool dependency) const;
    const Term& nonRoot(const Incompatibility& incompatibility) const;

    const PackageTable& m_packages;
};

} // namespace mm::resolver
