#include "ui/widgets/RevenueNavButton.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

RevenueNavButton::RevenueNavButton(QWidget* parent)
    : NavEntry(u"revenue"_s, u"revenueBadge"_s, Tone::Warning, parent)
{
    setText(tr("Revenue"));
    setToolTip(tr("Developer area: what your modules earn"));
}

} // namespace mm::ui
