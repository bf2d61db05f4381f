#include "ui/widgets/LicensesNavButton.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

LicensesNavButton::LicensesNavButton(QWidget* parent)
    : NavEntry(u"licenses"_s, u"licenseWarningBadge"_s, Tone::Warning, parent)
{
    setCounts(0, 0);
}

void LicensesNavButton::setCounts(int licenses, int warnings)
{
    setText(tr("Licenses (%1)").arg(licenses));
    setBadge(warnings, tr("%n license(s) end soon or are in their grace period", nullptr, warnings));
}

} // namespace mm::ui
